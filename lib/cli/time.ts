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
  return zonedTimeToInstant(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)), timeZone);
}

/** `wall` is a local time written as if it were UTC; the answer is that local time's instant. */
function zonedTimeToInstant(wall: number, timeZone: string): Date {
  const first = wall - offsetAt(wall, timeZone);
  // A second pass settles times near a daylight-saving change, where the offset itself moves.
  return new Date(wall - offsetAt(first, timeZone));
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
