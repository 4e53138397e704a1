/** Runs the command line in-process with captured output (shared by the CLI tests). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { run, type CliIO } from "../../lib/cli/run.ts";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const FIXTURES = "test/fixtures";
export const ACME = `${FIXTURES}/rulesets/acme.yaml`;
export const STORM = `${FIXTURES}/posts/storm-sale.txt`;
/** Inside Hurricane Delia's window in acme.yaml. */
export const DURING_STORM = "2026-11-24T15:00:00Z";

/** Runs `preflight ARGV…`; `stdin` is the text of standard input, or a function that supplies it. */
export async function cli(
  argv: string[],
  options: { stdin?: string | CliIO["stdin"] } & Omit<Partial<CliIO>, "stdin"> = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const { stdin = "", ...rest } = options;
  const code = await run(argv, {
    stdin: typeof stdin === "string" ? async () => stdin : stdin,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {},
    ...rest,
  });
  return { code, stdout, stderr };
}

/** JSON Lines output, parsed. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A temporary directory removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "preflight-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
