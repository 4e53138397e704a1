import { fold, NO_SPACE_SCRIPT } from "./text.ts";
import { splitHashtag } from "./segment.ts";

/**
 * One token of the match stream. A hashtag contributes one token per word it spells
 * (`#WhyIStayed` → why, i, stayed), each pointing back to the hashtag it came from.
 */
export interface Token {
  /** Folded comparison form. */
  norm: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  kind: "word" | "char" | "mention" | "hashtag";
  /** For hashtag parts: index into `Tokens.hashtags`. */
  hashtag: number | undefined;
  /** Clause punctuation stands between this token and the one before: phrases stop here. */
  clause: boolean;
}

/** Every token has the same fields, so that the engine's hot loops see one object shape. */
function token(norm: string, start: number, end: number, kind: Token["kind"], hashtag?: number): Token {
  return { norm, start, end, kind, hashtag, clause: false };
}

export interface Hashtag {
  /** Offset of the `#`. */
  start: number;
  end: number;
  /** Folded body without `#`: `whyistayed`. */
  norm: string;
  /** Original body without `#`. */
  body: string;
  /** Index of the first and one past the last of its tokens in `Tokens.list`. */
  first: number;
  last: number;
}

export interface Tokens {
  list: Token[];
  hashtags: Hashtag[];
}

/**
 * What `tokenize` reads as a token: a URL, which never matches a term ("storm-sale.example/shop" is
 * not prose), or a run of word characters with an optional `#` or `@` before it; leftmost first, a
 * URL before a word. As one regular expression, which the scanner follows exactly:
 *
 *   /(?:https?:\/\/|www\.)[^\s<>"]+|([#\uff03@\uff20]?)([\p{L}\p{N}\p{M}_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+)/gu
 *
 * Scanning by hand skips that expression's match arrays and substrings (a fifth of what an
 * analysis allocated) and reads ASCII words without any regular expression.
 */
