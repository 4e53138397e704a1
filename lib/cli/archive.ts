/**
 * The archives platforms export of an account's own posts, read into one shape:
 *
 *   - X: `data/tweets.js` (`window.YTD.tweets.part0 = [{ "tweet": { id_str, full_text, created_at } }]`;
 *     `tweet.js` and `window.YTD.tweet.part0` in archives before 2022; `tweets-part1.js` … for big
 *     accounts). `full_text` escapes `&`, `<` and `>` as HTML entities.
 *   - Facebook: `your_posts_1.json` (or `profile_posts_1.json`), a list of
 *     `{ timestamp, data: [{ post }], attachments?, title? }` (older exports wrap it in an object).
 *   - Instagram: `posts_1.json`, a list of `{ media: [{ uri, creation_timestamp, title }], title?,
 *     creation_timestamp? }` (the caption of a one-photo post is its media's `title`); `reels.json`
 *     and `stories.json` wrap their media in `ig_reels_media` and `ig_stories`.
 *   - LinkedIn: `Shares.csv`, `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`, dates in
 *     UTC; the commentary keeps an extra layer of quoting (`"line one"\n"line two"`).
 *
 * Meta's JSON exports write each UTF-8 byte of non-ASCII text as its own `\u00XX` escape
 * ("cafÃ©" for "café"); such strings are decoded again.
 */
import { parse as parseCsv } from "csv-parse/sync";
import type { BuiltInPlatform } from "../engine/types.ts";
import { CliError } from "./io.ts";
import { M } from "./messages.ts";

export interface ArchivedPost {
  /** The post's id where the archive has one, else its place in the file (1-based). */
  id: string;
  /** When it was published, where the archive says. */
  at?: Date;
  text: string;
  /** Where to find it: the post's address, or the media file the archive names. */
  url?: string;
}

export interface Archive {
  platform: Extract<BuiltInPlatform, "x" | "facebook" | "instagram" | "linkedin">;
  /** The platform's name, for the report. */
  kind: string;
  posts: ArchivedPost[];
  /** Entries without text (a photo alone, a share without a comment): nothing to check. */
  withoutText: number;
}

/** Reads an archive file by what it holds; the name only helps the error message. */
export function readArchive(source: string, file: string): Archive {
  const text = source.replace(/^\uFEFF/, "");
  const ytd = /^\s*window\.YTD\.(\w+)\.part\d+\s*=\s*/.exec(text);
  if (ytd) return readX(parseJson(text.slice(ytd[0].length), file), ytd[1] ?? "tweets", file);
  const start = text.trimStart()[0];
  if (start === "[" || start === "{") return readMeta(parseJson(text, file), file);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (/\bShareCommentary\b/.test(firstLine)) return readLinkedIn(text, file);
  throw new CliError(M.notAnArchive, { file });
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/;$/, ""));
  } catch (e) {
    throw new CliError(M.notValidJson, { file, problem: e instanceof Error ? e.message : String(e) });
  }
}

// --- X --------------------------------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Wed Oct 10 20:19:24 +0000 2018`, the date format of X's archives. */
export function parseXDate(s: unknown): Date | undefined {
  if (typeof s !== "string") return undefined;
  const m = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!);
  if (month < 0) return undefined;
  const offset = (m[6] === "-" ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8])) * 60_000;
  return new Date(Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offset);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? _);
}

function readX(data: unknown, name: string, file: string): Archive {
  if (!/^tweets?$/.test(name)) {
    throw new CliError(M.otherXFile, { file, name });
  }
  if (!Array.isArray(data)) throw new CliError(M.notTweetList, { file, name });
  const archive: Archive = { platform: "x", kind: "X", posts: [], withoutText: 0 };
  data.forEach((item: unknown, i) => {
    const tweet = record(record(item)["tweet"] ?? item);
    const text = str(tweet["full_text"]) ?? str(tweet["text"]);
    if (!text?.trim()) {
      archive.withoutText++;
      return;
    }
    const id = str(tweet["id_str"]) ?? str(tweet["id"]) ?? String(i + 1);
    archive.posts.push({
      id,
      text: decodeEntities(text),
      ...optional("at", parseXDate(tweet["created_at"])),
      ...(/^\d+$/.test(id) ? { url: `https://x.com/i/web/status/${id}` } : {}),
    });
  });
  return archive;
}

