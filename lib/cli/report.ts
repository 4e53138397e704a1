/**
 * The human-readable report: each finding with its place (`FILE:LINE:COL`), the line around the
 * excerpt with a caret line under it, the admin's guidance and the suggestions.
 */
import type { Finding, Locale, Severity, Verdict } from "../engine/types.ts";
import { SEVERITIES, verdictOf } from "../engine/types.ts";
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
  const place = postLevel ? (label ?? say("wholePost", style.locale)) : withLabel(label, position(text, f.start));
  const lines = [`${place}  ${paint(style, f.severity, f.severity.padEnd(5))}  ${f.ruleId}  ${f.message}`];
  if (!postLevel) {
    const { line, caret } = snippet(text, f.start, f.end);
    lines.push(INDENT + line, INDENT + paint(style, f.severity, caret));
  }
  if (f.guidance) lines.push(INDENT + paint(style, "dim", say("why", style.locale, { text: f.guidance })));
  if (f.suggestions?.length) lines.push(INDENT + say("try", style.locale, { text: f.suggestions.join(", ") }));
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

/** Tabs and control characters would move the caret out of place; each becomes one space. */
function printable(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, " ");
}

const ZERO_WIDTH = /^[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]$/u;
const WIDE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\p{Extended_Pictographic}]$/u;

/** Terminal columns of a string: CJK and emoji take two, combining marks none. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) && ch.codePointAt(0)! > 0xff ? 2 : 1;
  return width;
}

/** Columns padded to the widest cell (by display width: CJK takes two columns); numbers right-aligned. */
export function table(rows: Array<Array<string | number>>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(String(cell)))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const text = String(cell);
        const pad = " ".repeat((widths[i] ?? 0) - displayWidth(text));
        const last = i === row.length - 1;
        return typeof cell === "number" ? pad + text : last ? text : text + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
