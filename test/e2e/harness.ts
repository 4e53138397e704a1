// Drives real headless Chromium against fixture pages served at the platforms' real hostnames.
// See shared/notes/e2e-recipe.md for why each flag is here.
//
//   const browser = await launchBrowser({ extension: extensionDir });
//   const page = await openFixture(browser.context, "x");
//   await typeText(page, "x", "Hello");
//   expect(await modelText(page)).toBe("Hello");
//   await browser.close();
import { execFile } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { existsSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Worker } from "playwright-core";
import { inject } from "vitest";
import {
  certificateNames,
  fixturePages,
  fixtures,
  mappedHosts,
  type FixtureName,
  type FixturePageName,
  type FixturePageSpec,
  type FixtureSpec,
} from "./fixtures/catalog.ts";
import type { Submission } from "./fixtures/src/kit.ts";

const run = promisify(execFile);

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const artifactsDir = join(repoRoot, "test/e2e/artifacts");
/** The production build under test: `npm run build` output, or under PREFLIGHT_OUT_DIR when set (as wxt.config.ts). */
export const extensionOutputDir = join(resolve(repoRoot, process.env["PREFLIGHT_OUT_DIR"] ?? ".output"), "chrome-mv3");
const fixtureSourceDir = join(repoRoot, "test/e2e/fixtures/src");

/** Where fixture scripts are served from; a prefix no platform route uses. */
export const ASSET_PREFIX = "/__preflight_fixture/";

declare module "vitest" {
  export interface ProvidedContext {
    /** Built fixture bundles, from global-setup.ts (absent when run without the e2e config). */
    preflightFixturesDir: string;
  }
}

export function fixtureSpec(name: FixtureName): FixtureSpec {
  return fixtures[name];
}

function pageSpec(name: FixturePageName): FixturePageSpec {
  return fixturePages[name];
}

// ---------------------------------------------------------------------------------------------
// Building the fixtures

/** Bundles every fixture page into `outDir` (`<page>.js`, `<page>.css`, `<page>.html`). */
export async function buildFixtures(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const names = Object.keys(fixturePages) as FixturePageName[];
  await build({
    entryPoints: Object.fromEntries(names.map((name) => [name, join(fixtureSourceDir, pageSpec(name).entry)])),
    outdir: outDir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "chrome120",
    sourcemap: "linked",
    // The repository's tsconfig compiles JSX for Preact; the React fixtures must not see it
    // (React throws error #31 on Preact elements). Each React file names its JSX source.
    tsconfigRaw: {},
    jsx: "automatic",
    conditions: ["production"],
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    logLevel: "silent",
  });
  for (const name of names) {
    const spec = pageSpec(name);
    const css = existsSync(join(outDir, `${name}.css`))
      ? `<link rel="stylesheet" href="${ASSET_PREFIX}${name}.css">`
      : "";
    const html = [
      "<!doctype html>",
      '<html lang="en">',
      `<head><meta charset="utf-8"><title>${spec.title}</title>${css}${spec.head ?? ""}</head>`,
      `<body>${spec.body ?? ""}<script type="module" src="${ASSET_PREFIX}${name}.js"></script></body>`,
      "</html>",
    ].join("\n");
    await writeFile(join(outDir, `${name}.html`), html);
  }
  return outDir;
}

let localBuild: Promise<string> | undefined;

/** The directory global-setup.ts built, when running under the e2e vitest config. */
export function providedFixturesDir(): string | undefined {
  try {
    return inject("preflightFixturesDir");
  } catch {
    return undefined; // not inside a vitest worker (a script using the harness)
  }
}

/** The built fixtures: global-setup's (once per run), or built here once per process. */
export function fixturesDir(): Promise<string> {
  const provided = providedFixturesDir();
  if (provided) return Promise.resolve(provided);
  localBuild ??= mkdtemp(join(tmpdir(), "preflight-fixtures-")).then((dir) => {
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return buildFixtures(dir);
  });
  return localBuild;
}

// ---------------------------------------------------------------------------------------------
// The HTTPS fixture server

