// Runs once per `npm run test:e2e`: builds the fixture pages, and the extension when its build
// is missing or older than its sources.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { buildFixtures, chromiumPath, extensionOutputDir, repoRoot } from "./harness.ts";

const run = promisify(execFile);

/** What the extension build is made from. */
const EXTENSION_SOURCES = ["entrypoints", "lib", "rules", "public", "wxt.config.ts", "package.json", "package-lock.json"];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

export function extensionBuildIsStale(outputDir = extensionOutputDir): boolean {
  const manifest = join(outputDir, "manifest.json");
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return EXTENSION_SOURCES.some((source) => newestModification(join(repoRoot, source)) > built);
}

export default async function setup(project: TestProject) {
  chromiumPath(); // fail early, with the install hint, when there is no browser
  const dir = await mkdtemp(join(tmpdir(), "preflight-fixtures-"));
  const started = Date.now();
  await buildFixtures(dir);
  console.log(`e2e: fixtures built in ${Date.now() - started} ms`);
  if (extensionBuildIsStale()) {
    const buildStarted = Date.now();
    await run("npm", ["run", "build"], { cwd: repoRoot });
    console.log(`e2e: extension built in ${Date.now() - buildStarted} ms`);
  }
  project.provide("preflightFixturesDir", dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
