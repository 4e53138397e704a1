import { z } from "zod";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { knownWordCost } from "../../lib/engine/segment.ts";
import { fold } from "../../lib/engine/text.ts";
import data from "./hashtag-reading.json" with { type: "json" };

const WordsSchema = z.strictObject({
  terms: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  note: z.string().min(1),
  source: z.string().min(1),
});

export const HashtagReadingSchema = z.strictObject({
  about: z.string().min(1),
  /** Words flagged when another reading of the hashtag exposes them. */
  words: z.array(WordsSchema).min(1),
  /** Words flagged when the rest of the hashtag can be read two ways (#nowthatchersdead). */
  ambiguous: z.array(WordsSchema),
  /** Extra words a reader sees that the frequency list does not know. */
  readingWords: z.strictObject({ terms: z.array(z.string().regex(/^[a-z]+$/)), note: z.string().min(1) }),
  /**
   * Everyday words of brand copy that the frequency list (subtitles before 2010) does not know
   * ("gamers", "podcast", "skincare"): an author means them, so the intended reading may use them.
   */
  vocabulary: WordsSchema,
});

export const HASHTAG_READING = HashtagReadingSchema.parse(data);

const HIDDEN = new Map<string, string>();
for (const g of HASHTAG_READING.words) for (const w of g.terms) HIDDEN.set(w, g.note);
const AMBIGUOUS = new Map<string, string>();
for (const g of HASHTAG_READING.ambiguous) for (const w of g.terms) AMBIGUOUS.set(w, g.note);
const READING_WORDS = new Set(HASHTAG_READING.readingWords.terms);

/** Runs shorter than this are read whole (the engine's hashtag splitter does the same). */
const MIN_LENGTH = 6;
const MAX_LENGTH = 40;
const MAX_WORD = 20;
/** What a word the frequency list does not know, but readers do ("sus"), costs. */
const READING_WORD_COST = 9;
/** A word of `vocabulary`: about as common in brand copy as a word ranked ~2,000th in speech. */
const VOCABULARY_COST = 10;
/**
 * A word of one of the brand's own names ("glowe", "kestrel"): the brand's hashtags start with it,
 * so it costs what a common word costs.
 */
const BRAND_WORD_COST = 8;
/** Brand words shorter than this ("co" of "Crumb & Co") would let any run split anywhere. */
const MIN_BRAND_WORD = 3;
/** A possessive or plural "s" on a known word (thatcher's → "thatchers"). */
const S_SUFFIX_COST = 2;
/**
 * How much less likely than the intended reading the exposing one may be. A word made of the end of
 * one word and the start of the next (expert|s-ex|change, pen-is|land) jumps out even from an
 * unlikely reading; a word inside a longer one (the-rapist inside therapist) only when the reading
 * is nearly as likely.
 */
const MARGIN_ACROSS = 11;
/** Short words ("sex", "ass") hide in many innocent runs: "across" needs a likelier reading for them. */
const MARGIN_ACROSS_SHORT = 8;
const MARGIN_INSIDE = 6;
/** Two readings of the words before a death word this close in cost are both natural. */
const MARGIN_AMBIGUOUS = 5;

export interface Reading {
  parts: string[];
  cost: number;
}

export interface Misreading {
  /** The word a reader may see. */
  word: string;
  /** The reading that exposes it, and the intended one. */
  reading: string[];
  intended: string[];
  kind: "hidden" | "ambiguous";
  /** How much less likely the misreading is than the intended reading (negative: more likely). */
  margin?: number;
}

const CACHE_LIMIT = 500;

/**
 * Reads run-together hashtags with the frequency word list, the everyday `vocabulary` and, per rule
 * set, the words of the brand's own names: "#glowesexpertpicks" can only be weighed once "glowe" is
 * a word.
 */
export class HashtagReader {
  private readonly cache = new Map<string, Misreading | null>();

  /** `extra`: words the author means (vocabulary, brand words) and what each costs. */
  constructor(private readonly extra: ReadonlyMap<string, number>) {}

