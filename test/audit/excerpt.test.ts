// The excerpt a team's policy may keep: around what stopped the post, never longer than allowed.
import { describe, expect, test } from "vitest";
import { decisionExcerpt, excerptAround } from "../../lib/audit/excerpt.ts";
import type { Finding } from "../../lib/engine/types.ts";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "events/match",
  messageId: "event",
  severity: "block",
  message: "m",
  start: 0,
  end: 0,
  excerpt: "",
  ...over,
});

describe("excerptAround", () => {
  test("a short post is kept whole, its whitespace folded", () => {
    expect(excerptAround("Storm\n  sale today", 0, 5, 40)).toBe("Storm sale today");
  });

  test("a long post is cut around the span, with … at each cut end", () => {
    const text = `${"a".repeat(50)} storm ${"b".repeat(50)}`;
    const start = text.indexOf("storm");
    const out = excerptAround(text, start, start + 5, 15)!;
    expect(out).toBe("…aaaa storm bbbb…");
    expect([...out.replaceAll("…", "")].length).toBe(15);
  });

  test("at the start of the post: cut at the end only", () => {
    expect(excerptAround("storm and much more text after it", 0, 5, 10)).toBe("storm and…");
  });

  test("counts characters, never splitting an emoji", () => {
    const text = `${"🌀".repeat(20)}storm${"🌀".repeat(20)}`;
    const start = text.indexOf("storm");
    const out = excerptAround(text, start, start + 5, 9)!;
    expect(out).toBe("…🌀🌀storm🌀🌀…");
  });

  test("off (0) gives nothing", () => {
    expect(excerptAround("storm", 0, 5, 0)).toBeUndefined();
  });
});

describe("decisionExcerpt", () => {
  const composers = [{ text: () => "First post" }, { text: () => "about the bluefin recall" }];
  const reason = finding({ start: 10, end: 17, excerpt: "bluefin" });

  test("nothing unless the policy allows it", () => {
    expect(decisionExcerpt({ composers, findings: [reason], reasons: [reason] }, undefined)).toEqual({});
    expect(decisionExcerpt({ composers, findings: [reason], reasons: [reason] }, 0)).toEqual({});
  });

  test("from the compose box the stopping finding came from", () => {
    expect(decisionExcerpt({ composers, findings: [reason], reasons: [reason] }, 14)).toEqual({ excerpt: "…he bluefin rec…" });
  });

  test("a finding about the whole post (crisis mode): the start of the post", () => {
    const crisis = finding({ ruleId: "crisis/active" });
    expect(decisionExcerpt({ composers, findings: [crisis], reasons: [crisis] }, 5)).toEqual({ excerpt: "First…" });
  });
});
