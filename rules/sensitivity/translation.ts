import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./translation.json" with { type: "json" };

export const TRANSLATION = ContextListSchema.parse(data);

/**
 * Translation traps (issue 10): Chinese marketing idioms rendered word for word into English
 * (跳楼价 "jump-off-building price", 秒杀 "seckill", 剁手 "chop off hands"), which English readers
 * take as suicide, killing, violence or innuendo, with the idiomatic English as the suggestion; and
 * English marketing idioms rendered word for word into the languages brands localise into
 * (Chinese, Spanish, French, German: "a piece of cake", "get one free", "more bang for your buck",
 * "killer deals", "fly in leather"), each with the language's own idiom. The market of the post
 * decides: the English renderings count in English posts only, so 秒杀 in a Chinese post is
 * ordinary; the other languages' calques are their own words, and the words in their literal sense
 * (a real slice of cake, a leather bag) are left alone.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/translation",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Chinese marketing idioms translated word for word into English that read as suicide, killing, violence or innuendo (\"jump-off-building price\", \"seckill\", \"chop off hands\"), with the idiomatic English; and English slogans and marketing idioms rendered literally into Chinese, Spanish, French or German (\"a piece of cake\", \"killer deals\", \"fly in leather\"), with the language's own idiom.",
      "zh-CN": "逐字直译成英文的中文营销用语，英文读者会读出自杀、杀戮、暴力或性暗示（“跳楼价”“秒杀”“剁手”），并给出地道的英文说法；以及逐字直译成中文、西班牙语、法语或德语的英文口号和营销习语（“a piece of cake”“killer deals”“fly in leather”），并给出该语言地道的说法。",
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
