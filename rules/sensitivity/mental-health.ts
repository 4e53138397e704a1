import { ContextListSchema, contextListRule } from "../../lib/engine/kinds/context-list.ts";
import data from "./mental-health.json" with { type: "json" };

export const MENTAL_HEALTH = ContextListSchema.parse(data);

/**
 * Mental illness as a pun, an adjective, an insult or a costume (a diagnosis for indecision too), a
 * product sold as its cure, the illness waved away as unreal, and suicide or self-harm made light
 * of (a way of dying said of oneself as a groan), judged by the post's stance: a joke or a sale
 * blocks, a bare use warns, an awareness post is left alone. The casual adjectives
 * sensitivity/inclusive notes ("so OCD", "psycho") stay its note unless the post jokes or sells
 * with them: then this rule's block replaces the note on the same words. "Suicide" next to a
 * product replaces sensitivity/tragedy's finding on the word.
 */
export default contextListRule({
  meta: {
    id: "sensitivity/mental-health",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Mental illness used as a pun, an adjective, an insult or a costume, and suicide or self-harm made light of; awareness posts are left alone.",
      "zh-CN": "把精神疾病当作双关、形容词、骂人的话或戏服，以及拿自杀或自残开玩笑；心理健康宣传帖不受影响。",
    },
    messages: {
      mentalHealth: {
        en: "“{{excerpt}}”: {{label}}. Many readers live with this; rephrase.",
        "zh-CN": "“{{excerpt}}”：{{label}}。很多读者正受其困扰，请换一种说法。",
      },
      mentalHealthWithSuggestion: {
        en: "“{{excerpt}}”: {{label}}. Many readers live with this; try “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”：{{label}}。很多读者正受其困扰，可改用“{{suggestion}}”。",
      },
    },
    supersedes: ["sensitivity/inclusive", "sensitivity/tragedy", "sensitivity/tragedy-promotion"],
  },
  list: MENTAL_HEALTH,
  messageId: (entry) => (entry.suggest ? "mentalHealthWithSuggestion" : "mentalHealth"),
});
