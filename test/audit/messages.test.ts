// The audit's messages to the background are validated like the others: counts only, never text.
import { describe, expect, test } from "vitest";
import { RequestSchema } from "../../lib/state/messages.ts";
import { decision } from "./kit.ts";

const counts = { type: "findings.count", site: "x", account: "acme", counts: [{ rule: "events/match", n: 2 }] };

describe("audit messages", () => {
  test("finding counts: rule ids and numbers only", () => {
    expect(RequestSchema.safeParse(counts).success).toBe(true);
    expect(RequestSchema.safeParse({ ...counts, account: undefined }).success).toBe(true);
    expect(RequestSchema.safeParse({ ...counts, text: "the post" }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...counts, counts: [{ rule: "events/match", n: 2, excerpt: "storm" }] }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...counts, counts: [] }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...counts, counts: [{ rule: "events/match", n: 0 }] }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...counts, counts: [{ rule: "events/match", n: 1.5 }] }).success).toBe(false);
  });

  /** A decision as a page reports it: no time, author or platform (the background sets those). */
  const report = (...args: Parameters<typeof decision>) => {
    const { at: _at, platform: _platform, author: _author, ...rest } = decision(...args);
    return rest;
  };
  const record = (decision: unknown) => RequestSchema.safeParse({ type: "decision.record", site: "x", decision }).success;

  test("a decision may be cancelled, and carries no id (the background gives it one)", () => {
    expect(record(report(1, { decision: "cancel", reason: undefined }))).toBe(true);
    expect(record({ ...report(1), id: "mine" })).toBe(false);
    expect(record(report(1, { decision: "maybe" as never }))).toBe(false);
  });

  test("a decision carries no time, author or platform of the page's choosing (issue 11, item 1)", () => {
    expect(record({ ...report(1), at: "2020-01-01T00:00:00Z" })).toBe(false);
    expect(record({ ...report(1), author: "ceo@acme.example" })).toBe(false);
    expect(record({ ...report(1), platform: "linkedin" })).toBe(false);
    expect(RequestSchema.safeParse({ type: "decision.record", decision: report(1) }).success).toBe(false); // no site
  });

  test("Send now takes nothing else", () => {
    expect(RequestSchema.safeParse({ type: "report.flush" }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: "report.flush", url: "https://evil.example" }).success).toBe(false);
  });
});
