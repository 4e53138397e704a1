import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./appropriation.json" with { type: "json" };

export const APPROPRIATION = ContextListSchema.parse(data);

/**
 * A culture's or a religion's sacred things, dress or spirituality as a product story, a costume or
 * a gimmick: headdresses and bindis as festival looks, smudging kits, the Day of the Dead as a
 * costume, "geisha" and "kimono" as product names, sacred figures on swimwear or doormats, Native
 * spirituality as a perfume story, "tribe" for a brand's fans; 佛像 as decoration, 旗袍 as a sexy
 * costume. The community's own posts, real partnerships and devotional objects are left alone.
 * "Spirit animal" and "powwow" stay sensitivity/inclusive's note unless the post sells or jokes, and a
 * headdress stays sensitivity/tropes' finding unless it is worn as a look or a costume.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/appropriation",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "A culture's or a religion's sacred things, dress or spirituality used as a product story, a costume or a gimmick (headdresses, bindis, smudging kits, sacred figures on products, 'tribe').",
      "zh-CN": "把某种文化或宗教的神圣事物、服饰或信仰当作产品故事、戏服或噱头（羽毛头饰、吉祥痣、鼠尾草净化套装、印在商品上的神像、“部落”等）。",
    },
    messages: {
      appropriation: {
        en: "“{{excerpt}}”: {{label}}. Unless the brand works with that community, leave it out.",
        "zh-CN": "“{{excerpt}}”：{{label}}。除非品牌与该群体合作，否则请删去。",
      },
      appropriationWithSuggestion: {
        en: "“{{excerpt}}”: {{label}}. Consider “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”：{{label}}。可考虑改用“{{suggestion}}”。",
      },
    },
    supersedes: ["sensitivity/inclusive", "sensitivity/tropes"],
  },
  list: APPROPRIATION,
  messageId: (entry) => (entry.suggest ? "appropriationWithSuggestion" : "appropriation"),
});
