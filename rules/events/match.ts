import { localText } from "../../lib/engine/i18n.ts";
import type { Stance } from "../../lib/engine/reading.ts";
import { defineRule, noOptions, type Hit } from "../../lib/engine/rule.ts";
import { overlapsSpans } from "../../lib/engine/kinds/term-list.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { SEVERITY_RANK, type Severity } from "../../lib/engine/types.ts";
import type { EventEntry } from "../../lib/ruleset/schema.ts";

/**
 * The team's current events, matched only inside their time window, and judged like every
 * tragedy by what the post does with them (lib/engine/reading.ts): a respectful notice (an
 * advisory, a donation, a condolence) is information, a bare mention at most a warning, a sale, a
 * launch or a joke the event's severity. An event with `mention: never` is a topic the brand must
 * not touch at all: every mention has its severity.
 */
export default defineRule<Record<string, never>, undefined, number>({
  meta: {
    id: "events/match",
    category: "events",
    severity: "warn",
    description: {
      en: "Mentions of the current events the team listed (a storm, a shooting, a death), inside each event's time window, judged by the post's tone.",
      "zh-CN": "在事件的时间窗口内，提及团队列出的当前事件（风暴、枪击、逝世等），并结合帖子的语气判断。",
    },
    messages: {
      event: {
        en: "“{{excerpt}}” refers to a current event: {{title}}.",
        "zh-CN": "“{{excerpt}}”涉及当前事件：{{title}}。",
      },
      eventRespectful: {
        en: "“{{excerpt}}” refers to a current event ({{title}}), and the post reads as respectful: check the tone with your team's guidance.",
        "zh-CN": "“{{excerpt}}”涉及当前事件（{{title}}），帖子语气得体：请对照团队指引再确认措辞。",
      },
      eventUsed: {
        en: "“{{excerpt}}” refers to a current event ({{title}}), and the post also {{does}} (“{{cue}}”).",
        "zh-CN": "“{{excerpt}}”涉及当前事件（{{title}}），而帖子同时在{{does}}（“{{cue}}”）。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    return { terms: (ruleSet.events ?? []).flatMap((event, i) => event.terms.map((term) => ({ term, key: i }))) };
  },
  check({ hits, ruleSet, context, text, report, register }) {
    const now = context.at.getTime();
    const inWindow = (h: Hit<number>) => {
      const e = ruleSet.events?.[h.key];
      return !!e && Date.parse(e.from) <= now && (!e.until || now < Date.parse(e.until));
    };
    const found = onePerSpan(hits.filter(inWindow), (i) => SEVERITY_RANK[ruleSet.events![i]!.severity]);
    if (found.length === 0) return;
    const own = overlapsSpans(found);
    const stance = register.stance(own);
    const cue = register.first(USING, own);
    for (const hit of found) {
      const event = ruleSet.events![hit.key]!;
      const title = localText(event.title, context.locale);
      const guidance = localText(event.guidance, context.locale);
      const severity = judged(event, stance);
      const used = (stance === "exploiting" || stance === "mocking") && cue !== undefined;
      report({
        messageId: event.mention === "never" ? "event" : stance === "respectful" ? "eventRespectful" : used ? "eventUsed" : "event",
        data: {
          excerpt: text.slice(hit.start, hit.end),
          title,
          ...(used ? { does: DOES[cue.register]![context.locale], cue: text.slice(cue.start, cue.end) } : {}),
        },
        start: hit.start,
        end: hit.end,
        severity,
        refers: { kind: "event", label: title },
        ...(guidance ? { guidance } : {}),
      });
    }
  },
});

const USING = new Set(["humour", "promotion", "launch", "hiring"] as const);

const DOES: Partial<Record<string, { en: string; "zh-CN": string }>> = {
  promotion: { en: "sells", "zh-CN": "推销" },
  launch: { en: "launches a product", "zh-CN": "发布新品" },
  hiring: { en: "recruits", "zh-CN": "招聘" },
  humour: { en: "jokes", "zh-CN": "开玩笑" },
};

/** The event's severity, by what the post does with it (see the rule's comment). */
function judged(event: EventEntry, stance: Stance): Severity {
  if (event.mention === "never") return event.severity;
  switch (stance) {
    case "respectful":
      return "info";
    case "exploiting":
    case "mocking":
      return event.severity;
    default:
      return SEVERITY_RANK[event.severity] > SEVERITY_RANK.warn ? "warn" : event.severity;
  }
}
