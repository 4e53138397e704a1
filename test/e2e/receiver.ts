// A team's report receiver on 127.0.0.1, for the browser tests: records every request as it came
// (to prove nothing is sent twice), dedupes on decision ids as the README tells admins to, and
// can be taken down and brought back on the same port, or made to hold a request unanswered.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEvent {
  id: string;
  decision: string;
  platform: string;
  account?: string;
  author?: string;
  reason?: string;
  crisis: boolean;
  rules: Array<{ id: string; severity: string }>;
  excerpt?: string;
}

export interface ReceivedBatch {
  schema: string;
  sentAt: string;
  ruleSet?: { id: string; version: number };
  extensionVersion: string;
  events: ReceivedEvent[];
}

export class TestReceiver {
  /** Every request's body, with repeats. */
  readonly batches: ReceivedBatch[] = [];
  /** What a deduping receiver keeps, by decision id. */
  readonly kept = new Map<string, ReceivedEvent>();
  /** Raw request bodies and content types, for checking what went over the wire. */
  readonly raw: Array<{ contentType: string | undefined; body: string }> = [];
  /** While true, requests are recorded but never answered (a worker stopped mid-send). */
  hold = false;
  private server: Server | undefined;
  private held: ServerResponse[] = [];
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/preflight`;
  }

  /** Every decision id received, with repeats. */
  get ids(): string[] {
    return this.batches.flatMap((b) => b.events.map((e) => e.id));
  }

  async up(): Promise<void> {
    const server = createServer((request, response) => void this.serve(request, response));
    await new Promise<void>((done) => server.listen(this.port, "127.0.0.1", done));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops answering: the port refuses connections until `up()`. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const response of this.held.splice(0)) response.destroy();
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "Content-Type" };
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors).end();
      return;
    }
    if (request.method !== "POST") {
      response.writeHead(405, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    this.raw.push({ contentType: request.headers["content-type"], body });
    let batch: ReceivedBatch;
    try {
      batch = JSON.parse(body) as ReceivedBatch;
    } catch {
      response.writeHead(400, cors).end("not JSON");
      return;
    }
    this.batches.push(batch);
    for (const event of batch.events) if (!this.kept.has(event.id)) this.kept.set(event.id, event);
    if (this.hold) {
      this.held.push(response);
      return;
    }
    response.writeHead(200, { ...cors, "Content-Type": "application/json" }).end(JSON.stringify({ ok: true }));
  }
}
