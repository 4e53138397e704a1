import { z } from "zod";
import { TermListOptions, TermListSchema, type TermListOptionsT } from "../../lib/engine/kinds/term-list.ts";
import { REGISTER_NAMES } from "../../lib/engine/reading.ts";
import { defineRule, type TermSpec } from "../../lib/engine/rule.ts";
import { fold } from "../../lib/engine/text.ts";
import cueData from "./tragedy-promotion.json" with { type: "json" };
import { insideRefs, refLabel, tragedyRefs, tragedyTerms, type RefKey, type TragedyRef } from "./support/tragedy-refs.ts";

export const CUES = TermListSchema.parse(cueData);

/** Tragedy references keep their keys; trending cues get one of their own. */
type Key = RefKey | "cue";

const CUE_TERMS: TermSpec<Key>[] = CUES.entries.flatMap((e) => e.terms.map((term) => ({ term, key: "cue" as const, inflect: e.inflect !== false })));

/**
 * A tragedy next to a sale, a launch, a plug, a job ad or a joke in the same post: the classic
 * newsjacking post (Gap and American Apparel during Hurricane Sandy, Epicurious after the Boston
 * Marathon bombing, Kenneth Cole on Cairo). The post's register decides (lib/engine/reading.ts):
 * blocked when the reference is unmistakable, named, or implied by words of mourning ("our hearts
 * go out to … 30% off"), or when two milder signs come together; a warning with one mild sign,
 * or when the sale is *for* relief (cause marketing). One finding a post, at its most telling
 * reference, replacing sensitivity/tragedy's finding on the same words.
 */
export default defineRule<TermListOptionsT, undefined, Key>({
  meta: {
    id: "sensitivity/tragedy-promotion",
    category: "sensitivity",
    severity: "block",
    description: {
      en: "A reference to a tragedy combined with a promotion, a launch, a job ad or a joke in the same post: newsjacking.",
      "zh-CN": "同一帖子中既提及悲剧事件，又在促销、发布新品、招聘或开玩笑：蹭热点营销。",
    },
    messages: {
      newsjacking: {
        en: "“{{excerpt}}” refers to {{label}}, and the post also {{does}} (“{{promotion}}”): a brand must never use a tragedy for that.",
        "zh-CN": "“{{excerpt}}”涉及{{label}}，而帖子同时在{{does}}（“{{promotion}}”）：品牌绝不能借悲剧达到这种目的。",
      },
      cause: {
        en: "“{{excerpt}}” refers to {{label}}, and the post ties a donation to sales (“{{promotion}}”): cause marketing around a tragedy needs the comms lead's approval.",
        "zh-CN": "“{{excerpt}}”涉及{{label}}，而帖子把捐款与销售挂钩（“{{promotion}}”）：围绕悲剧的公益营销须经传播负责人批准。",
      },
    },
    /** `skip`: groups of the tragedy list (rules/sensitivity/tragedy.json) to leave out, `named` for the named tragedies. */
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
    supersedes: ["sensitivity/tragedy"],
  },
  prepare: ({ options }) => ({ terms: [...tragedyTerms(options.skip), ...CUE_TERMS] }),
  check(ctx) {
    const refs = tragedyRefs(ctx);
    if (refs.length === 0) return;
    const { text, report, context, register } = ctx;
    const inRef = insideRefs(refs, text);
    const stance = register.stance(inRef);
    if (stance !== "mocking" && stance !== "exploiting" && stance !== "cause") return;
    const trending = ctx.hits.some((h) => h.key === "cue");
    // Distinct signs, by wording: "all impacted by" and "stay safe" are two, "#Aurora" twice is one.
    const signs = new Set(refs.map((r) => fold(text.slice(r.start, r.end)))).size + (trending ? 1 : 0);
    const clear = refs.some((r) => r.strength === "strong" || r.strength === "implied");
    // "Stay safe" alone is ordinary outdoor copy; it counts only next to another sign.
    if (!clear && signs < 2 && refs.every((r) => r.strength === "weak")) return;
    const severity = stance === "cause" || (!clear && signs < 2) ? "warn" : "block";
    const cue = register.first(stance === "mocking" ? new Set(["humour"]) : EXPLOIT_CUES, inRef)!;
    // One finding a post, at the most telling reference: the post is the problem, not each word.
    const at = bestRef(refs);
    const label = refLabel(at, context.locale);
    report({
      messageId: stance === "cause" ? "cause" : "newsjacking",
      data: {
        excerpt: text.slice(at.start, at.end),
        label,
        does: DOES[cue.register]?.[context.locale] ?? REGISTER_NAMES[cue.register][context.locale],
        promotion: text.slice(cue.start, cue.end),
      },
      start: at.start,
      end: at.end,
      severity,
      guidance: at.note,
      refers: { kind: "tragedy", label },
    });
  },
});

const EXPLOIT_CUES = new Set(["promotion", "launch", "hiring", "humour"] as const);

/** What the post does, as a verb phrase for the message. */
const DOES: Partial<Record<string, { en: string; "zh-CN": string }>> = {
  promotion: { en: "sells", "zh-CN": "推销" },
  launch: { en: "launches a product", "zh-CN": "发布新品" },
  hiring: { en: "recruits", "zh-CN": "招聘" },
  humour: { en: "jokes", "zh-CN": "开玩笑" },
};

const ORDER = { strong: 0, implied: 1, mild: 2, weak: 3 } as const;
function bestRef(refs: readonly TragedyRef[]): TragedyRef {
  return [...refs].sort((a, b) => ORDER[a.strength] - ORDER[b.strength] || (b.named ? 1 : 0) - (a.named ? 1 : 0) || a.start - b.start)[0]!;
}
