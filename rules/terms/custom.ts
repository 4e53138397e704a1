import { localText } from "../../lib/engine/i18n.ts";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { SEVERITY_RANK } from "../../lib/engine/types.ts";

/** The team's own terms: banned words, preferred wording, each with its severity and suggestions. */
export default defineRule<Record<string, never>, undefined, number>({
  meta: {
    id: "terms/custom",
    category: "terms",
    severity: "warn",
    description: {
      en: "Terms the team listed, with their message and suggested replacements.",
      "zh-CN": "团队列出的词语，附带说明和建议的替换用词。",
    },
    messages: {
      term: {
        en: "“{{excerpt}}”: {{message}}",
        "zh-CN": "“{{excerpt}}”：{{message}}",
      },
      termDefault: {
        en: "“{{excerpt}}” is on the team's list of terms to avoid.",
        "zh-CN": "“{{excerpt}}”在团队的禁用词列表中。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    return { terms: (ruleSet.terms ?? []).flatMap((entry, i) => entry.match.map((term) => ({ term, key: i }))) };
  },
  check({ hits, ruleSet, text, report, context }) {
    for (const hit of onePerSpan(hits, (i) => SEVERITY_RANK[ruleSet.terms![i]!.severity])) {
      const entry = ruleSet.terms![hit.key]!;
      const excerpt = text.slice(hit.start, hit.end);
      report({
        messageId: entry.message ? "term" : "termDefault",
        data: { excerpt, message: localText(entry.message, context.locale) ?? "" },
        start: hit.start,
        end: hit.end,
        severity: entry.severity,
        ...(entry.suggest ? { suggestions: entry.suggest } : {}),
      });
    }
  },
});
