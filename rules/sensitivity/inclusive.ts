import { TermListSchema, termListRule } from "../../lib/engine/kinds/term-list.ts";
import data from "./inclusive.json" with { type: "json" };

export const INCLUSIVE = TermListSchema.parse(data);

/**
 * Non-inclusive terms with alternatives: gendered job titles, ableist idioms, terms with racist
 * histories, outdated LGBTQ terms. Suggestions at `info`; insults in themselves warn. Switch a group
 * off with `options.skip` (gendered, disability, race, lgbtq, mental-health).
 */
export default termListRule({
  meta: {
    id: "sensitivity/inclusive",
    category: "sensitivity",
    severity: "info",
    description: {
      en: "Non-inclusive terms with inclusive alternatives: gendered job titles, ableist idioms, terms with racist histories, outdated LGBTQ terms.",
      "zh-CN": "不具包容性的用语及替代说法：带性别色彩的职位名称、歧视残障人士的习语、带有种族歧视历史的词语、过时的 LGBTQ 用语。",
    },
    messages: {
      suggestion: {
        en: "“{{excerpt}}” may exclude or hurt some readers: consider “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”可能让部分读者感到被排斥或冒犯：可考虑改用“{{suggestion}}”。",
      },
      offensive: {
        en: "“{{excerpt}}” is offensive to many readers: use “{{suggestion}}” or rephrase.",
        "zh-CN": "“{{excerpt}}”会冒犯许多读者：请改用“{{suggestion}}”或换一种说法。",
      },
      offensivePlain: {
        en: "“{{excerpt}}” is offensive to many readers: rephrase.",
        "zh-CN": "“{{excerpt}}”会冒犯许多读者：请换一种说法。",
      },
    },
  },
  list: INCLUSIVE,
  native: true,
  messageId: (entry) =>
    entry.severity === "warn" || entry.severity === "block" ? (entry.suggest ? "offensive" : "offensivePlain") : "suggestion",
});
