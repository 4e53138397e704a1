// The hand-off that keeps compromise off the page: a table recorded while compiling with
// compromise gives the table-backed compile the same matches.
import { describe, expect, test } from "vitest";
import { createEngineApi, tableInflector } from "../../lib/content/engine-api.ts";
import { PageStateSchema } from "../../lib/state/messages.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";

const team: RuleSet = {
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 1,
  issuedAt: "2026-11-01T00:00:00Z",
  events: [{ id: "storm", title: "Storm", terms: ["storm", "shooting"], from: "2020-01-01T00:00:00Z", severity: "block" }],
};

describe("the engine bundle's API", () => {
  test("compiles with compromise once, recording a table; the table alone then gives the same findings", async () => {
    const api = createEngineApi();
    const ruleSet = mergeRuleSets(BUILT_IN_RULESET, team);
    const first = await api.compile(ruleSet, undefined);
    expect(first.table?.["storm"]).toEqual(expect.arrayContaining(["storm", "storms"]));
    const second = await api.compile(ruleSet, first.table);
    expect(second.table).toBeUndefined();
    const text = "Two storms and the shootings downtown: 20% off today!";
    const context = { at: new Date("2026-11-24T12:00:00Z"), locale: "en" as const };
    const a = api.analyze(text, context, first.compiled);
    const b = api.analyze(text, context, second.compiled);
    expect(b).toEqual(a);
    expect(b.filter((f) => f.ruleId === "events/match").map((f) => f.excerpt)).toEqual(["storms", "shootings"]);
  });

  test("a word missing from the table stays as written", () => {
    expect(tableInflector({ storm: ["storm", "storms"] }).forms("flood")).toEqual(["flood"]);
  });

  test("needs compromise only when an enabled rule needs NLP", () => {
    const api = createEngineApi();
    expect(api.needsNlp(BUILT_IN_RULESET)).toBe(false);
    expect(api.needsNlp({ ...BUILT_IN_RULESET, rules: { "voice/passive-voice": "warn" } })).toBe(true);
  });

  test("refuses a malformed page state from the background", () => {
    const api = createEngineApi();
    expect(() => api.parsePageState({ ruleSet: {}, rulesKey: "k", crisis: { active: true } })).toThrow();
    const good = { ruleSet: BUILT_IN_RULESET, rulesKey: "k", crisis: { active: false } };
    expect(api.parsePageState(good)).toEqual(PageStateSchema.parse(good));
  });
});
