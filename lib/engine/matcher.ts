/**
 * The compiled multi-term matcher: a trie keyed by folded tokens, so a text is walked once and only
 * tokens that begin some term go further than one Map lookup (uBlock Origin's "look only where the
 * input points"). Hashtags and mentions are also looked up whole, so `#whyistayed` matches "why I
 * stayed" even where the word list cannot split it. Regular-expression terms are not here: they run
 * per rule, only for the rules that look at their hits (see analyze.ts).
 */
import { CLAUSE_KEY, phraseKey, type Tokens } from "./tokenize.ts";

interface TrieNode {
  next?: Map<string, TrieNode>;
  entries?: number[];
}

export interface TermHit {
  /** The entry id given to `addWords`/`addRegex`. */
  entry: number;
  start: number;
  end: number;
}

export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };
  private readonly whole = new Map<string, number[]>();
  private count = 0;

  /** Number of word sequences compiled in. */
  get size(): number {
    return this.count;
  }

  addWords(words: readonly string[], entry: number): void {
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = {};
        node.next.set(w, child);
      }
      node = child;
    }
    if (!pushUnique((node.entries ??= []), entry)) return;
    this.count++;
    // Whole-hashtag lookups: "#whyistayed" for "why I stayed", and "#patagonia" for a one-word
    // term the word list would split.
    pushUnique(getOrInit(this.whole, words.join("").replaceAll(CLAUSE_KEY, "")), entry);
  }

  match(tokens: Tokens): TermHit[] {
    const hits: TermHit[] = [];
    const { list, hashtags } = tokens;
    const rootNext = this.root.next;
    for (let i = 0; i < list.length; i++) {
      let node = rootNext?.get(list[i]!.norm);
      for (let j = i; node; ) {
        if (node.entries) {
          const start = spanStart(tokens, i);
          const end = spanEnd(tokens, j);
          for (const entry of node.entries) hits.push({ entry, start, end });
        }
        j++;
        const next = list[j];
        node = next && node.next ? node.next.get(phraseKey(next)) : undefined;
      }
    }
    if (this.whole.size === 0) return hits;
    // A whole-hashtag or whole-mention hit may repeat a word hit of the same entry over the same
    // span ("#blackfriday" for "black friday" is found both ways); nothing else can repeat: word
    // hits of different tokens differ in start or end, and each hashtag and mention starts at its
    // own sigil. The word hits are in order of start, so a repeat is found by a binary search.
    const walked = hits.length;
    for (const h of hashtags) {
      const entries = this.whole.get(h.norm);
      if (entries) for (const entry of entries) pushNew(hits, walked, entry, h.start, h.end);
    }
    for (const t of list) {
      if (t.kind !== "mention") continue;
      const entries = this.whole.get(t.norm.includes("_") ? t.norm.replace(UNDERSCORES, "") : t.norm);
      if (entries) for (const entry of entries) pushNew(hits, walked, entry, t.start, t.end);
    }
    return hits;
  }
}

const UNDERSCORES = /_/g;

/** Adds a hit unless one of the first `walked` hits (sorted by start) is the same. */
function pushNew(hits: TermHit[], walked: number, entry: number, start: number, end: number): void {
  let lo = 0;
  let hi = walked;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < walked && hits[i]!.start === start; i++) {
    if (hits[i]!.entry === entry && hits[i]!.end === end) return;
  }
  hits.push({ entry, start, end });
}

/** A match that starts at a hashtag's first word covers its `#`. */
function spanStart(tokens: Tokens, i: number): number {
  const t = tokens.list[i]!;
  if (t.hashtag !== undefined) {
    const h = tokens.hashtags[t.hashtag]!;
    if (h.first === i) return h.start;
  }
  return t.start;
}

/** A match that ends at a hashtag's last word covers the rest of the hashtag. */
function spanEnd(tokens: Tokens, j: number): number {
  const t = tokens.list[j]!;
  if (t.hashtag !== undefined) {
    const h = tokens.hashtags[t.hashtag]!;
    if (h.last === j + 1) return h.end;
  }
  return t.end;
}

function pushUnique(list: number[], value: number): boolean {
  if (list.includes(value)) return false;
  list.push(value);
  return true;
}

function getOrInit<K, V>(map: Map<K, V[]>, key: K): V[] {
  let v = map.get(key);
  if (!v) {
    v = [];
    map.set(key, v);
  }
  return v;
}
