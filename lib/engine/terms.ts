/**
 * Terms as admins write them (DESIGN.md, "Rule-set format"): a word or phrase, a `#hashtag`, or a
 * `/regular expression/` for the linear-time engine.
 */
import { RE2JS } from "re2js";
import type { Inflector } from "./inflect.ts";
import { splitHashtag } from "./segment.ts";
import { fold } from "./text.ts";
import { CLAUSE_KEY, tokenize } from "./tokenize.ts";

/** Finds a regular expression's matches: `[start, end]` UTF-16 offsets, non-empty, in order. */
export type RegexFinder = (text: string) => [number, number][];

export type ParsedTerm =
  | { kind: "regex"; find: RegexFinder; source: string }
  | { kind: "words"; words: string[]; original: string[] };

export interface ParseTermOptions {
  /**
   * Run a regular expression on the browser's own engine, about 6x faster than re2js here. Only
   * for patterns shipped with Preflight, which tests vet; an admin's pattern always runs on re2js,
   * where no pattern can take more than linear time.
   */
  native?: boolean;
}

export class TermError extends Error {}

const REGEX_TERM = /^\/(.+)\/([a-z]*)$/s;
export const MAX_TERM_LENGTH = 500;

/** Whether a term is written as a `/regular expression/`. */
export const isRegexTerm = (term: string): boolean => REGEX_TERM.test(term);

