import { describe, expect, it } from "vitest";
import type { Finding } from "../../lib/engine/types.ts";
import { displayWidth, renderFindings, renderSummary, snippet } from "../../lib/cli/report.ts";
import { parsePublishTime } from "../../lib/cli/time.ts";

const plain = { locale: "en", color: false } as const;
const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "events/match",
  messageId: "event",
  severity: "warn",
  message: "m",
  start: 0,
  end: 0,
  excerpt: "",
  ...over,
});

describe("snippet", () => {
  it.each<[string, string, number, number, string, string]>([
    ["a whole short line", "the storm is here", 4, 9, "the storm is here", "    ^^^^^"],
    ["a later line", "one\ntwo storm\nthree", 8, 13, "two storm", "    ^^^^^"],
    ["a Windows line end", "storm\r\nnext", 0, 5, "storm", "^^^^^"],
    ["an excerpt over two lines: its first line", "big storm\nsurge", 4, 15, "big storm", "    ^^^^^"],
    ["an empty span: one caret", "a b", 2, 2, "a b", "  ^"],
    ["a tab before: one column", "\tstorm", 1, 6, " storm", " ^^^^^"],
    ["emoji before: two columns each", "🌀🌀 storm", 5, 10, "🌀🌀 storm", "     ^^^^^"],
    ["a combining accent: no column", "cafe\u0301 storm", 6, 11, "cafe\u0301 storm", "     ^^^^^"],
  ])("%s", (_, text, start, end, line, caret) => {
    expect(snippet(text, start, end)).toEqual({ line, caret });
  });

  it("cuts 40 characters each side of the excerpt, never inside a surrogate pair", () => {
    const text = `${"🌀".repeat(30)} storm ${"x".repeat(80)}`;
    const start = text.indexOf("storm");
    const { line, caret } = snippet(text, start, start + 5);
    expect(line.startsWith("…")).toBe(true);
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(line.endsWith(`storm ${"x".repeat(39)}…`)).toBe(true);
    expect(caret.indexOf("^")).toBe(displayWidth(line.slice(0, line.indexOf("storm"))));
  });

  it("underlines at most 60 characters of a long excerpt", () => {
    const text = "y".repeat(200);
    expect(snippet(text, 0, 200).caret).toBe("^".repeat(60));
  });
});

describe("renderFindings and renderSummary", () => {
  it("labels places with the file, or leaves the label out in a batch", () => {
    const text = "a storm";
    const f = finding({ start: 2, end: 7, excerpt: "storm", suggestions: ["rain"], guidance: "Careful." });
    expect(renderFindings(text, [f], plain, "post.txt")).toEqual([
      "post.txt:1:3  warn   events/match  m",
      "    a storm",
      "      ^^^^^",
      "    Why: Careful.",
      "    Try: rain",
    ]);
    expect(renderFindings(text, [f], plain)[0]).toBe("1:3  warn   events/match  m");
    expect(renderFindings(text, [finding({})], plain)).toEqual(["(post)  warn   events/match  m"]);
    expect(renderFindings(text, [finding({})], { locale: "zh-CN", color: false })).toEqual(["（整条帖子）  警告   events/match  m"]);
  });

  it.each<[Finding["severity"][], string, string]>([
    [[], "pass: nothing to flag", "通过：没有发现问题"],
    [["info", "info"], "pass: 2 info", "通过：2 项提示"],
    [["info", "warn", "block", "block"], "block: 2 block, 1 warn, 1 info", "拦截：2 项拦截，1 项警告，1 项提示"],
  ])("summarizes %j", (severities, en, zh) => {
    const findings = severities.map((severity) => finding({ severity }));
    expect(renderSummary(findings, plain)).toBe(en);
    expect(renderSummary(findings, { locale: "zh-CN", color: false })).toBe(zh);
  });
});

describe("parsePublishTime", () => {
  it.each<[string, string, string | undefined]>([
    ["2026-09-11T02:00:00Z", "America/New_York", "2026-09-11T02:00:00.000Z"],
    ["2026-09-11T02:00:00+09:00", "UTC", "2026-09-10T17:00:00.000Z"],
    ["2026-09-10 22:00", "America/New_York", "2026-09-11T02:00:00.000Z"],
    ["2026-09-10T22:00:30", "America/New_York", "2026-09-11T02:00:30.000Z"],
    ["2026-01-10 22:00", "America/New_York", "2026-01-11T03:00:00.000Z"],
    ["2026-09-11", "Asia/Tokyo", "2026-09-10T15:00:00.000Z"],
    [" 2026-09-11 ", "UTC", "2026-09-11T00:00:00.000Z"],
    // The day daylight saving time ends in New York: 01:30 happens twice, 03:00 once.
    ["2026-11-01 03:00", "America/New_York", "2026-11-01T08:00:00.000Z"],
    ["2026-02-30 10:00", "UTC", undefined],
    ["2026-09-11 24:00", "UTC", undefined],
    ["11/09/2026", "UTC", undefined],
    ["tomorrow", "UTC", undefined],
    ["", "UTC", undefined],
  ])("%j in %s → %s", (value, zone, expected) => {
    expect(parsePublishTime(value, zone)?.toISOString()).toBe(expected);
  });
});
