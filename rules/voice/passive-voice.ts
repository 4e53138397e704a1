import { defineRule, noOptions } from "../../lib/engine/rule.ts";

/** Passive constructions hide who acted ("mistakes were made"); off unless the team's voice wants it. */
export default defineRule({
  meta: {
    id: "voice/passive-voice",
    category: "voice",
    severity: "info",
    description: {
      en: "Passive voice, which hides who did what (“mistakes were made”).",
      "zh-CN": "被动语态会掩盖行为主体（如“错误已经发生”）。",
    },
    messages: {
      passive: {
        en: "“{{excerpt}}” is passive: say who did it.",
        "zh-CN": "“{{excerpt}}”是被动语态：请说明行为主体。",
      },
    },
    options: noOptions,
    nlp: true,
    off: true,
  },
  check({ sentences, report }) {
    for (const s of sentences()) {
      for (const p of s.facts.passive) {
        report({ messageId: "passive", data: { excerpt: p.text }, start: s.start + p.start, end: s.start + p.end });
      }
    }
  },
});
