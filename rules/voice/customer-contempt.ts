import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./customer-contempt.json" with { type: "json" };

export const CUSTOMER_CONTEMPT = ContextListSchema.parse(data);

/**
 * A brand account mocking, insulting or ranting at its customers: names next to a word for
 * customers (block), and dismissals ("learn to read", "stop being broke", 爱买不买, 找找自己原因)
 * that warn, and block when the post laughs. Brand accounts only; an apology that quotes the
 * words is a note. Playful banter without an insult is not listed.
 */
export default contextListRule({
  meta: {
    id: "voice/customer-contempt",
    category: "voice",
    severity: "warn",
    description: {
      en: "A brand account mocking, insulting or ranting at its customers ('learn to read', 'you people', 'stop being broke', 穷就别买, 爱买不买).",
      "zh-CN": "品牌账号嘲讽、辱骂顾客或对顾客发泄不满（如“learn to read”“you people”“穷就别买”“爱买不买”）。",
    },
    messages: {
      contempt: {
        en: "“{{excerpt}}”: {{label}}. Answer the point, not the person; a screenshot of this outlives any argument.",
        "zh-CN": "“{{excerpt}}”：{{label}}。回应问题本身，不要针对人；这类回复一旦被截图，影响远超争论本身。",
      },
      contemptWithSuggestion: {
        en: "“{{excerpt}}”: {{label}}. Say “{{suggestion}}” and answer the point.",
        "zh-CN": "“{{excerpt}}”：{{label}}。可改用“{{suggestion}}”，并回应问题本身。",
      },
    },
    supersedes: ["sensitivity/profanity"],
  },
  list: CUSTOMER_CONTEMPT,
  messageId: (entry) => (entry.suggest ? "contemptWithSuggestion" : "contempt"),
});
