import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./hate-codes.json" with { type: "json" };

export const HATE_CODES = ContextListSchema.parse(data);

/**
 * Hate symbols, codes and dog whistles (issue 10), scored by context: "88" is a number until a
 * Nazi word, a swastika or another code stands beside it; 1488, RAHOWA and "Sieg Heil" are codes
 * anywhere. A post that names a code to condemn it gets a note, not a block.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/hate-codes",
    category: "sensitivity",
    severity: "block",
    description: {
      en: "Hate symbols, codes and dog whistles (1488, 88 beside a Nazi word, RAHOWA, ((( ))), SS runes, a swastika, 'Z' beside Russia's flag), judged by what stands next to them.",
      "zh-CN": "仇恨符号、暗语和“狗哨”（1488、与纳粹词语同现的 88、RAHOWA、((( ))）、党卫军符文、卐、与俄罗斯国旗同现的“Z”），结合上下文判断。",
    },
    messages: {
      code: {
        en: "“{{excerpt}}” reads as {{label}}. Pull it, however it was meant.",
        "zh-CN": "“{{excerpt}}”会被解读为{{label}}。无论本意如何，请删除。",
      },
      signal: {
        en: "“{{excerpt}}” can read as {{label}}: make sure the post cannot be taken that way.",
        "zh-CN": "“{{excerpt}}”可能被解读为{{label}}，请确保这条内容不会被这样理解。",
      },
      named: {
        en: "“{{excerpt}}” is {{label}}: naming it to condemn it is fine, but check the tone before posting.",
        "zh-CN": "“{{excerpt}}”是{{label}}。为谴责而提及它没有问题，但发布前请检查措辞。",
      },
    },
  },
  list: HATE_CODES,
  messageId: (_entry, match) => (match.severity === "block" ? "code" : match.severity === "warn" ? "signal" : "named"),
});
