import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./trivialising.json" with { type: "json" };

export const TRIVIALISING = ContextListSchema.parse(data);

/**
 * Atrocities trivialised or romanticised: genocide as hyperbole for prices, the Holocaust's places
 * and language in copy, its badges on its striped uniform as fashion, Anne Frank as a costume,
 * plantation weddings, slavery as a figure of speech, emancipation as a flavour, and Chinese war
 * atrocities used lightly, judged by the post's stance (a history or remembrance post is at most a
 * note). Where the words are sensitivity/tragedy's ("genocide" next to "prices"), this rule's
 * finding replaces the tragedy one.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/trivialising",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Slavery, genocide, the Holocaust and other atrocities trivialised or romanticised: as hyperbole, costumes, selfies, wedding venues or flavours; history and remembrance posts are at most a note.",
      "zh-CN": "轻佻化或浪漫化奴隶制、种族灭绝、纳粹大屠杀及其他暴行：当作夸张修辞、戏服、自拍背景、婚礼场地或口味；历史与纪念类帖子至多给出提示。",
    },
    messages: {
      trivialising: {
        en: "“{{excerpt}}”: {{label}}. Real people suffered and died; leave it out of marketing.",
        "zh-CN": "“{{excerpt}}”：{{label}}。真实的人曾为此受难和死去，请不要把它用于营销。",
      },
      trivialisingWithSuggestion: {
        en: "“{{excerpt}}”: {{label}}. Real people suffered and died; say “{{suggestion}}” instead.",
        "zh-CN": "“{{excerpt}}”：{{label}}。真实的人曾为此受难和死去，请改用“{{suggestion}}”。",
      },
    },
    supersedes: ["sensitivity/tragedy", "sensitivity/tragedy-promotion"],
  },
  list: TRIVIALISING,
  messageId: (entry) => (entry.suggest ? "trivialisingWithSuggestion" : "trivialising"),
});