// --- Facebook and Instagram -----------------------------------------------------------------------

/** Text that Meta's export wrote byte by byte, decoded as the UTF-8 it is. */
export function fixMetaText(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  } catch {
    return s; // Latin-1 text that was right as it was
  }
}

function readMeta(data: unknown, file: string): Archive {
  const entries = listIn(data);
  if (entries?.some((e) => Array.isArray(record(e)["media"]) || "creation_timestamp" in record(e))) return readInstagram(entries);
  if (entries?.every((e) => "timestamp" in record(e))) return readFacebook(entries);
  throw new CliError(M.otherMetaJson, { file });
}

/** The list of entries: the file itself, or the one list an older export wraps in an object. */
function listIn(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  const lists = Object.values(record(data)).filter(Array.isArray);
  return lists.length === 1 ? (lists[0] as unknown[]) : undefined;
}

function readFacebook(entries: unknown[]): Archive {
  const archive: Archive = { platform: "facebook", kind: "Facebook", posts: [], withoutText: 0 };
  entries.forEach((entry, i) => {
    const post = record(entry);
    const data = Array.isArray(post["data"]) ? post["data"] : [];
    const text = data
      .map((d: unknown) => str(record(d)["post"]))
      .filter((t): t is string => !!t?.trim())
      .map(fixMetaText)
      .join("\n");
    if (!text) {
      archive.withoutText++;
      return;
    }
    archive.posts.push({ id: String(i + 1), text, ...optional("at", fromSeconds(post["timestamp"])) });
  });
  return archive;
}

function readInstagram(entries: unknown[]): Archive {
  const archive: Archive = { platform: "instagram", kind: "Instagram", posts: [], withoutText: 0 };
  entries.forEach((entry, i) => {
    const post = record(entry);
    const media = Array.isArray(post["media"]) ? post["media"].map(record) : [post];
    const first = media[0] ?? {};
    const caption = str(post["title"]) || str(first["title"]) || "";
    if (!caption.trim()) {
      archive.withoutText++;
      return;
    }
    archive.posts.push({
      id: String(i + 1),
      text: fixMetaText(caption),
      ...optional("at", fromSeconds(post["creation_timestamp"] ?? first["creation_timestamp"])),
      ...optional("url", str(first["uri"])),
    });
  });
  return archive;
}

function fromSeconds(v: unknown): Date | undefined {
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? new Date(v * 1000) : undefined;
}

// --- LinkedIn -------------------------------------------------------------------------------------

function readLinkedIn(text: string, file: string): Archive {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  } catch (e) {
    throw new CliError(M.notValidCsv, { file, problem: e instanceof Error ? e.message : String(e) });
  }
  const archive: Archive = { platform: "linkedin", kind: "LinkedIn", posts: [], withoutText: 0 };
  rows.forEach((row, i) => {
    const commentary = linkedInCommentary(row["ShareCommentary"] ?? "");
    if (!commentary.trim()) {
      archive.withoutText++;
      return;
    }
    const link = row["ShareLink"]?.trim();
    archive.posts.push({
      id: String(i + 2), // the row, as a spreadsheet numbers it (the header is row 1)
      text: commentary,
      ...optional("at", linkedInDate(row["Date"])),
      ...optional("url", link || undefined),
    });
  });
  return archive;
}

/**
 * LinkedIn quotes the commentary once more inside the CSV field: each line in quotes, quotes inside
 * doubled (`"We ""love"" it"\n"Line two"`). Plain text (a hand-made or re-saved file) is kept.
 */
export function linkedInCommentary(cell: string): string {
  const s = cell.trim();
  if (s.length < 2 || !s.startsWith('"') || !s.endsWith('"')) return s;
  const inner = s.slice(1, -1).replace(/"\r?\n"/g, "\n");
  // In that quoting every quote inside is doubled; a lone one means the text is as written.
  if (inner.replaceAll('""', "").includes('"')) return s;
  return inner.replaceAll('""', '"').trim();
}

/** `2023-01-15 14:22:10`, in UTC. */
function linkedInDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?: ?UTC)?$/.exec(s?.trim() ?? "");
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(t) ? undefined : new Date(t);
}

// --- helpers --------------------------------------------------------------------------------------

function record(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** `{ key: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
