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

  test("a decision may be cancelled, and carries no id (the background gives it one)", () => {
    expect(RequestSchema.safeParse({ type: "decision.record", decision: decision(1, { decision: "cancel", reason: undefined }) }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: "decision.record", decision: { ...decision(1), id: "mine" } }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: "decision.record", decision: decision(1, { decision: "maybe" as never }) }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: "decision.record", decision: decision(1, { at: "yesterday" }) }).success).toBe(false);
  });

  test("Send now takes nothing else", () => {
    expect(RequestSchema.safeParse({ type: "report.flush" }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: "report.flush", url: "https://evil.example" }).success).toBe(false);
  });
});
