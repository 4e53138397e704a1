import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/engine/analyze.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet, ruleSettings } from "../../lib/ruleset/compile.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { RULES_BY_ID } from "../../rules/index.ts";

const team: RuleSet = {
  schema: "preflight.ruleset/1",
  id: "team",
  version: 2,
  issuedAt: "2026-11-24T09:00:00Z",
  terms: [{ id: "cheap", match: ["cheap"], severity: "warn" }],
  rules: { "terms/custom": "block", "voice/passive-voice": "info" },
};

describe("mergeRuleSets", () => {
  it("lays the team's rule set over the built-in one", () => {
    const merged = mergeRuleSets({ ...BUILT_IN_RULESET, rules: { "events/match": "info" } }, team);
    expect(merged.id).toBe("team");
    expect(merged.rules).toEqual({ "events/match": "info", "terms/custom": "block", "voice/passive-voice": "info" });
  });

  it("lets the team's switches win over local ones unless the team allows local changes", () => {
    const local = { rules: { "terms/custom": "off" as const, "voice/reading-level": "warn" as const }, allow: ["cheap"] };
    const locked = mergeRuleSets(BUILT_IN_RULESET, team, local);
    expect(locked.rules?.["terms/custom"]).toBe("block");
    expect(locked.rules?.["voice/reading-level"]).toBe("warn");
    expect(locked.allow).toEqual(["cheap"]);
    const open = mergeRuleSets(BUILT_IN_RULESET, { ...team, allowLocalOverrides: true }, local);
    expect(open.rules?.["terms/custom"]).toBe("off");
  });

  it("adds the team's list entries to the built-in ones, the team winning id clashes", () => {
    const builtIn = { ...BUILT_IN_RULESET, dates: [{ id: "d", title: "Built in", on: "09-11", severity: "warn" as const }] };
    const merged = mergeRuleSets(builtIn, {
      ...team,
      dates: [
        { id: "d", title: "Team", on: "09-11", severity: "block" },
        { id: "e", title: "Other", on: "01-01", severity: "info" },
      ],
    });
    expect(merged.dates?.map((d) => d.title)).toEqual(["Team", "Other"]);
  });
});

describe("compileRuleSet", () => {
  it("applies switches: off, a severity override, options", () => {
    const rule = RULES_BY_ID.get("voice/reading-level")!;
    expect(ruleSettings(rule, BUILT_IN_RULESET).enabled).toBe(false);
    expect(ruleSettings(rule, { ...BUILT_IN_RULESET, voice: { readingGrade: 8 } }).enabled).toBe(true);
    expect(ruleSettings(rule, { ...BUILT_IN_RULESET, rules: { "voice/reading-level": { options: { minWords: 5 } } } })).toEqual({
      enabled: true,
      options: { minWords: 5 },
    });
    expect(ruleSettings(RULES_BY_ID.get("events/match")!, { ...BUILT_IN_RULESET, rules: { "events/match": "off" } }).enabled).toBe(false);
  });

  it("overrides every finding's severity when the rule set names one", async () => {
    const compiled = await compileRuleSet(team);
    expect(analyze("A cheap coat", {}, compiled).map((f) => f.severity)).toEqual(["block"]);
  });

  it("loads NLP only when an enabled rule needs it", async () => {
    expect((await compileRuleSet(BUILT_IN_RULESET)).sentences.hasNlp).toBe(false);
    expect((await compileRuleSet({ ...BUILT_IN_RULESET, voice: { readingGrade: 8 } })).sentences.hasNlp).toBe(false);
    expect((await compileRuleSet(team)).sentences.hasNlp).toBe(true);
  });

  it("drops matches inside allow-listed terms", async () => {
    const compiled = await compileRuleSet({ ...team, allow: ["cheap thrills"] });
    expect(analyze("cheap thrills, cheap coats", {}, compiled).map((f) => f.excerpt)).toEqual(["cheap"]);
  });

  it("reports the finding shape of the contract, with messages in Simplified Chinese", async () => {
    const compiled = await compileRuleSet(team);
    const [f] = analyze("A cheap coat", { locale: "zh-CN" }, compiled);
    expect(f).toEqual({
      ruleId: "terms/custom",
      messageId: "termDefault",
      severity: "block",
      message: "“cheap”在团队的禁用词列表中。",
      start: 2,
      end: 7,
      excerpt: "cheap",
    });
  });
});
