/**
 * The generic "term list" kind (STYLE.md, "data over code"): a rule whose knowledge is a data file
 * of entries, each with its terms, a note and a source, optional suggestions and severity, and
 * "safe" phrases that keep an ordinary use from being flagged ("shoot us a DM", "killer deals").
 * Most sensitivity and voice checks are this kind; only what data cannot say is hand-written.
 */
import { z } from "zod";
import { spellingForms } from "../inflect.ts";
import { defineRule, type CheckContext, type Hit, type Rule, type RuleMeta } from "../rule.ts";
import { knownWordCost } from "../segment.ts";
import { coveredBy, onePerSpan } from "../spans.ts";
import type { Tokens } from "../tokenize.ts";
import { SEVERITIES, SEVERITY_RANK, type Severity } from "../types.ts";

export const TermListEntrySchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  /** Why the term is listed, shown as guidance. */
  note: z.string().min(1),
  source: z.string().min(1),
  /** A sub-category, switchable through the rule's `skip` option. */
  group: z.string().min(1).optional(),
  severity: z.enum(SEVERITIES).optional(),
  suggest: z.array(z.string().min(1)).optional(),
  inflect: z.boolean().optional(),
  /**
   * Only as a hashtag: `#MeToo` is the movement, "me too" in a sentence is not. The finding covers
   * the whole hashtag (`#PrayForParis` for the term "pray for").
   */
  hashtagOnly: z.boolean().optional(),
  /**
   * Only when written with the capitals of a term ("RIP", not "rip" or "Rip"); punctuation and a
   * leading `#` do not count. Meant for terms listed without inflections.
   */
  matchCase: z.boolean().optional(),
  /**
   * `"spelling"`: the last word of each term also matches its regular inflections by English
   * spelling rules ("spaz" → "spazzes", "spazzed", "spazzing", "spazzy"), for slang the
   * dictionary-based inflector does not know. Derived forms that are everyday words ("tard" →
   * "tardy") are left out, so an inflection that is also a word must be listed as a term.
   */
  forms: z.literal("spelling").optional(),
});

export const SafePhraseSchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  note: z.string().min(1),
});

export const TermListSchema = z.strictObject({
  about: z.string().min(1),
  entries: z.array(TermListEntrySchema).min(1),
  /** Ordinary phrases containing a listed term: a hit inside one of them is not reported. */
  safe: z.array(SafePhraseSchema).optional(),
});

export type TermList = z.infer<typeof TermListSchema>;
export type TermListEntry = z.infer<typeof TermListEntrySchema>;

/** A hit key: an entry's index, or "safe". */
export type TermKey = number | "safe";

export const TermListOptions = z.strictObject({
  /** Groups of the list to leave out, for example `["ableist"]`. */
  skip: z.array(z.string()).default([]),
});
export type TermListOptionsT = z.infer<typeof TermListOptions>;

export interface TermListTermsOptions {
  /**
   * Run the list's `/regex/` terms on the native engine. Only for lists shipped with Preflight,
   * whose patterns tests vet (see `ParseTermOptions.native`).
   */
  native?: boolean;
}

/** The terms a list contributes to the shared matcher, safe phrases included. */
export function termListTerms(list: TermList, skip: readonly string[] = [], options: TermListTermsOptions = {}) {
  const native = options.native === true;
  const terms: { term: string; key: TermKey; inflect: boolean; native: boolean }[] = [];
  list.entries.forEach((entry, i) => {
    if (entry.group && skip.includes(entry.group)) return;
    for (const term of entry.terms) {
      if (entry.forms === "spelling") {
        for (const form of spelledForms(term)) terms.push({ term: form, key: i, inflect: false, native });
      } else terms.push({ term, key: i, inflect: entry.inflect !== false, native });
    }
  });
  for (const safe of list.safe ?? []) for (const term of safe.terms) terms.push({ term, key: "safe", inflect: true, native });
  return terms;
}

/**
 * A term with its last word in every form `spellingForms` makes, less the derived forms that are
 * everyday words of the frequency list. A `/regex/` term is kept as written.
 */
export function spelledForms(term: string): string[] {
  if (/^\/.+\/[a-z]*$/s.test(term)) return [term];
  const m = /^(.*?)([A-Za-z]+)$/.exec(term.trim());
  if (!m) return [term];
  const [, head = "", last = ""] = m;
  const derived = spellingForms(last).filter((f) => f === last.toLowerCase() || knownWordCost(f) === undefined);
  return derived.map((f) => head + f);
}

