import { z } from "zod";
import { checkCalendar, prepareCalendar, type CalendarKey, type CalendarState } from "../../lib/engine/kinds/calendar.ts";
import { ContextListSchema, contextListTerms, contextMatches, type ContextKey } from "../../lib/engine/kinds/context-list.ts";
import { defineRule } from "../../lib/engine/rule.ts";
import { isDayOfYear } from "../../lib/engine/time.ts";
import { SEVERITIES } from "../../lib/engine/types.ts";
import commodifiedData from "./commodified.json" with { type: "json" };
import data from "./sensitive-days.json" with { type: "json" };

/** Days turned into a product (a Juneteenth flavour), whatever the date: products are made weeks ahead. */
export const COMMODIFIED = ContextListSchema.parse(commodifiedData);
const COMMODIFIED_LIST = "commodified";

const Localized = z.strictObject({ en: z.string().trim().min(1), "zh-CN": z.string().trim().min(1) });
const Window = z.number().int().min(0).max(60).optional();

export const SensitiveDaySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: Localized,
  on: z.string().refine(isDayOfYear, "expected MM-DD or a weekday of a month such as last-mon-05"),
  before: Window,
  after: Window,
  /** References to the day's event and its hashtags, never ordinary words. */
  terms: z.array(z.string().min(1)).min(1),
  /** Ordinary phrases containing a term ("never forget to"): a hit inside one is not reported. */
  safe: z.array(z.string().min(1)).optional(),
  severity: z.enum(SEVERITIES),
  /** A day of mourning: a promotional post on it is blocked. */
  solemn: z.boolean(),
  /** `on` approximates a day time.ts cannot compute (a solar term); the note says how. */
  approximate: z.boolean().optional(),
  /** Severity of a reference in a post that does not sell (a sincere IWD post is a reminder). */
  mention: z.enum(SEVERITIES).optional(),
  /** Where a day of mourning is observed: its promotions are blocked only there (see calendar.ts). */
  markets: z
    .strictObject({
      timeZones: z.array(z.string().regex(/^[A-Za-z_]+(?:\/[A-Za-z_]*)*$/)).min(1),
      scripts: z.array(z.enum(["Han", "Hiragana", "Katakana", "Hangul"])).optional(),
    })
    .optional(),
  /** The day, terms included, applies only in `markets` (see calendar.ts). */
  marketOnly: z.boolean().optional(),
  guidance: Localized,
  /** Where the day is observed, so that an admin can decide which days to skip. */
  observed: z.string().trim().min(1),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});

export const SensitiveDaysSchema = z.strictObject({
  about: z.string().trim().min(1),
  days: z.array(SensitiveDaySchema).min(1),
  /** Days considered and left out, with the reason. */
  omitted: z.array(z.strictObject({ title: z.string().trim().min(1), reason: z.string().trim().min(1) })),
});

export type SensitiveDay = z.infer<typeof SensitiveDaySchema>;

export const SENSITIVE_DAYS: readonly SensitiveDay[] = SensitiveDaysSchema.parse(data).days;
const IDS = SENSITIVE_DAYS.map((d) => d.id) as [string, ...string[]];

const Options = z.strictObject({
  /** Built-in days to leave out, by id (for example `["remembrance-sunday"]` for a brand not in the UK). */
  skip: z.array(z.enum(IDS, { message: `expected a built-in day: ${IDS.join(", ")}` })).default([]),
});
type OptionsT = z.infer<typeof Options>;

/**
 * The built-in calendar of recurring sensitive days (sensitive-days.json): a post that refers to a
 * day near it is flagged (on a day of celebration a sincere mention is only a reminder, and a
 * mention that sells warns), and on a day of mourning a promotional post is blocked where the day
 * is observed. A team date with
 * the same id as a built-in day replaces it (the team's version is reported by dates/calendar), so
 * an admin can change a day's window, terms or severity without switching this rule off.
 */
export default defineRule<OptionsT, CalendarState, CalendarKey | ContextKey>({
  meta: {
    id: "dates/sensitive-days",
    category: "dates",
    severity: "warn",
    description: {
      en: "Posts that refer to a widely observed sensitive day (9/11, Holocaust Remembrance Day, Anzac Day, …) near it, and promotional posts on days of mourning.",
      "zh-CN": "在广泛纪念的敏感日（九一一、国际大屠杀纪念日、澳新军团日等）前后提及该纪念日的帖子，以及在哀悼日发布的推广帖。",
    },
    messages: {
      commodified: {
        en: "“{{excerpt}}” is {{label}}: rethink the product or the copy.",
        "zh-CN": "“{{excerpt}}”属于{{label}}，请重新考虑这个产品或文案。",
      },
      dateRespectful: {
        en: "“{{excerpt}}” refers to {{title}}, which {{relative}}, and the post reads as respectful: check the tone before posting.",
        "zh-CN": "“{{excerpt}}”涉及{{title}}（{{relative}}），帖子语气得体：发布前请再斟酌措辞。",
      },
      dateTerm: {
        en: "“{{excerpt}}” refers to {{title}}, which {{relative}}: make sure the post treats it with care.",
        "zh-CN": "“{{excerpt}}”涉及{{title}}（{{relative}}），请确认此帖的内容和语气得体。",
      },
      solemnPromotion: {
        en: "“{{excerpt}}” is promotional, and {{title}}, a day of mourning, {{relative}}.",
        "zh-CN": "“{{excerpt}}”属于推广内容，而{{relative}}是{{title}}，是哀悼的日子，不宜发布推广。",
      },
      dateSells: {
        en: "“{{excerpt}}” ties {{title}}, which {{relative}}, to a promotion (“{{promotion}}”): don't use the day to sell.",
        "zh-CN": "“{{excerpt}}”把{{title}}（{{relative}}）与推广内容（“{{promotion}}”）联系在一起：不要借这一天卖货。",
      },
    },
    options: Options as unknown as z.ZodType<OptionsT>,
  },
  prepare({ ruleSet, options }) {
    const team = new Set((ruleSet.dates ?? []).map((d) => d.id));
    const calendar = prepareCalendar(SENSITIVE_DAYS.filter((d) => !team.has(d.id) && !options.skip.includes(d.id)));
    return { ...calendar, terms: [...(calendar.terms ?? []), ...contextListTerms(COMMODIFIED, [], COMMODIFIED_LIST)] };
  },
  check(ctx) {
    const reported = checkCalendar(ctx, { term: "dateTerm", respectful: "dateRespectful", promotion: "solemnPromotion", sells: "dateSells" });
    // Near the day, the calendar has said it already ("Juneteenth sale" sells the day).
    for (const m of contextMatches(COMMODIFIED, ctx, COMMODIFIED_LIST)) {
      if (reported.some((r) => r.start < m.end && m.start < r.end)) continue;
      const label = m.entry.label[ctx.context.locale];
      ctx.report({
        messageId: "commodified",
        data: { excerpt: ctx.text.slice(m.start, m.end), label },
        start: m.start,
        end: m.end,
        severity: m.severity,
        guidance: m.entry.note,
        refers: { kind: "solemn-day", label },
      });
    }
  },
});
