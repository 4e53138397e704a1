/**
 * Firefox ESR with the production Firefox build installed temporarily (BiDi webExtension.install),
 * reaching the fixture pages at the platforms' real hostnames. Firefox has no host-resolver rules:
 * its https proxy is a CONNECT tunnel here that sends the fixture hosts to the fixture server and
 * refuses every other host, so nothing leaves the machine.
 */
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { extensionBuildIsStale } from "../global-setup.ts";
import { mappedHosts } from "../fixtures/catalog.ts";
import { artifactsDir, repoRoot, startFixtureServer, type FixtureServer } from "../harness.ts";
import { GECKO_ID } from "../../../lib/packaging/manifest.ts";
import { launchFirefox, type BidiSession, type Firefox } from "./bidi.ts";

const run = promisify(execFile);

/** `npm run build:firefox` output (or under PREFLIGHT_OUT_DIR, as wxt.config.ts). */
export const firefoxOutputDir = join(resolve(repoRoot, process.env["PREFLIGHT_OUT_DIR"] ?? ".output"), "firefox-mv3");

/** A fixed moz-extension:// host for the add-on (pref extensions.webextensions.uuids), so tests can open its pages. */
export const EXTENSION_UUID = "5e1f1d3c-0b9a-4c57-9d3e-7f2a6b1c8e40";
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Builds the Firefox package when it is missing or older than its sources (as global-setup does for Chromium). */
export async function ensureFirefoxBuild(): Promise<void> {
  if (existsSync(join(firefoxOutputDir, "manifest.json")) && !extensionBuildIsStale(firefoxOutputDir)) return;
  await run("npm", ["run", "build:firefox"], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  if (!statSync(join(firefoxOutputDir, "manifest.json")).isFile()) throw new Error("npm run build:firefox made no manifest");
}

/** An https proxy that tunnels CONNECTs for the fixture hosts to `port` and refuses the rest. */
async function startTunnel(port: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const allowed = new Set(mappedHosts);
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    client.once("data", (head) => {
      const request = /^CONNECT ([^\s:]+):(\d+) HTTP/.exec(head.toString("latin1"));
      if (!request || !allowed.has(request[1]!)) {
        client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
        return;
      }
      const upstream = connect(port, "127.0.0.1", () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on("close", () => sockets.delete(upstream));
      upstream.on("error", () => client.destroy());
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export interface FirefoxSession {
  firefox: Firefox;
  bidi: BidiSession;
  server: FixtureServer;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(
  options: { env?: NodeJS.ProcessEnv; prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  const tunnel = await startTunnel(server.port);
  const firefox = await launchFirefox(
    {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      "network.proxy.type": 1,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": tunnel.port,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": tunnel.port,
      "network.proxy.no_proxies_on": "localhost, 127.0.0.1",
      "browser.shell.checkDefaultBrowser": false,
      "browser.startup.homepage_override.mstone": "ignore",
      "datareporting.policy.dataSubmissionEnabled": false,
      "app.update.enabled": false,
      ...options.prefs,
    },
    options.env,
  );
  try {
    // Uncaught page errors arrive as log entries (pageErrors() reads them).
    await firefox.bidi.send("session.subscribe", { events: ["log.entryAdded"] });
    await firefox.bidi.send("webExtension.install", { extensionData: { type: "path", path: firefoxOutputDir } });
  } catch (error) {
    await firefox.close();
    await Promise.all([tunnel.close(), server.close()]);
    throw error;
  }
  return {
    firefox,
    bidi: firefox.bidi,
    server,
    close: async () => {
      await firefox.close();
      await Promise.all([tunnel.close(), server.close()]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Tabs

export class Tab {
  constructor(
    readonly bidi: BidiSession,
    readonly context: string,
  ) {}

  /** Runs `expression` (an async function body's value) in the page and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>("script.evaluate", {
      target: { context: this.context },
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      awaitPromise: true,
    });
    if (result.type !== "success") throw new Error(`in the page: ${result.exceptionDetails?.text ?? "an exception"}\n  ${expression}`);
    const value = result.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  }

  /** Waits until `expression` is truthy (checked every 50 ms), and returns it. */
  async waitFor<T>(expression: string, what: string, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      try {
        last = await this.evaluate<T>(expression);
        if (last) return last as T;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** A real (trusted) click at the middle of the element `elementExpression` finds. */
  async click(elementExpression: string, what: string): Promise<void> {
    const box = await this.waitFor<{ x: number; y: number }>(
      `(() => { const el = ${elementExpression}; if (!el) return null; el.scrollIntoView({ block: "center" }); const r = el.getBoundingClientRect(); return r.width && r.height ? { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) } : null; })()`,
      what,
    );
    await this.bidi.send("input.performActions", {
      context: this.context,
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", x: box.x, y: box.y },
            { type: "pointerDown", button: 0 },
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
  }

  /** Types `text` with real key events (each character a keyDown and keyUp). */
  async type(text: string): Promise<void> {
    const actions = [...text].flatMap((value) => [
      { type: "keyDown", value },
      { type: "keyUp", value },
    ]);
    await this.bidi.send("input.performActions", { context: this.context, actions: [{ type: "key", id: "keyboard", actions }] });
  }

  /** Ctrl+A then Backspace: empties the focused editor as a person does. */
  async clear(): Promise<void> {
    const CONTROL = "\uE009";
    const BACKSPACE = "\uE003";
    await this.bidi.send("input.performActions", {
      context: this.context,
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [
            { type: "keyDown", value: CONTROL },
            { type: "keyDown", value: "a" },
            { type: "keyUp", value: "a" },
            { type: "keyUp", value: CONTROL },
            { type: "keyDown", value: BACKSPACE },
            { type: "keyUp", value: BACKSPACE },
          ],
        },
      ],
    });
  }

  /** Uncaught exceptions thrown in this tab's documents so far (BiDi log entries of type "javascript"). */
  pageErrors(): string[] {
    return this.bidi.events
      .filter((event) => event.method === "log.entryAdded")
      .map((event) => event.params as { type?: string; text?: string; source?: { context?: string } })
      .filter((entry) => entry.type === "javascript" && entry.source?.context === this.context)
      .map((entry) => entry.text ?? "an error");
  }

  /** Saves a screenshot of the tab's viewport to test/e2e/artifacts/firefox-<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    const { data } = await this.bidi.send<{ data: string }>("browsingContext.captureScreenshot", { context: this.context });
    await mkdir(artifactsDir, { recursive: true });
    const path = join(artifactsDir, `firefox-${name.replace(/[^\w.-]+/g, "-")}.png`);
    await writeFile(path, Buffer.from(data, "base64"));
    return path;
  }

  async close(): Promise<void> {
    await this.bidi.send("browsingContext.close", { context: this.context }).catch(() => undefined);
  }
}

/** Opens `url` in a new tab; `ready` (an expression) decides when it has loaded. */
export async function openTab(bidi: BidiSession, url: string, ready = "document.readyState === 'complete'"): Promise<Tab> {
  const { context } = await bidi.send<{ context: string }>("browsingContext.create", { type: "tab" });
  // Extension pages never report "complete" to BiDi: wait for the page's own state instead.
  await bidi.send("browsingContext.navigate", { context, url, wait: "none" });
  const tab = new Tab(bidi, context);
  await tab.waitFor(`location.href === ${JSON.stringify(url)} && (${ready})`, `${url} to load`, 20_000);
  return tab;
}

/** The extension's popup, with the extension's APIs (`browser.*`) in reach for seeding storage. */
export function openExtensionPage(bidi: BidiSession, path: string): Promise<Tab> {
  return openTab(bidi, `${EXTENSION_ORIGIN}/${path}`, "document.readyState === 'complete' && !!document.body.firstElementChild?.firstChild");
}

/** Resets storage.local to `items` and makes the panel's shadow root open (storage.session, as harness.ts). */
export async function seedExtension(page: Tab, items: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    `browser.storage.local.clear().then(() => browser.storage.local.set(${JSON.stringify(items)})).then(() => browser.storage.session.set({ preflightTestInspectablePanel: true }))`,
  );
}

/** An element inside the panel's shadow root (any preflight-panel on the page). */
export function inPanel(selector: string): string {
  return `[...document.querySelectorAll("preflight-panel")].map((host) => host.shadowRoot?.querySelector(${JSON.stringify(selector)})).find(Boolean)`;
}
