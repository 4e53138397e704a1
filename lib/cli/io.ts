/**
 * What a command may touch besides files: injected, so that tests run every command in-process and
 * capture its output.
 */
import { readFile, writeFile } from "node:fs/promises";

export interface CliIO {
  /** All of standard input, read only when a command needs it. */
  stdin(): Promise<string>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** The current time (default: the clock), for `--at` and for expiry. */
  now?: Date;
  /** The environment (default: none), for `LANG`, `NO_COLOR`. */
  env?: Record<string, string | undefined>;
  /** Whether standard output is a terminal: colour only then. */
  isTTY?: boolean;
}

/** Exit status 2 for bad input or usage: what went wrong, in one line for a person. */
export class CliError extends Error {
  override name = "CliError";
}

/** Exit statuses (DESIGN.md, "Command line"). */
export const EXIT = { ok: 0, findings: 1, bad: 2 } as const;

/** A file's text, or standard input for `-`. */
export async function readInput(file: string, io: CliIO): Promise<string> {
  if (file === "-") return io.stdin();
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${fileProblem(e)}`);
  }
}

/** Writes a file; `exclusive` refuses to replace an existing one (a key must never be lost that way). */
export async function writeOutput(file: string, text: string, options: { mode?: number; exclusive?: boolean } = {}): Promise<void> {
  try {
    await writeFile(file, text, { mode: options.mode ?? 0o644, flag: options.exclusive ? "wx" : "w" });
  } catch (e) {
    throw new CliError(`cannot write ${file}: ${fileProblem(e)}`);
  }
}

function fileProblem(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EEXIST":
      return "the file exists already; remove it or choose another name";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
