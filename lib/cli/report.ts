/**
 * The human-readable report: each finding with its place (`FILE:LINE:COL`), the line around the
 * excerpt with a caret line under it, the admin's guidance and the suggestions.
 */
import { eastAsianWidth } from "get-east-asian-width";
import type { Finding, Locale, Severity, Verdict } from "../engine/types.ts";
import { SEVERITIES, verdictOf } from "../engine/types.ts";
import { terminalLine, terminalSpaces } from "../text/untrusted.ts";
import { say } from "./strings.ts";

export interface ReportStyle {
  locale: Locale;
  color: boolean;
}

/** Characters of context shown each side of an excerpt, and the longest excerpt underlined. */
const CONTEXT = 40;
const MAX_MARK = 60;
const INDENT = "    ";

const COLORS: Record<Severity | Verdict | "dim", string> = {
  block: "1;31",
  warn: "33",
  info: "36",
  pass: "32",
  dim: "2",
};

export function paint(style: ReportStyle, color: keyof typeof COLORS, s: string): string {
  return style.color ? `\x1b[${COLORS[color]}m${s}\x1b[0m` : s;
}

/** The findings of one post; `label` (a file name) prefixes each place when given. */
export function renderFindings(text: string, findings: readonly Finding[], style: ReportStyle, label?: string): string[] {
  return findings.flatMap((f) => renderFinding(text, f, style, label));
}

function renderFinding(text: string, f: Finding, style: ReportStyle, label: string | undefined): string[] {
  const postLevel = f.start === 0 && f.end === 0;
  const place = terminalLine(postLevel ? (label ?? say("wholePost", style.locale)) : withLabel(label, position(text, f.start)));
  const severity = padDisplay(say(`severity_${f.severity}`, style.locale), 5);
  // Messages quote the rule set (event titles) and the post; guidance and suggestions are the admin's.
  const lines = [`${place}  ${paint(style, f.severity, severity)}  ${terminalLine(f.ruleId)}  ${terminalLine(f.message)}`];
  if (!postLevel) {
    const { line, caret } = snippet(text, f.start, f.end);
    lines.push(INDENT + line, INDENT + paint(style, f.severity, caret));
  }
  if (f.guidance) lines.push(INDENT + paint(style, "dim", say("why", style.locale, { text: terminalLine(f.guidance) })));
  if (f.suggestions?.length) lines.push(INDENT + say("try", style.locale, { text: terminalLine(f.suggestions.join(", ")) }));
  return lines;
}

/** `block: 2 block, 1 info`, or `pass: nothing to flag`. */
export function renderSummary(findings: readonly Finding[], style: ReportStyle): string {
  const verdict = verdictOf(findings);
  if (findings.length === 0) return paint(style, "pass", say("pass", style.locale));
  const counts = [...SEVERITIES]
    .reverse()
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => say(`count_${s}`, style.locale, { n }))
    .join(style.locale === "zh-CN" ? "，" : ", ");
  return paint(style, verdict, say("verdict", style.locale, { verdict: say(`verdict_${verdict}`, style.locale), counts }));
}

function withLabel(label: string | undefined, place: string): string {
  return label ? `${label}:${place}` : place;
}

/** `LINE:COLUMN`, 1-based, the column in characters (code points) as editors count them. */
function position(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < lineStart; i = text.indexOf("\n", i + 1)) line++;
  return `${line}:${[...text.slice(lineStart, offset)].length + 1}`;
}

/**
 * The line holding the excerpt, cut to `CONTEXT` characters each side, and a caret line under the
 * excerpt (only its first line when it spans several).
 */
export function snippet(text: string, start: number, end: number): { line: string; caret: string } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", start);
  let lineEnd = newline === -1 ? text.length : newline;
  if (text[lineEnd - 1] === "\r" && lineEnd - 1 >= start) lineEnd--;
  const markEnd = codePointEnd(text, Math.min(Math.max(end, start), lineEnd, start + MAX_MARK));
  const from = codePointStart(text, Math.max(lineStart, start - CONTEXT));
  const to = codePointEnd(text, Math.min(lineEnd, markEnd + CONTEXT));
  const before = (from > lineStart ? "…" : "") + printable(text.slice(from, start));
  const mark = printable(text.slice(start, markEnd));
  const after = printable(text.slice(markEnd, to)) + (to < lineEnd ? "…" : "");
  return { line: before + mark + after, caret: " ".repeat(displayWidth(before)) + "^".repeat(Math.max(1, displayWidth(mark))) };
}

/** Moves an offset off the second half of a surrogate pair, so no character is cut in two. */
function codePointStart(text: string, i: number): number {
  return i > 0 && isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i;
}

function codePointEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) ? i + 1 : i;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Tabs and control characters would move the caret out of place (or drive the terminal); each becomes one space. */
const printable = terminalSpaces;

/** Marks, joiners, variation selectors, format and control characters: no column of their own. */
const ZERO_WIDTH = /^[\p{M}\p{Cf}\p{Cc}\u200b\ufe00-\ufe0f]$/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\ufe0f/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Terminal columns of a string, by Unicode's East Asian Width (UAX #11): wide and fullwidth
 * characters (Chinese, Japanese, Korean, fullwidth punctuation, emoji) take two, ambiguous ones
 * one (as most terminals draw them), marks and joiners none. An emoji sequence (👩‍💻, 🇨🇳) is one
 * character on screen: two columns.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(s)) {
    let widest = 0;
    for (const ch of segment) {
      if (ZERO_WIDTH.test(ch)) continue;
      widest = Math.max(widest, eastAsianWidth(ch.codePointAt(0)!));
    }
    width += widest > 0 && widest < 2 && [...segment].length > 1 && EMOJI_PRESENTATION.test(segment) ? 2 : widest;
  }
  return width;
}

/** `s` padded with spaces to `width` terminal columns. */
export function padDisplay(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** Columns padded to the widest cell (by display width: CJK takes two columns); numbers right-aligned. */
export function table(rows: Array<Array<string | number>>): string[] {
  const widths: number[] = [];
  // Cells quote audit logs from other installs: cleaned for the terminal before they are measured.
  const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? cell : terminalLine(cell))));
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(String(cell)))));
  return cells.map((row) =>
    row
      .map((cell, i) => {
        const text = String(cell);
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
        const last = i === row.length - 1;
        return typeof cell === "number" ? pad + text : last ? text : text + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
