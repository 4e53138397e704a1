import { checkCalendar, prepareCalendar, type CalendarKey, type CalendarState } from "../../lib/engine/kinds/calendar.ts";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";

/**
 * The team's sensitive dates, on the publish time's local date. A date with terms flags posts that
 * use them near the date; a date without terms reminds the author of the day on every post; on a
 * `solemn` date (a day of mourning) a promotional post is blocked. The built-in calendar is
 * dates/sensitive-days; a team date with the same id replaces the built-in day.
 */
export default defineRule<Record<string, never>, CalendarState, CalendarKey>({
  meta: {
    id: "dates/calendar",
    category: "dates",
    severity: "warn",
    description: {
      en: "Posts published near a sensitive date the team listed, or that use its terms near the date; promotional posts on the team's days of mourning.",
      "zh-CN": "在团队列出的敏感日期前后发布的帖子，或在该日期前后使用相关词语的帖子；以及在团队标记的哀悼日发布的推广帖。",
    },
    messages: {
      dateRespectful: {
        en: "“{{excerpt}}” refers to {{title}}, which {{relative}}, and the post reads as respectful: check the tone before posting.",
        "zh-CN": "“{{excerpt}}”涉及{{title}}（{{relative}}），帖子语气得体：发布前请再斟酌措辞。",
      },
      dateTerm: {
        en: "“{{excerpt}}” is close to {{title}} ({{when}}).",
        "zh-CN": "“{{excerpt}}”临近{{title}}（{{when}}）。",
      },
      dateNear: {
        en: "This post goes out near {{title}} ({{when}}): check its tone.",
        "zh-CN": "此帖的发布时间临近{{title}}（{{when}}），请检查语气是否合适。",
      },
      solemnPromotion: {
        en: "“{{excerpt}}” is promotional, and {{title}}, a day of mourning, {{relative}}.",
        "zh-CN": "“{{excerpt}}”属于推广内容，而{{relative}}是{{title}}，是哀悼的日子，不宜发布推广。",
      },
    },
    options: noOptions,
  },
  prepare: ({ ruleSet }) => prepareCalendar(ruleSet.dates ?? []),
  check: (ctx) => checkCalendar(ctx, { term: "dateTerm", respectful: "dateRespectful", near: "dateNear", promotion: "solemnPromotion" }),
});
