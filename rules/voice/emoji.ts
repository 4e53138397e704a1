import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { emojiSpans } from "./support/text.ts";

/** Default of `voice.maxEmoji`. */
export const DEFAULT_MAX_EMOJI = 5;

/**
 * More emoji than the brand's voice allows (`voice.maxEmoji`, 5 unless set). An emoji is what a
 * reader sees as one: a family joined with ZWJ, a skin tone, a flag or a keycap counts once.
 */
export default defineRule({
  meta: {
    id: "voice/emoji",
    category: "voice",
    severity: "info",
    description: {
      en: "More emoji than the brand's voice allows (a ZWJ sequence, skin tone or flag counts as one).",
      "zh-CN": "表情符号超过品牌语气允许的数量（ZWJ 组合、肤色或旗帜算作一个）。",
    },
    messages: {
      tooMany: {
        en: "This post has {{count}} emoji; the brand's voice allows {{max}}.",
        "zh-CN": "此帖子有 {{count}} 个表情符号；品牌语气最多允许 {{max}} 个。",
      },
    },
    options: noOptions,
  },
  check({ text, ruleSet, report }) {
    const max = ruleSet.voice?.maxEmoji ?? DEFAULT_MAX_EMOJI;
    const spans = emojiSpans(text);
    if (spans.length <= max) return;
    // At the first emoji past the limit.
    const first = spans[max]!;
    report({ messageId: "tooMany", data: { count: spans.length, max }, start: first.start, end: first.end });
  },
});
