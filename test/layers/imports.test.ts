// Issue 11, "House": state sits below the UI, and the content script and lib/ui share their
// shapes through lib/review instead of importing each other's types.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The repository paths a file imports (relative imports only), type imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  return [...text.matchAll(/^\s*(?:import|export)[^"';]*?from\s+"(\.[^"]+)"/gm)].map((m) => relative(root, resolve(dirname(join(root, file)), m[1]!)));
}

function crossings(from: string, to: string): string[] {
  return sources(from).flatMap((file) => importsOf(file).filter((target) => target.startsWith(`${to}/`)).map((target) => `${file} -> ${target}`));
}

describe("layers", () => {
  it("finds imports (the check itself can fail)", () => {
    expect(crossings("lib/content", "lib/ui").length).toBeGreaterThan(0); // the content script mounts the panel
  });

  it.each([
    ["lib/sync", "lib/ui"],
    ["lib/state", "lib/ui"],
    ["lib/ui", "lib/content"],
    ["lib/review", "lib/ui"],
    ["lib/review", "lib/content"],
  ])("%s never imports %s", (from, to) => {
    expect(crossings(from, to)).toEqual([]);
  });
});
