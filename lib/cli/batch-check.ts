/**
 * Checking a chunk of a batch: validate each post, analyze it, and write its result. The same code
 * runs on the main thread and in worker threads (batch-worker.ts), so what a post gets does not
 * depend on where it was checked.
 */
import { analyzePost } from "../engine/analyze.ts";
import { terminalLine } from "../text/untrusted.ts";
import type { Reading } from "../engine/reading.ts";
import { verdictOf, type AnalysisContext, type Finding, type Verdict } from "../engine/types.ts";
import type { CompiledRuleSet } from "../ruleset/compile.ts";
import { PostReader, type BatchChunk, type BatchEntry, type PostInput } from "./batch.ts";
import { paint, renderFindings, renderSummary, type ReportStyle } from "./report.ts";
import { say } from "./strings.ts";

/** What a batch's posts do not say for themselves, and how results are written: plain data. */
export interface BatchSettings {
  format: "text" | "json";
  style: ReportStyle;
  defaults: Required<Pick<PostInput, "at" | "crisis">> & Pick<PostInput, "platform" | "account" | "author">;
  timeZone: string;
}

export interface Tally {
  pass: number;
  warn: number;
  block: number;
  /** Lines or rows that could not be checked. */
  error: number;
}

export interface ChunkResult {
  /** The chunk's results, ready to write: JSON Lines, or the text report of each post. */
  output: string;
  tally: Tally;
}

export const emptyTally = (): Tally => ({ pass: 0, warn: 0, block: 0, error: 0 });

export function addTally(into: Tally, more: Tally): void {
  into.pass += more.pass;
  into.warn += more.warn;
  into.block += more.block;
  into.error += more.error;
}

/** The analysis context of one post: its own fields first, then the command's options. */
export function contextOf(post: PostInput, settings: BatchSettings): AnalysisContext {
  const d = settings.defaults;
  return {
    at: post.at ?? d.at,
    timeZone: settings.timeZone,
    locale: settings.style.locale,
    platform: post.platform ?? d.platform,
    account: post.account ?? d.account,
    author: post.author ?? d.author,
    ...((post.crisis ?? d.crisis) ? { crisis: { active: true } } : {}),
  };
}

/** A checker of chunks for one compiled rule set: its post schema is built once. */
export function chunkChecker(compiled: CompiledRuleSet, settings: BatchSettings): (chunk: BatchChunk) => ChunkResult {
  const reader = new PostReader(settings.timeZone, settings.style.locale);
  return (chunk) => {
    const tally = emptyTally();
    let output = "";
    const check = (entry: BatchEntry | undefined) => {
      if (!entry) return;
      if ("error" in entry) {
        tally.error++;
        output += settings.format === "json" ? jsonlError(entry) : renderBatchError(entry, settings.style);
        return;
      }
      const { findings, reading } = analyzePost(entry.post.text, contextOf(entry.post, settings), compiled);
      const verdict = verdictOf(findings);
      tally[verdict]++;
      output += settings.format === "json" ? jsonlResult(entry.id, verdict, findings, reading) : renderBatchItem(entry.id, entry.post.text, findings, settings.style);
    };
    if (chunk.kind === "jsonl") for (const line of chunk.lines) check(reader.jsonl(line));
    else for (const { row, cells } of chunk.rows) check(reader.csv(cells, row, chunk.fields));
    return { output, tally };
  };
}

/**
 * One JSON Lines result (DESIGN.md, "Command line"): `{ id, verdict, findings }`, extended with the
 * reading that explains them.
 */
export function jsonlResult(id: string | number, verdict: Verdict, findings: readonly Finding[], reading: Reading): string {
  return `${JSON.stringify({ id, verdict, findings, reading })}\n`;
}

/** A line or row that could not be checked: `{ id, error }`. */
export function jsonlError(entry: { id: string | number; error: string }): string {
  return `${JSON.stringify({ id: entry.id, error: entry.error })}\n`;
}

function renderBatchItem(id: string | number, text: string, findings: Finding[], style: ReportStyle): string {
  const lines = renderFindings(text, findings, style).map((l) => `  ${l}`);
  return [`[${terminalLine(String(id))}] ${renderSummary(findings, style)}`, ...lines, ""].join("\n") + "\n";
}

function renderBatchError(entry: { id: string | number; error: string }, style: ReportStyle): string {
  return `[${terminalLine(String(entry.id))}] ${paint(style, "block", say("error", style.locale, { text: terminalLine(entry.error) }))}\n\n`;
}

/** `4 posts: 2 block, 0 warn, 1 pass, 1 not checked`. */
export function batchSummary(tally: Tally, style: ReportStyle): string {
  const total = tally.pass + tally.warn + tally.block + tally.error;
  return say("batch", style.locale, { total, block: tally.block, warn: tally.warn, pass: tally.pass, error: tally.error });
}