  /** What a word costs in a reading; `strict` readings use only words an author means. */
  cost(word: string, strict = false): number | undefined {
    const known = knownWordCost(word) ?? this.extra.get(word);
    if (known !== undefined || strict) return known;
    if (READING_WORDS.has(word)) return READING_WORD_COST;
    if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      const base = knownWordCost(word.slice(0, -1)) ?? this.extra.get(word.slice(0, -1));
      if (base !== undefined) return base + S_SUFFIX_COST;
    }
    return undefined;
  }

  /**
   * The k cheapest ways to read `s` as known words, cheapest first, skipping words in `avoid`. A
   * `strict` reading uses only words an author means (no slang, no added "s").
   */
  readings(s: string, k = 1, avoid: ReadonlySet<string> = new Set(), strict = false): Reading[] {
    const n = s.length;
    // best[j]: up to k (cost, start, rank-of-reading-at-start) for the prefix s[0, j).
    const best: { cost: number; from: number; rank: number }[][] = [[{ cost: 0, from: -1, rank: 0 }]];
    for (let j = 1; j <= n; j++) {
      const here: { cost: number; from: number; rank: number }[] = [];
      for (let i = Math.max(0, j - MAX_WORD); i < j; i++) {
        const before = best[i];
        if (!before || before.length === 0) continue;
        const w = s.slice(i, j);
        if (avoid.has(w)) continue;
        const c = this.cost(w, strict);
        if (c === undefined) continue;
        before.forEach((b, rank) => here.push({ cost: b.cost + c, from: i, rank }));
      }
      here.sort((a, b) => a.cost - b.cost);
      best[j] = here.slice(0, k);
    }
    const out: Reading[] = [];
    for (const end of best[n] ?? []) {
      const parts: string[] = [];
      let j = n;
      let node: { cost: number; from: number; rank: number } | undefined = end;
      while (node && node.from >= 0) {
        parts.unshift(s.slice(node.from, j));
        j = node.from;
        node = best[j]?.[node.rank];
      }
      out.push({ parts, cost: end.cost });
    }
    return out;
  }

  /** How a lower-case hashtag body may be misread, or `undefined` when it reads one way. */
  misreading(body: string): Misreading | undefined {
    const hit = this.cache.get(body);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.find(body);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(body, found ?? null);
    return found;
  }

  private find(s: string): Misreading | undefined {
    // A hashtag that is one word is read as that word (#therapist, #rapist, #kestrelmotors).
    if (this.cost(s, true) !== undefined) return undefined;
    const hidden = [...HIDDEN.keys()].filter((w) => s.includes(w));
    if (hidden.length > 0) {
      const intended = this.readings(s, 1, new Set(hidden), true)[0];
      if (intended && intended.parts.length >= 2) {
        const bounds = new Set<number>([0]);
        let at = 0;
        for (const p of intended.parts) bounds.add((at += p.length));
        for (const word of hidden) {
          for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            const j = i + word.length;
            // Across: a boundary of the intended reading falls strictly inside the word.
            let across = false;
            for (let b = i + 1; b < j; b++) if (bounds.has(b)) across = true;
            // A word that opens a longer one is read as the longer one: the eye takes "cocktail",
            // "cockpit" or "assam" whole, whereas "therapist" starts with the commonest word, "the".
            if (!across && bounds.has(i)) continue;
            // A word inside a longer one is found only through real words around it ("the rapist").
            const strict = !across;
            const before = i === 0 ? { parts: [], cost: 0 } : this.readings(s.slice(0, i), 1, new Set(), strict)[0];
            const after = j === s.length ? { parts: [], cost: 0 } : this.readings(s.slice(j), 1, new Set(), strict)[0];
            if (!before || !after) continue;
            const total = before.cost + this.cost(word)! + after.cost;
            const margin = !across ? MARGIN_INSIDE : word.length <= 3 ? MARGIN_ACROSS_SHORT : MARGIN_ACROSS;
            if (total - intended.cost <= margin) {
              return { word, reading: [...before.parts, word, ...after.parts], intended: intended.parts, kind: "hidden", margin: total - intended.cost };
            }
          }
        }
      }
    }
    for (const word of AMBIGUOUS.keys()) {
      if (!s.endsWith(word) || s.length - word.length < MIN_LENGTH) continue;
      const two = this.readings(s.slice(0, -word.length), 2);
      const [a, b] = two;
      // A reading with a lone "i" inside ("film i snot dead") is one nobody makes.
      const implausible = b !== undefined && b.parts.some((p, i) => i > 0 && p.length === 1 && p !== "a");
      if (a && b && !implausible && b.cost - a.cost <= MARGIN_AMBIGUOUS) {
        return { word, reading: [...b.parts, word], intended: [...a.parts, word], kind: "ambiguous" };
      }
    }
    return undefined;
  }
}

