// Issue 13, "Not a problem here": words a team member allowed for one rule, applied by the engine.
import { describe, expect, test } from "vitest";
import { analyze } from "../../lib/engine/analyze.ts";
import { allowKey, canAllowForMe } from "../../lib/engine/own-allow.ts";
import type { Finding } from "../../lib/engine/types.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import { formatIssue, validateLocalSettings, validateRuleSet } from "../../lib/ruleset/parse.ts";
import type { LocalSettings, RuleSet } from "../../lib/ruleset/schema.ts";

const TEAM: RuleSet = {
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 1,
  issuedAt: "2026-11-01T00:00:00Z",
  terms: [{ id: "synergy", match: ["synergy"], severity: "warn", message: "Jargon." }, { id: "leak", match: ["project falcon"], severity: "block" }],
};
const AT = new Date("2026-06-10T12:00:00Z");

async function findings(text: string, local: LocalSettings, team: RuleSet = TEAM): Promise<Finding[]> {
  const compiled = await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, team, local));
  return analyze(text, { platform: "x", at: AT, timeZone: "UTC" }, compiled);
}
const rules = (list: Finding[]) => list.map((f) => `${f.ruleId}:${f.excerpt}`);

describe("allowed words are normalised", () => {
  test.each([
    ["Synergy", "synergy"],
    ["  SYNERGY  ", "synergy"],
    ["Café  Olé", "cafe ole"],
    ["ｆｕｌｌ width", "full width"],
  ])("%j is kept as %j", (words, key) => expect(allowKey(words)).toBe(key));

  test("blank words have no key", () => expect(allowKey("   ")).toBe(""));
});

describe("the engine drops a rule's findings on allowed words", () => {
  test("valid: the allowed words of that rule are no longer flagged, in any case", async () => {
    expect(rules(await findings("Real synergy here.", {}))).toContain("terms/custom:synergy");
    expect(rules(await findings("Real SYNERGY here.", { allowFor: { "terms/custom": ["synergy"] } }))).not.toContain("terms/custom:SYNERGY");
  });

  test("invalid: other words, and other rules' findings on the same words, are still flagged", async () => {
    const withOther = await findings("Synergy, synergy!", { allowFor: { "voice/emoji": ["synergy"] } });
    expect(rules(withOther).filter((r) => r.startsWith("terms/custom"))).toHaveLength(2);
    const otherWords = await findings("Synergy here.", { allowFor: { "terms/custom": ["synergies galore"] } });
    expect(rules(otherWords)).toContain("terms/custom:Synergy");
  });

  test("invalid: a block finding is never dropped (the gate stays shut)", async () => {
    const list = await findings("News about Project Falcon.", { allowFor: { "terms/custom": ["project falcon"] } });
    expect(list.find((f) => f.ruleId === "terms/custom")?.severity).toBe("block");
  });

  test("invalid: crisis mode is never dropped", async () => {
    const team = { ...TEAM, crisis: { active: true, title: "Outage" } };
    const list = await findings("Our new hoodie is here.", { allowFor: { "crisis/active": ["hoodie"] } }, team);
    expect(list.some((f) => f.ruleId.startsWith("crisis/"))).toBe(true);
    expect(canAllowForMe({ ...list[0]!, severity: "info", ruleId: "crisis/active", start: 0, end: 3 })).toBe(false);
  });

  test("only a finding on words, below block, may be allowed", () => {
    const base: Finding = { ruleId: "voice/emoji", severity: "info", start: 0, end: 3, excerpt: "abc", message: "m", messageId: "m" };
    expect(canAllowForMe(base)).toBe(true);
    expect(canAllowForMe({ ...base, severity: "warn" })).toBe(true);
    expect(canAllowForMe({ ...base, severity: "block" })).toBe(false);
    expect(canAllowForMe({ ...base, start: 0, end: 0 })).toBe(false);
  });
});

describe("the format", () => {
  test("valid: allowed words per rule in the own settings and in a rule set; feedback switch", () => {
    expect(validateLocalSettings({ allowFor: { "terms/custom": ["synergy"] } }).ok).toBe(true);
    expect(validateRuleSet({ ...TEAM, allowFor: { "voice/formality": ["gonna"] }, feedback: { falsePositiveReports: true } }).ok).toBe(true);
  });

  test.each([
    [{ allowFor: { "not a rule": ["x"] } }, 'allowFor["not a rule"]', "expected a rule id"],
    [{ allowFor: { "terms/custom": [""] } }, 'allowFor["terms/custom"][0]', "must not be empty"],
    [{ allowFor: { "terms/custom": "synergy" } }, 'allowFor["terms/custom"]', "expected array"],
  ])("invalid own settings %j name the field", (data, field, words) => {
    const result = validateLocalSettings(data);
    expect(result.ok).toBe(false);
    const text = result.ok ? "" : result.errors.map(formatIssue).join("\n");
    expect(text).toContain(field);
    expect(text).toContain(words);
  });

  test("invalid: feedback.falsePositiveReports must be true or false", () => {
    const result = validateRuleSet({ ...TEAM, feedback: { falsePositiveReports: "yes" } });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors.map(formatIssue).join("\n")).toContain("feedback.falsePositiveReports");
  });

  test("the team's allowed words and the own are merged, each word once", () => {
    const merged = mergeRuleSets(BUILT_IN_RULESET, { ...TEAM, allowFor: { "terms/custom": ["synergy"] } }, { allowFor: { "terms/custom": ["synergy", "leverage"], "voice/emoji": ["🎉"] } });
    expect(merged.allowFor).toEqual({ "terms/custom": ["synergy", "leverage"], "voice/emoji": ["🎉"] });
  });
});
