/**
 * The calendar kind (STYLE.md, "data over code"): recurring days, each with a window around it,
 * terms that refer to it, and whether it is a day of mourning. Both the team's dates
 * (`dates/calendar`) and the built-in calendar (`dates/sensitive-days`) are this kind, so the
 * window, the matching near the date and the solemn-day promotion check live here once.
 *
 * Cost per keystroke: one local-date lookup and a cached list of the days in their window; on most
 * days of the year that list is empty and the rule returns without reading its hits or the post's
 * register (whose promotional patterns say whether a post sells).
 */
import type { Stance } from "../reading.ts";
import type { CheckContext, Hit, Prepared, TermSpec } from "../rule.ts";
import { insideOneOf, onePerSpan } from "../spans.ts";
import { daysFromAnniversary, localDay, type LocalDay } from "../time.ts";
import { SEVERITY_RANK, type Locale, type LocalizedText, type Severity } from "../types.ts";

export interface CalendarDay {
  id: string;
  title: string | LocalizedText;
  /** `MM-DD`, or a weekday of a month (`last-mon-05`); see lib/engine/time.ts. */
  on: string;
  before?: number | undefined;
  after?: number | undefined;
  /** Terms that refer to the day; a day without terms is reported once per post in its window. */
  terms?: readonly string[] | undefined;
  /** Ordinary phrases containing a term ("never forget to"): a hit inside one is not reported. */
  safe?: readonly string[] | undefined;
  severity: Severity;
  guidance?: string | LocalizedText | undefined;
  /** A day of mourning: a promotional post in the window is blocked. */
  solemn?: boolean | undefined;
  /** `on` only approximates the day (a solar term): messages say "around now", not "yesterday". */
  approximate?: boolean | undefined;
  /**
   * Severity of a term in a post that does not sell: a sincere International Women's Day spotlight
   * is a reminder (`info`); the day's `severity` applies when the same post promotes something.
   * Absent: every reference has the day's severity.
   */
  mention?: Severity | undefined;
  /**
   * Where a day of mourning is observed: a promotion is blocked only in a post published in one of
   * these time zones ("Asia/Shanghai", or a prefix ending in "/" such as "Australia/") or written in
   * one of these scripts ("Han"). Absent: everywhere. A reference to the day is reported anywhere.
   */
  markets?: { timeZones: readonly string[]; scripts?: readonly string[] | undefined } | undefined;
  /**
   * The whole day, its terms included, applies only in `markets`: a date that is risky in one
   * market and ordinary elsewhere (4 June for a mainland Chinese audience, where "6.4" and a
   * candle are censored; elsewhere "6.4" is a version number).
   */
  marketOnly?: boolean | undefined;
}

/** A term of the day at index `day`, or (`safe`) an ordinary phrase that shields one. */
export interface DayKey {
  day: number;
  safe: boolean;
}
/** A hit key: a day's term or safe phrase. */
export type CalendarKey = DayKey;

export interface CalendarState {
  days: readonly CalendarDay[];
  /** The days in their window on the last local day checked: a post is checked per keystroke. */
  memo: { key: number; near: Near[] } | undefined;
}

interface Near {
  day: number;
  /** Days from the day's occurrence: -1 is the day before. */
  diff: number;
}

/**
 * Message ids of the rule. Every message gets {{title}}; {{when}}, the `MM-DD` of this year's
 * occurrence; and {{relative}}, how far the day is from the publish date, in the message's
 * language: "is today", "is in 2 days", "was yesterday" ("falls around now" for an approximate
 * day) in English; "今天", "2天后", "昨天" ("近日") in Chinese. Messages about a term or a
 * promotional term also get {{excerpt}}.
 */
export interface CalendarMessages {
  /** A term of a day in its window. */
  term: string;
  /** A day without terms in its window, once per post. */
  near?: string;
  /** A promotional term in the window of a solemn day. */
  promotion: string;
  /** A term of a day with a `mention` severity, in a post that also promotes ({{promotion}}). */
  sells?: string;
  /** A term of a day in a respectful post (a remembrance, a closure, a donation). */
  respectful?: string;
}

