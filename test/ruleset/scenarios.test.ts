/**
 * Issue 12: crisis scenarios in the rule set. Good rule sets are accepted; each mistake is refused
 * with its path (unknown scenario, duplicate ids, an end before the start, a mayPost nobody has,
 * an unknown rule); the engine applies the declared scenario's rule switches only while the
 * crisis is in force.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/engine/analyze.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import { parseRuleSet, type RuleSetIssue } from "../../lib/ruleset/parse.ts";
import { declaredScenario, mayPostDuringCrisis, teamCrisisInForce } from "../../lib/ruleset/scenario.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";

const HEAD = `schema: preflight.ruleset/1
id: acme
version: 3
issuedAt: 2026-11-24T09:00:00Z
spokespeople:
  - id: dana@acme.test
    accounts: ["*"]
`;

const SCENARIOS = `scenarios:
  - id: data-breach
    title: { en: Data breach, zh-CN: 数据泄露 }
    kind: data-breach
    message: Hold all marketing posts.
    holdingStatement: We are investigating and will update here.
    checklist: [Pause scheduled posts, Brief support]
    contact: dana@acme.test
    mayPost: [dana@acme.test]
    rules: { voice/exclamations: block }
    remindScheduled: true
    requireApproval: true
  - id: outage
    title: Outage
`;

const errorsOf = (source: string): RuleSetIssue[] => {
  const parsed = parseRuleSet(source, { name: "team.yaml" });
  return parsed.ok ? [] : parsed.errors;
};

describe("scenarios in the rule set", () => {
  it("accepts scenarios and a crisis declared from one, a plain-day until read in the rule set's zone", () => {
    const parsed = parseRuleSet(
      `${HEAD}timeZone: Asia/Shanghai\n${SCENARIOS}crisis: { active: true, scenario: data-breach, since: 2026-11-24T10:00:00Z, until: 2026-11-30, drill: true, requireApproval: true }\n`,
      { name: "team.yaml" },
    );
    expect(parsed.ok && parsed.value.crisis).toMatchObject({ scenario: "data-breach", drill: true, requireApproval: true, until: "2026-11-29T16:00:00.000Z" });
    expect(parsed.ok && parsed.value.scenarios?.map((s) => s.id)).toEqual(["data-breach", "outage"]);
  });

  it("names an unknown scenario, with the closest id", () => {
    expect(errorsOf(`${HEAD}${SCENARIOS}crisis: { active: true, scenario: data-breech }\n`)).toEqual([
      expect.objectContaining({ path: "crisis.scenario", message: expect.stringContaining('unknown scenario "data-breech" (did you mean "data-breach"?)') }),
    ]);
    expect(errorsOf(`${HEAD}crisis: { active: true, scenario: outage }\n`)[0]?.message).toContain("the rule set has no scenarios");
  });

  it("refuses duplicate scenario ids, an end before the start, an unknown kind, a mayPost nobody has and unknown rules", () => {
    const errors = errorsOf(`${HEAD}scenarios:
  - { id: outage, title: Outage, kind: meltdown, mayPost: [dan@acme.test], rules: { voice/exclamation: block } }
  - { id: outage, title: Outage again }
crisis: { active: true, since: 2026-11-24T10:00:00Z, until: 2026-11-24T09:00:00Z }
`);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(byPath["scenarios[1].id"]?.message).toBe('duplicate id "outage" (also scenarios[0])');
    expect(byPath["scenarios[0].kind"]?.message).toContain("expected one of product-failure, recall, outage");
    expect(byPath["scenarios[0].mayPost[0]"]?.message).toContain('did you mean "dana@acme.test"');
    expect(byPath['scenarios[0].rules["voice/exclamation"]']?.message).toContain('unknown rule (did you mean "voice/exclamations"?)');
    expect(byPath["crisis.until"]).toMatchObject({ message: expect.stringContaining("ends before it starts"), line: 11 });
  });

  it("refuses a scenario without a title and an unknown field in one", () => {
    const paths = errorsOf(`${HEAD}scenarios:\n  - { id: x, mayPots: [] }\n`).map((e) => `${e.path}: ${e.message}`);
    expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/^scenarios\[0\]\.title: required/), 'scenarios[0].mayPots: unknown field (did you mean "mayPost"?)']));
  });
});

describe("the declared crisis and its scenario", () => {
  const base: RuleSet = {
    schema: "preflight.ruleset/1",
    id: "acme",
    version: 1,
    issuedAt: "2026-11-24T09:00:00Z",
    scenarios: [{ id: "outage", title: "Outage", rules: { "voice/exclamations": "block", "voice/emoji": "off" } }],
  };
  const declared: RuleSet = { ...base, crisis: { active: true, scenario: "outage", since: "2026-11-24T10:00:00Z", until: "2026-11-25T10:00:00Z" } };

  it("is in force from its declaration until its end", () => {
    expect(teamCrisisInForce(declared, new Date("2026-11-25T09:59:59Z"))).toBeDefined();
    expect(teamCrisisInForce(declared, new Date("2026-11-25T10:00:00Z"))).toBeUndefined();
    expect(teamCrisisInForce({ ...declared, crisis: { active: false, scenario: "outage" } }, new Date())).toBeUndefined();
    expect(declaredScenario(declared)?.id).toBe("outage");
    expect(declaredScenario({ ...declared, crisis: { active: false, scenario: "outage" } })).toBeUndefined();
  });

  it("lets only the named spokespeople post, compared without case; everyone when none are named", () => {
    expect(mayPostDuringCrisis(["Dana@acme.test"], "dana@ACME.test")).toBe(true);
    expect(mayPostDuringCrisis(["dana@acme.test"], "raj@acme.test")).toBe(false);
    expect(mayPostDuringCrisis(["dana@acme.test"], undefined)).toBe(false);
    expect(mayPostDuringCrisis(undefined, undefined)).toBe(true);
  });

  it("applies the scenario's rule switches while the crisis is in force, and the team's after it ends", async () => {
    const compiled = await compileRuleSet(declared);
    const text = "We are back!!! 🎉";
    const during = analyze(text, { at: new Date("2026-11-24T12:00:00Z") }, compiled);
    const after = analyze(text, { at: new Date("2026-11-26T12:00:00Z") }, compiled);
    expect(during.filter((f) => f.ruleId === "voice/exclamations").map((f) => f.severity)).toEqual(["block"]);
    expect(during.some((f) => f.ruleId === "voice/emoji")).toBe(false);
    expect(after.filter((f) => f.ruleId === "voice/exclamations").map((f) => f.severity)).not.toContain("block");
    expect(after.some((f) => f.ruleId.startsWith("crisis/"))).toBe(false);
  });

  it("marks a drill in the findings that name the crisis, in both languages", async () => {
    const compiled = await compileRuleSet({ ...base, crisis: { active: true, title: { en: "Outage", "zh-CN": "服务中断" }, drill: true } });
    const en = analyze("New drop Friday, go get it", { at: new Date("2026-11-24T12:00:00Z") }, compiled).filter((f) => f.ruleId.startsWith("crisis/"));
    expect(en.length).toBeGreaterThan(0);
    for (const f of en) expect(f.message).toContain("Drill");
    const zh = analyze("周五上新，快来抢购", { at: new Date("2026-11-24T12:00:00Z"), locale: "zh-CN" }, compiled).filter((f) => f.ruleId.startsWith("crisis/"));
    expect(zh.length).toBeGreaterThan(0);
    for (const f of zh) expect(f.message).toContain("演练");
    const real = await compileRuleSet({ ...base, crisis: { active: true, title: "Outage" } });
    for (const f of analyze("New drop Friday, go get it", {}, real).filter((x) => x.ruleId.startsWith("crisis/"))) expect(f.message).not.toContain("Drill");
  });

  it("leaves the team's rules alone when the scenario is not declared", async () => {
    const compiled = await compileRuleSet(base);
    const found = analyze("We are back!!! 🎉", {}, compiled);
    expect(found.filter((f) => f.ruleId === "voice/exclamations").map((f) => f.severity)).not.toContain("block");
  });
});
