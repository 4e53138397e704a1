/**
 * What a command may touch besides files: injected, so that tests run every command in-process and
 * capture its output.
 */
import { createReadStream } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { formatMessage } from "../engine/i18n.ts";
import type { Locale, LocalizedText } from "../engine/types.ts";
import { M } from "./messages.ts";

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
  /** The language of everything said (`--lang`, else the environment's; set by `run`). */
  locale?: Locale;
}

/** Placeholder values; a LocalizedText value is said in the message's language. */
type Data = Record<string, string | number | LocalizedText>;

function dataIn(data: Data, locale: Locale): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "object" ? v[locale] : v]));
}

/**
 * Exit status 2 for bad input or usage: what went wrong, in one line for a person, in every
 * language the UI speaks (a plain string when the text comes from elsewhere, as it is).
 */
export class CliError extends Error {
  override name = "CliError";

  constructor(
    readonly text: LocalizedText | string,
    readonly data: Data = {},
  ) {
    super(typeof text === "string" ? text : formatMessage(text, "en", dataIn(data, "en")));
  }

  /** The message in `locale`. */
  in(locale: Locale): string {
    return typeof this.text === "string" ? this.text : formatMessage(this.text, locale, dataIn(this.data, locale));
  }
}

/** A message of the catalogue with its placeholders filled, in every language. */
export function fill(text: LocalizedText, data: Data): LocalizedText {
  return { en: formatMessage(text, "en", dataIn(data, "en")), "zh-CN": formatMessage(text, "zh-CN", dataIn(data, "zh-CN")) };
}

/** A message of the catalogue in the run's language. */
export function tell(io: Pick<CliIO, "locale">, text: LocalizedText, data?: Data): string {
  return formatMessage(text, io.locale ?? "en", dataIn(data ?? {}, io.locale ?? "en"));
}

/** Exit statuses (DESIGN.md, "Command line"). */
export const EXIT = { ok: 0, findings: 1, bad: 2 } as const;

/** A file's text, or standard input for `-`. */
export async function readInput(file: string, io: CliIO): Promise<string> {
  if (file === "-") return io.stdin();
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new CliError(M.cannotRead, { file, problem: fileProblem(e, io) });
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
    throw new CliError(M.cannotRead, { file, problem: fileProblem(e, io) });
  }
  const source = (async function* () {
    try {
      yield* createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array>;
    } catch (e) {
      throw new CliError(M.cannotRead, { file, problem: fileProblem(e, io) });
    }
  })();
  return { source, bytes };
}

/** Writes a file; `exclusive` refuses to replace an existing one (a key must never be lost that way). */
export async function writeOutput(
  file: string,
  text: string,
  options: { mode?: number; exclusive?: boolean; io?: Pick<CliIO, "locale"> } = {},
): Promise<void> {
  try {
    await writeFile(file, text, { mode: options.mode ?? 0o644, flag: options.exclusive ? "wx" : "w" });
  } catch (e) {
    throw new CliError(M.cannotWrite, { file, problem: fileProblem(e, options.io ?? {}) });
  }
}

function fileProblem(e: unknown, io: Pick<CliIO, "locale">): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return tell(io, M.noSuchFile);
    case "EISDIR":
      return tell(io, M.isDirectory);
    case "EACCES":
    case "EPERM":
      return tell(io, M.permissionDenied);
    case "EEXIST":
      return tell(io, M.fileExists);
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
