/**
 * Many posts at once: JSON Lines (one object a line) and CSV content calendars, read as a stream
 * and handed on in chunks, so the first results come out before the input ends and memory stays
 * flat however long it is. Each post is validated on its own, so one bad line is reported as such
 * while the others are still checked.
 */
import { Readable } from "node:stream";
import { CsvError, Parser as CsvParser } from "csv-parse";
import { z } from "zod";
import { formatPath } from "../ruleset/parse.ts";
import { PlatformSchema } from "../ruleset/schema.ts";
import { CliError } from "./io.ts";
import { parsePublishTime, PUBLISH_TIME_HINT } from "./time.ts";

/** One post to check; what it leaves out comes from the command's options. */
export interface PostInput {
  text: string;
  at?: Date;
  platform?: string;
  account?: string;
  author?: string;
  crisis?: boolean;
}

export type BatchEntry = { id: string | number; post: PostInput } | { id: string | number; error: string };

/** Which post field each CSV column holds (undefined for columns the calendar has for itself). */
export type CsvFields = (Field | undefined)[];

/**
 * A run of posts as read, before validation: plain data that can go to a worker thread. Lines are
 * numbered from 1 (blank ones count); rows as a spreadsheet shows them (the header is row 1).
 */
export type BatchChunk =
  | { kind: "jsonl"; posts: number; lines: JsonLine[] }
  | { kind: "csv"; posts: number; fields: CsvFields; rows: { row: number; cells: string[] }[] };

/** A line of JSON Lines; one too long to hold is passed on as `oversized`, without its text. */
export interface JsonLine {
  n: number;
  text: string;
  oversized?: true;
}

/** Posts a chunk holds at most: small enough that results flow, large enough to cost little to pass on. */
const CHUNK_POSTS = 256;
/** A line or CSV record longer than this is refused rather than held in memory. */
export const MAX_POST_CHARS = 16 * 1024 * 1024;

const optionalText = (what: string) => z.string().trim().min(1, `${what} must not be empty`).optional();

/** A post as JSON Lines write it; `at` is read in `timeZone` when it has no UTC offset. */
function postSchema(timeZone: string) {
  return z.strictObject({
    id: z.union([z.string().min(1, "id must not be empty"), z.number()]).optional(),
    text: z.string(),
    at: z
      .string()
      .transform((s, ctx) => parsePublishTime(s, timeZone) ?? (ctx.addIssue({ code: "custom", message: PUBLISH_TIME_HINT }), z.NEVER))
      .optional(),
    platform: PlatformSchema.optional(),
    account: optionalText("account"),
    author: optionalText("author"),
    crisis: z.boolean().optional(),
  });
}

/** `text: required; at: expected …`: every problem of a post, each naming its field. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .flatMap((issue) => {
      if (issue.code === "unrecognized_keys") return issue.keys.map((k) => `${k}: unknown field`);
      const message = issue.input === undefined ? "required" : issue.message.replace(/^Invalid input: /, "");
      return [`${formatPath(issue.path) || "post"}: ${message}`];
    })
    .join("; ");
}

/** Reads posts in one time zone; the schema is built once, not for every line. */
export class PostReader {
  private readonly schema: ReturnType<typeof postSchema>;

  constructor(timeZone: string) {
    this.schema = postSchema(timeZone);
  }