const VOCABULARY: ReadonlyMap<string, number> = new Map(HASHTAG_READING.vocabulary.terms.map((w) => [w, VOCABULARY_COST]));

/** The words of the brand's names, each word and the whole name run together ("kestrelmotors"). */
export function brandWords(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const words = fold(name)
      .split(/[^a-z]+/)
      .filter((w) => w !== "");
    for (const w of words) if (w.length >= MIN_BRAND_WORD) out.add(w);
    const joined = words.join("");
    if (joined.length >= MIN_BRAND_WORD) out.add(joined);
  }
  return [...out];
}

/** A reader that knows the brand's names as words, besides the vocabulary. */
export function readerFor(names: readonly string[]): HashtagReader {
  const extra = new Map(VOCABULARY);
  for (const w of brandWords(names)) {
    const known = knownWordCost(w);
    if (known === undefined) extra.set(w, BRAND_WORD_COST);
    // The possessive is how brands write their picks and news: #glowespicks is "Glowe's picks".
    const possessive = `${w}s`;
    if (!w.endsWith("s") && knownWordCost(possessive) === undefined) {
      extra.set(possessive, Math.min(known ?? BRAND_WORD_COST, BRAND_WORD_COST) + S_SUFFIX_COST);
    }
  }
  return new HashtagReader(extra);
}

const DEFAULT_READER = new HashtagReader(VOCABULARY);

/** `HashtagReader.readings` without brand words. */
export function readings(s: string, k = 1, avoid: ReadonlySet<string> = new Set(), strict = false): Reading[] {
  return DEFAULT_READER.readings(s, k, avoid, strict);
}

/** `HashtagReader.misreading` without brand words. */
export function misreading(body: string): Misreading | undefined {
  return DEFAULT_READER.misreading(body);
}

const camel = (parts: readonly string[]) => parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");

/**
 * Hashtags that read badly when split into words (#therapistfinder: "the rapist finder"). Only
 * hashtags without capitals inside are looked at: #TherapistFinder says where its words end. The
 * brand's own names count as words, so a brand's hashtag (#glowe…) is read like any other.
 */
export default defineRule<Record<string, never>, HashtagReader>({
  meta: {
    id: "sensitivity/hashtag-reading",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Hashtags without capitals that can be read as something offensive (#therapistfinder: “the rapist finder”); suggests CamelCase.",
      "zh-CN": "未用大小写区分单词的话题标签可能被读成冒犯性的意思（如 #therapistfinder 可读作“the rapist finder”）；建议使用驼峰式大小写。",
    },
    messages: {
      hidden: {
        en: "“{{excerpt}}” can be read as “{{reading}}”: write it as {{suggestion}}.",
        "zh-CN": "“{{excerpt}}”可能被读成“{{reading}}”：请写作 {{suggestion}}。",
      },
      ambiguous: {
        en: "“{{excerpt}}” can be read as “{{intended}}” or as “{{reading}}”: write it as {{suggestion}}.",
        "zh-CN": "“{{excerpt}}”既可读作“{{intended}}”，也可读作“{{reading}}”：请写作 {{suggestion}}。",
      },
    },
    options: noOptions,
  },
  prepare: ({ ruleSet }) => ({ state: readerFor(ruleSet.brand?.names ?? []) }),
  check({ tokens, state, report }) {
    for (const tag of tokens.hashtags) {
      const body = tag.body;
      if (body.length < MIN_LENGTH || body.length > MAX_LENGTH) continue;
      // One case only (an initial capital allowed): capitals inside mark the words already.
      if (!/^(?:\p{Lu}?[a-z]+|[A-Z]+)$/u.test(body)) continue;
      const found = state.misreading(body.toLowerCase());
      if (!found) continue;
      const suggestion = `#${camel(found.intended)}`;
      report({
        messageId: found.kind,
        data: {
          excerpt: `#${body}`,
          reading: found.reading.join(" "),
          intended: found.intended.join(" "),
          suggestion,
        },
        start: tag.start,
        end: tag.end,
        suggestions: [suggestion],
        guidance: (found.kind === "hidden" ? HIDDEN : AMBIGUOUS).get(found.word),
      });
    }
  },
});
