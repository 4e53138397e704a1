import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.ts";
import { RULE_NAMES, ruleName } from "../../rules/names.ts";
import { UNCHECKED_RULE } from "../../lib/review/shapes.ts";

describe("rule names (issue 13)", () => {
  it("names every registered rule in English and in Chinese", () => {
    for (const rule of RULES) {
      const name = RULE_NAMES[rule.meta.id];
      expect(name, `${rule.meta.id} has a name in rules/names.ts`).toBeDefined();
      expect(name!.en.trim(), rule.meta.id).not.toBe("");
      expect(name!.en, `${rule.meta.id}: a name in words, not the id`).not.toMatch(/\//);
      expect(name!["zh-CN"], `${rule.meta.id}: Chinese name`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names nothing that is not a rule (a renamed rule leaves no stale name)", () => {
    const ids = new Set([...RULES.map((r) => r.meta.id), UNCHECKED_RULE]);
    for (const id of Object.keys(RULE_NAMES)) expect(ids.has(id), `${id} is a rule`).toBe(true);
  });

  it("gives every rule its own name in each language", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const names = Object.values(RULE_NAMES).map((n) => n[locale]);
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });

  it("returns the name in the language asked, and the id for a rule it does not know", () => {
    expect(ruleName("voice/emoji", "en")).toBe("Too many emoji");
    expect(ruleName("voice/emoji", "zh-CN")).toBe("表情符号过多");
    expect(ruleName("future/rule", "zh-CN")).toBe("future/rule");
  });
});
