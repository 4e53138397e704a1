import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./geopolitics.json" with { type: "json" };

export const GEOPOLITICS = ContextListSchema.parse(data);

/**
 * Political flashpoints by market (issue 10): what mainland Chinese, Indian or Ukrainian readers
 * read as a denial of their borders, and a brand taking sides in a war. The market of the post
 * (lib/engine/market.ts) decides: "Taiwan" listed among countries is a block for mainland readers
 * and nothing elsewhere; "Free Tibet" is a warning anywhere and a block there.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/geopolitics",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Political flashpoints for the post's market: Taiwan, Hong Kong, Macau or Tibet listed as countries and separatist or Xinjiang-boycott wording for mainland China, Kashmir as Pakistan's for India, Crimea as Russia's for Ukraine, and a brand taking sides in the Israel–Gaza war.",
      "zh-CN": "按发布市场识别政治敏感点：面向中国大陆时把台湾、香港、澳门或西藏列为国家、分裂主义或抵制新疆棉的表述；面向印度时把克什米尔称为巴基斯坦的；面向乌克兰时把克里米亚称为俄罗斯的；以及品牌在以色列与加沙冲突中选边站。",
    },
    messages: {
      flashpoint: {
        en: "“{{excerpt}}”: {{label}}. Readers in the markets this post reaches will take it as a political statement.",
        "zh-CN": "“{{excerpt}}”：{{label}}。这条内容所面向市场的读者会把它视为政治表态。",
      },
      suggest: {
        en: "“{{excerpt}}”: {{label}}. Write “{{suggestion}}” instead.",
        "zh-CN": "“{{excerpt}}”：{{label}}。建议改为“{{suggestion}}”。",
      },
      note: {
        en: "“{{excerpt}}”: {{label}}. Check the wording if the brand sells where this is sensitive.",
        "zh-CN": "“{{excerpt}}”：{{label}}。如果品牌在对此敏感的市场销售，请检查措辞。",
      },
    },
  },
  list: GEOPOLITICS,
  // One suggestion replaces the words ("Kyiv"); several, one per language ("countries and
  // regions", "国家和地区"), are offered beside the message.
  messageId: (entry, match) => (entry.suggest?.length === 1 ? "suggest" : match.severity === "info" ? "note" : "flashpoint"),
});
