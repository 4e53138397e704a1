// lib/packaging/: comparing two builds file by file, and which manifest keys each browser keeps.
// The real packages, built by WXT, are tested in test/e2e/packages.e2e.test.ts (a build is heavy:
// that suite runs one file at a time).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareBuilds, describeComparison, isIdentical, listFiles } from "../../lib/packaging/build-for-amo.ts";
import { dropForeignKeys, FIREFOX_SETTINGS } from "../../lib/packaging/manifest.ts";

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "preflight-tree-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe("compareBuilds", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const make = async (files: Record<string, string>) => {
    const dir = await tree(files);
    dirs.push(dir);
    return dir;
  };

  it("finds two trees with the same files and bytes identical", async () => {
    const files = { "manifest.json": "{}", "chunks/a.js": "a()", "_locales/en/messages.json": "{}" };
    const comparison = await compareBuilds(await make(files), await make(files));
    expect(comparison).toEqual({ missing: [], extra: [], changed: [] });
    expect(isIdentical(comparison)).toBe(true);
    expect(describeComparison(comparison)).toMatch(/identical/);
  });

  it("names every file missing, extra or changed", async () => {
    const packaged = await make({ "manifest.json": "{}", "chunks/a.js": "a()", "gone.js": "" });
    const rebuilt = await make({ "manifest.json": "{ }", "chunks/a.js": "a()", "chunks/new.js": "n()" });
    const comparison = await compareBuilds(packaged, rebuilt);
    expect(comparison).toEqual({ missing: ["gone.js"], extra: ["chunks/new.js"], changed: ["manifest.json"] });
    expect(isIdentical(comparison)).toBe(false);
    const words = describeComparison(comparison);
    expect(words).toContain("only in the package: gone.js");
    expect(words).toContain("only in the rebuild: chunks/new.js");
    expect(words).toContain("different bytes:     manifest.json");
  });

  it("lists nested files with / separators, sorted", async () => {
    expect(await listFiles(await make({ "b/c.txt": "", "a.txt": "" }))).toEqual(["a.txt", "b/c.txt"]);
  });
});

describe("dropForeignKeys", () => {
  it("keeps Firefox's settings in the Firefox build only", () => {
    for (const browser of ["chrome", "edge", "opera"]) {
      const manifest: Record<string, unknown> = { name: "x", browser_specific_settings: FIREFOX_SETTINGS };
      dropForeignKeys(browser, manifest);
      expect(manifest).toEqual({ name: "x" });
    }
    const firefox: Record<string, unknown> = { name: "x", browser_specific_settings: FIREFOX_SETTINGS };
    dropForeignKeys("firefox", firefox);
    expect(firefox["browser_specific_settings"]).toBe(FIREFOX_SETTINGS);
  });
});
