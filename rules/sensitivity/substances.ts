import { z } from "zod";
import {
  listHits,
  overlapsSpans,
  SafePhraseSchema,
  TermListEntrySchema,
  TermListOptions,
  termListTerms,
  type TermKey,
  type TermList,
  type TermListOptionsT,
} from "../../lib/engine/kinds/term-list.ts";
import { defineRule, type Hit, type Report, type ResolvedContext, type TermSpec } from "../../lib/engine/rule.ts";
import { coveredBy } from "../../lib/engine/spans.ts";
import { SEVERITIES } from "../../lib/engine/types.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { isBrandAccount as brandAccount } from "../../lib/ruleset/accounts.ts";
import data from "./substances.json" with { type: "json" };

const NearSchema = z.strictObject({
  /** Words that are slang only after a verb of taking them ("joint", "coke"). */
  objects: z.array(z.string().min(1)).min(1),
  /** Single words that make an object slang when they come before it. */
  verbs: z.array(z.string().regex(/^[a-z']+$/)).min(1),
  /** Words that may stand between a verb and its object ("a", "fat", "absolutely"). */
  fillers: z.array(z.string().regex(/^[a-z']+$/)),
  /** How many filler words at most. */
  window: z.number().int().min(0).max(5),
  group: z.string().min(1),
  severity: z.enum(SEVERITIES),
  note: z.string().min(1),
  source: z.string().min(1),
});

export const SubstancesSchema = z.strictObject({
  about: z.string().min(1),
  entries: z.array(TermListEntrySchema).min(1),
  near: z.array(NearSchema),
  safe: z.array(SafePhraseSchema),
});

const DATA = SubstancesSchema.parse(data);

/** The plain term list (entries and safe phrases); the `near` entries are matched on top of it. */
export const SUBSTANCES: TermList = { about: DATA.about, entries: DATA.entries, safe: DATA.safe };
export const SUBSTANCES_NEAR = DATA.near;

/**
 * Whether a post goes out on a brand account. Only a post known to come from an account that is
 * not one of `brand.accounts` is personal: a rule set without brand accounts, or a post whose
 * account is unknown (the command line without `--account`), is treated as the brand's, because
 * Preflight's authors write for brands and the Red Cross post was meant for a personal account.
 */
export function isBrandAccount(ruleSet: RuleSet, context: Pick<ResolvedContext, "platform" | "account">): boolean {
  if ((ruleSet.brand?.accounts ?? []).length === 0 || !context.account) return true;
  return brandAccount(ruleSet, context.account, context.platform);
}

type Key = TermKey | { near: number };

const NEAR_SETS = SUBSTANCES_NEAR.map((n) => ({ verbs: new Set(n.verbs), fillers: new Set(n.fillers) }));

const NEAR_TERMS: TermSpec<Key>[] = SUBSTANCES_NEAR.flatMap((n, near) => n.objects.map((term) => ({ term, key: { near }, inflect: false })));

/**
 * Alcohol and drug references on brand accounts (the American Red Cross's #gettngslizzerd, 2011).
 * Slang that is an ordinary word elsewhere ("joint", "coke") counts only after a verb of taking it,
 * over a few filler words ("roll a fat joint"). An alcohol brand switches it off:
 * `rules: { "sensitivity/substances": "off" }`.
 */
export default defineRule<TermListOptionsT, undefined, Key>({
  meta: {
    id: "sensitivity/substances",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Alcohol and drug references on brand accounts; an alcohol brand switches the rule off.",
      "zh-CN": "品牌账号上涉及酒精和毒品的内容；酒类品牌可关闭此规则。",
    },
    messages: {
      substance: {
        en: "“{{excerpt}}” refers to drinking or drugs on a brand account: is this the right account, and does it fit the brand?",
        "zh-CN": "“{{excerpt}}”在品牌账号上提及饮酒或毒品：是否发错了账号？内容是否符合品牌形象？",
      },
      mention: {
        en: "“{{excerpt}}” mentions alcohol or cannabis on a brand account: make sure it fits the brand.",
        "zh-CN": "“{{excerpt}}”在品牌账号上提及酒精或大麻：请确认内容符合品牌形象。",
      },
    },
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
  },
  prepare: ({ options }) => ({
    terms: [
      ...(termListTerms(SUBSTANCES, options.skip, { native: true }) as TermSpec<Key>[]),
      ...NEAR_TERMS.filter((t) => typeof t.key === "object" && !options.skip.includes(SUBSTANCES_NEAR[t.key.near]!.group)),
    ],
  }),
  check({ text, tokens, hits, ruleSet, context, report }) {
    if (!isBrandAccount(ruleSet, context)) return;
    const reports: Report[] = [];
    for (const hit of listHits(SUBSTANCES, text, tokens, hits)) {
      const entry = SUBSTANCES.entries[hit.key]!;
      reports.push({
        messageId: entry.severity === "info" ? "mention" : "substance",
        data: { excerpt: text.slice(hit.start, hit.end) },
        start: hit.start,
        end: hit.end,
        guidance: entry.note,
        ...(entry.severity ? { severity: entry.severity } : {}),
      });
    }
    const objects = hits.filter((h): h is Hit<{ near: number }> => typeof h.key === "object");
    if (objects.length > 0) {
      const inSafe = coveredBy(hits.filter((h) => h.key === "safe"));
      const overlapsListed = overlapsSpans(reports.map((r) => ({ start: r.start, end: r.end })));
      const list = tokens.list;
      let t = 0;
      for (const hit of objects) {
        if (inSafe(hit)) continue;
        while (t < list.length && list[t]!.start < hit.start) t++;
        const start = verbBefore(tokens.list, t, hit.key.near);
        if (start === undefined || overlapsListed({ start, end: hit.end })) continue;
        const near = SUBSTANCES_NEAR[hit.key.near]!;
        reports.push({
          messageId: near.severity === "info" ? "mention" : "substance",
          data: { excerpt: text.slice(start, hit.end) },
          start,
          end: hit.end,
          severity: near.severity,
          guidance: near.note,
        });
      }
    }
    reports.sort((a, b) => a.start - b.start);
    for (const r of reports) report(r);
  },
});

/**
 * Where the verb of the object at token `t` starts: the verb may be separated from the object by
 * up to `window` filler words of the same clause ("roll | a fat | joint"), or `undefined`.
 */
function verbBefore(list: readonly { norm: string; start: number; clause: boolean }[], t: number, near: number): number | undefined {
  const { verbs, fillers } = NEAR_SETS[near]!;
  const window = SUBSTANCES_NEAR[near]!.window;
  for (let j = t - 1, skipped = 0; j >= 0; j--) {
    if (list[j + 1]!.clause) return undefined; // "Pass. Joint…": another clause
    const word = list[j]!.norm;
    // After a determiner the word is a noun or an adjective: "a light joint cream", "the pass".
    if (verbs.has(word)) return j > 0 && !list[j]!.clause && DETERMINERS.has(list[j - 1]!.norm) ? undefined : list[j]!.start;
    if (!fillers.has(word) || ++skipped > window) return undefined;
  }
  return undefined;
}

const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "our", "your", "my", "his", "her", "their", "its"]);
