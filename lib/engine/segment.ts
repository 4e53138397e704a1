import WORDS from "./data/words.ts";
import { NO_SPACE_SCRIPT } from "./text.ts";

/** A word inside a hashtag body, with offsets relative to the body. */
export interface HashtagPart {
  text: string;
  start: number;
  end: number;
}

// Case changes, digits and underscores mark word boundaries the author wrote: #WhyIStayed,
// #NASA2024, #why_i_stayed. Anything else is a run of one case that may need the word list.
const CASED_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?[\p{Ll}\p{M}'\u2019]+|\p{N}+|[\p{L}\p{M}]+/gu;
const MAX_WORD = 20;
/** Runs shorter than this are taken as one word: "#tbt", "#ootd". */
const MIN_SPLIT = 6;
/**
 * Longer runs are kept whole: no one spells a phrase that long in one hashtag, and the search costs
 * about 1.3 µs a character (a pasted 1 MB lower-case "hashtag" took 7 s and stalled every keystroke).
 */
const MAX_SPLIT = 100;
/** Words of a believable split are this long on average ("why i stayed": 3.3). */
const MIN_MEAN_WORD = 2.5;

const cache = new Map<string, HashtagPart[]>();
const CACHE_LIMIT = 2_000;

/** Splits a hashtag body into the words it spells. */
export function splitHashtag(body: string): HashtagPart[] {
  const hit = cache.get(body);
  if (hit) return hit;
  const parts: HashtagPart[] = [];
  CASED_PART.lastIndex = 0;
  for (let m = CASED_PART.exec(body); m !== null; m = CASED_PART.exec(body)) {
    const text = m[0];
    if (NO_SPACE_SCRIPT.test(text)) {
      for (let i = 0; i < text.length; ) {
        const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
        parts.push({ text: ch, start: m.index + i, end: m.index + i + ch.length });
        i += ch.length;
      }
    } else {
      for (const w of splitRun(text)) parts.push({ text: w.text, start: m.index + w.start, end: m.index + w.end });
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(body, parts);
  return parts;
}

let costs: Map<string, number> | undefined;

/** Zipf's law: a word of rank r costs log(r · log N), as in wordninja. */
function wordCosts(): Map<string, number> {
  if (costs) return costs;
  const words = WORDS.split(" ");
  const logN = Math.log(words.length);
  costs = new Map(words.map((w, rank) => [w, Math.log((rank + 1) * logN)]));
  return costs;
}

/**
 * What a known word costs in a split (Zipf: rarer words cost more), or `undefined` for a word the
 * list does not know. For rules that weigh other readings of a hashtag (sensitivity/hashtag-reading).
 */
export function knownWordCost(word: string): number | undefined {
  return wordCosts().get(word);
}

const UNKNOWN_CHAR_COST = 12;

/**
 * Splits a run of one case ("whyistayed", "BLACKFRIDAY") into words by the cheapest sequence of
 * known words. Keeps the run whole when it is a word itself or when no sensible split exists.
 */
export function splitRun(run: string): HashtagPart[] {
  const whole = [{ text: run, start: 0, end: run.length }];
  const lower = run.toLowerCase();
  if (lower.length < MIN_SPLIT || lower.length > MAX_SPLIT || lower.length !== run.length || !/^[a-z]+$/.test(lower)) {
    return whole;
  }
  const table = wordCosts();
  if (table.has(lower)) return whole;
  const n = lower.length;
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const prev = best[start] ?? Number.POSITIVE_INFINITY;
      if (prev === Number.POSITIVE_INFINITY) continue;
      const w = lower.slice(start, end);
      const c = table.get(w) ?? UNKNOWN_CHAR_COST * w.length;
      if (prev + c < (best[end] ?? Number.POSITIVE_INFINITY)) {
        best[end] = prev + c;
        from[end] = start;
      }
    }
  }
  const parts: HashtagPart[] = [];
  for (let end = n; end > 0; ) {
    const start = from[end] ?? 0;
    parts.push({ text: run.slice(start, end), start, end });
    end = start;
  }
  parts.reverse();
  // A split that leans on unknown fragments, or shreds a name into scraps ("#patagonia" as
  // "pat a gon i a"), is a guess: keep the hashtag whole.
  const unknown = parts.filter((p) => !table.has(p.text.toLowerCase())).length;
  return unknown > 0 || n / parts.length < MIN_MEAN_WORD ? whole : parts;
}
