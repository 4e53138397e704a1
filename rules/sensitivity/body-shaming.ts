import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./body-shaming.json" with { type: "json" };

export const BODY_SHAMING = ContextListSchema.parse(data);

/**
 * Body-shaming in weight-loss, fitness and beauty copy: pejorative words next to a body part,
 * mocking labels for body parts, "beach body ready" and its family, thinness as worth, skin
 * lightening sold as better skin (in the markets that read it so), age-shaming, and the Chinese
 * beauty standards and slogans (白幼瘦, A4腰, 没有丑女人只有懒女人). What a post does with a body
 * counts too: a larger body as the "before" of a before/after (image descriptions included), a body
 * as a defect a product hides or the outcome a diet saves you from, a weight past which a garment
 * is off limits, weight blamed on its owner. Body-positive copy is left alone; a joke makes it a
 * block.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/body-shaming",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Body-shaming: bodies, weight, skin tone or age treated as something to hide, fix or be ashamed of, especially in weight-loss, fitness and beauty copy.",
      "zh-CN": "身材羞辱：把身体、体重、肤色或年龄说成需要遮掩、改造或感到羞耻的东西，常见于减肥、健身和美妆文案。",
    },
    messages: {
      shaming: {
        en: "“{{excerpt}}”: {{label}}. Copy that makes readers ashamed of their bodies drives them away and breaks ad-platform rules.",
        "zh-CN": "“{{excerpt}}”：{{label}}。让读者为自己的身体感到羞耻的文案会赶走用户，也违反广告平台的规定。",
      },
      shamingWithSuggestion: {
        en: "“{{excerpt}}”: {{label}}. Say what the product does instead, for example “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”：{{label}}。请改为说明产品的作用，例如“{{suggestion}}”。",
      },
    },
  },
  list: BODY_SHAMING,
  messageId: (entry) => (entry.suggest ? "shamingWithSuggestion" : "shaming"),
});
