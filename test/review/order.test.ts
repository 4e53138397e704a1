import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../lib/engine/types.ts";
import { bySeverity } from "../../lib/review/order.ts";

const finding = (severity: Severity, start: number, ruleId = "voice/emoji"): Finding => ({
  ruleId,
  severity,
  start,
  end: start + 1,
  excerpt: "x",
  message: "m",
  messageId: "m",
});

describe("findings order (issue 13)", () => {
  it("puts the most severe first, then by where the words are", () => {
    const input = [finding("info", 0), finding("block", 30), finding("warn", 5), finding("block", 2), finding("warn", 1)];
    const out = bySeverity(input);
    expect(out.map((f) => `${f.severity}@${f.start}`)).toEqual(["block@2", "block@30", "warn@1", "warn@5", "info@0"]);
  });

  it("leaves the input as it was", () => {
    const input = [finding("info", 0), finding("block", 1)];
    bySeverity(input);
    expect(input.map((f) => f.severity)).toEqual(["info", "block"]);
  });

  it("keeps an empty list empty", () => {
    expect(bySeverity([])).toEqual([]);
  });
});
