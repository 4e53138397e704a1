/**
 * `npm run build:amo [-- SOURCES.zip PACKAGE.zip]`: what an AMO reviewer does, done for them.
 * Unzips the sources zip that `npm run zip` made into a fresh folder, installs its locked
 * dependencies (`npm ci`), builds the Firefox package there (`npm run build:firefox`), and
 * compares the result with the package, file by file. Exit 0 only when every file is identical,
 * so a sources zip that misses a file the build needs, or a build that is not reproducible, fails
 * here before a reviewer finds it.
 *
 * `--reuse-node-modules DIR` links DIR instead of running `npm ci` (the tests' shortcut; a
 * reviewer's rebuild always installs).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface BuildComparison {
  /** In the package, absent from the rebuild. */
  missing: string[];
  /** In the rebuild, absent from the package. */
  extra: string[];
  /** In both, with different bytes. */
  changed: string[];
}

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

async function digest(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** Compares two unpacked builds by their files' paths and SHA-256 digests. */
export async function compareBuilds(packaged: string, rebuilt: string): Promise<BuildComparison> {
  const [expected, actual] = await Promise.all([listFiles(packaged), listFiles(rebuilt)]);
  const actualSet = new Set(actual);
  const expectedSet = new Set(expected);
  const changed: string[] = [];
  for (const file of expected.filter((path) => actualSet.has(path))) {
    const [a, b] = await Promise.all([digest(join(packaged, file)), digest(join(rebuilt, file))]);
    if (a !== b) changed.push(file);
  }
  return {
    missing: expected.filter((path) => !actualSet.has(path)),
    extra: actual.filter((path) => !expectedSet.has(path)),
    changed,
  };
}

export function isIdentical(comparison: BuildComparison): boolean {
  return comparison.missing.length + comparison.extra.length + comparison.changed.length === 0;
}

/** The comparison in words, one line per differing file. */
export function describeComparison(comparison: BuildComparison): string {
  if (isIdentical(comparison)) return "The rebuild is identical to the package, file by file.";
  return [
    "The rebuild differs from the package:",
    ...comparison.missing.map((file) => `  only in the package: ${file}`),
    ...comparison.extra.map((file) => `  only in the rebuild: ${file}`),
    ...comparison.changed.map((file) => `  different bytes:     ${file}`),
  ].join("\n");
}

async function unzip(archive: string, into: string): Promise<void> {
  await run("unzip", ["-q", "-o", archive, "-d", into]);
}

export interface RebuildOptions {
  sourcesZip: string;
  packageZip: string;
  /** Link this node_modules instead of `npm ci` (tests). */
  reuseNodeModules?: string;
}

/** Rebuilds the Firefox package from its sources zip and compares it with the package. */
export async function rebuildFromSources(options: RebuildOptions): Promise<BuildComparison> {
  const work = await mkdtemp(join(tmpdir(), "preflight-amo-"));
  try {
    const sources = join(work, "sources");
    const packaged = join(work, "package");
    await unzip(resolve(options.sourcesZip), sources);
    await unzip(resolve(options.packageZip), packaged);
    const env = { ...process.env };
    delete env["PREFLIGHT_OUT_DIR"]; // the rebuild goes where a reviewer's does: .output/
    delete env["NODE_ENV"]; // as in a reviewer's shell (a test runner sets "test", which changes the bundles)
    if (options.reuseNodeModules) {
      await symlink(resolve(options.reuseNodeModules), join(sources, "node_modules"), "dir");
      await run("npx", ["wxt", "prepare"], { cwd: sources, env });
    } else {
      await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: sources, env, maxBuffer: 64 * 1024 * 1024 });
    }
    await run("npm", ["run", "build:firefox"], { cwd: sources, env, maxBuffer: 64 * 1024 * 1024 });
    return await compareBuilds(packaged, join(sources, ".output", "firefox-mv3"));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The zips `npm run zip` names after package.json's name and version. */
export function defaultZips(
  root: string,
  out = resolve(root, process.env["PREFLIGHT_OUT_DIR"] ?? ".output"),
): { sourcesZip: string; packageZip: string } {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
  return {
    sourcesZip: join(out, `${pkg.name}-${pkg.version}-sources.zip`),
    packageZip: join(out, `${pkg.name}-${pkg.version}-firefox.zip`),
  };
}

async function main(argv: string[]): Promise<number> {
  const reuseAt = argv.indexOf("--reuse-node-modules");
  const reuseNodeModules = reuseAt >= 0 ? argv[reuseAt + 1] : undefined;
  if (reuseAt >= 0 && !reuseNodeModules) {
    console.error("--reuse-node-modules needs a folder (a node_modules to link).");
    return 2;
  }
  const positional = argv.filter((_, index) => reuseAt < 0 || (index !== reuseAt && index !== reuseAt + 1));
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const defaults = defaultZips(root);
  const sourcesZip = positional[0] ?? defaults.sourcesZip;
  const packageZip = positional[1] ?? defaults.packageZip;
  for (const [label, path] of [["sources zip", sourcesZip], ["Firefox package", packageZip]] as const) {
    try {
      readFileSync(path);
    } catch {
      console.error(`No ${label} at ${path}: run \`npm run zip\` first, or name it.`);
      return 2;
    }
  }
  console.log(`Rebuilding ${packageZip} from ${sourcesZip} ...`);
  const comparison = await rebuildFromSources({ sourcesZip, packageZip, ...(reuseNodeModules ? { reuseNodeModules } : {}) });
  console.log(describeComparison(comparison));
  return isIdentical(comparison) ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
