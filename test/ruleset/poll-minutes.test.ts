// The rule set's `pollMinutes`: how often installs check the team's feed.
import { describe, expect, it } from "vitest";
import { validateRuleSet } from "../../lib/ruleset/parse.ts";

const minimal = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-11-24T09:00:00Z" };

describe("pollMinutes", () => {
  it.each([0.5, 1, 15, 1440])("accepts %s minutes", (pollMinutes) => {
    const r = validateRuleSet({ ...minimal, pollMinutes });
    expect(r.ok && r.value.pollMinutes).toBe(pollMinutes);
  });

  it.each([
    [0.1, "pollMinutes: pollMinutes must be at least 0.5 (Chrome polls at most every 30 seconds)"],
    [2000, "pollMinutes: pollMinutes must be at most 1440 (a day)"],
    ["5", "pollMinutes: pollMinutes must be a number of minutes"],
  ])("refuses %s, naming the field", (pollMinutes, message) => {
    const r = validateRuleSet({ ...minimal, pollMinutes });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([message]);
  });
});