/** Parses one term; throws `TermError` with a reason an admin can act on. */
export function parseTerm(term: string, options: ParseTermOptions = {}): ParsedTerm {
  if (term.length > MAX_TERM_LENGTH) throw new TermError(`a term may have at most ${MAX_TERM_LENGTH} characters`);
  const regex = REGEX_TERM.exec(term);
  if (regex) return parseRegex(regex[1] ?? "", regex[2] ?? "", options.native === true);
  const trimmed = term.trim();
  let original: string[];
  let clauses: boolean[] = [];
  if (/^[#\uff03]/.test(trimmed) && !/\s/.test(trimmed)) {
    original = splitHashtag(trimmed.slice(1).replace(/^_+|_+$/g, "")).map((p) => p.text);
  } else {
    const tokens = tokenize(trimmed).list;
    original = tokens.map((t) => trimmed.slice(t.start, t.end).replace(/^[#\uff03@\uff20]/, ""));
    // A term's own clause punctuation ("R.I.P.") is part of it; elsewhere a phrase stops at one.
    clauses = tokens.map((t, i) => i > 0 && t.clause === true);
  }
  const words = original.map((o, i) => (clauses[i] ? CLAUSE_KEY : "") + fold(o)).filter((w) => w !== "" && w !== CLAUSE_KEY);
  if (words.length === 0) throw new TermError("a term needs at least one letter or digit");
  return { kind: "words", words, original };
}

function parseRegex(source: string, flags: string, native: boolean): ParsedTerm {
  const unknown = flags.replace(/[ismu]/g, "");
  if (unknown) throw new TermError(`unknown regular-expression flag "${unknown}" (allowed: i, s, m, u)`);
  let pattern: RE2JS;
  try {
    // Terms are case-insensitive, like every other term.
    let f = RE2JS.CASE_INSENSITIVE;
    if (flags.includes("s")) f |= RE2JS.DOTALL;
    if (flags.includes("m")) f |= RE2JS.MULTILINE;
    pattern = RE2JS.compile(source, f);
  } catch (e) {
    const reason = e instanceof Error ? e.message.replace(/^error parsing regexp: /, "") : String(e);
    throw new TermError(
      `regular expression /${source}/ cannot run in linear time or is invalid (${reason}); ` +
        "backreferences and lookaround are not available",
    );
  }
  if (pattern.matcher("").matches()) throw new TermError(`regular expression /${source}/ matches empty text`);
  // Skip the pattern when a literal that every match contains is not in the text at all: re2js is
  // linear but slow (~3 µs a character for ten patterns), and even V8 tries a pattern that starts
  // with \b or a class at every position of the post.
  const literal = requiredLiteral(source);
  if (native) {
    // V8 runs /iu about 20x slower than /i: Unicode mode only where the pattern needs it.
    const unicode = flags.includes("u") || /\\[pPu]\{|[\ud800-\udfff]/.test(source) ? "u" : "";
    const re = new RegExp(source, `gi${unicode}${flags.replace(/[iu]/g, "")}`);
    if (!literal) return { kind: "regex", source, find: (text) => findNative(re, text) };
    return { kind: "regex", source, find: (text) => (mayContain(text, literal) ? findNative(re, text) : []) };
  }
  if (!literal) return { kind: "regex", source, find: (text) => findAll(pattern, text) };
  return { kind: "regex", source, find: (text) => (mayContain(text, literal) ? findAll(pattern, text) : []) };
}

/**
 * A run of at least three plain characters that every match of the pattern contains, read
 * conservatively: nothing under alternation, inside a group or class, or made optional.
 */
export function requiredLiteral(source: string): string | undefined {
  const runs: string[] = [];
  let run = "";
  const flush = () => {
    if (run.length >= 3) runs.push(run);
    run = "";
  };
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (inClass) {
      if (c === "\\") i++;
      else if (c === "]") inClass = false;
      continue;
    }
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      i++;
      if (depth === 0 && /[^A-Za-z0-9]/.test(next) && !optionalNext(source, i + 1)) run += next.toLowerCase();
      else flush();
      continue;
    }
    if (c === "[") {
      inClass = true;
      flush();
    } else if (c === "(") {
      depth++;
      flush();
    } else if (c === ")") {
      depth--;
      flush();
    } else if (c === "|") {
      if (depth === 0) return undefined; // top-level alternation: no literal is required
      flush();
    } else if (depth > 0) {
      continue;
    } else if (/[.^$]/.test(c)) {
      flush();
    } else if (/[?*+{]/.test(c)) {
      // A quantifier: its character was counted; "?", "*" and "{0" make it optional.
      if (c !== "+" && !/^\{[1-9]/.test(source.slice(i))) run = run.slice(0, -1);
      flush();
      if (c === "{") i = source.indexOf("}", i);
      if (i < 0) return undefined;
    } else if (/[\x20-\x7e]/.test(c)) {
      run += c.toLowerCase();
    } else {
      flush();
    }
  }
  flush();
  return runs.sort((a, b) => b.length - a.length)[0];
}

function optionalNext(source: string, i: number): boolean {
  const q = source[i];
  return q === "?" || q === "*" || (q === "{" && /^\{0/.test(source.slice(i)));
}

let lowered: { text: string; lower: string; folds: boolean } | undefined;

/** Whether a case-insensitive match could contain `literal` (lower-case ASCII). */
function mayContain(text: string, literal: string): boolean {
  // RE2 and /iu fold "s" with "ſ" and "k" with the Kelvin sign; toLowerCase does not.
  if (lowered?.text !== text) lowered = { text, lower: text.toLowerCase(), folds: /[\u017f\u212a]/.test(text) };
  return lowered.folds || lowered.lower.includes(literal);
}

/**
 * What `Array.from(text.matchAll(re), ...)` finds, without the copy of `re` and the iterator that
 * `matchAll` makes on every call (a few dozen of these run per keystroke). `re` is global; an empty
 * match steps over one character (one code point with the `u` flag), as `matchAll` does.
 */
function findNative(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push([m.index, end]);
    if (end === m.index) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

function findAll(pattern: RE2JS, text: string): [number, number][] {
  const out: [number, number][] = [];
  const m = pattern.matcher(text);
  while (m.find()) if (m.end() > m.start()) out.push([m.start(), m.end()]);
  return out;
}

const MAX_VARIANTS = 64;

/**
 * Every word sequence a parsed term matches. The last word takes its inflections (storm → storms,
 * "mass shooting" → "mass shootings"), and so does a leading verb ("shoot up"). A capitalized word
 * past the first is a name ("Hurricane Sandy") and stays as written.
 */
export function termVariants(term: Extract<ParsedTerm, { kind: "words" }>, inflector: Inflector): string[][] {
  const { words, original } = term;
  const n = words.length;
  const inflectable = (i: number) => {
    const o = original[i] ?? "";
    if (/\p{Lu}/u.test(o.slice(1))) return false; // acronyms, camel case
    return i === 0 || !/^\p{Lu}/u.test(o);
  };
  const formsOf = (i: number) => {
    const word = words[i] ?? "";
    // A name does not inflect, but it takes a possessive: "REI's" and "Skylark Air's" fold to
    // "reis" and "skylark airs".
    if (!inflectable(i)) return i === n - 1 && /\p{L}$/u.test(word) ? [word, `${word}s`] : [word];
    const clause = word.startsWith(CLAUSE_KEY) ? CLAUSE_KEY : "";
    return inflector.forms(word.slice(clause.length)).map((f) => clause + f);
  };
  const lastForms = formsOf(n - 1);
  const firstForms = n > 1 ? formsOf(0) : [words[0] ?? ""];
  const variants: string[][] = [];
  for (const first of n > 1 ? firstForms : [""]) {
    for (const last of lastForms) {
      variants.push(n > 1 ? [first, ...words.slice(1, -1), last] : [last]);
      if (variants.length >= MAX_VARIANTS) return variants;
    }
  }
  return variants;
}
