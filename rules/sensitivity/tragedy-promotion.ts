import { z } from "zod";
import {
  listHits,
  overlapsSpans,
  TermListOptions,
  TermListSchema,
  termListTerms,
  type TermKey,
  type TermListOptionsT,
} from "../../lib/engine/kinds/term-list.ts";
import { defineRule, type Hit, type TermSpec } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { parseTerm, type RegexFinder } from "../../lib/engine/terms.ts";
import { fold } from "../../lib/engine/text.ts";
import promotion from "../shared/promotion.json" with { type: "json" };
import cueData from "./tragedy-promotion.json" with { type: "json" };
import { TRAGEDY } from "./tragedy.ts";

export const CUES = TermListSchema.parse(cueData);

/** Tragedy entries keep their index; promotion words and trending cues get keys of their own. */
type Key = TermKey | "promo" | "cue";

/** Signs too common in ordinary copy to count on their own. */
const WEAK_GROUP = "safety";

const isRegex = (term: string) => term.startsWith("/");

/** Promotion patterns ("20% off", prices) run only when the post refers to a tragedy at all. */
const PROMO_REGEXES: RegexFinder[] = promotion.entries
  .filter((e) => isRegex(e.term))
  .map((e) => {
    const parsed = parseTerm(e.term, { native: true });
    if (parsed.kind !== "regex") throw new Error(`promotion term ${e.term} is not a regular expression`);
    return parsed.find;
  });

const OTHER_TERMS: TermSpec<Key>[] = [
  ...promotion.entries.filter((e) => !isRegex(e.term)).map((e) => ({ term: e.term, key: "promo" as const, inflect: e.inflect !== false })),
  ...CUES.entries.flatMap((e) => e.terms.map((term) => ({ term, key: "cue" as const, inflect: e.inflect !== false }))),
];

/**
 * A tragedy next to a promotion in the same post: the classic newsjacking post (Gap and American
 * Apparel during Hurricane Sandy, Epicurious after the Boston Marathon bombing, Kenneth Cole on
 * Cairo). Blocked when the tragedy is unmistakable, or when two milder signs ("stay safe", "all
 * impacted by", "#Aurora is trending") come together; a warning with one mild sign. One finding a
 * post, at its most telling reference to the tragedy.
 */
export default defineRule<TermListOptionsT, undefined, Key>({
  meta: {
    id: "sensitivity/tragedy-promotion",
    category: "sensitivity",
    severity: "block",
    description: {
      en: "A reference to a tragedy combined with a promotion (sale, discount, code, new collection) in the same post: newsjacking.",
      "zh-CN": "同一帖子中既提及悲剧事件又包含推广内容（促销、折扣、优惠码、新品系列）：蹭热点营销。",
    },
    messages: {
      newsjacking: {
        en: "“{{excerpt}}” refers to a tragedy, and the post also sells (“{{promotion}}”): a promotion must never ride on a tragedy.",
        "zh-CN": "“{{excerpt}}”涉及悲剧事件，而帖子同时在推销（“{{promotion}}”）：推广绝不能借悲剧造势。",
      },
    },
    /** `skip`: groups of the tragedy list (rules/sensitivity/tragedy.json) to leave out. */
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
  },
  prepare: ({ options }) => ({ terms: [...termListTerms(TRAGEDY, options.skip, { native: true }), ...OTHER_TERMS] }),
  check({ text, tokens, hits, report }) {
    const tragedies = listHits(TRAGEDY, text, tokens, hits);
    if (tragedies.length === 0) return;
    const overlapsTragedy = overlapsSpans(tragedies);
    const promos: Hit<unknown>[] = hits.filter((h) => h.key === "promo" && !overlapsTragedy(h));
    if (promos.length === 0) {
      for (const find of PROMO_REGEXES) for (const [start, end] of find(text)) promos.push({ key: "promo", start, end });
    }
    const promo = onePerSpan(promos.filter((h) => !overlapsTragedy(h)).sort((a, b) => a.start - b.start || b.end - a.end))[0];
    if (!promo) return;
    const strong = tragedies.some((h) => TRAGEDY.entries[h.key]!.severity !== "info");
    // Distinct signs, by wording: "all impacted by" and "stay safe" are two, "#Aurora" twice is one.
    const signs = new Set(tragedies.map((h) => fold(text.slice(h.start, h.end)))).size + (hits.some((h) => h.key === "cue") ? 1 : 0);
    // "Stay safe" alone is ordinary outdoor copy; it counts only next to another sign.
    if (!strong && signs < 2 && tragedies.every((h) => TRAGEDY.entries[h.key]!.group === WEAK_GROUP)) return;
    const severity = strong || signs >= 2 ? "block" : "warn";
    // One finding a post, at the most telling reference: the post is the problem, not each word.
    const at = tragedies.find((h) => TRAGEDY.entries[h.key]!.severity !== "info") ?? tragedies[0]!;
    report({
      messageId: "newsjacking",
      data: { excerpt: text.slice(at.start, at.end), promotion: text.slice(promo.start, promo.end) },
      start: at.start,
      end: at.end,
      severity,
      guidance: TRAGEDY.entries[at.key]!.note,
    });
  },
});
