import { defineRule, noOptions, type Hit } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { SEVERITY_RANK } from "../../lib/engine/types.ts";

/** The team's current events, matched only inside their time window. */
export default defineRule<Record<string, never>, undefined, number>({
  meta: {
    id: "events/match",
    category: "events",
    severity: "warn",
    description: {
      en: "Mentions of the current events the team listed (a storm, a shooting, a death), inside each event's time window.",
      "zh-CN": "在事件的时间窗口内，提及团队列出的当前事件（风暴、枪击、逝世等）。",
    },
    messages: {
      event: {
        en: "“{{excerpt}}” refers to a current event: {{title}}.",
        "zh-CN": "“{{excerpt}}”涉及当前事件：{{title}}。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    return { terms: (ruleSet.events ?? []).flatMap((event, i) => event.terms.map((term) => ({ term, key: i }))) };
  },
  check({ hits, ruleSet, context, text, report }) {
    const now = context.at.getTime();
    const inWindow = (h: Hit<number>) => {
      const e = ruleSet.events?.[h.key];
      return !!e && Date.parse(e.from) <= now && (!e.until || now < Date.parse(e.until));
    };
    for (const hit of onePerSpan(hits.filter(inWindow), (i) => SEVERITY_RANK[ruleSet.events![i]!.severity])) {
      const event = ruleSet.events![hit.key]!;
      report({
        messageId: "event",
        data: { excerpt: text.slice(hit.start, hit.end), title: event.title },
        start: hit.start,
        end: hit.end,
        severity: event.severity,
        ...(event.guidance ? { guidance: event.guidance } : {}),
      });
    }
  },
});
