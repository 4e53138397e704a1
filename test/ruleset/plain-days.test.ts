import { describe, expect, it } from "vitest";
import { isPlainDay, startOfDay } from "../../lib/engine/local-time.ts";
import { analyze } from "../../lib/engine/analyze.ts";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import { formatIssue, validateRuleSet } from "../../lib/ruleset/parse.ts";
import { plainDayPaths } from "../../lib/ruleset/plain-days.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { ruleSetJsonSchema } from "../../lib/cli/validate.ts";

const minimal = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-11-24" };
const storm = { id: "storm", title: "Storm", terms: ["storm"], severity: "block" };

function valid(data: Record<string, unknown>): RuleSet {
  const r = validateRuleSet(data);
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join("\n"));
  return r.value;
}

function errors(data: Record<string, unknown>): string[] {
  const r = validateRuleSet(data);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
}

describe("plain days in a rule set", () => {
  it("reads a day as its first instant in the rule set's timeZone", () => {
    const r = valid({
      ...minimal,
      timeZone: "America/New_York",
      expiresAt: "2027-01-01",
      crisis: { active: true, since: "2026-12-04" },
      events: [{ ...storm, from: "2026-12-05", until: "2026-12-08" }],
    });
    expect(r.issuedAt).toBe("2026-11-24T05:00:00.000Z");
    expect(r.expiresAt).toBe("2027-01-01T05:00:00.000Z");
    expect(r.crisis?.since).toBe("2026-12-04T05:00:00.000Z");
    expect(r.events?.[0]).toMatchObject({ from: "2026-12-05T05:00:00.000Z", until: "2026-12-08T05:00:00.000Z" });
    expect(r.timeZone).toBe("America/New_York");
  });

  it("reads days in UTC when the rule set names no time zone, and leaves instants as written", () => {
    const r = valid({ ...minimal, events: [{ ...storm, from: "2026-12-05", until: "2026-12-08T12:00:00+01:00" }] });
    expect(r.events?.[0]).toMatchObject({ from: "2026-12-05T00:00:00.000Z", until: "2026-12-08T12:00:00+01:00" });
  });

  it("follows daylight saving: a summer day in Paris starts at 22:00 UTC the day before", () => {
    expect(startOfDay("2026-07-14", "Europe/Paris").toISOString()).toBe("2026-07-13T22:00:00.000Z");
    expect(startOfDay("2026-01-14", "Europe/Paris").toISOString()).toBe("2026-01-13T23:00:00.000Z");
  });

  it("puts the event window where the admin meant it", async () => {
    const ruleSet = valid({ ...minimal, timeZone: "Asia/Shanghai", events: [{ ...storm, from: "2026-12-05", until: "2026-12-06" }] });
    const compiled = await compileRuleSet(ruleSet, { inflector: NO_INFLECTION });
    const fires = (at: string) => analyze("The storm is coming", { at: new Date(at), timeZone: "UTC" }, compiled).some((f) => f.ruleId === "events/match");
    expect(fires("2026-12-04T15:59:59Z")).toBe(false); // 23:59:59 on the 4th in Shanghai
    expect(fires("2026-12-04T16:00:00Z")).toBe(true); // midnight on the 5th in Shanghai
    expect(fires("2026-12-05T15:59:59Z")).toBe(true);
    expect(fires("2026-12-05T16:00:00Z")).toBe(false); // until is the start of the 6th
  });

  it("compares days with instants for the window and the expiry checks", () => {
    expect(errors({ ...minimal, events: [{ ...storm, from: "2026-12-05", until: "2026-12-05" }] })).toEqual([
      "events[0].until: the window ends before it starts: until must be after from (2026-12-05)",
    ]);
    expect(errors({ ...minimal, expiresAt: "2026-11-23T23:00:00Z" })).toEqual(["expiresAt: must be after issuedAt (2026-11-24)"]);
    // Midnight in New York is 05:00 UTC: an expiry at 04:00 UTC is before it.
    expect(errors({ ...minimal, timeZone: "America/New_York", expiresAt: "2026-11-24T04:00:00Z" })).toEqual([
      "expiresAt: must be after issuedAt (2026-11-24)",
    ]);
  });

  it.each([
    ["2026-02-30", "an impossible day"],
    ["2026-12-5", "a day without its zero"],
    ["05.12.2026", "a European date"],
    ["2026-12-05 09:00", "a local time (only --at takes those)"],
  ])("refuses %j (%s), naming the field", (from) => {
    expect(errors({ ...minimal, events: [{ ...storm, from }] })).toEqual([expect.stringMatching(/^events\[0\]\.from: expected an ISO 8601 instant .* or a day such as 2026-11-24/)]);
  });

  it("refuses an unknown time zone, naming the field", () => {
    expect(errors({ ...minimal, timeZone: "Mars/Olympus" })).toEqual(["timeZone: expected an IANA time zone such as America/New_York or Asia/Shanghai"]);
  });

  it("lists where the plain days are", () => {
    expect(plainDayPaths({ ...minimal, events: [{ ...storm, from: "2026-12-05", until: "2026-12-06T00:00:00Z" }] })).toEqual(["issuedAt", "events[0].from"]);
    expect(isPlainDay("2028-02-29")).toBe(true);
    expect(isPlainDay("2027-02-29")).toBe(false);
  });

  it("is in the JSON Schema: days or instants, and the timeZone field", () => {
    const schema = ruleSetJsonSchema() as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties["issuedAt"]).toMatchObject({ type: "string", anyOf: [{ format: "date-time" }, { format: "date" }] });
    expect(schema.properties["timeZone"]).toMatchObject({ type: "string", description: expect.stringContaining("IANA") });
  });
});
