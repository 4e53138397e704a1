/**
 * Terms as admins write them (DESIGN.md, "Rule-set format"): a word or phrase, a `#hashtag`, or a
 * `/regular expression/` for the linear-time engine.
 */
import { RE2JS } from "re2js";
import type { Inflector } from "./inflect.ts";
import { splitHashtag } from "./segment.ts";
import { fold } from "./text.ts";
import { tokenize } from "./tokenize.ts";

export type ParsedTerm =
  | { kind: "regex"; pattern: RE2JS; source: string }
  | { kind: "words"; words: string[]; original: string[] };

export class TermError extends Error {}

const REGEX_TERM = /^\/(.+)\/([a-z]*)$/s;
export const MAX_TERM_LENGTH = 500;

/** Parses one term; throws `TermError` with a reason an admin can act on. */
export function parseTerm(term: string): ParsedTerm {
  if (term.length > MAX_TERM_LENGTH) throw new TermError(`a term may have at most ${MAX_TERM_LENGTH} characters`);
  const regex = REGEX_TERM.exec(term);
  if (regex) return parseRegex(regex[1] ?? "", regex[2] ?? "");
  const trimmed = term.trim();
  let original: string[];
  if (/^[#\uff03]/.test(trimmed) && !/\s/.test(trimmed)) {
    original = splitHashtag(trimmed.slice(1).replace(/^_+|_+$/g, "")).map((p) => p.text);
  } else {
    const tokens = tokenize(trimmed);
    original = tokens.list.map((t) => trimmed.slice(t.start, t.end).replace(/^[#\uff03@\uff20]/, ""));
  }
  const words = original.map(fold).filter((w) => w !== "");
  if (words.length === 0) throw new TermError("a term needs at least one letter or digit");
  return { kind: "words", words, original };
}

function parseRegex(source: string, flags: string): ParsedTerm {
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
  return { kind: "regex", pattern, source };
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
  const lastForms = inflectable(n - 1) ? inflector.forms(words[n - 1] ?? "") : [words[n - 1] ?? ""];
  const firstForms = n > 1 && inflectable(0) ? inflector.forms(words[0] ?? "") : [words[0] ?? ""];
  const variants: string[][] = [];
  for (const first of n > 1 ? firstForms : [""]) {
    for (const last of lastForms) {
      variants.push(n > 1 ? [first, ...words.slice(1, -1), last] : [last]);
      if (variants.length >= MAX_VARIANTS) return variants;
    }
  }
  return variants;
}