  /** A post from one JSON Lines line, or undefined for a blank line. */
  jsonl({ n, text: line, oversized }: JsonLine): BatchEntry | undefined {
    if (oversized) return { id: n, error: `line ${n}: longer than ${MAX_POST_CHARS / 1024 / 1024} MiB; a post must be shorter` };
    if (line.trim() === "") return undefined;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      return { id: n, error: `line ${n}: not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { id: n, error: `line ${n}: expected a JSON object such as {"text": "…"}` };
    }
    return this.entry(data, n, `line ${n}`);
  }

  /** A post from one CSV row (`fields` from `csvFields`). */
  csv(cells: readonly string[], row: number, fields: CsvFields): BatchEntry {
    if (cells.length !== fields.length) {
      return { id: row, error: `row ${row}: has ${cells.length} fields, the header has ${fields.length} (is a comma in the text unquoted?)` };
    }
    const data: Record<string, unknown> = {};
    fields.forEach((field, column) => {
      const cell = cells[column] ?? "";
      if (field && (cell.trim() !== "" || field === "text")) data[field] = cell;
    });
    const crisis = data["crisis"];
    if (typeof crisis === "string") {
      const answer = crisis.trim().toLowerCase();
      if (!YES.has(answer) && !NO.has(answer)) {
        return { id: idOf(data) ?? row, error: `row ${row}: crisis: expected yes or no (true/false, 1/0), got "${crisis}"` };
      }
      data["crisis"] = YES.has(answer);
    }
    return this.entry(data, row, `row ${row}`);
  }

  private entry(data: object, fallbackId: number, where: string): BatchEntry {
    const parsed = this.schema.safeParse(data, { reportInput: true });
    if (!parsed.success) return { id: idOf(data) ?? fallbackId, error: `${where}: ${describeIssues(parsed.error.issues)}` };
    const { id, ...post } = parsed.data;
    return { id: id ?? fallbackId, post: withoutUndefined(post) };
  }
}

/** The post's own id where it has a usable one, so a bad line is still reported under its id. */
function idOf(data: unknown): string | number | undefined {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return (typeof id === "string" && id !== "") || typeof id === "number" ? id : undefined;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Text from a stream of strings or UTF-8 bytes (a multi-byte character may span two pieces). */
async function* textOf(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const piece of source) {
    const text = typeof piece === "string" ? piece : decoder.decode(piece, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/**
 * JSON Lines in chunks: the complete lines of each piece of input as soon as it arrives, so a slow
 * producer's first post is checked before it sends the next. A line too long to hold is kept only
 * as its length.
 */
export async function* jsonlChunks(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<BatchChunk> {
  let partial = "";
  let oversized: true | undefined;
  let n = 0;
  let lines: JsonLine[] = [];
  let posts = 0;
  const take = (text: string) => {
    n++;
    if (text.length > MAX_POST_CHARS) oversized = true;
    lines.push(oversized ? { n, text: "", oversized } : { n, text });
    if (oversized || text.trim() !== "") posts++;
    oversized = undefined;
  };
  for await (const text of textOf(source)) {
    let start = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", start)) {
      take(stripCr(partial + text.slice(start, i)));
      partial = "";
      start = i + 1;
      if (lines.length >= CHUNK_POSTS) {
        yield { kind: "jsonl", posts, lines };
        lines = [];
        posts = 0;
      }
    }
    partial += text.slice(start);
    if (partial.length > MAX_POST_CHARS) {
      partial = "";
      oversized = true;
    }
    if (lines.length > 0) {
      yield { kind: "jsonl", posts, lines };
      lines = [];
      posts = 0;
    }
  }
  if (partial !== "" || oversized) take(stripCr(partial));
  if (lines.length > 0) yield { kind: "jsonl", posts, lines };
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

type Field = "id" | "text" | "at" | "platform" | "account" | "author" | "crisis";

/** Header names as spreadsheets write them, compared without case, spaces, `_` or `-`. */
const COLUMNS: Record<string, Field> = {
  id: "id",
  text: "text",
  at: "at",
  "publish at": "at",
  "publish time": "at",
  date: "at",
  platform: "platform",
  account: "account",
  author: "author",
  crisis: "crisis",
};

const YES = new Set(["true", "yes", "y", "1"]);
const NO = new Set(["false", "no", "n", "0"]);

/**
 * A CSV content calendar with a header row, in chunks of rows as they are read. Other columns
 * (status, campaign, …) are ignored. Throws CliError when the file as a whole cannot be read (no
 * header, no "text" column, an unclosed quote): the rows before the mistake have been passed on.
 */
export async function* csvChunks(source: AsyncIterable<string | Uint8Array>, file: string): AsyncGenerator<BatchChunk> {
  const text = textOf(source);
  // Spreadsheets in many locales export with `;` or tabs; the header line tells which.
  let head = "";
  while (!/\r?\n/.test(head) && head.length <= MAX_POST_CHARS) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  const parser = new CsvParser({
    bom: true,
    delimiter: guessDelimiter(head),
    skip_empty_lines: true,
    relax_column_count: true,
    max_record_size: MAX_POST_CHARS,
  });
  const input = Readable.from(
    (async function* () {
      yield head;
      yield* text;
    })(),
  );
  input.on("error", (e) => parser.destroy(e));
  input.pipe(parser);

  let fields: CsvFields | undefined;
  let row = 1;
  let rows: { row: number; cells: string[] }[] = [];
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!fields) {
        fields = csvFields(cells, file);
        continue;
      }
      rows.push({ row: ++row, cells });
      // What the parser has read so far is all passed on: results flow with the input.
      if (rows.length >= CHUNK_POSTS || parser.readableLength === 0) {
        yield { kind: "csv", posts: rows.length, fields, rows };
        rows = [];
      }
    }
  } catch (e) {
    if (e instanceof CsvError) {
      const message = e.code === "CSV_MAX_RECORD_SIZE" ? `row ${row + 1} is longer than ${MAX_POST_CHARS / 1024 / 1024} MiB (is a quote unclosed?)` : e.message;
      throw new CliError(`${file}: not valid CSV: ${message}`);
    }
    throw e;
  }
  if (!fields) throw new CliError(`${file}: empty; a CSV calendar needs a header row with a "text" column`);
  if (rows.length > 0) yield { kind: "csv", posts: rows.length, fields, rows };
}

/** Which post field each column holds; refuses a header without "text" or with a field twice. */
function csvFields(header: readonly string[], file: string): CsvFields {
  const fields = header.map((name) => COLUMNS[name.trim().toLowerCase().replace(/[\s_-]+/g, " ")]);
  for (const field of new Set(fields)) {
    const columns = header.filter((_, i) => fields[i] === field);
    if (field && columns.length > 1) {
      throw new CliError(`${file}: the columns ${columns.map((c) => `"${c}"`).join(" and ")} both give the post's ${field}; keep one`);
    }
  }
  if (!fields.includes("text")) {
    throw new CliError(`${file}: the header row has no "text" column (found: ${header.map((c) => `"${c}"`).join(", ")})`);
  }
  return fields;
}

function guessDelimiter(source: string): string {
  const first = source.slice(0, source.search(/\r?\n|$/));
  if (first.includes(",")) return ",";
  if (first.includes("\t")) return "\t";
  return first.includes(";") ? ";" : ",";
}
