import { describe, expect, it } from "vitest";
import { daysFromAnniversary, inDateWindow, isTimeZone, localDay } from "../../lib/engine/time.ts";

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