/**
 * The severity of a reference to a day, by what the post does with it (lib/engine/reading.ts):
 * a remembrance, a closure or a donation is a note; on a day of mourning a joke or a sale is
 * blocked; a day with a `mention` severity (a celebration such as International Women's Day)
 * keeps it unless the post sells, when the day's severity applies.
 */
function daySeverity(d: CalendarDay, stance: Stance, sells: boolean): Severity {
  if (stance === "respectful") return "info";
  if (d.solemn && (stance === "mocking" || stance === "exploiting")) return "block";
  if (d.mention !== undefined) return sells || stance === "mocking" ? d.severity : d.mention;
  return d.severity;
}

const isDayHit = (h: Hit<unknown>): h is Hit<DayKey> => typeof h.key === "object" && h.key !== null && "day" in h.key;

/** The terms of the days. Runs at compile time. */
export function prepareCalendar(days: readonly CalendarDay[]): Prepared<CalendarState, CalendarKey> {
  const terms: TermSpec<CalendarKey>[] = [];
  days.forEach((d, day) => {
    const termKey: DayKey = { day, safe: false };
    const safeKey: DayKey = { day, safe: true };
    for (const term of d.terms ?? []) terms.push({ term, key: termKey });
    for (const term of d.safe ?? []) terms.push({ term, key: safeKey });
  });
  return { terms, state: { days, memo: undefined } };
}

let lastLocal: { ms: number; timeZone: string; day: LocalDay } | undefined;

/** Both calendar rules read the same publish time in one analysis: format it once. */
function localDayOf(at: Date, timeZone: string): LocalDay {
  const ms = at.getTime();
  if (lastLocal?.ms === ms && lastLocal.timeZone === timeZone) return lastLocal.day;
  const day = localDay(at, timeZone);
  lastLocal = { ms, timeZone, day };
  return day;
}

/** The days whose window holds `local`, cached for that local day. */
export function daysNear(state: CalendarState, local: LocalDay): Near[] {
  const key = local.year * 10_000 + local.month * 100 + local.day;
  if (state.memo?.key === key) return state.memo.near;
  const near: Near[] = [];
  state.days.forEach((d, day) => {
    const diff = daysFromAnniversary(local, d.on);
    if (diff >= -(d.before ?? 0) && diff <= (d.after ?? 0)) near.push({ day, diff });
  });
  state.memo = { key, near };
  return near;
}

function localized(text: string | LocalizedText, locale: Locale): string;
function localized(text: string | LocalizedText | undefined, locale: Locale): string | undefined;
function localized(text: string | LocalizedText | undefined, locale: Locale): string | undefined {
  return typeof text === "object" ? text[locale] : text;
}

