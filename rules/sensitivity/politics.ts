import { TermListSchema, termListRule } from "../../lib/engine/kinds/term-list.ts";
import data from "./politics.json" with { type: "json" };

export const POLITICS = TermListSchema.parse(data);

/**
 * Partisan politics: party names, partisan slogans, election stances. Off by default; a rule set
 * switches it on with `rules: { "sensitivity/politics": "info" }` (or any severity, or `{}`).
 * No politicians' names are listed: a name alone is not partisan and lists of them age badly.
 */
export default termListRule({
  meta: {
    id: "sensitivity/politics",
    category: "sensitivity",
    severity: "info",
    off: true,
    description: {
      en: "Partisan politics: party names, partisan slogans and election stances (off unless the rule set switches it on).",
      "zh-CN": "党派政治：政党名称、党派口号和选举立场（默认关闭，需在规则集中开启）。",
    },
    messages: {
      partisan: {
        en: "“{{excerpt}}” is partisan: a brand that takes a political side loses part of its audience.",
        "zh-CN": "“{{excerpt}}”带有党派色彩：品牌选边站队会失去一部分受众。",
      },
      political: {
        en: "“{{excerpt}}” is political: make sure the brand means to speak about it.",
        "zh-CN": "“{{excerpt}}”涉及政治：请确认品牌确实有意就此表态。",
      },
    },
  },
  list: POLITICS,
  native: true,
  messageId: (entry) => (entry.severity === "warn" || entry.severity === "block" ? "partisan" : "political"),
});
