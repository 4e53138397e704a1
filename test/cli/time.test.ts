// Issue 11, item 9: publish times as calendars write them, across daylight-saving changes and in
// any year; and a numeric post id that JSON cannot carry is refused, with its line.
import { describe, expect, it } from "vitest";
import { parsePublishTime } from "../../lib/cli/time.ts";
import { isIsoInstant } from "../../lib/ruleset/schema.ts";
import { cli, jsonLines } from "./harness.ts";

describe("a local publish time", () => {
  it.each([
    // The hour a change to summer time skips: moved forward by the gap, as calendars do.
    ["2026-03-08 02:30", "America/New_York", "2026-03-08T07:30:00.000Z"], // 03:30 EDT
    ["2026-03-29 02:30", "Europe/Paris", "2026-03-29T01:30:00.000Z"], // 03:30 CEST
    ["2026-10-04 02:15", "Australia/Lord_Howe", "2026-10-03T15:45:00.000Z"], // a 30-minute gap: 02:45
    // The hour that happens twice: the first one.
    ["2026-11-01 01:30", "America/New_York", "2026-11-01T05:30:00.000Z"], // 01:30 EDT
    // Ordinary times on both sides of a change.
    ["2026-03-08 01:59", "America/New_York", "2026-03-08T06:59:00.000Z"],
    ["2026-03-08 03:00", "America/New_York", "2026-03-08T07:00:00.000Z"],
    ["2026-11-24 09:00", "Asia/Shanghai", "2026-11-24T01:00:00.000Z"],
  ])("%s in %s is %s", (local, zone, instant) => {
    expect(parsePublishTime(local, zone)?.toISOString()).toBe(instant);
  });

  it("keeps years below 100 (Date.UTC would read them as 19xx)", () => {
    expect(parsePublishTime("0099-06-01 12:00", "UTC")?.toISOString()).toBe("0099-06-01T12:00:00.000Z");
    expect(parsePublishTime("0045-01-02", "Europe/Paris")?.getUTCFullYear()).toBe(45);
  });

  it("knows the leap days of those years", () => {
    expect(isIsoInstant("0048-02-29T00:00:00Z")).toBe(true);
    expect(isIsoInstant("0050-02-29T00:00:00Z")).toBe(false); // 1950 was not leap either, but 0000 and 1900 differ:
    expect(isIsoInstant("0000-02-29T00:00:00Z")).toBe(true);
    expect(parsePublishTime("0000-02-29", "UTC")?.toISOString()).toBe("0000-02-29T00:00:00.000Z");
  });
});

describe("a numeric post id", () => {
  it("too large for a JSON number is refused, naming the line; the other lines are checked", async () => {
    const input = ['{"id": 12345678901234567890, "text": "hello"}', '{"id": 9007199254740991, "text": "hello"}', '{"id": 7, "text": "hello"}'].join("\n");
    const { code, stdout } = await cli(["check", "--jsonl"], { stdin: input });
    expect(code).toBe(2);
    const [big, largest, small] = jsonLines(stdout);
    expect(big).toEqual({ id: 1, error: expect.stringMatching(/^line 1: id: a number id must be a whole number of at most 15 digits; write a longer one as a string/) });
    expect(largest).toMatchObject({ id: 9007199254740991, verdict: "pass" });
    expect(small).toMatchObject({ id: 7, verdict: "pass" });
  });

  it("written as a string keeps every digit", async () => {
    const { stdout } = await cli(["check", "--jsonl"], { stdin: '{"id": "12345678901234567890", "text": "hello"}' });
    expect(jsonLines(stdout)[0]).toMatchObject({ id: "12345678901234567890", verdict: "pass" });
  });
});
