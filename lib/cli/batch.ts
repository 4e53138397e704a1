/**
 * Many posts at once: JSON Lines (one object a line) and CSV content calendars. Each post is
 * validated on its own, so one bad line is reported as such while the others are still checked.
 */
import { parse as parseCsv } from "csv-parse/sync";
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

function toEntry(data: unknown, fallbackId: number, where: string, timeZone: string): BatchEntry {
  const parsed = postSchema(timeZone).safeParse(data, { reportInput: true });
  if (!parsed.success) return { id: idOf(data) ?? fallbackId, error: `${where}: ${describeIssues(parsed.error.issues)}` };
  const { id, ...post } = parsed.data;
  return { id: id ?? fallbackId, post: withoutUndefined(post) };
}

/** The post's own id where it has a usable one, so a bad line is still reported under its id. */
function idOf(data: unknown): string | number | undefined {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return (typeof id === "string" && id !== "") || (typeof id === "number" && Number.isSafeInteger(id)) ? id : undefined;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** JSON Lines: blank lines are skipped; a post's id defaults to its line number. */
export function readJsonl(source: string, timeZone: string): BatchEntry[] {
  const entries: BatchEntry[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      entries.push({ id: n, error: `line ${n}: not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      entries.push({ id: n, error: `line ${n}: expected a JSON object such as {"text": "…"}` });
      return;
    }
    entries.push(toEntry(data, n, `line ${n}`, timeZone));
  });
  return entries;
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
 * A CSV content calendar with a header row. Other columns (status, campaign, …) are ignored. Rows
 * are numbered as a spreadsheet shows them: the header is row 1, and a post's id defaults to its
 * row. Throws CliError when the file as a whole cannot be read.
 */
export function readCsv(source: string, timeZone: string, file: string): BatchEntry[] {
  let records: string[][];
  try {
    records = parseCsv(source, { bom: true, delimiter: guessDelimiter(source), skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    throw new CliError(`${file}: not valid CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new CliError(`${file}: empty; a CSV calendar needs a header row with a "text" column`);
  const fields = mapHeader(header, file);
  return rows.map((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) {
      return { id: row, error: `row ${row}: has ${cells.length} fields, the header has ${header.length} (is a comma in the text unquoted?)` };
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
    return toEntry(data, row, `row ${row}`, timeZone);
  });
}

/** Which post field each column holds (undefined for columns the calendar has for itself). */
function mapHeader(header: readonly string[], file: string): (Field | undefined)[] {
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

/** Spreadsheets in many locales export with `;` or tabs; the header line tells which. */
function guessDelimiter(source: string): string {
  const first = source.slice(0, source.search(/\r?\n|$/));
  if (first.includes(",")) return ",";
  if (first.includes("\t")) return "\t";
  return first.includes(";") ? ";" : ",";
}
