import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./translation.json" with { type: "json" };

export const TRANSLATION = ContextListSchema.parse(data);

/**
 * Translation traps (issue 10): Chinese marketing idioms rendered word for word into English
 * (跳楼价 "jump-off-building price", 秒杀 "seckill", 剁手 "chop off hands"), which English readers
 * take as suicide, killing, violence or innuendo, with the idiomatic English as the suggestion; and
 * a few English slogans rendered literally into Chinese. The market of the post decides: the
 * English renderings count in English posts only, so 秒杀 in a Chinese post is ordinary.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/translation",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Chinese marketing idioms translated word for word into English that read as suicide, killing, violence or innuendo (\"jump-off-building price\", \"seckill\", \"chop off hands\"), with the idiomatic English; and English slogans rendered literally into Chinese.",
      "zh-CN": "逐字直译成英文的中文营销用语，英文读者会读出自杀、杀戮、暴力或性暗示（“跳楼价”“秒杀”“剁手”），并给出地道的英文说法；以及逐字直译成中文的英文口号。",
    },
    messages: {
      literal: {
        en: "“{{excerpt}}” is {{label}}. Say “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”是{{label}}。建议改为“{{suggestion}}”。",
      },
      literalRephrase: {
        en: "“{{excerpt}}” is {{label}}. Rephrase it in idiomatic English.",
        "zh-CN": "“{{excerpt}}”是{{label}}。请改用地道的英文表达。",
      },
    },
  },
  list: TRANSLATION,
  messageId: (entry) => (entry.suggest ? "literal" : "literalRephrase"),
});
