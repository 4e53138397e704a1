/**
 * ESLint's RuleTester, for Preflight: a rule's `valid` texts must produce no finding of that rule,
 * each `invalid` case exactly the findings listed (message id, excerpt, and severity when given),
 * in text order. An unknown message id, or a rule that throws, fails the test.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/engine/analyze.ts";
import type { AnyRule } from "../../lib/engine/rule.ts";
import { excerptOf } from "../../lib/engine/text.ts";
import type { AnalysisContext, Finding, Severity } from "../../lib/engine/types.ts";
import { compileRuleSet, type CompiledRuleSet } from "../../lib/ruleset/compile.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import { validateRuleSet } from "../../lib/ruleset/parse.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";

export interface ValidCase {
  text: string;
  context?: AnalysisContext;
  ruleSet?: Partial<RuleSet>;
  name?: string;
}

export interface ExpectedFinding {
  messageId: string;
  excerpt: string;
  severity?: Severity;
  guidance?: string;
  suggestions?: string[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  /** Rule-set fields shared by every case (a case's own `ruleSet` is laid over them). */
  ruleSet?: Partial<RuleSet>;
  context?: AnalysisContext;
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Tested rules are switched on (without a severity override) even when they are off by default. */
const compiledCache = new Map<string, Promise<CompiledRuleSet>>();

export async function compileForTest(rule: AnyRule, fields: Partial<RuleSet>): Promise<CompiledRuleSet> {
  const team = {
    schema: "preflight.ruleset/1",
    id: "test",
    version: 1,
    issuedAt: "2026-01-01T00:00:00Z",
    ...fields,
    rules: { [rule.meta.id]: {}, ...fields.rules },
  };
  const key = JSON.stringify(team);
  let compiled = compiledCache.get(key);
  if (!compiled) {
    const parsed = validateRuleSet(team);
    if (!parsed.ok) throw new Error(`test rule set is invalid: ${JSON.stringify(parsed.errors)}`);
    compiled = compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, parsed.value));
    compiledCache.set(key, compiled);
  }
  return compiled;
}

export async function findingsFor(rule: AnyRule, tests: RuleTests, c: ValidCase): Promise<Finding[]> {
  const compiled = await compileForTest(rule, { ...tests.ruleSet, ...c.ruleSet });
  const all = analyze(c.text, { ...tests.context, ...c.context }, compiled);
  const errors = all.filter((f) => f.ruleId === "engine/rule-error");
  expect(errors, "the rule threw").toEqual([]);
  return all.filter((f) => f.ruleId === rule.meta.id);
}

/**
 * What `rule` and the rules beside it report on `text`, as `ruleId:excerpt:severity`: for rules
 * whose finding replaces another rule's on the same words (`meta.supersedes`).
 */
export async function findingsBeside(rule: AnyRule, others: readonly string[], text: string): Promise<string[]> {
  const compiled = await compileForTest(rule, {});
  const ids = new Set([rule.meta.id, ...others]);
  return analyze(text, { at: new Date("2026-05-06T12:00:00Z"), timeZone: "Europe/London" }, compiled)
    .filter((f) => ids.has(f.ruleId))
    .map((f) => `${f.ruleId}:${f.excerpt}:${f.severity}`);
}

export function testRule(rule: AnyRule, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    it("has valid and invalid cases", () => {
      expect(tests.invalid.length, "a rule needs invalid cases").toBeGreaterThan(0);
      expect(tests.valid.length, "a rule needs valid cases").toBeGreaterThan(0);
    });
    describe("valid", () => {
      for (const v of tests.valid) {
        const c = typeof v === "string" ? { text: v } : v;
        it(c.name ?? JSON.stringify(c.text), async () => {
          const found = await findingsFor(rule, tests, c);
          expect(found.map((f) => `${f.messageId}: ${f.excerpt}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of tests.invalid) {
        it(c.name ?? JSON.stringify(c.text), async () => {
          expect(c.findings.length, "an invalid case must expect findings").toBeGreaterThan(0);
          for (const f of c.findings) expect(rule.meta.messages, `unknown message id ${f.messageId}`).toHaveProperty(f.messageId);
          const found = await findingsFor(rule, tests, c);
          expect(found.map((f) => ({ messageId: f.messageId, excerpt: c.text.slice(f.start, f.end) }))).toEqual(
            c.findings.map((f) => ({ messageId: f.messageId, excerpt: f.excerpt })),
          );
          c.findings.forEach((want, i) => {
            const got = found[i]!;
            expect(got.excerpt).toBe(excerptOf(c.text, got.start, got.end));
            if (want.severity) expect(got.severity, `severity of finding ${i}`).toBe(want.severity);
            if (want.guidance) expect(got.guidance).toBe(want.guidance);
            if (want.suggestions) expect(got.suggestions).toEqual(want.suggestions);
            expect(got.message).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}
