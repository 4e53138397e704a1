/** Calendar arithmetic on the publish time's local date, in the context's time zone. */

export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const lastDays = new Map<string, { minute: number; day: LocalDay }>();

/**
 * The publish time's date in `timeZone`. Every zone's offset is a whole number of minutes, so the
 * date cannot change within a minute: the last answer per zone is kept (formatToParts costs ~5 µs).
 */
export function localDay(at: Date, timeZone: string): LocalDay {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  const day = computeLocalDay(at, timeZone);
  if (lastDays.size > 100) lastDays.clear();
  lastDays.set(timeZone, { minute, day });
  return day;
}

function computeLocalDay(at: Date, timeZone: string): LocalDay {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts["year"] ?? 1970, month: parts["month"] ?? 1, day: parts["day"] ?? 1 };
}

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const FIXED_DAY = /^(\d{2})-(\d{2})$/;
/** `4-thu-11`: the fourth Thursday of November; `last-mon-05`: the last Monday of May. */
const MOVABLE_DAY = /^([1-5]|last)-(sun|mon|tue|wed|thu|fri|sat)-(\d{2})$/;

/** Whether `on` names a day of the year: `MM-DD`, or a weekday of a month (`last-mon-05`). */
export function isDayOfYear(on: string): boolean {
  const fixed = FIXED_DAY.exec(on);
  if (fixed) {
    const month = Number(fixed[1]);
    const day = Number(fixed[2]);
    // A leap year, so that 02-29 is a valid day of the calendar.
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
  }
  const movable = MOVABLE_DAY.exec(on);
  const month = Number(movable?.[3]);
  return movable !== null && month >= 1 && month <= 12;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month and day `on` falls on in `year`. February 29 falls on February 28 in other years. */
export function dayInYear(on: string, year: number): { month: number; day: number } {
  const fixed = FIXED_DAY.exec(on);
  if (fixed) {
    const month = Number(fixed[1]);
    return { month, day: Math.min(Number(fixed[2]), daysInMonth(year, month)) };
  }
  const [, nth = "1", weekday = "mon", mm = "01"] = MOVABLE_DAY.exec(on) ?? [];
  const month = Number(mm);
  const target = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
  const length = daysInMonth(year, month);
  if (nth === "last") {
    const lastWeekday = new Date(Date.UTC(year, month - 1, length)).getUTCDay();
    return { month, day: length - ((lastWeekday - target + 7) % 7) };
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((target - firstWeekday + 7) % 7) + 7 * (Number(nth) - 1);
  // A fifth weekday that a month lacks falls back to its last one.
  return { month, day: day <= length ? day : day - 7 };
}

/**
 * Signed days from the nearest yearly occurrence of `on` to `local`: -2 is two days before, 0 the
 * day itself.
 */
export function daysFromAnniversary(local: LocalDay, on: string): number {
  const today = dayNumber(local.year, local.month, local.day);
  let best = Number.POSITIVE_INFINITY;
  for (const year of [local.year - 1, local.year, local.year + 1]) {
    const { month, day } = dayInYear(on, year);
    const diff = today - dayNumber(year, month, day);
    if (Math.abs(diff) < Math.abs(best)) best = diff;
  }
  return best;
}

/** Whether `local` lies within `before` days ahead of and `after` days past the anniversary. */
export function inDateWindow(local: LocalDay, on: string, before = 0, after = 0): boolean {
  const diff = daysFromAnniversary(local, on);
  return diff >= -before && diff <= after;
}
