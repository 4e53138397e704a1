import { z } from "zod";
import { TermListOptions, type TermListOptionsT } from "../../lib/engine/kinds/term-list.ts";
import { defineRule } from "../../lib/engine/rule.ts";
import { insideRefs, refLabel, tragedyRefs, tragedyTerms, type RefKey, type TragedyRef } from "./support/tragedy-refs.ts";

export { TRAGEDY } from "./support/tragedy-refs.ts";

/**
 * References to death, violence, terrorism, disasters, epidemics and named tragedies, and the
 * hashtags of tragedies and causes, judged by what the post does with them (lib/engine/reading.ts):
 * a condolence, a remembrance, a donation or a safety notice is a note ("check the tone"); a bare,
 * unmistakable reference warns. The same reference next to a sale, a launch or a joke is
 * sensitivity/tragedy-promotion's block. Idioms ("shoot us a DM", "killer deals", "to die for")
 * are never listed or are safe.
 */
export default defineRule<TermListOptionsT, undefined, RefKey>({
  meta: {
    id: "sensitivity/tragedy",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "References to death, violence, terrorism, disasters, epidemics and named tragedies, and tragedy or cause hashtags (#WhyIStayed, #PrayFor…), judged by the post's tone.",
      "zh-CN": "提及死亡、暴力、恐怖袭击、灾难、疫情和具名悲剧事件，以及悲剧或社会运动的话题标签（如 #WhyIStayed、#PrayFor…），并结合帖子的语气判断。",
    },
    messages: {
      tragedy: {
        en: "“{{excerpt}}” refers to {{label}}: a brand should speak about it only in a deliberate, approved statement.",
        "zh-CN": "“{{excerpt}}”涉及{{label}}：品牌只应通过经过审批的正式声明谈论此类事件。",
      },
      respectful: {
        en: "“{{excerpt}}” refers to {{label}}, and the post reads as respectful: a sensitive topic, check the tone before posting.",
        "zh-CN": "“{{excerpt}}”涉及{{label}}，帖子语气得体：话题敏感，发布前请再斟酌措辞。",
      },
      anniversary: {
        en: "“{{excerpt}}” refers to {{label}}, whose anniversary is around today: a brand should speak about it only in a deliberate, approved statement.",
        "zh-CN": "“{{excerpt}}”涉及{{label}}，今天前后正值其周年：品牌只应通过经过审批的正式声明谈论此事。",
      },
      mention: {
        en: "“{{excerpt}}” may refer to a tragedy or a loss: check the news and the tone before posting.",
        "zh-CN": "“{{excerpt}}”可能涉及悲剧或逝者：发布前请查看新闻并斟酌语气。",
      },
      hashtag: {
        en: "“{{excerpt}}” belongs to a tragedy or a social movement: using it for attention is hashtag hijacking.",
        "zh-CN": "“{{excerpt}}”属于某一悲剧事件或社会运动：借它博取关注属于蹭热点（hashtag hijacking）。",
      },
    },
    /** `skip`: groups of the tragedy list to leave out (`named` for the named tragedies). */
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
  },
  prepare: ({ options }) => ({ terms: tragedyTerms(options.skip) }),
  check(ctx) {
    const refs = tragedyRefs(ctx);
    if (refs.length === 0) return;
    const { text, report, context } = ctx;
    const respectful = ctx.register.stance(insideRefs(refs, ctx.text)) === "respectful";
    for (const ref of refs) {
      const label = refLabel(ref, context.locale);
      report({
        messageId: messageOf(ref, respectful),
        data: { excerpt: text.slice(ref.start, ref.end), label },
        start: ref.start,
        end: ref.end,
        severity: ref.strength === "strong" && !respectful ? "warn" : "info",
        guidance: ref.note,
        refers: { kind: "tragedy", label },
      });
    }
  },
});

function messageOf(ref: TragedyRef, respectful: boolean): string {
  if (ref.group === "cause") return "hashtag";
  if (ref.strength !== "strong") return "mention";
  if (respectful) return "respectful";
  return ref.anniversary ? "anniversary" : "tragedy";
}
