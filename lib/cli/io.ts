/**
 * What a command may touch besides files: injected, so that tests run every command in-process and
 * capture its output.
 */
import { createReadStream } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";

export interface CliIO {
  /** All of standard input, read only when a command needs it. */
  stdin(): Promise<string>;
  /** Standard input as it arrives, for batches (default: all of `stdin()` at once). */
  stdinStream?(): AsyncIterable<string | Uint8Array>;
  stdout(s: string): void;
  /** Resolves when standard output can take more (default: at once), so a batch never outruns it. */
  drain?(): Promise<void>;
  stderr(s: string): void;
  /** The current time (default: the clock), for `--at` and for expiry. */
  now?: Date;
  /** The environment (default: none), for `LANG`, `NO_COLOR`. */
  env?: Record<string, string | undefined>;
  /** Whether standard output is a terminal: colour only then. */
  isTTY?: boolean;
  /** Whether standard error is a terminal: progress only then. */
  stderrIsTTY?: boolean;
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

/**
 * A file, or standard input for `-`, as it is read: a batch never holds all of it. `bytes` is the
 * file's size (unknown for standard input).
 */
export async function streamInput(file: string, io: CliIO): Promise<{ source: AsyncIterable<string | Uint8Array>; bytes?: number }> {
  if (file === "-") {
    const source =
      io.stdinStream?.() ??
      (async function* () {
        yield await io.stdin();
      })();
    return { source };
  }
  let bytes: number;
  try {
    // Checked before the first result is written, so a missing file is one clear error.
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    bytes = info.size;
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${fileProblem(e)}`);
  }
  const source = (async function* () {
    try {
      yield* createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array>;
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${fileProblem(e)}`);
    }
  })();
  return { source, bytes };
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
