/**
 * The installable command: `bin` in package.json is the built bundle, which runs on plain Node
 * (no tsx, no node_modules), takes file names relative to where it runs, and runs a large batch's
 * worker threads from the same file.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCli } from "../../lib/cli/build.ts";
import { cli, DURING_STORM, tempDir } from "./harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures");
/** Node itself, without this checkout's tools (tsx) on the PATH. */
const PLAIN_PATH = [dirname(process.execPath), "/usr/bin", "/bin"].join(delimiter);

const dir = tempDir();
const bundle = join(dir, "preflight.mjs");

function node(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }) {
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    input: options.input ?? "",
    encoding: "utf8",
    env: { PATH: PLAIN_PATH, NO_COLOR: "1", ...options.env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the installable preflight command", () => {
  it("is package.json's bin, packed, and built by npm install", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      files: string[];
      scripts: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ preflight: "dist/preflight.mjs" });
    expect(pkg.files).toContain("dist/preflight.mjs");
    expect(pkg.scripts["prepare"]).toContain("npm run --silent build:cli");
    expect(pkg.scripts["build:cli"]).toBe("tsx lib/cli/build.ts");
  });

  it("builds into one file that runs on plain Node, outside the checkout, with paths from where it runs", async () => {
    await buildCli(bundle);
    const head = readFileSync(bundle, "utf8").slice(0, 200);
    expect(head.startsWith("#!/usr/bin/env node\n")).toBe(true);
    // Moved away from node_modules: everything it needs is inside.
    const alone = join(tempDir(), "preflight.mjs");
    copyFileSync(bundle, alone);
    const argv = ["check", "posts/storm-sale.txt", "--rules", "rulesets/acme.yaml", "--at", DURING_STORM];
    const built = node([alone, ...argv], { cwd: FIXTURES });
    const inProcess = await cli(argv.map((a) => (a.includes("/") ? join("test/fixtures", a) : a)));
    expect(built.stderr).toBe("");
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(inProcess.stdout.replaceAll("test/fixtures/", ""));
  }, 120_000);

  it("runs a large batch's worker threads from the same file, with the same results", () => {
    const posts = Array.from({ length: 3_000 }, (_, i) => JSON.stringify({ id: i, text: i % 3 === 0 ? `Storm sale ${i}` : `Hello ${i}` })).join("\n");
    const run = (jobs: string) =>
      node([bundle, "check", "--jsonl", "--rules", "rulesets/acme.yaml", "--at", DURING_STORM, "--jobs", jobs], {
        cwd: FIXTURES,
        input: posts,
        env: { PREFLIGHT_DEBUG: "1", PREFLIGHT_TEST_WAIT_FOR_WORKERS: "1" },
      });
    const one = run("1");
    const two = run("3");
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(one.stdout.split("\n")).toHaveLength(3_001);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toMatch(/checked on 0 worker threads/);
    expect(two.stderr).toMatch(/^preflight: batch of \d+ chunks, [1-9]\d* of them checked on 2 worker threads\n$/);
  }, 120_000);

  it("npm run preflight takes file names from where it is typed", () => {
    const npm = spawnSync("npm", ["run", "--silent", "preflight", "--", "check", "posts/storm-sale.txt", "--rules", "rulesets/acme.yaml", "--at", DURING_STORM], {
      cwd: FIXTURES,
      encoding: "utf8",
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`, NO_COLOR: "1" },
      timeout: 120_000,
    });
    expect(npm.stderr).toBe("");
    expect(npm.status).toBe(1);
    expect(npm.stdout).toContain("posts/storm-sale.txt:1:32  block  events/match");
  }, 120_000);
});
