import { describe, expect, it } from "vitest";
import { analyze, resolveContext } from "../../lib/engine/analyze.ts";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";

const meta = (id: string) => ({
  id,
  category: id.split("/")[0]!,
  severity: "warn" as const,
  description: { en: "test", "zh-CN": "测试" },
  messages: { m: { en: "{{x}} found", "zh-CN": "发现 {{x}}" } },
  options: noOptions,
});

describe("analyze", () => {
  it("contains a rule that throws: the others still run", async () => {
    const compiled = await compileRuleSet(BUILT_IN_RULESET, { inflector: NO_INFLECTION });
    const broken = defineRule({ meta: meta("test/broken"), check: () => { throw new Error("boom"); } });
    const fine = defineRule({ meta: meta("test/fine"), check: ({ report }) => report({ messageId: "m", data: { x: "it" }, start: -5, end: 99 }) });
    compiled.rules = [
      { rule: broken, options: {}, severity: undefined, state: undefined },
      { rule: fine, options: {}, severity: undefined, state: undefined },
    ];
    const findings = analyze("abc", {}, compiled);
    expect(findings.map((f) => [f.ruleId, f.start, f.end, f.message])).toEqual([
      ["test/fine", 0, 3, "it found"],
      ["engine/rule-error", 0, 0, "The rule test/broken failed and was skipped: boom"],
    ]);
  });

  it("refuses an unknown message id as a rule error", async () => {
    const compiled = await compileRuleSet(BUILT_IN_RULESET, { inflector: NO_INFLECTION });
    const typo = defineRule({ meta: meta("test/typo"), check: ({ report }) => report({ messageId: "nope", start: 0, end: 0 }) });
    compiled.rules = [{ rule: typo, options: {}, severity: undefined, state: undefined }];
    expect(analyze("x", {}, compiled)[0]?.message).toMatch(/unknown message id "nope"/);
  });
});

describe("shared values", () => {
  it("are made once per analysis, by the first rule that asks, and made anew for the next analysis", async () => {
    const compiled = await compileRuleSet(BUILT_IN_RULESET, { inflector: NO_INFLECTION });
    const KEY = {};
    const made: string[] = [];
    const reader = (id: string) =>
      defineRule({
        meta: meta(id),
        check: (ctx) => {
          const value = ctx.shared(KEY, () => {
            made.push(`${id} on ${ctx.text}`);
            return { by: id };
          });
          ctx.report({ messageId: "m", data: { x: value.by }, start: 0, end: 0 });
        },
      });
    compiled.rules = [
      { rule: reader("test/first"), options: {}, severity: undefined, state: undefined },
      { rule: reader("test/second"), options: {}, severity: undefined, state: undefined },
    ];
    expect(analyze("one", {}, compiled).map((f) => [f.ruleId, f.message])).toEqual([
      ["test/first", "test/first found"],
      ["test/second", "test/first found"],
    ]);
    analyze("two", {}, compiled);
    expect(made).toEqual(["test/first on one", "test/first on two"]);
  });
});

describe("resolveContext", () => {
  it("prefers the team's crisis, honours a local crisis until its end, defaults time and zone", async () => {
    const compiled = await compileRuleSet(BUILT_IN_RULESET, { inflector: NO_INFLECTION });
    const at = new Date("2026-11-24T12:00:00Z");
    expect(resolveContext({ at, crisis: { active: true, until: "2026-11-25T00:00:00Z", reason: "outage" } }, compiled).crisis).toEqual({
      source: "local",
      message: "outage",
    });
    expect(resolveContext({ at, crisis: { active: true, until: "2026-11-24T00:00:00Z" } }, compiled).crisis).toBeUndefined();
    compiled.ruleSet = { ...BUILT_IN_RULESET, crisis: { active: true, title: "Recall" } };
    expect(resolveContext({ at, crisis: { active: true } }, compiled).crisis).toEqual({ source: "team", title: "Recall" });
    const d = resolveContext({}, compiled);
    expect(d.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(Math.abs(d.at.getTime() - Date.now())).toBeLessThan(5_000);
    expect(d.locale).toBe("en");
  });
});