/** Entry hits that do not fall inside a safe phrase, one per stretch of text (the longest). */
export function reportableHits(hits: readonly Hit<TermKey>[]): Hit<number>[] {
  const inSafe = coveredBy(hits.filter((h) => h.key === "safe"));
  return onePerSpan(hits.filter((h): h is Hit<number> => h.key !== "safe" && !inSafe(h)));
}

/**
 * A test of overlap with spans that are sorted and do not overlap one another (what `onePerSpan`
 * and `listHits` return): a binary search, so checking many hits stays O(n log n).
 */
export function overlapsSpans(spans: readonly { start: number; end: number }[]): (h: { start: number; end: number }) => boolean {
  return (h) => {
    let lo = 0;
    let hi = spans.length;
    // The last span that starts before h ends.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < h.end) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo - 1];
    return s !== undefined && s.end > h.start;
  };
}

const HASH = /^[#\uff03]/;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/**
 * The hits of a list worth reporting: outside safe phrases, passing each entry's own conditions
 * (`hashtagOnly`, `matchCase`), one per stretch of text (the longest; of the same stretch, the most
 * severe entry). A `hashtagOnly` hit is widened to its whole hashtag. Hits whose key is not a number
 * or "safe" are ignored, so a rule may mix a list's terms with terms of its own.
 */
export function listHits(
  list: TermList,
  text: string,
  tokens: Tokens,
  hits: readonly Hit<unknown>[],
): Hit<number>[] {
  const inSafe = coveredBy(hits.filter((h) => h.key === "safe"));
  let tagEnds: Map<number, number> | undefined;
  const out: Hit<number>[] = [];
  for (const h of hits) {
    if (typeof h.key !== "number") continue;
    if (inSafe(h)) continue;
    const entry = list.entries[h.key];
    if (!entry) continue;
    let end = h.end;
    if (entry.hashtagOnly) {
      if (!HASH.test(text.slice(h.start, h.start + 1))) continue;
      tagEnds ??= new Map(tokens.hashtags.map((t) => [t.start, t.end]));
      end = Math.max(end, tagEnds.get(h.start) ?? end);
    }
    if (entry.matchCase && !sameCase(text.slice(h.start, h.end), entry.terms)) continue;
    out.push({ key: h.key, start: h.start, end });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Of entries matching exactly the same text, the most severe speaks ("#NeverForget" over "Never Forget").
  return onePerSpan(out, (i) => SEVERITY_RANK[list.entries[i]?.severity ?? "warn"]);
}

function sameCase(found: string, terms: readonly string[]): boolean {
  const letters = found.replace(HASH, "").replace(NOT_ALNUM, "");
  return terms.some((t) => t.replace(HASH, "").replace(NOT_ALNUM, "") === letters);
}

export interface TermListRuleSpec {
  meta: Omit<RuleMeta<TermListOptionsT>, "options">;
  list: TermList;
  /**
   * The message reported for every hit, or a function choosing it per entry; the message may use
   * {{excerpt}}, {{note}} and {{suggestion}}.
   */
  messageId: string | ((entry: TermListEntry) => string);
  /** Extra condition on the post (for example: only on brand accounts). */
  applies?: (ctx: CheckContext<TermListOptionsT, undefined, TermKey>) => boolean;
  /** Run the list's `/regex/` terms natively (built-in lists only; see `termListTerms`). */
  native?: boolean;
}

/** A rule of the term-list kind. */
export function termListRule(spec: TermListRuleSpec): Rule<TermListOptionsT, undefined, TermKey> {
  const list = TermListSchema.parse(spec.list);
  const messageOf = typeof spec.messageId === "string" ? () => spec.messageId as string : spec.messageId;
  return defineRule<TermListOptionsT, undefined, TermKey>({
    meta: { ...spec.meta, options: TermListOptions as unknown as z.ZodType<TermListOptionsT> },
    prepare: ({ options }) => ({ terms: termListTerms(list, options.skip, { native: spec.native === true }) }),
    check(ctx) {
      if (spec.applies && !spec.applies(ctx)) return;
      for (const hit of listHits(list, ctx.text, ctx.tokens, ctx.hits)) {
        const entry = list.entries[hit.key]!;
        const severity: Severity | undefined = entry.severity;
        ctx.report({
          messageId: messageOf(entry),
          data: { excerpt: ctx.text.slice(hit.start, hit.end), note: entry.note, suggestion: entry.suggest?.[0] ?? "" },
          start: hit.start,
          end: hit.end,
          guidance: entry.note,
          ...(severity ? { severity } : {}),
          ...(entry.suggest ? { suggestions: entry.suggest } : {}),
        });
      }
    },
  });
}
