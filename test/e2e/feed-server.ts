// A team's rule-set feed for the browser tests: plain HTTP on 127.0.0.1 (installs accept http only
// on loopback), answering like a static host such as GitHub Pages: `Access-Control-Allow-Origin: *`,
// an ETag, a max-age, 304 for a matching If-None-Match, and no CORS preflight support.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FeedRequest {
  at: number;
  method: string;
  path: string;
  ifNoneMatch?: string;
  origin?: string;
  cookie?: string;
  status: number;
}

export interface FeedServer {
  /** The signed rule set's address. */
  url: string;
  origin: string;
  requests: FeedRequest[];
  /** Serves `body` from now on (a new ETag); undefined serves 404. */
  publish(body: string | undefined): void;
  /** Answers with a 302 to `location` from now on (until the next publish). */
  redirect(location: string): void;
  /** When the current body was published (Date.now()). */
  publishedAt: number;
  close(): Promise<void>;
}

export const FEED_PATH = "/acme/team.signed.json";

export async function startFeedServer(): Promise<FeedServer> {
  let body: string | undefined;
  let etag = "";
  let location: string | undefined;
  const requests: FeedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://feed.invalid").pathname;
    const ifNoneMatch = request.headers["if-none-match"];
    const send = (status: number, headers: Record<string, string> = {}, content?: string) => {
      requests.push({
        at: Date.now(),
        method: request.method ?? "",
        path,
        status,
        ...(typeof ifNoneMatch === "string" ? { ifNoneMatch } : {}),
        ...(request.headers.origin ? { origin: request.headers.origin } : {}),
        ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
      });
      response.writeHead(status, { "Access-Control-Allow-Origin": "*", ...headers });
      response.end(content);
    };
    if (request.method === "OPTIONS") return send(405);
    if (location && path === FEED_PATH) return send(302, { Location: location });
    if (request.method !== "GET" || path !== FEED_PATH || body === undefined) return send(404, { "Content-Type": "text/plain" }, "Not Found");
    if (ifNoneMatch === etag) return send(304, { ETag: etag, "Cache-Control": "max-age=600" });
    send(200, { "Content-Type": "application/json", ETag: etag, "Cache-Control": "max-age=600" }, body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feed: FeedServer = {
    url: origin + FEED_PATH,
    origin,
    requests,
    publishedAt: 0,
    redirect(to) {
      location = to;
    },
    publish(next) {
      location = undefined;
      body = next;
      etag = next === undefined ? "" : `"${createHash("sha256").update(next).digest("hex").slice(0, 16)}"`;
      feed.publishedAt = Date.now();
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  return feed;
}
