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
  hashtag?: number;
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

export function tokenize(text: string): Tokens {
  const list: Token[] = [];
  const hashtags: Hashtag[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[2];
    if (raw === undefined) continue; // a URL
    const sigil = m[1] ?? "";
    let bodyStart = m.index + sigil.length;
    // Trim quotes and underscores around the run without losing offsets.
    const lead = raw.length - raw.replace(/^[_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]+/u, "").length;
    const body = raw.replace(EDGE_JUNK, "");
    bodyStart += lead;
    if (!HAS_ALNUM.test(body)) continue;
    const bodyEnd = bodyStart + body.length;
    if (sigil === "#" || sigil === "\uff03") {
      pushHashtag(list, hashtags, body, m.index, bodyStart, bodyEnd);
    } else if (sigil !== "" && !NO_SPACE_SCRIPT.test(body)) {
      list.push({ norm: fold(body), start: m.index, end: bodyEnd, kind: "mention" });
    } else {
      pushWords(list, body, bodyStart);
    }
  }
  return { list, hashtags };
}

function pushHashtag(list: Token[], hashtags: Hashtag[], body: string, start: number, bodyStart: number, end: number) {
  const index = hashtags.length;
  const first = list.length;
  for (const part of splitHashtag(body)) {
    const norm = fold(part.text);
    if (norm !== "") {
      list.push({ norm, start: bodyStart + part.start, end: bodyStart + part.end, kind: "hashtag", hashtag: index });
    }
  }
  hashtags.push({ start, end, norm: fold(body.replace(/_/g, "")), body, first, last: list.length });
}

/** Words of a run of letters, split at underscores and around characters of scripts without spaces. */
function pushWords(list: Token[], run: string, offset: number) {
  if (!run.includes("_") && !NO_SPACE_SCRIPT.test(run)) {
    list.push({ norm: fold(run), start: offset, end: offset + run.length, kind: "word" });
    return;
  }
  let wordStart = -1;
  const flush = (end: number) => {
    if (wordStart < 0) return;
    const w = run.slice(wordStart, end).replace(EDGE_JUNK, "");
    if (w !== "" && HAS_ALNUM.test(w)) {
      const lead = run.slice(wordStart, end).search(/[^_'\u2018\u2019\u02bc\uff07\u00ad\u200b-\u200d\u2060\ufeff]/u);
      const s = offset + wordStart + Math.max(0, lead);
      list.push({ norm: fold(w), start: s, end: s + w.length, kind: "word" });
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
      list.push({ norm: fold(run.slice(i, j)), start: offset + i, end: offset + j, kind: "char" });
      i = j;
    } else {
      if (wordStart < 0) wordStart = i;
      i += ch.length;
    }
  }
  flush(run.length);
}
