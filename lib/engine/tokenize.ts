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

// A URL is one token that never matches a term: "storm-sale.example/shop" is not prose.
const TOKEN_RE =
  /(?:https?:\/\/|www\.)[^\s<>"]+|([#\uff03@\uff20]?)([\p{L}\p{N}\p{M}_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+)/gu;
const EDGE_JUNK = /^[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+|[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+$/gu;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/**
 * Where a phrase may not run on (unless the term itself does, as "R.I.P." or "U.S. Army"): CJK
 * clause punctuation, a line break, brackets, an em dash or a bar; a comma, semicolon or colon
 * before a space; a full stop, "!", "?" or "…" before a space and a word that starts a sentence
 * ("No. 1" and "approx. three" run on; "3,000", "10:30" and "risk-free" are no boundary at all).
 */
const ALWAYS_CLAUSE = new Set([..."()[]{}|\u2014\n\u3002\uff0c\uff1b\uff1a\uff01\uff1f"].map((c) => c.charCodeAt(0)));
const CLAUSE_BEFORE_SPACE = new Set([...",;:"].map((c) => c.charCodeAt(0)));
const SENTENCE_END = new Set([...".!?\u2026"].map((c) => c.charCodeAt(0)));
const SPACE = /\s/;
const RUNS_ON = /[\p{Ll}\p{N}]/u;

/** Prefixed to the matcher key of a token that follows clause punctuation. */
export const CLAUSE_KEY = "\u0001";

/** The matcher key of a token inside a phrase. */
export const phraseKey = (t: Token) => (t.clause ? CLAUSE_KEY + t.norm : t.norm);

export function tokenize(text: string): Tokens {
  const list: Token[] = [];
  const hashtags: Hashtag[] = [];
  let from = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[2];
    const before = list.length;
    if (raw !== undefined) pushMatch(list, hashtags, m, raw);
    // "no risk. Free returns" is not "risk-free": mark the first token after clause punctuation
    // (or after a URL) so that the matcher does not carry a phrase across it.
    const first = list[before];
    if (first && before > 0 && hasClauseMark(text, from, first.start)) first.clause = true;
    if (raw === undefined && list.length > 0) from = -1; // a URL breaks phrases too
    else if (list.length > before) from = list[list.length - 1]!.end;
  }
  return { list, hashtags };
}

function hasClauseMark(text: string, from: number, to: number): boolean {
  if (from < 0) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (ALWAYS_CLAUSE.has(c)) return true;
    const spaced = SPACE.test(text[i + 1] ?? "");
    if (spaced && CLAUSE_BEFORE_SPACE.has(c)) return true;
    if (spaced && SENTENCE_END.has(c) && !RUNS_ON.test(text[to] ?? "")) return true;
  }
  return false;
}

function pushMatch(list: Token[], hashtags: Hashtag[], m: RegExpExecArray, raw: string): void {
  const sigil = m[1] ?? "";
  // Trim quotes and underscores around the run without losing offsets.
  const lead = raw.length - raw.replace(/^[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+/u, "").length;
  const body = raw.replace(EDGE_JUNK, "");
  if (!HAS_ALNUM.test(body)) return;
  const bodyStart = m.index + sigil.length + lead;
  const bodyEnd = bodyStart + body.length;
  if (sigil === "#" || sigil === "\uff03") {
    pushHashtag(list, hashtags, body, m.index, bodyStart, bodyEnd);
  } else if (sigil !== "" && !NO_SPACE_SCRIPT.test(body)) {
    list.push(token(fold(body), m.index, bodyEnd, "mention"));
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
