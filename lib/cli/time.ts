/**
 * Publish times as people write them. Content calendars exported from spreadsheets rarely carry a
 * UTC offset, so a time without one is read as local time in the `--tz` zone.
 */
import { isIsoInstant } from "../ruleset/schema.ts";

export const PUBLISH_TIME_HINT =
  "expected an ISO 8601 time such as 2026-11-24T09:00:00Z, or a local 2026-11-24 09:00 or 2026-11-24 in the --tz zone";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The instant of a publish time, or undefined when it cannot be read. A date alone is its start. */
export function parsePublishTime(value: string, timeZone: string): Date | undefined {
  const s = value.trim();
  if (isIsoInstant(s)) return new Date(s);
  const m = LOCAL.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h = "00", mi = "00", sec = "00"] = m.slice(1);
  // isIsoInstant checks the calendar (no February 30th, no hour 24) for the same fields.
  if (!isIsoInstant(`${y}-${mo}-${d}T${h}:${mi}:${sec}Z`)) return undefined;
  return zonedTimeToInstant(utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec)), timeZone);
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