/** `MM-DD` of the occurrence `diff` days before `local`: a movable day shows its date this year. */
function occurrence(local: LocalDay, diff: number): string {
  const d = new Date(Date.UTC(local.year, local.month - 1, local.day - diff));
  return `${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function relativeDay(diff: number, approximate: boolean, locale: Locale): string {
  if (approximate) return locale === "zh-CN" ? "近日" : "falls around now";
  if (locale === "zh-CN") {
    if (diff === 0) return "今天";
    if (diff === -1) return "明天";
    if (diff === 1) return "昨天";
    return diff < 0 ? `${-diff}天后` : `${diff}天前`;
  }
  if (diff === 0) return "is today";
  if (diff === -1) return "is tomorrow";
  if (diff === 1) return "was yesterday";
  return diff < 0 ? `is in ${-diff} days` : `was ${diff} days ago`;
}

/** Reports a calendar rule's findings (see `CalendarMessages`) and returns the terms it reported on. */
export function checkCalendar(ctx: CheckContext<unknown, CalendarState, unknown>, messages: CalendarMessages): readonly { start: number; end: number }[] {
  const { state, context, text, report } = ctx;
  if (state.days.length === 0) return [];
  const local = localDayOf(context.at, context.timeZone);
  const near = daysNear(state, local).filter((n) => !state.days[n.day]!.marketOnly || inMarket(state.days[n.day]!, context.timeZone, text));
  if (near.length === 0) return [];

  const { days } = state;
  const locale = context.locale;
  const inWindow = new Map(near.map((n) => [n.day, n]));
  const about = (day: number) => {
    const d = days[day]!;
    const guidance = localized(d.guidance, locale);
    const { diff } = inWindow.get(day)!;
    return {
      title: localized(d.title, locale),
      when: occurrence(local, diff),
      relative: relativeDay(diff, d.approximate === true, locale),
      severity: d.severity,
      ...(guidance ? { guidance } : {}),
    };
  };

  const needsHits = near.some((n) => (days[n.day]!.terms?.length ?? 0) > 0 || days[n.day]!.solemn);
  const hits = needsHits ? ctx.hits : [];
  const safe: Hit<DayKey>[] = [];
  const dayHits: Hit<DayKey>[] = [];
  for (const h of hits) {
    // A rule may hold terms of its own beside the days'.
    if (!isDayHit(h) || !inWindow.has(h.key.day)) continue;
    if (h.key.safe) safe.push(h);
    else dayHits.push(h);
  }
  const sellingMatters = dayHits.length > 0 || near.some((n) => days[n.day]!.solemn);
  const promoHits = sellingMatters ? ctx.register.cues().filter((c) => c.register === "promotion") : [];

  const reportable = dayHits.filter((h) => !safe.some((s) => s.start <= h.start && h.end <= s.end));
  const dayTerms = onePerSpan(reportable, (k) => SEVERITY_RANK[days[k.day]!.severity]);
  // What the post does with the day, leaving out the day's own words: "Memorial Day *sale*"
  // sells, but the "day" of "Women's Day" does not (lib/engine/reading.ts).
  // A cue inside a day's term is the day's own word; one that holds the term ("6.4折") still sells.
  const own = insideOneOf(dayTerms);
  const stance = dayTerms.length > 0 ? ctx.register.stance(own) : "neutral";
  const selling = promoHits.find((p) => !own(p));
  for (const hit of dayTerms) {
    const d = days[hit.key.day]!;
    const { title, when, relative, severity, ...guidance } = about(hit.key.day);
    const sells = d.mention !== undefined && selling !== undefined;
    report({
      messageId: sells && messages.sells ? messages.sells : stance === "respectful" && messages.respectful ? messages.respectful : messages.term,
      data: { excerpt: text.slice(hit.start, hit.end), title, when, relative, ...(sells ? { promotion: text.slice(selling.start, selling.end) } : {}) },
      start: hit.start,
      end: hit.end,
      severity: daySeverity(d, stance, sells),
      refers: { kind: "solemn-day", label: title },
      ...guidance,
    });
  }

  if (messages.near) {
    for (const n of near) {
      if ((days[n.day]!.terms?.length ?? 0) > 0) continue;
      const { title, when, relative, severity, ...guidance } = about(n.day);
      report({ messageId: messages.near, data: { title, when, relative }, start: 0, end: 0, severity, ...guidance });
    }
  }

  // The first solemn day in its window, observed where the post goes out, names the day.
  const solemn = near.find((n) => days[n.day]!.solemn && inMarket(days[n.day]!, context.timeZone, text));
  if (!solemn || promoHits.length === 0) return dayTerms;
  const { title, when, relative, ...guidance } = about(solemn.day);
  for (const hit of promoHits) {
    report({
      messageId: messages.promotion,
      data: { excerpt: text.slice(hit.start, hit.end), title, when, relative },
      start: hit.start,
      end: hit.end,
      ...guidance,
      severity: "block",
    });
  }
  return dayTerms;
}

const SCRIPT_TESTS = new Map<string, RegExp>();

/** Whether a post published in `timeZone` with this text is in a market of the day (see `markets`). */
export function inMarket(day: Pick<CalendarDay, "markets">, timeZone: string, text: string): boolean {
  const markets = day.markets;
  if (!markets) return true;
  if (markets.timeZones.some((z) => (z.endsWith("/") ? timeZone.startsWith(z) : timeZone === z))) return true;
  return (markets.scripts ?? []).some((script) => {
    let re = SCRIPT_TESTS.get(script);
    if (!re) SCRIPT_TESTS.set(script, (re = new RegExp(`\\p{Script=${script}}`, "u")));
    return re.test(text);
  });
}
