import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { SEVERITY_RANK } from "../../lib/engine/types.ts";
import { inDateWindow, localDay } from "../../lib/engine/time.ts";

/**
 * The team's sensitive dates, on the publish time's local date. A date with terms flags posts that
 * use them near the date; a date without terms reminds the author of the day on every post.
 */
export default defineRule<Record<string, never>, undefined, number>({
  meta: {
    id: "dates/calendar",
    category: "dates",
    severity: "warn",
    description: {
      en: "Posts published near a sensitive date the team listed, or that use its terms near the date.",
      "zh-CN": "在团队列出的敏感日期前后发布的帖子，或在该日期前后使用相关词语的帖子。",
    },
    messages: {
      dateTerm: {
        en: "“{{excerpt}}” is close to {{title}} ({{when}}).",
        "zh-CN": "“{{excerpt}}”临近{{title}}（{{when}}）。",
      },
      dateNear: {
        en: "This post goes out near {{title}} ({{when}}): check its tone.",
        "zh-CN": "此帖的发布时间临近{{title}}（{{when}}），请检查语气是否合适。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    return { terms: (ruleSet.dates ?? []).flatMap((date, i) => (date.terms ?? []).map((term) => ({ term, key: i }))) };
  },
  check({ hits, ruleSet, context, text, report }) {
    const dates = ruleSet.dates ?? [];
    if (dates.length === 0) return;
    const today = localDay(context.at, context.timeZone);
    const near = dates.map((d) => inDateWindow(today, d.on, d.before, d.after));
    for (const hit of onePerSpan(hits.filter((h) => near[h.key]), (i) => SEVERITY_RANK[dates[i]!.severity])) {
      const date = dates[hit.key]!;
      report({
        messageId: "dateTerm",
        data: { excerpt: text.slice(hit.start, hit.end), title: date.title, when: date.on },
        start: hit.start,
        end: hit.end,
        severity: date.severity,
        ...(date.guidance ? { guidance: date.guidance } : {}),
      });
    }
    dates.forEach((date, i) => {
      if (!near[i] || (date.terms && date.terms.length > 0)) return;
      report({
        messageId: "dateNear",
        data: { title: date.title, when: date.on },
        start: 0,
        end: 0,
        severity: date.severity,
        ...(date.guidance ? { guidance: date.guidance } : {}),
      });
    });
  },
});
