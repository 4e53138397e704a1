import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./minors.json" with { type: "json" };

export const MINORS = ContextListSchema.parse(data);

/**
 * Children sexualised: adult sexual words in the same sentence as a child, and the slogans that
 * sexualise children. Both words alone are ordinary copy; together they are the scandal.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/minors",
    category: "sensitivity",
    severity: "block",
    description: {
      en: "Children described in sexual terms, and slogans that sexualise children.",
      "zh-CN": "用性暗示的词语描述儿童，以及将儿童性化的标语。",
    },
    messages: {
      minors: {
        en: "“{{excerpt}}”: {{label}}. Pull the copy.",
        "zh-CN": "“{{excerpt}}”：{{label}}，请撤下这段文案。",
      },
    },
  },
  list: MINORS,
  messageId: "minors",
});
