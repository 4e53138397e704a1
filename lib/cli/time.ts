/**
 * Publish times as people write them. Content calendars exported from spreadsheets rarely carry a
 * UTC offset, so a time without one is read as local time in the `--tz` zone.
 */
import { localTimeToInstant } from "../engine/local-time.ts";
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
  return localTimeToInstant(
    { year: Number(y), month: Number(mo) - 1, day: Number(d), hour: Number(h), minute: Number(mi), second: Number(sec) },
    timeZone,
  );
}
