/**
 * The days a post names itself ("on Sunday 20 September", "from 5 November", "on the 8th",
 * "9月20日", "周日", "tomorrow"), as civil day numbers, resolved against the publish date. A
 * greeting in a post that dates the day it greets is said ahead of time on purpose (a closing
 * notice, an order deadline): dates/observances asks this only for a greeting outside its window,
 * so the regular expressions run for a handful of posts, never per keystroke of an ordinary one.
 */
import { dateOf, dayNumber, type DayNumber } from "./observance-dates.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const ZH_WEEKDAYS = "日一二三四五六";

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** "20 September", "20th of Sept." */
const DAY_MONTH = new RegExp(String.raw`\b${DAY}(?: of)? ${MONTH}(?![a-z])`, "gi");
/** "September 20", "Nov. 8th" */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH} ${DAY}\b`, "gi");
/** "on the 8th": the next 8th of a month. */
const ORDINAL_DAY = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/gi;
/** Whole weekday names only: "sat" and "wed" are words too. */
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;
const TOMORROW = /\btomorrow\b/i;
/** "9月20日", "11月8号" */
const ZH_MONTH_DAY = /(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/g;
const ZH_WEEKDAY = /(?:周|星期|礼拜)([日天一二三四五六])/g;
const ZH_RELATIVE = /(明天|明晚|后天)/g;
const ZH_OFFSET: Record<string, number> = { 明天: 1, 明晚: 1, 后天: 2 };

/** The day a month and day fall on nearest to `today` (this year, last year or next). */
function nearestMonthDay(today: DayNumber, month: number, day: number): DayNumber | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const { year } = dateOf(today);
  let best: DayNumber | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const d = dayNumber(y, month, day);
    if (dateOf(d).day !== day) continue;
    if (best === undefined || Math.abs(d - today) < Math.abs(best - today)) best = d;
  }
  return best;
}

/** The next `day` of a month, on or after `today`. */
function nextDayOfMonth(today: DayNumber, day: number): DayNumber | undefined {
  if (day < 1 || day > 31) return undefined;
  const { year, month } = dateOf(today);
  for (let m = month; m <= month + 2; m++) {
    const d = dayNumber(year + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1, day);
    if (dateOf(d).day === day && d >= today) return d;
  }
  return undefined;
}

/** The next weekday (0 is Sunday), today included. */
function nextWeekday(today: DayNumber, weekday: number): DayNumber {
  // Day 0 (1970-01-01) was a Thursday.
  const current = (today + 4) % 7;
  return today + ((weekday - current + 7) % 7);
}

/** Every day `text` names, resolved against `today` (the publish date where the post goes out). */
export function datesInText(text: string, today: DayNumber): DayNumber[] {
  const out: DayNumber[] = [];
  const push = (d: DayNumber | undefined) => {
    if (d !== undefined) out.push(d);
  };
  const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  for (const m of text.matchAll(DAY_MONTH)) push(nearestMonthDay(today, monthOf(m[2]!), Number(m[1])));
  for (const m of text.matchAll(MONTH_DAY)) push(nearestMonthDay(today, monthOf(m[1]!), Number(m[2])));
  for (const m of text.matchAll(ORDINAL_DAY)) push(nextDayOfMonth(today, Number(m[1])));
  for (const m of text.matchAll(WEEKDAY)) push(nextWeekday(today, WEEKDAYS.indexOf(m[1]!.slice(0, 3).toLowerCase())));
  if (TOMORROW.test(text)) push(today + 1);
  for (const m of text.matchAll(ZH_MONTH_DAY)) push(nearestMonthDay(today, Number(m[1]), Number(m[2])));
  for (const m of text.matchAll(ZH_WEEKDAY)) push(nextWeekday(today, m[1] === "天" ? 0 : ZH_WEEKDAYS.indexOf(m[1]!)));
  for (const m of text.matchAll(ZH_RELATIVE)) push(today + ZH_OFFSET[m[1]!]!);
  return out;
}
