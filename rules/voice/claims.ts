import { z } from "zod";
import type { RegexFinder } from "../../lib/engine/terms.ts";
import { defineRule } from "../../lib/engine/rule.ts";
import type { LocalizedText } from "../../lib/engine/types.ts";
import data from "./claims.json" with { type: "json" };
import { reportable, TermCollector, VoiceListSchema, type TermInfo } from "./support/data.ts";

const CLAIMS = VoiceListSchema.parse(data);

export const CLAIM_GROUPS = [
  "health",
  "approval",
  "proof",
  "natural",
  "environment",
  "superiority",
  "guarantee",
  "offer",
  "financial",
  "safety",
  "origin",
] as const;
type Group = (typeof CLAIM_GROUPS)[number];

const Options = z.strictObject({
  /** Groups of built-in claims to leave out, for example `["origin"]`. */
  skip: z.array(z.enum(CLAIM_GROUPS)).default([]),
});
type Options = z.infer<typeof Options>;

/** A built-in entry's index, or one of the team's own claims (`voice.claims`). */
type Entry = number | "team";
interface State {
  info: TermInfo<Entry>[];
  safeRegexes: RegexFinder[];
}

const messages: Record<`${Group}Claim` | "teamClaim", LocalizedText> = {
  healthClaim: {
    en: "“{{excerpt}}” is a health claim: it needs scientific evidence and legal review before it is published.",
    "zh-CN": "“{{excerpt}}”属于健康功效宣称：发布前需要有科学依据并经法务审核。",
  },
  approvalClaim: {
    en: "“{{excerpt}}” claims an approval or expert endorsement: check with legal that it exists and covers this product.",
    "zh-CN": "“{{excerpt}}”声称获得了批准或专家推荐：请与法务确认确有其事且适用于该产品。",
  },
  proofClaim: {
    en: "“{{excerpt}}” says proof exists: legal needs to see that proof before the post goes out.",
    "zh-CN": "“{{excerpt}}”表示有证据支持：发布前法务需要看到相关证据。",
  },
  naturalClaim: {
    en: "“{{excerpt}}” is an absolute “natural” claim: it needs evidence and legal review.",
    "zh-CN": "“{{excerpt}}”是绝对化的“天然”宣称：需要有证据并经法务审核。",
  },
  environmentClaim: {
    en: "“{{excerpt}}” is an environmental claim: regulators want it specific and backed by evidence. Check it with legal.",
    "zh-CN": "“{{excerpt}}”属于环保宣称：监管机构要求此类说法具体且有证据支持，请与法务确认。",
  },
  superiorityClaim: {
    en: "“{{excerpt}}” claims to be first, best or cheapest: it needs current data behind it and legal review.",
    "zh-CN": "“{{excerpt}}”宣称“第一”“最好”或“最便宜”：需要有最新数据支持并经法务审核。",
  },
  guaranteeClaim: {
    en: "“{{excerpt}}” promises a result: a guarantee needs its terms stated and legal review.",
    "zh-CN": "“{{excerpt}}”承诺了某种结果：保证类说法需要写明条件并经法务审核。",
  },
  offerClaim: {
    en: "“{{excerpt}}” is a guarantee offer: make sure its terms are stated or linked.",
    "zh-CN": "“{{excerpt}}”属于保证性优惠：请确保写明或附上其条款。",
  },
  financialClaim: {
    en: "“{{excerpt}}” promises money or no risk: financial claims need legal review.",
    "zh-CN": "“{{excerpt}}”承诺了收益或无风险：涉及金钱的说法需要经法务审核。",
  },
  safetyClaim: {
    en: "“{{excerpt}}” is an absolute safety claim: it needs strong evidence and legal review.",
    "zh-CN": "“{{excerpt}}”是绝对化的安全性宣称：需要有充分证据并经法务审核。",
  },
  originClaim: {
    en: "“{{excerpt}}” is an origin claim: unqualified, it means all or virtually all of the product is made there.",
    "zh-CN": "“{{excerpt}}”属于原产地宣称：不加限定时，意味着产品全部或几乎全部在当地制造。",
  },
  teamClaim: {
    en: "“{{excerpt}}” is on the team's list of claims that need legal review.",
    "zh-CN": "“{{excerpt}}”在团队列出的需经法务审核的宣称列表中。",
  },
};

/**
 * Claims that need legal review before a brand publishes them: health, approval and proof claims,
 * "natural" and green claims, superlatives, guarantees, money and safety promises, origin claims
 * (claims.json, each with its regulator's guidance), plus the team's own (`voice.claims`).
 * Guarantee offers and origin claims are `info`: legitimate when their terms are right.
 */
export default defineRule<Options, State, number>({
  meta: {
    id: "voice/claims",
    category: "voice",
    severity: "warn",
    description: {
      en: "Claims that need legal review: health, green, “#1”, guarantees, “risk-free”, “FDA approved”, and the team's own.",
      "zh-CN": "需要法务审核的宣称：健康功效、环保、“第一”、保证、“零风险”、“FDA 批准”，以及团队自定的宣称。",
    },
    messages,
    options: Options as unknown as z.ZodType<Options>,
  },
  prepare({ ruleSet, options }) {
    const terms = new TermCollector<Entry>();
    terms.addList(CLAIMS, (i) => i, options.skip);
    for (const term of ruleSet.voice?.claims ?? []) terms.add(term, "team", { builtIn: false });
    return { terms: terms.terms, state: { info: terms.info, safeRegexes: terms.safeRegexes } };
  },
  check({ hits, state, text, report }) {
    if (hits.length === 0) return;
    for (const hit of reportable(text, hits, state.info, state.safeRegexes)) {
      const excerpt = text.slice(hit.start, hit.end);
      if (hit.key === "team") {
        report({ messageId: "teamClaim", data: { excerpt }, start: hit.start, end: hit.end });
        continue;
      }
      const entry = CLAIMS.entries[hit.key]!;
      report({
        messageId: `${entry.group as Group}Claim`,
        data: { excerpt },
        start: hit.start,
        end: hit.end,
        guidance: entry.note,
        ...(entry.severity ? { severity: entry.severity } : {}),
      });
    }
  },
});