export interface FixtureServer {
  port: number;
  /** https://localhost:<port>, for the pages reached without host mapping (generic). */
  origin: string;
  /** Base64 SHA-256 of the certificate's public key, for --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  /** Every request served, as "host path", for asserting what a page (or the extension) fetched. */
  requests: string[];
  close(): Promise<void>;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A self-signed certificate for every fixture hostname, made with openssl for this run. */
async function makeCertificate(): Promise<{ key: string; cert: string; spkiHash: string }> {
  const dir = await mkdtemp(join(tmpdir(), "preflight-cert-"));
  try {
    const san = [
      ...certificateNames.dns.map((name) => `DNS:${name}`),
      ...certificateNames.ip.map((ip) => `IP:${ip}`),
    ].join(",");
    const keyPath = join(dir, "key.pem");
    const certPath = join(dir, "cert.pem");
    await run("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-days", "30", "-subj", "/CN=preflight-fixtures",
      "-addext", `subjectAltName=${san}`, "-addext", "extendedKeyUsage=serverAuth",
      "-keyout", keyPath, "-out", certPath,
    ]);
    const [key, cert] = await Promise.all([readFile(keyPath, "utf8"), readFile(certPath, "utf8")]);
    const spki = new X509Certificate(cert).publicKey.export({ type: "spki", format: "der" });
    return { key, cert, spkiHash: createHash("sha256").update(spki).digest("base64") };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The page for a request: the longest matching path prefix among the host's routes. */
export function routePage(host: string, path: string): FixturePageName | undefined {
  let best: { name: FixturePageName; length: number } | undefined;
  for (const name of Object.keys(fixturePages) as FixturePageName[]) {
    for (const route of pageSpec(name).routes) {
      const prefix = route.pathPrefix ?? "/";
      if (route.host !== host || !path.startsWith(prefix)) continue;
      if (!best || prefix.length > best.length) best = { name, length: prefix.length };
    }
  }
  return best?.name;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const [dir, { key, cert, spkiHash }] = await Promise.all([fixturesDir(), makeCertificate()]);
  const requests: string[] = [];
  const server: Server = createServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
    const path = new URL(request.url ?? "/", "https://fixture.invalid").pathname;
    requests.push(`${host} ${path}`);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
      response.end(body);
    };
    if (path.startsWith(ASSET_PREFIX)) {
      const file = path.slice(ASSET_PREFIX.length);
      const type = CONTENT_TYPES[extname(file)];
      if (!type || file.includes("/") || !existsSync(join(dir, file))) {
        send(404, "text/plain", `No fixture asset ${file}\n`);
        return;
      }
      send(200, type, readFileSync(join(dir, file)));
      return;
    }
    const name = routePage(host, path);
    if (!name) {
      send(404, "text/plain", `No fixture page for ${host}${path}\n`);
      return;
    }
    const csp: Record<string, string> = pageSpec(name).noCsp ? {} : { "Content-Security-Policy": CONTENT_SECURITY_POLICY };
    send(200, "text/html; charset=utf-8", readFileSync(join(dir, `${name}.html`)), csp);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `https://localhost:${port}`,
    spkiHash,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The browser

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      "Chromium not found. Install it with `apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary.",
    );
  }
  return found;
}

export interface LaunchOptions {
  /** An unpacked extension directory to load (for example `.output/chrome-mv3`). */
  extension?: string;
  /** A server to use; by default one is started and closed with the browser. */
  server?: FixtureServer;
  /** Headed runs need an X display (Xvfb). */
  headless?: boolean;
  /**
   * Whether the in-page panel's shadow root is opened for the tests (a test-only setting in
   * storage.session, lib/state/background.ts): Playwright's locators cannot enter a closed root.
   * Default true with an extension; the trust-boundary test keeps the root closed, as users have it.
   */
  inspectablePanel?: boolean;
  /**
   * Issue 13: keep the welcome page a fresh install opens, and its pending state. By default the
   * tests start as a user who has been through it: the page is closed and answered.
   */
  welcome?: boolean;
}

export interface BrowserSession {
  context: BrowserContext;
  server: FixtureServer;
  /** Closes the browser, deletes its profile and stops a server it started. */
  close(): Promise<void>;
}

const sessions = new WeakMap<BrowserContext, { server: FixtureServer; extension?: string }>();

