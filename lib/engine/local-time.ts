/**
 * Local wall-clock times to instants: a publish time written without an offset (`--at`, a content
 * calendar) and a plain day in a rule set are read in a named time zone.
 */

/** The instant of a local time in `timeZone`; the fields are as `Date.UTC` takes them (month 0-11). */
export function localTimeToInstant(
  fields: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(fields.year, fields.month, fields.day, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  const first = wall - offsetAt(wall, timeZone);
  // A second pass settles times near a daylight-saving change, where the offset itself moves.
  return new Date(wall - offsetAt(first, timeZone));
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    const numeric = "numeric" as const;
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
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
  for (const part of f.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  const local = Date.UTC(p["year"] ?? 1970, (p["month"] ?? 1) - 1, p["day"] ?? 1, p["hour"] ?? 0, p["minute"] ?? 0, p["second"] ?? 0);
  return local - (instant - (instant % 1000));
}
