/**
 * The generic "term list" kind (STYLE.md, "data over code"): a rule whose knowledge is a data file
 * of entries, each with its terms, a note and a source, optional suggestions and severity, and
 * "safe" phrases that keep an ordinary use from being flagged ("shoot us a DM", "killer deals").
 * Most sensitivity and voice checks are this kind; only what data cannot say is hand-written.
 */
import { z } from "zod";
import { defineRule, type CheckContext, type Hit, type Rule, type RuleMeta } from "../rule.ts";
import { onePerSpan } from "../spans.ts";
import { SEVERITIES, type Severity } from "../types.ts";

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

/** The terms a list contributes to the shared matcher, safe phrases included. */
export function termListTerms(list: TermList, skip: readonly string[] = []) {
  const terms: { term: string; key: TermKey; inflect: boolean }[] = [];
  list.entries.forEach((entry, i) => {
    if (entry.group && skip.includes(entry.group)) return;
    for (const term of entry.terms) terms.push({ term, key: i, inflect: entry.inflect !== false });
  });
  for (const safe of list.safe ?? []) for (const term of safe.terms) terms.push({ term, key: "safe", inflect: true });
  return terms;
}

/** Entry hits that do not fall inside a safe phrase, one per stretch of text (the longest). */
export function reportableHits(hits: readonly Hit<TermKey>[]): Hit<number>[] {
  const safe = hits.filter((h) => h.key === "safe");
  const entries = hits.filter(
    (h): h is Hit<number> => h.key !== "safe" && !safe.some((s) => s.start <= h.start && h.end <= s.end),
  );
  return onePerSpan(entries);
}

export interface TermListRuleSpec {
  meta: Omit<RuleMeta<TermListOptionsT>, "options">;
  list: TermList;
  /** The message reported for every hit; it may use {{excerpt}}, {{note}} and {{suggestion}}. */
  messageId: string;
  /** Extra condition on the post (for example: only on brand accounts). */
  applies?: (ctx: CheckContext<TermListOptionsT, undefined, TermKey>) => boolean;
}

/** A rule of the term-list kind. */
export function termListRule(spec: TermListRuleSpec): Rule<TermListOptionsT, undefined, TermKey> {
  const list = TermListSchema.parse(spec.list);
  return defineRule<TermListOptionsT, undefined, TermKey>({
    meta: { ...spec.meta, options: TermListOptions as unknown as z.ZodType<TermListOptionsT> },
    prepare: ({ options }) => ({ terms: termListTerms(list, options.skip) }),
    check(ctx) {
      if (spec.applies && !spec.applies(ctx)) return;
      for (const hit of reportableHits(ctx.hits)) {
        const entry = list.entries[hit.key]!;
        const severity: Severity | undefined = entry.severity;
        ctx.report({
          messageId: spec.messageId,
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
