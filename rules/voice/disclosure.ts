import { z } from "zod";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { parseTerm, type RegexFinder } from "../../lib/engine/terms.ts";
import data from "./disclosure.json" with { type: "json" };
import { reportable, TermCollector, VoiceEntrySchema, type TermInfo } from "./support/data.ts";
import { postedAsBrand } from "./support/text.ts";

export const TRIGGER_GROUPS = ["gift", "affiliate", "unclear", "partnership"] as const;
type Group = (typeof TRIGGER_GROUPS)[number];

export const DisclosureFileSchema = z.strictObject({
  about: z.string().min(1),
  triggers: z.array(VoiceEntrySchema.extend({ group: z.enum(TRIGGER_GROUPS) })).min(1),
  disclosures: z.array(VoiceEntrySchema).min(1),
});

const FILE = DisclosureFileSchema.parse(data);

/** A trigger entry's index, or a disclosure (built in or the team's `voice.disclosures`). */
type Entry = number | "disclosure";
interface State {
  info: TermInfo<Entry>[];
  /** Regular-expression disclosures ("#ad", "Ad:"), run only when a trigger is found. */
  disclosureRegexes: RegexFinder[];
}

const isRegex = (term: string) => /^\/.+\/[a-z]*$/s.test(term);

function regexFinder(term: string, builtIn: boolean): RegexFinder {
  const parsed = parseTerm(term, { native: builtIn });
  if (parsed.kind !== "regex") throw new Error(`${term} is not a regular expression`);
  return parsed.find;
}

/**
 * A post that points to a paid, gifted or affiliate relationship without saying it is an ad
 * (FTC Endorsement Guides, CMA/ASA influencers' guide, and the labels other countries require).
 * Posts from the brand's own accounts are the brand's own advertising and are not checked.
 */
export default defineRule<Record<string, never>, State, number>({
  meta: {
    id: "voice/disclosure",
    category: "voice",
    severity: "warn",
    description: {
      en: "Sponsored, gifted or affiliate posts without a clear disclosure such as #ad or “Paid partnership”.",
      "zh-CN": "有赞助、赠品或联盟推广关系却没有明确标识（如 #ad 或“付费合作”）的帖子。",
    },
    messages: {
      missing: {
        en: "“{{excerpt}}” points to a paid, gifted or affiliate relationship, and the post has no clear disclosure. Start it with “Ad:”, add #ad, or use the platform's paid-partnership label.",
        "zh-CN": "“{{excerpt}}”表明存在付费、赠品或联盟推广关系，但帖子没有明确的广告标识。请以“广告：”开头、加上 #ad，或使用平台的“付费合作”标签。",
      },
      unclear: {
        en: "“{{excerpt}}” does not tell readers this is an ad: the FTC and the ASA call labels like #sp, #spon and #collab unclear. Use #ad or “Paid partnership”.",
        "zh-CN": "“{{excerpt}}”无法让读者明白这是广告：美国 FTC 和英国 ASA 认为 #sp、#spon、#collab 这类标签不够清楚。请使用 #ad 或“付费合作”。",
      },
      partnership: {
        en: "“{{excerpt}}” may describe a paid relationship. If the brand paid for this post or gave the product, say so: add #ad or “Paid partnership”.",
        "zh-CN": "“{{excerpt}}”可能涉及付费合作关系。如果品牌为此帖付费或赠送了产品，请明确说明：加上 #ad 或“付费合作”。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    const terms = new TermCollector<Entry>();
    FILE.triggers.forEach((entry, i) => {
      for (const term of entry.terms) terms.add(term, i, { inflect: entry.inflect !== false, builtIn: true });
    });
    const disclosureRegexes: RegexFinder[] = [];
    const addDisclosure = (term: string, inflect: boolean, builtIn: boolean) => {
      if (isRegex(term)) disclosureRegexes.push(regexFinder(term, builtIn));
      else terms.add(term, "disclosure", { inflect, builtIn });
    };
    for (const entry of FILE.disclosures) for (const term of entry.terms) addDisclosure(term, entry.inflect !== false, true);
    for (const term of ruleSet.voice?.disclosures ?? []) addDisclosure(term, true, false);
    return { terms: terms.terms, state: { info: terms.info, disclosureRegexes } };
  },
  check({ hits, state, text, ruleSet, context, report }) {
    if (hits.length === 0 || postedAsBrand(ruleSet, context)) return;
    const found = reportable(text, hits, state.info);
    const triggers = found.filter((h): h is typeof h & { key: number } => h.key !== "disclosure");
    if (triggers.length === 0 || triggers.length < found.length) return; // no trigger, or disclosed in words
    if (state.disclosureRegexes.some((find) => find(text).length > 0)) return;

    // One finding for the post, at its clearest sign: a gift or a code before a mere partnership.
    const rank = (h: { key: number }) => (FILE.triggers[h.key]!.group === "partnership" ? 1 : 0);
    const first = [...triggers].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0]!;
    const entry = FILE.triggers[first.key]!;
    const group: Group = entry.group;
    const personal = context.account !== undefined; // and not the brand's (checked above)
    report({
      messageId: group === "unclear" ? "unclear" : group === "partnership" ? "partnership" : "missing",
      data: { excerpt: text.slice(first.start, first.end) },
      start: first.start,
      end: first.end,
      guidance: entry.note,
      ...(group === "partnership" && !personal ? { severity: "info" as const } : {}),
    });
  },
});
