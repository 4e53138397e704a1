// The store packages `npm run zip` makes (lib/packaging/): the manifests WXT builds for Chrome (and
// Edge) and for Firefox, the sources zip AMO asks for, and the rebuild from it, identical file by file.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultZips, describeComparison, listFiles, rebuildFromSources } from "../../lib/packaging/build-for-amo.ts";
import { FIREFOX_MIN_VERSION, GECKO_ID, FIREFOX_SETTINGS } from "../../lib/packaging/manifest.ts";

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

// Built by WXT into a folder of this test's own (PREFLIGHT_OUT_DIR).
interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: Array<{ js?: string[]; matches: string[] }>;
  content_security_policy?: unknown;
  storage?: { managed_schema?: string };
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: Record<string, string> | string };
  options_ui?: { page: string };
  browser_specific_settings?: typeof FIREFOX_SETTINGS;
  web_accessible_resources?: unknown;
}

const EXPECTED_PERMISSIONS = ["storage", "unlimitedStorage", "scripting", "alarms"];

describe("the store packages", { timeout: 180_000 }, () => {
  let out: string;
  const manifest = (browser: "chrome" | "firefox"): Manifest =>
    JSON.parse(readFileSync(join(out, `${browser}-mv3`, "manifest.json"), "utf8")) as Manifest;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "preflight-packages-"));
    const env: NodeJS.ProcessEnv = { ...process.env, PREFLIGHT_OUT_DIR: out };
    delete env["NODE_ENV"]; // vitest's "test" would build other bundles than `npm run zip` does
    // What `npm run zip` runs, one after the other (each build cleans only its own folder).
    await run("npx", ["wxt", "zip"], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
    await run("npx", ["wxt", "zip", "-b", "firefox"], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
  }, 180_000);
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it("makes the Chrome zip, the Firefox zip and the sources zip", async () => {
    const zips = (await readdir(out)).filter((file) => file.endsWith(".zip")).sort();
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(zips).toEqual([`preflight-${pkg.version}-chrome.zip`, `preflight-${pkg.version}-firefox.zip`, `preflight-${pkg.version}-sources.zip`]);
  });

  for (const browser of ["chrome", "firefox"] as const) {
    it(`${browser}: MV3 with exactly the permissions the README explains`, () => {
      const m = manifest(browser);
      expect(m.manifest_version).toBe(3);
      expect(m.name).toBe("__MSG_extName__");
      expect(m.default_locale).toBe("en");
      expect(m.permissions).toEqual(EXPECTED_PERMISSIONS);
      // Only the platforms' https origins up front; anything else is asked for when a user adds a site.
      expect(m.host_permissions?.length).toBeGreaterThan(0);
      for (const pattern of m.host_permissions ?? []) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
      expect(m.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
      expect(m.storage?.managed_schema).toBe("managed_schema.json");
    });

    it(`${browser}: every file the manifest names is in the package`, () => {
      const m = manifest(browser);
      const dir = join(out, `${browser}-mv3`);
      const named = [
        ...(m.background?.service_worker ? [m.background.service_worker] : []),
        ...(m.background?.scripts ?? []),
        ...(m.content_scripts ?? []).flatMap((script) => script.js ?? []),
        m.storage?.managed_schema ?? "",
        m.action?.default_popup ?? "",
        m.options_ui?.page ?? "",
        ...Object.values(m.icons ?? {}),
        ...(typeof m.action?.default_icon === "object" ? Object.values(m.action.default_icon) : []),
        "_locales/en/messages.json",
        "_locales/zh_CN/messages.json",
      ];
      expect(named.filter((file) => !file)).toEqual([]);
      expect(named.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
    });

    // MV3's default CSP (script-src 'self', asserted by its absence) stops eval and Function at run
    // time; zod probes Function() once and falls back. What must never be there is code fetched
    // from elsewhere, or a direct eval.
    it(`${browser}: no remote code (no remote scripts, no eval, the default CSP)`, async () => {
      const m = manifest(browser);
      const dir = join(out, `${browser}-mv3`);
      expect(m.content_security_policy).toBeUndefined();
      const files = await listFiles(dir);
      for (const file of files.filter((name) => name.endsWith(".html"))) {
        const html = await readFile(join(dir, file), "utf8");
        expect(html, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
        for (const src of html.matchAll(/<script[^>]+src="([^"]+)"/g)) expect(existsSync(join(dir, src[1]!)), `${file}: ${src[1]}`).toBe(true);
      }
      for (const file of files.filter((name) => name.endsWith(".js"))) {
        const js = await readFile(join(dir, file), "utf8");
        // A method named eval (re2js's prefilter: `eval(t,n){`) is not the global eval.
        const remote = /(^|[^.\w$])eval\((?![^()]*\)\s*\{)|importScripts\(\s*["'`]https?:|import\(\s*["'`]https?:/g;
        const hits = [...js.matchAll(remote)].map((hit) => js.slice(Math.max(0, hit.index - 40), hit.index + 40));
        expect(hits, file).toEqual([]);
      }
    });
  }

  it("chrome (and Edge): a service worker and no Firefox-only keys", () => {
    const m = manifest("chrome");
    expect(m.background).toEqual({ service_worker: "background.js" });
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it("firefox: its add-on id, minimum version and data-collection declaration; an event page", () => {
    const m = manifest("firefox");
    expect(m.browser_specific_settings?.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ["none"], optional: ["personallyIdentifyingInfo", "personalCommunications", "technicalAndInteraction"] },
    });
    expect(GECKO_ID).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(m.background).toEqual({ scripts: ["background.js"] });
  });

  it("the sources zip holds what the build needs and nothing else", async () => {
    const { stdout } = await run("unzip", ["-Z1", defaultZips(repoRoot, out).sourcesZip]);
    const files = stdout.trim().split("\n");
    for (const needed of ["package.json", "package-lock.json", "wxt.config.ts", "tsconfig.json", "SOURCE-CODE-README.md", "lib/packaging/build-for-amo.ts", "public/managed_schema.json"]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.some((file) => file.startsWith("entrypoints/"))).toBe(true);
    expect(files.some((file) => file.startsWith("rules/"))).toBe(true);
    expect(files.filter((file) => /(^|\/)(node_modules|\.output|\.wxt|test|dist|coverage)\//.test(file) || /\.test\.ts$/.test(file) || file.startsWith("."))).toEqual([]);
  });

  it("the sources zip rebuilds the Firefox package identically, file by file", async () => {
    const zips = defaultZips(repoRoot, out);
    const comparison = await rebuildFromSources({ ...zips, reuseNodeModules: join(repoRoot, "node_modules") });
    expect(describeComparison(comparison)).toBe("The rebuild is identical to the package, file by file.");
  });
});