export function hostResolverRules(port: number): string {
  const maps = [...mappedHosts, "*.x.com"].map((host) => `MAP ${host} 127.0.0.1:${port}`);
  // The first matching rule wins, so the catch-all comes last: nothing else leaves the machine.
  return [...maps, "MAP * ~NOTFOUND", "EXCLUDE 127.0.0.1", "EXCLUDE localhost"].join(", ");
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const ownServer = !options.server;
  const server = options.server ?? (await startFixtureServer());
  const profileDir = await mkdtemp(join(tmpdir(), "preflight-profile-"));
  const args = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--host-resolver-rules=${hostResolverRules(server.port)}`,
    `--ignore-certificate-errors-spki-list=${server.spkiHash}`,
  ];
  const extension = options.extension ? realpathSync(options.extension) : undefined;
  if (extension) {
    // Playwright passes --disable-extensions by default; --disable-extensions-except overrides it.
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: options.headless ?? true,
      args,
      viewport: { width: 1280, height: 900 },
    });
    // Lets tests paste through the real clipboard (trusted Ctrl/Cmd+V) on every origin.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    if (ownServer) await server.close();
    throw error;
  }
  sessions.set(context, { server, ...(extension ? { extension } : {}) });
  if (extension && options.inspectablePanel !== false) {
    await openPanelForTests(context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker")));
  }
  if (extension && options.welcome !== true) await answerWelcome(context);
  return {
    context,
    server,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
      if (ownServer) await server.close();
    },
  };
}

/**
 * Issue 13: a fresh install opens the welcome page and holds back the unknown-author warning until
 * it is answered. Tests that are not about it start answered: once the install has settled (the
 * background writes the welcome state either way), the state is set to done and the page closed.
 */
async function answerWelcome(context: BrowserContext): Promise<void> {
  const isWelcome = (page: Page) => page.url().endsWith("/welcome.html");
  // The one page the install opens (it may open after the state is written); the tests' own stay.
  let closed = false;
  const onPage = (page: Page) =>
    void page.waitForURL(/\/welcome\.html$/, { timeout: 10_000 }).then(
      () => {
        if (closed) return;
        closed = true;
        context.off("page", onPage);
        return page.close();
      },
      () => undefined,
    );
  context.on("page", onPage);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  let opened = false;
  for (let i = 0; i < 100; i++) {
    const state = await worker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const welcome = (await local.get("welcome"))["welcome"] as { state?: string } | undefined;
      if (welcome === undefined) return undefined;
      await local.set({ welcome: { state: "done" } });
      return welcome.state;
    });
    if (state === undefined) {
      await new Promise((done) => setTimeout(done, 50));
      continue;
    }
    opened = state === "pending";
    break;
  }
  const already = context.pages().find(isWelcome);
  if (already && !closed) {
    closed = true;
    await already.close();
  }
  if (!opened || closed) context.off("page", onPage);
}

/**
 * Has the extension mount the panel with an open shadow root, which Playwright's locators can
 * enter (a test-only setting in storage.session; see LaunchOptions.inspectablePanel). A restart of
 * the extension empties storage.session: call it again with the new worker.
 */
export async function openPanelForTests(worker: Worker): Promise<void> {
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({
      preflightTestInspectablePanel: true,
    }),
  );
}

function sessionOf(context: BrowserContext): { server: FixtureServer; extension?: string } {
  const session = sessions.get(context);
  if (!session) throw new Error("This browser context was not started by launchBrowser().");
  return session;
}

// ---------------------------------------------------------------------------------------------
// The extension

/** Chrome's id alphabet: the first 32 hex digits of a SHA-256, with 0-f written as a-p. */
function idFromHash(data: Buffer | string): string {
  return [...createHash("sha256").update(data).digest("hex").slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join("");
}

/**
 * The id Chromium gives an unpacked extension: from its service worker when it has one; else
 * from the manifest's `key` (a fixed id); else from its absolute path, as Chromium derives it.
 */
export async function extensionId(context: BrowserContext): Promise<string> {
  const { extension } = sessionOf(context);
  if (!extension) throw new Error("launchBrowser() was called without an extension.");
  const manifest = JSON.parse(readFileSync(join(extension, "manifest.json"), "utf8")) as {
    key?: string;
    background?: { service_worker?: string };
  };
  if (manifest.background?.service_worker) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    return new URL(worker.url()).host;
  }
  if (manifest.key) return idFromHash(Buffer.from(manifest.key, "base64"));
  return idFromHash(extension);
}

// ---------------------------------------------------------------------------------------------
// Pages

interface PageRecord {
  errors: Error[];
}
const pageRecords = new WeakMap<Page, PageRecord>();

/** Uncaught exceptions thrown by the page's scripts (any frame) since it was opened. */
export function pageErrors(page: Page): Error[] {
  return pageRecords.get(page)?.errors ?? [];
}

export function fixtureUrl(context: BrowserContext, name: FixtureName): string {
  return fixtureSpec(name).url.replace("{origin}", sessionOf(context).server.origin);
}

/**
 * Opens a fixture in a new tab at its real hostname, waits until its app has mounted, opens the
 * composer where the platform hides it behind a trigger, and waits for the editor to show.
 */
export async function openFixture(context: BrowserContext, name: FixtureName): Promise<Page> {
  const spec = fixtureSpec(name);
  const page = await context.newPage();
  const record: PageRecord = { errors: [] };
  pageRecords.set(page, record);
  page.on("pageerror", (error) => record.errors.push(error));
  await page.goto(fixtureUrl(context, name));
  await page.waitForFunction(() => window.__fixture?.ready === true);
  if (spec.open) await page.locator(spec.open).click();
  await editor(page, name).waitFor({ state: "visible" });
  return page;
}

/** The frame (page or iframe) a fixture's composer lives in. */
export async function composerFrame(page: Page, name: FixtureName): Promise<Frame> {
  const spec = fixtureSpec(name);
  if (!spec.frame) return page.mainFrame();
  const frame = await (await page.locator(spec.frame).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`${name}: no frame for ${spec.frame}`);
  return frame;
}

export function editor(page: Page, name: FixtureName): Locator {
  const spec = fixtureSpec(name);
  return (spec.frame ? page.frameLocator(spec.frame) : page).locator(spec.editor);
}

export function submitControl(page: Page, name: FixtureName): Locator {
  const spec = fixtureSpec(name);
  return (spec.frame ? page.frameLocator(spec.frame) : page).locator(spec.submit);
}

/** The composer's text as its editor's own model holds it. */
export function modelText(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => window.__fixture.modelText(i), index);
}

/** What the page has submitted so far. */
export function submitted(page: Page): Promise<Submission[]> {
  return page.evaluate(() => structuredClone(window.__fixture.submitted));
}

export function hostname(page: Page): Promise<string> {
  return page.evaluate(() => location.hostname);
}

/** CSP violations the fixture's documents saw (the page's own, and any an extension causes). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__fixture.cspViolations]);
}

/** Clicks into the composer, as a person does before typing. */
export async function focusEditor(page: Page, name: FixtureName): Promise<void> {
  await editor(page, name).click();
}

/**
 * Types with real key events. "\n" presses the fixture's line-break key (Enter, or Shift+Enter
 * where Enter submits), so the text never submits by accident.
 */
export async function typeText(page: Page, name: FixtureName, text: string, options: { focus?: boolean } = {}) {
  if (options.focus ?? true) await focusEditor(page, name);
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(fixtureSpec(name).lineBreakKey);
    if (line) await page.keyboard.type(line);
  }
}

/**
 * Pastes through the system clipboard with a trusted Ctrl/Cmd+V, the way a person pastes:
 * the browser fires a trusted `paste` event whose clipboardData holds `text` as text/plain.
 */
export async function pasteText(page: Page, name: FixtureName, text: string): Promise<void> {
  const frame = await composerFrame(page, name);
  await editor(page, name).focus();
  await frame.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/**
 * Dispatches an untrusted `paste` event carrying `text`, as extensions and automation scripts do.
 * Editors that read clipboardData insert it; plain textareas and contenteditables ignore it
 * (an untrusted event has no default action).
 */
export async function dispatchSyntheticPaste(page: Page, name: FixtureName, text: string): Promise<void> {
  await editor(page, name).focus();
  await editor(page, name).evaluate((element, value) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", value);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

/** Submits with the keyboard the way the fixture's platform allows (Ctrl/Cmd+Enter or Enter). */
export async function keySubmit(page: Page, name: FixtureName): Promise<void> {
  const how = fixtureSpec(name).keySubmit;
  if (!how) throw new Error(`${name} has no keyboard submit`);
  await page.keyboard.press(how === "shortcut" ? "ControlOrMeta+Enter" : "Enter");
}

/** Saves a full-page screenshot to test/e2e/artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = resolve(artifactsDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
