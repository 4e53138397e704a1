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

export function localDay(at: Date, timeZone: string): LocalDay {
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

/**
 * Signed days from the nearest yearly occurrence of `MM-DD` to `local`: -2 is two days before,
 * 0 the day itself. February 29 falls on February 28 in other years.
 */
export function daysFromAnniversary(local: LocalDay, monthDay: string): number {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  const today = dayNumber(local.year, local.month, local.day);
  let best = Number.POSITIVE_INFINITY;
  for (const year of [local.year - 1, local.year, local.year + 1]) {
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    const diff = today - dayNumber(year, month, d);
    if (Math.abs(diff) < Math.abs(best)) best = diff;
  }
  return best;
}

/** Whether `local` lies within `before` days ahead of and `after` days past the anniversary. */
export function inDateWindow(local: LocalDay, monthDay: string, before = 0, after = 0): boolean {
  const diff = daysFromAnniversary(local, monthDay);
  return diff >= -before && diff <= after;
}
