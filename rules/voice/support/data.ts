/**
 * The shapes of the brand-voice data files (`rules/voice/*.json`) and how their terms reach the
 * shared matcher. Every entry carries a note (shown as guidance) and a source; test/rules/voice/
 * data.test.ts checks that, and that every term parses.
 */
import { z } from "zod";
import type { Hit, TermSpec } from "../../../lib/engine/rule.ts";
import { onePerSpan } from "../../../lib/engine/spans.ts";
import { parseTerm, type RegexFinder } from "../../../lib/engine/terms.ts";
import type { Tokens } from "../../../lib/engine/tokenize.ts";
import { SEVERITIES } from "../../../lib/engine/types.ts";
import { crossesPunctuation, type Span } from "./text.ts";

export const VoiceEntrySchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  note: z.string().min(1),
  source: z.string().min(1),
  group: z.string().min(1).optional(),
  severity: z.enum(SEVERITIES).optional(),
  suggest: z.array(z.string().min(1)).optional(),
  /** Whether English inflections match too (default true). */
  inflect: z.boolean().optional(),
});
export type VoiceEntry = z.infer<typeof VoiceEntrySchema>;

export const SafeSchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  note: z.string().min(1),
});

export const VoiceListSchema = z.strictObject({
  about: z.string().min(1),
  entries: z.array(VoiceEntrySchema).min(1),
  /** Ordinary phrases that contain a listed term: a hit inside one is not reported. */
  safe: z.array(SafeSchema).optional(),
});
export type VoiceList = z.infer<typeof VoiceListSchema>;

/** What a term of a rule stands for: an entry of its list (or of the team's), or a safe phrase. */
export interface TermInfo<E> {
  entry: E | "safe";
  /** A `/regex/` term: its match is already exact, so it is not checked for punctuation. */
  regex: boolean;
}

const isRegex = (term: string) => /^\/.+\/[a-z]*$/s.test(term);

/**
 * Collects terms for `prepare`: each gets a numeric key into `info`. Built-in regular expressions
 * run on the native engine (they are vetted by the data test); the team's run on re2js like every
 * admin term.
 */
export class TermCollector<E> {
  readonly info: TermInfo<E>[] = [];
  readonly terms: TermSpec<number>[] = [];
  /** One-word terms by folded form, for hashtags that spell them (see `withWholeHashtags`). */
  readonly whole = new Map<string, number>();
  /**
   * Safe phrases written as regular expressions: not given to the matcher, which would run them
   * on every analysis, but run by `reportable` only when there is a hit to clear.
   */
  readonly safeRegexes: RegexFinder[] = [];

  add(term: string, entry: E | "safe", options: { inflect?: boolean; builtIn: boolean }): void {
    const regex = isRegex(term);
    this.info.push({ entry, regex });
    if (!regex) {
      const parsed = parseTerm(term);
      const word = parsed.kind === "words" && parsed.words.length === 1 ? parsed.words[0] : undefined;
      if (word !== undefined && !this.whole.has(word)) this.whole.set(word, this.info.length - 1);
    }
    this.terms.push({
      term,
      key: this.info.length - 1,
      inflect: options.inflect !== false,
      ...(regex && options.builtIn ? { native: true } : {}),
    });
  }

  /** The entries and safe phrases of a built-in list; `skip` leaves groups out. */
  addList(list: VoiceList, entryOf: (index: number) => E, skip: readonly string[] = []): void {
    list.entries.forEach((entry, i) => {
      if (entry.group && skip.includes(entry.group)) return;
      for (const term of entry.terms) this.add(term, entryOf(i), { inflect: entry.inflect !== false, builtIn: true });
    });
    for (const safe of list.safe ?? []) {
      for (const term of safe.terms) {
        if (!isRegex(term)) this.add(term, "safe", { builtIn: true });
        else {
          const parsed = parseTerm(term, { native: true });
          if (parsed.kind === "regex") this.safeRegexes.push(parsed.find);
        }
      }
    }
  }
}

/**
 * The hits plus every hashtag that spells a one-word term as a whole. The shared matcher looks a
 * hashtag up whole only for phrases; a one-word term relies on the hashtag's split, and the word
 * list splits names it does not know ("#patagonia" → pat a gon i a).
 */
export function withWholeHashtags(hits: readonly Hit<number>[], tokens: Tokens, whole: ReadonlyMap<string, number>): Hit<number>[] {
  if (whole.size === 0 || tokens.hashtags.length === 0) return hits as Hit<number>[];
  let extra: Hit<number>[] | undefined;
  for (const h of tokens.hashtags) {
    const key = whole.get(h.norm);
    if (key === undefined || hits.some((x) => x.start === h.start && x.end === h.end)) continue;
    (extra ??= []).push({ key, start: h.start, end: h.end });
  }
  if (!extra) return hits as Hit<number>[];
  return [...hits, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Hits worth reporting: not inside a safe phrase, not a phrase read across punctuation, and one per
 * stretch of text (the longest).
 */
export function reportable<E>(
  text: string,
  hits: readonly Hit<number>[],
  info: readonly TermInfo<E>[],
  safeRegexes: readonly RegexFinder[] = [],
): Hit<E>[] {
  const safe: Span[] = [];
  const rest: Hit<E>[] = [];
  for (const h of hits) {
    const t = info[h.key];
    if (!t) continue;
    if (t.entry === "safe") safe.push(h);
    else if (t.regex || !crossesPunctuation(text, h.start, h.end)) rest.push({ key: t.entry, start: h.start, end: h.end });
  }
  if (rest.length === 0) return [];
  for (const find of safeRegexes) for (const [start, end] of find(text)) safe.push({ start, end });
  return onePerSpan(rest.filter((h) => !safe.some((s) => s.start <= h.start && h.end <= s.end)));
}

// --- Platforms ----------------------------------------------------------------------------------

export const COUNTINGS = ["x", "mastodon", "bluesky", "graphemes"] as const;
export type Counting = (typeof COUNTINGS)[number];

const Fact = { note: z.string().min(1), source: z.string().min(1) };

export const PlatformSchema = z.strictObject({
  name: z.string().min(1),
  length: z.strictObject({ max: z.number().int().min(1), counting: z.enum(COUNTINGS), ...Fact }),
  hashtags: z
    .strictObject({
      /** More than this reads as spam or is advised against by the platform (info). */
      advised: z.number().int().min(0),
      /** More than this and the platform refuses the post or ignores its hashtags (warn). */
      limit: z.number().int().min(1).optional(),
      ...Fact,
    })
    .optional(),
});
export type PlatformFacts = z.infer<typeof PlatformSchema>;

export const PlatformsSchema = z.strictObject({
  about: z.string().min(1),
  platforms: z.record(z.string(), PlatformSchema),
  /** Hashtag advice where a platform gives none, or the platform is not known. */
  defaultHashtags: z.strictObject({ advised: z.number().int().min(0), ...Fact }),
});
