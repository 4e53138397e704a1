/**
 * Local wall-clock times to instants: a publish time written without an offset (`--at`, a content
 * calendar) and a plain day in a rule set are read in a named time zone.
 */

/**
 * The instant of a local time in `timeZone`; the fields are as `Date.UTC` takes them (month 0-11).
 * In the hour that a change to summer time skips, the time moves forward by the gap; in the hour
 * that happens twice, the first is meant; years 0-99 stay themselves.
 */
export function localTimeToInstant(
  fields: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): Date {
  return zonedTimeToInstant(utc(fields.year, fields.month + 1, fields.day, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0), timeZone);
}

const PLAIN_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-12-05`: a real calendar day written without a time. */
export function isPlainDay(s: string): boolean {
  const m = PLAIN_DAY.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first instant of a plain day (`2026-12-05`) in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
  const m = PLAIN_DAY.exec(day);
  if (!m || !isPlainDay(day)) throw new RangeError(`not a day: ${day}`);
  return localTimeToInstant({ year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) }, timeZone);
}

/** Date.UTC, but years 0-99 stay themselves (Date.UTC reads them as 1900-1999). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

const DAY_MS = 86_400_000;

/**
 * `wall` is a local time written as if it were UTC; the answer is that local time's instant, as
 * calendars and Temporal's "compatible" choice read it: in the hour that a change to summer time
 * skips, the time moves forward by the length of the gap (02:30 becomes 03:30); in the hour that
 * happens twice, the first of the two is meant.
 */
function zonedTimeToInstant(wall: number, timeZone: string): Date {
  // The offsets in force a day before and a day after: the two sides of any change near `wall`.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const fits = [wall - before, wall - after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (fits.length > 0) return new Date(Math.min(...fits));
  // A gap: the offset from before the change, which lands after it.
  return new Date(wall - before);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    const numeric = "numeric" as const;
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  let bc = false;
  for (const part of f.formatToParts(new Date(instant))) {
    if (part.type === "era") bc = part.value === "BC";
    else p[part.type] = Number(part.value);
  }
  // Year 0 is "1 BC" to Intl.
  const year = bc ? 1 - (p["year"] ?? 1) : (p["year"] ?? 1970);
  const local = utc(year, p["month"] ?? 1, p["day"] ?? 1, p["hour"] ?? 0, p["minute"] ?? 0, p["second"] ?? 0);
  return local - (instant - (instant % 1000));
}
