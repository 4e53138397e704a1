/**
 * A small WebDriver BiDi client for Debian's Firefox ESR (Node 22's global WebSocket, nothing
 * downloaded). Launches `firefox-esr --headless --remote-debugging-port=0` on a fresh profile,
 * reads the BiDi address it prints, and opens a session. Only the commands the Firefox tests use.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function firefoxPath(): string {
  const candidates = [process.env["FIREFOX_PATH"], "/usr/bin/firefox-esr", "/usr/lib/firefox-esr/firefox-esr"];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error("No Firefox ESR: apt-get install -y firefox-esr (or set FIREFOX_PATH).");
  return found;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void; method: string };

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export class BidiSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  readonly events: BidiEvent[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener("message", (message) => {
      const data = JSON.parse(String(message.data)) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
        method?: string;
        params?: Record<string, unknown>;
      };
      if (data.type === "event" && data.method) {
        this.events.push({ method: data.method, params: data.params ?? {} });
        return;
      }
      const waiting = data.id === undefined ? undefined : this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id!);
      if (data.type === "error") waiting.reject(new Error(`${waiting.method}: ${data.error}: ${data.message}`));
      else waiting.resolve(data.result);
    });
    socket.addEventListener("close", () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`${waiting.method}: the browser closed the connection`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiSession> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener("open", () => resolve(), { once: true });
      socket.addEventListener("error", () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
    return new BidiSession(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}

export interface Firefox {
  bidi: BidiSession;
  close(): Promise<void>;
}

/**
 * Starts Firefox ESR headless on a fresh profile with `prefs` in its user.js, and opens a BiDi
 * session that accepts the fixture server's self-signed certificate.
 */
export async function launchFirefox(prefs: Record<string, string | number | boolean>, env: NodeJS.ProcessEnv = {}): Promise<Firefox> {
  const profile = await mkdtemp(join(tmpdir(), "preflight-firefox-"));
  await writeFile(join(profile, "user.js"), Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`).join("\n"));
  const child: ChildProcess = spawn(firefoxPath(), [
    "--headless", "--no-remote", "--remote-debugging-port=0",
    // Firefox 153 lets WebDriver open only http(s), file and blob pages without it (bug 1579790);
    // the popup and options pages are moz-extension:// pages.
    "--remote-allow-system-access",
    "--profile", profile,
  ], {
    env: { ...process.env, ...env, MOZ_CRASHREPORTER_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi address in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`Firefox exited (${code}) before BiDi was up:\n${output}`)));
  });
  const bidi = await BidiSession.connect(`${url.replace(/\/$/, "")}/session`);
  await bidi.send("session.new", { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  return {
    bidi,
    close: async () => {
      try {
        await Promise.race([bidi.send("browser.close"), new Promise((done) => setTimeout(done, 3_000))]);
      } catch {
        // already closing
      }
      bidi.close();
      if (child.exitCode === null) {
        await Promise.race([new Promise((done) => child.once("exit", done)), new Promise((done) => setTimeout(done, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
