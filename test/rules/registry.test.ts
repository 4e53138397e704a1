import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES, RULES_BY_ID } from "../../rules/index.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Every `rules/<category>/<name>.ts` that exports a rule. */
function ruleFiles(): string[] {
  const dir = join(root, "rules");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith(".ts")).map((f) => `${d.name}/${f.slice(0, -3)}`));
}

describe("rule registry", () => {
  it("registers every rule file under rules/, under the id of its path", async () => {
    const files = ruleFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const mod = (await import(join(root, "rules", `${file}.ts`))) as { default?: unknown };
      expect(mod.default, `rules/${file}.ts must export a rule`).toBeDefined();
      expect(RULES).toContain(mod.default);
      expect((mod.default as (typeof RULES)[number]).meta.id).toBe(file);
    }
    expect(RULES.length).toBe(files.length);
  });

  it("has unique ids of the form category/name", () => {
    expect(RULES_BY_ID.size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.meta.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(rule.meta.id.split("/")[0]).toBe(rule.meta.category);
    }
  });

  it("documents every rule and message in English and Simplified Chinese", () => {
    for (const rule of RULES) {
      const texts = [rule.meta.description, ...Object.values(rule.meta.messages)];
      expect(Object.keys(rule.meta.messages).length, rule.meta.id).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t.en.trim(), rule.meta.id).not.toBe("");
        // A template of placeholders only ("“{{excerpt}}”：{{message}}") has no words to translate.
        const words = t["zh-CN"].replace(/\{\{\w+\}\}/g, "");
        if (/\p{L}/u.test(words)) expect(words, `${rule.meta.id}: Chinese text`).toMatch(/[\u4e00-\u9fff]/);
        expect(t["zh-CN"], `${rule.meta.id}: translated`).not.toBe(t.en);
        const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(placeholders(t["zh-CN"]), `${rule.meta.id}: same placeholders`).toEqual(placeholders(t.en));
      }
    }
  });

  it("has a test table for every rule", () => {
    for (const rule of RULES) {
      const table = join(root, "test", "rules", `${rule.meta.id}.test.ts`);
      expect(existsSync(table), relative(root, table)).toBe(true);
    }
  });
});
