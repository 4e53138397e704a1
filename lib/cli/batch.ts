/**
 * Many posts at once: JSON Lines (one object a line) and CSV content calendars, read as a stream
 * and handed on in chunks, so the first results come out before the input ends and memory stays
 * flat however long it is. Each post is validated on its own, so one bad line is reported as such
 * while the others are still checked.
 */
import { Readable } from "node:stream";
import { CsvError, Parser as CsvParser } from "csv-parse";
import { z } from "zod";
import { formatMessage } from "../engine/i18n.ts";
import type { Locale, LocalizedText } from "../engine/types.ts";
import { formatPath } from "../ruleset/parse.ts";
import { PlatformSchema } from "../ruleset/schema.ts";
import { CliError, fill } from "./io.ts";
import { M } from "./messages.ts";
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
const CHUNK_POSTS = 1_000;
/** A line or CSV record longer than this is refused rather than held in memory. */
export const MAX_POST_CHARS = 16 * 1024 * 1024;

const optionalText = (what: string) => z.string().trim().min(1, `${what} must not be empty`).optional();

/** A post as JSON Lines write it; `at` is read in `timeZone` when it has no UTC offset. */
function postSchema(timeZone: string) {
  return z.strictObject({
    id: z
      .union([
        z.string().min(1, "id must not be empty"),
        // A larger number comes out of JSON.parse rounded: the answer would carry another id.
        z.number().refine(Number.isSafeInteger, "a number id must be a whole number of at most 15 digits; write a longer one as a string"),
      ])
      .optional(),
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

/** What a bad line or row is told, in every language the UI speaks. */
export const PROBLEMS = {
  line: { en: "line {{n}}: {{problems}}", "zh-CN": "第 {{n}} 行：{{problems}}" },
  row: { en: "row {{n}}: {{problems}}", "zh-CN": "第 {{n}} 行：{{problems}}" },
  field: { en: "{{field}}: {{problem}}", "zh-CN": "{{field}}：{{problem}}" },
  separator: { en: "; ", "zh-CN": "；" },
  required: { en: "required", "zh-CN": "必填" },
  unknownField: { en: "unknown field", "zh-CN": "未知字段" },
  empty: { en: "{{field}} must not be empty", "zh-CN": "{{field}} 不能为空" },
  expectedType: { en: "expected {{expected}}, received {{received}}", "zh-CN": "应为 {{expected}}，收到的是 {{received}}" },
  publishTime: { en: PUBLISH_TIME_HINT, "zh-CN": "应为 ISO 8601 时间，例如 2026-11-24T09:00:00Z，或 --tz 时区的本地时间 2026-11-24 09:00 或日期 2026-11-24" },
  notJson: { en: "not valid JSON: {{problem}}", "zh-CN": "不是有效的 JSON：{{problem}}" },
  notObject: { en: 'expected a JSON object such as {"text": "…"}', "zh-CN": '应为 JSON 对象，例如 {"text": "…"}' },
  tooLong: { en: "longer than 16 MiB; a post must be shorter", "zh-CN": "超过 16 MiB；帖子必须更短" },
  fieldCount: {
    en: "has {{cells}} fields, the header has {{header}} (is a comma in the text unquoted?)",
    "zh-CN": "有 {{cells}} 个字段，而表头有 {{header}} 个（文字中的逗号是否没有加引号？）",
  },
  crisisYesNo: { en: 'crisis: expected yes or no (true/false, 1/0), got "{{value}}"', "zh-CN": "crisis：应为 yes 或 no（true/false、1/0），收到的是“{{value}}”" },
} satisfies Record<string, LocalizedText>;

/** Reads posts in one time zone; the schema is built once, not for every line. */
export class PostReader {
  private readonly schema: ReturnType<typeof postSchema>;

  constructor(
    timeZone: string,
    private readonly locale: Locale = "en",
  ) {
    this.schema = postSchema(timeZone);
  }

  private say(text: LocalizedText, data?: Record<string, string | number>): string {
    return formatMessage(text, this.locale, data);
  }

  private at(where: "line" | "row", n: number, problems: string): string {
    return this.say(PROBLEMS[where], { n, problems });
  }

  /** `text: required; at: expected …`: every problem of a post, each naming its field. */
  private describe(issues: readonly z.core.$ZodIssue[]): string {
    return issues
      .flatMap((issue) => {
        if (issue.code === "unrecognized_keys") return issue.keys.map((field) => this.say(PROBLEMS.field, { field, problem: this.say(PROBLEMS.unknownField) }));
        const field = formatPath(issue.path) || "post";
        return [this.say(PROBLEMS.field, { field, problem: this.problem(issue, field) })];
      })
      .join(this.say(PROBLEMS.separator));
  }

  private problem(issue: z.core.$ZodIssue, field: string): string {
    if (issue.input === undefined) return this.say(PROBLEMS.required);
    if (issue.code === "invalid_type") {
      const input: unknown = issue.input;
      const received = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
      return this.say(PROBLEMS.expectedType, { expected: issue.expected, received });
    }
    if (issue.code === "too_small") return this.say(PROBLEMS.empty, { field });
    if (field === "at") return this.say(PROBLEMS.publishTime);
    if (field === "platform") return this.say(M.platformHint);
    return issue.message.replace(/^Invalid input: /, "");
  }

  /** A post from one JSON Lines line, or undefined for a blank line. */
  jsonl({ n, text: line, oversized }: JsonLine): BatchEntry | undefined {
    if (oversized) return { id: n, error: this.at("line", n, this.say(PROBLEMS.tooLong)) };
    if (line.trim() === "") return undefined;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      return { id: n, error: this.at("line", n, this.say(PROBLEMS.notJson, { problem: e instanceof Error ? e.message : String(e) })) };
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { id: n, error: this.at("line", n, this.say(PROBLEMS.notObject)) };
    }
    return this.entry(data, n, "line");
  }

  /** A post from one CSV row (`fields` from `csvFields`). */
  csv(cells: readonly string[], row: number, fields: CsvFields): BatchEntry {
    if (cells.length !== fields.length) {
      return { id: row, error: this.at("row", row, this.say(PROBLEMS.fieldCount, { cells: cells.length, header: fields.length })) };
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
        return { id: idOf(data) ?? row, error: this.at("row", row, this.say(PROBLEMS.crisisYesNo, { value: crisis })) };
      }
      data["crisis"] = YES.has(answer);
    }
    return this.entry(data, row, "row");
  }

  private entry(data: object, n: number, where: "line" | "row"): BatchEntry {
    const parsed = this.schema.safeParse(data, { reportInput: true });
    if (!parsed.success) return { id: idOf(data) ?? n, error: this.at(where, n, this.describe(parsed.error.issues)) };
    const { id, ...post } = parsed.data;
    return { id: id ?? n, post: withoutUndefined(post) };
  }
}

/** The post's own id where it has a usable one, so a bad line is still reported under its id. */
function idOf(data: unknown): string | number | undefined {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return (typeof id === "string" && id !== "") || (typeof id === "number" && Number.isSafeInteger(id)) ? id : undefined;
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
      const problem = e.code === "CSV_MAX_RECORD_SIZE" ? fill(M.csvRecordTooLong, { row: row + 1 }) : e.message;
      throw new CliError(M.notValidCsv, { file, problem });
    }
    throw e;
  }
  if (!fields) throw new CliError(M.csvEmpty, { file });
  if (rows.length > 0) yield { kind: "csv", posts: rows.length, fields, rows };
}

/** Which post field each column holds; refuses a header without "text" or with a field twice. */
function csvFields(header: readonly string[], file: string): CsvFields {
  const fields = header.map((name) => COLUMNS[name.trim().toLowerCase().replace(/[\s_-]+/g, " ")]);
  for (const field of new Set(fields)) {
    const columns = header.filter((_, i) => fields[i] === field);
    if (field && columns.length > 1) {
      const quoted = columns.map((c) => `"${c}"`);
      throw new CliError(M.csvTwoColumns, { file, field, columns: { en: quoted.join(" and "), "zh-CN": quoted.join("和") } });
    }
  }
  if (!fields.includes("text")) {
    throw new CliError(M.csvNoText, { file, found: header.map((c) => `"${c}"`).join(", ") });
  }
  return fields;
}

function guessDelimiter(source: string): string {
  const first = source.slice(0, source.search(/\r?\n|$/));
  if (first.includes(",")) return ",";
  if (first.includes("\t")) return "\t";
  return first.includes(";") ? ";" : ",";
}
