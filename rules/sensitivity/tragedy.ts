import { TermListSchema, termListRule } from "../../lib/engine/kinds/term-list.ts";
import data from "./tragedy.json" with { type: "json" };

export const TRAGEDY = TermListSchema.parse(data);

/**
 * References to death, violence, terrorism, disasters and epidemics, and the hashtags of tragedies
 * and causes. Unmistakable references warn; condolence language and possible references are
 * information. Idioms ("shoot us a DM", "killer deals", "to die for") are never listed or are safe.
 */
export default termListRule({
  meta: {
    id: "sensitivity/tragedy",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "References to death, violence, terrorism, disasters and epidemics, and tragedy or cause hashtags (#WhyIStayed, #PrayFor…).",
      "zh-CN": "提及死亡、暴力、恐怖袭击、灾难和疫情，以及悲剧或社会运动的话题标签（如 #WhyIStayed、#PrayFor…）。",
    },
    messages: {
      tragedy: {
        en: "“{{excerpt}}” refers to a tragedy: a brand should speak about it only in a deliberate, approved statement.",
        "zh-CN": "“{{excerpt}}”涉及悲剧事件：品牌只应通过经过审批的正式声明谈论此类事件。",
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
  },
  list: TRAGEDY,
  native: true,
  messageId: (entry) => (entry.group === "cause" ? "hashtag" : entry.severity === "info" ? "mention" : "tragedy"),
});
