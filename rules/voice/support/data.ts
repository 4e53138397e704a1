/**
 * The shapes of the brand-voice data files (`rules/voice/*.json`) and how their terms reach the
 * shared matcher. Every entry carries a note (shown as guidance) and a source; test/rules/voice/
 * data.test.ts checks that, and that every term parses.
 */
import { z } from "zod";
import type { Hit, TermSpec } from "../../../lib/engine/rule.ts";
import { coveredBy, onePerSpan } from "../../../lib/engine/spans.ts";
import { parseTerm, type RegexFinder } from "../../../lib/engine/terms.ts";
import { TermListEntrySchema, TermListSchema, type TermList, type TermListEntry } from "../../../lib/engine/kinds/term-list.ts";
import type { Span } from "./text.ts";

/** The voice data files are term lists: the shapes of lib/engine/kinds/term-list.ts. */
export const VoiceEntrySchema = TermListEntrySchema;
export type VoiceEntry = TermListEntry;
export const VoiceListSchema = TermListSchema;
export type VoiceList = TermList;

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
  /**
   * Safe phrases written as regular expressions: not given to the matcher, which would run them
   * on every analysis, but run by `reportable` only when there is a hit to clear.
   */
  readonly safeRegexes: RegexFinder[] = [];

  add(term: string, entry: E | "safe", options: { inflect?: boolean; builtIn: boolean }): void {
    const regex = isRegex(term);
    this.info.push({ entry, regex });
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
 * Hits worth reporting: not inside a safe phrase, and one per stretch of text (the longest). The
 * matcher already keeps phrases from running across punctuation.
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
    else rest.push({ key: t.entry, start: h.start, end: h.end });
  }
  if (rest.length === 0) return [];
  for (const find of safeRegexes) for (const [start, end] of find(text)) safe.push({ start, end });
  const inSafe = coveredBy(safe);
  return onePerSpan(rest.filter((h) => !inSafe(h)));
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