const WORD_RUN = /[\p{L}\p{N}\p{M}_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+/uy;
const LEAD_JUNK = /^[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+/u;
const EDGE_JUNK = /^[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+|[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+$/gu;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const NOT_IN_URL = /[\s<>"]/;

/**
 * Where a phrase may not run on (unless the term itself does, as "R.I.P." or "U.S. Army"): CJK
 * clause punctuation, a line break, brackets, an em dash or a bar; a comma, semicolon or colon
 * before a space; a full stop, "!", "?" or "…" before a space and a word that starts a sentence
 * ("No. 1" and "approx. three" run on; "3,000", "10:30" and "risk-free" are no boundary at all).
 */
const ALWAYS_CLAUSE = new Set([..."()[]{}|\u2014\n\u3002\uff0c\uff1b\uff1a\uff01\uff1f"].map((c) => c.charCodeAt(0)));
const CLAUSE_BEFORE_SPACE = new Set([...",;:"].map((c) => c.charCodeAt(0)));
const SENTENCE_END = new Set([...".!?\u2026"].map((c) => c.charCodeAt(0)));
const RUNS_ON = /[\p{Ll}\p{N}]/u;

/** Prefixed to the matcher key of a token that follows clause punctuation. */
export const CLAUSE_KEY = "\u0001";

/** The matcher key of a token inside a phrase. */
export const phraseKey = (t: Token) => (t.clause ? CLAUSE_KEY + t.norm : t.norm);

export function tokenize(text: string): Tokens {
  const list: Token[] = [];
  const hashtags: Hashtag[] = [];
  let from = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const url = c === 0x68 || c === 0x77 ? urlEnd(text, i) : -1;
    if (url > 0) {
      // "no risk. Free returns" is not "risk-free": mark the first token after clause punctuation
      // (or after a URL) so that the matcher does not carry a phrase across it.
      if (list.length > 0) from = -1; // a URL breaks phrases too
      i = url;
      continue;
    }
    const sigil = c === 0x23 || c === 0xff03 || c === 0x40 || c === 0xff20 ? 1 : 0;
    const runStart = i + sigil;
    // The run of word characters: ASCII ones here; from the first other character, WORD_RUN.
    let end = runStart;
    let plain = true; // only ASCII letters and digits
    let upper = false;
    while (end < n) {
      const d = text.charCodeAt(end);
      if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) end++;
      else if (d >= 0x41 && d <= 0x5a) {
        upper = true;
        end++;
      } else if (d === 0x5f || d === 0x27) {
        plain = false;
        end++;
      } else if (d < 0x80) break;
      else {
        WORD_RUN.lastIndex = end;
        const m = WORD_RUN.exec(text);
        if (m === null) break;
        plain = false;
        end += m[0].length;
      }
    }
    if (end === runStart) {
      // Not a token: the next character (a surrogate pair is one).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const before = list.length;
    if (plain) pushPlain(list, hashtags, text, i, runStart, end, upper);
    else pushMatch(list, hashtags, i, text.slice(i, runStart), text.slice(runStart, end));
    const first = list[before];
    if (first && before > 0 && hasClauseMark(text, from, first.start)) first.clause = true;
    if (list.length > before) from = list[list.length - 1]!.end;
    i = end;
  }
  return { list, hashtags };
}

/** The end of a URL at `i` (`https://`, `http://` or `www.` and at least one more character), or -1. */
function urlEnd(text: string, i: number): number {
  let body: number;
  if (text.startsWith("www.", i)) body = i + 4;
  else if (text.startsWith("http://", i)) body = i + 7;
  else if (text.startsWith("https://", i)) body = i + 8;
  else return -1;
  let end = body;
  while (end < text.length) {
    const d = text.charCodeAt(end);
    if (d === 0x20 || d === 0x3c || d === 0x3e || d === 0x22 || (d >= 0x09 && d <= 0x0d)) break;
    if (d >= 0x80 && NOT_IN_URL.test(text[end]!)) break;
    end++;
  }
  return end > body ? end : -1;
}

const SPACE_CHAR = /\s/;
/** `/\s/` of one UTF-16 unit (no whitespace is outside the BMP). */
const isSpace = (c: number) => (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE_CHAR.test(String.fromCharCode(c)));

function hasClauseMark(text: string, from: number, to: number): boolean {
  if (from < 0) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (ALWAYS_CLAUSE.has(c)) return true;
    const spaced = i + 1 < text.length && isSpace(text.charCodeAt(i + 1));
    if (spaced && CLAUSE_BEFORE_SPACE.has(c)) return true;
    if (spaced && SENTENCE_END.has(c) && !RUNS_ON.test(text[to] ?? "")) return true;
  }
  return false;
}

/**
 * A run of ASCII letters and digits, with its sigil from `start` to `runStart`: what `pushMatch`
 * makes of it, without its tests (nothing to trim, a letter, no script without spaces; folding is
 * lower-casing).
 */
function pushPlain(list: Token[], hashtags: Hashtag[], text: string, start: number, runStart: number, end: number, upper: boolean): void {
  const body = text.slice(runStart, end);
  const c = text.charCodeAt(start);
  if (c === 0x23 || c === 0xff03) pushHashtag(list, hashtags, body, start, runStart, end);
  else list.push(token(upper ? body.toLowerCase() : body, start, end, start === runStart ? "word" : "mention"));
}

function pushMatch(list: Token[], hashtags: Hashtag[], index: number, sigil: string, raw: string): void {
  // Trim quotes and underscores around the run without losing offsets.
  const lead = raw.length - raw.replace(LEAD_JUNK, "").length;
  const body = raw.replace(EDGE_JUNK, "");
  if (!HAS_ALNUM.test(body)) return;
  const bodyStart = index + sigil.length + lead;
  const bodyEnd = bodyStart + body.length;
  if (sigil === "#" || sigil === "\uff03") {
    pushHashtag(list, hashtags, body, index, bodyStart, bodyEnd);
  } else if (sigil !== "" && !NO_SPACE_SCRIPT.test(body)) {
    list.push(token(fold(body), index, bodyEnd, "mention"));
  } else {
    pushWords(list, body, bodyStart);
  }
}

function pushHashtag(list: Token[], hashtags: Hashtag[], body: string, start: number, bodyStart: number, end: number) {
  const index = hashtags.length;
  const first = list.length;
  for (const part of splitHashtag(body)) {
    const norm = fold(part.text);
    if (norm !== "") {
      list.push(token(norm, bodyStart + part.start, bodyStart + part.end, "hashtag", index));
    }
  }
  hashtags.push({ start, end, norm: fold(body.replace(/_/g, "")), body, first, last: list.length });
}

/** Words of a run of letters, split at underscores and around characters of scripts without spaces. */
function pushWords(list: Token[], run: string, offset: number) {
  if (!run.includes("_") && !NO_SPACE_SCRIPT.test(run)) {
    list.push(token(fold(run), offset, offset + run.length, "word"));
    return;
  }
  let wordStart = -1;
  const flush = (end: number) => {
    if (wordStart < 0) return;
    const w = run.slice(wordStart, end).replace(EDGE_JUNK, "");
    if (w !== "" && HAS_ALNUM.test(w)) {
      const lead = run.slice(wordStart, end).search(/[^_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]/u);
      const s = offset + wordStart + Math.max(0, lead);
      list.push(token(fold(w), s, s + w.length, "word"));
    }
    wordStart = -1;
  };
  let i = 0;
  while (i < run.length) {
    const cp = run.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (ch === "_") {
      flush(i);
      i += 1;
    } else if (NO_SPACE_SCRIPT.test(ch)) {
      flush(i);
      let j = i + ch.length;
      // Combining marks (Thai vowels, dakuten) belong to the character before them.
      while (j < run.length) {
        const next = String.fromCodePoint(run.codePointAt(j) ?? 0);
        if (!MARK.test(next)) break;
        j += next.length;
      }
      list.push(token(fold(run.slice(i, j)), offset + i, offset + j, "char"));
      i = j;
    } else {
      if (wordStart < 0) wordStart = i;
      i += ch.length;
    }
  }
  flush(run.length);
}
