import { describe, expect, it } from "vitest";
import { dayInYear, daysFromAnniversary, inDateWindow, isDayOfYear, isTimeZone, localDay } from "../../lib/engine/time.ts";

describe("localDay", () => {
  it("reads the date in the given time zone", () => {
    const at = new Date("2026-09-11T02:00:00Z");
    expect(localDay(at, "UTC")).toEqual({ year: 2026, month: 9, day: 11 });
    expect(localDay(at, "America/New_York")).toEqual({ year: 2026, month: 9, day: 10 });
    expect(localDay(new Date("2026-12-31T20:00:00Z"), "Asia/Shanghai")).toEqual({ year: 2027, month: 1, day: 1 });
  });
});

describe("daysFromAnniversary", () => {
  it.each([
    [{ year: 2026, month: 9, day: 11 }, "09-11", 0],
    [{ year: 2026, month: 9, day: 10 }, "09-11", -1],
    [{ year: 2026, month: 9, day: 14 }, "09-11", 3],
    [{ year: 2026, month: 12, day: 30 }, "01-01", -2],
    [{ year: 2027, month: 1, day: 2 }, "12-31", 2],
    [{ year: 2027, month: 2, day: 28 }, "02-29", 0],
    [{ year: 2028, month: 2, day: 29 }, "02-29", 0],
    [{ year: 2028, month: 2, day: 28 }, "02-29", -1],
  ])("%o from %s is %i", (day, on, want) => {
    expect(daysFromAnniversary(day, on)).toBe(want);
  });

  it("windows include their edges", () => {
    expect(inDateWindow({ year: 2026, month: 9, day: 10 }, "09-11", 1, 0)).toBe(true);
    expect(inDateWindow({ year: 2026, month: 9, day: 9 }, "09-11", 1, 0)).toBe(false);
    expect(inDateWindow({ year: 2026, month: 9, day: 12 }, "09-11", 0, 0)).toBe(false);
  });
});

describe("isTimeZone", () => {
  it("accepts IANA zones and refuses others", () => {
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("movable days", () => {
  it.each([
    ["last-mon-05", 2026, { month: 5, day: 25 }], // Memorial Day
    ["last-mon-05", 2027, { month: 5, day: 31 }],
    ["4-thu-11", 2026, { month: 11, day: 26 }], // Thanksgiving (US)
    ["2-sun-05", 2026, { month: 5, day: 10 }], // Mother's Day (US)
    ["1-mon-09", 2026, { month: 9, day: 7 }], // Labor Day (US)
    ["5-fri-02", 2026, { month: 2, day: 27 }], // no fifth Friday: the last one
    ["02-29", 2027, { month: 2, day: 28 }],
  ])("%s in %i", (on, year, want) => {
    expect(dayInYear(on, year)).toEqual(want);
  });

  it("measures windows around a movable day", () => {
    expect(daysFromAnniversary({ year: 2026, month: 5, day: 24 }, "last-mon-05")).toBe(-1);
    expect(inDateWindow({ year: 2026, month: 5, day: 26 }, "last-mon-05", 0, 1)).toBe(true);
  });

  it.each([
    ["09-11", true],
    ["02-29", true],
    ["02-30", false],
    ["13-01", false],
    ["last-mon-05", true],
    ["4-thu-11", true],
    ["6-thu-11", false],
    ["last-mon-13", false],
    ["last-monday-05", false],
  ])("isDayOfYear(%s) is %s", (on, ok) => {
    expect(isDayOfYear(on)).toBe(ok);
  });
});
