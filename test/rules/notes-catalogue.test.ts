/**
 * The Chinese "why" lines (issue 13): every note of the built-in rules' data has its translation in
 * rules/notes.zh-CN.json, and the catalogue holds nothing else.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import zhNotes from "../../rules/notes.zh-CN.json" with { type: "json" };
import { profanityList } from "../../rules/sensitivity/profanity.ts";
import { addNotes, hasNotes, localNote } from "../../lib/engine/notes.ts";
import { analyze } from "../../lib/engine/analyze.ts";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";

const root = fileURLToPath(new URL("../../rules/", import.meta.url));
const CATALOGUE = "notes.zh-CN.json";

/** Every `note` string of the rules' data files, with the file it is in. */
function dataNotes(): Map<string, string> {
  const notes = new Map<string, string>();
  const walk = (value: unknown, file: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, file));
    else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (key === "note" && typeof v === "string") notes.set(v, notes.get(v) ?? file);
        else walk(v, file);
      }
    }
  };
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json") && !f.endsWith(CATALOGUE))
    .sort();
  for (const file of files) walk(JSON.parse(readFileSync(join(root, file), "utf8")), `rules/${file}`);
  // Notes written in code rather than data (the cuss word list's two ratings).
  for (const entry of profanityList().entries) if (!notes.has(entry.note)) notes.set(entry.note, "rules/sensitivity/profanity.ts");
  return notes;
}

const HAN = /[\u4e00-\u9fff]/;
const catalogue = zhNotes as Record<string, string>;

describe("the Chinese notes catalogue", () => {
  const notes = dataNotes();

  it("finds the notes it checks (the walk reads the data files)", () => {
    expect(notes.size).toBeGreaterThan(700);
    expect(notes.get(profanityList().entries.at(-1)!.note)).toBe("rules/sensitivity/profanity.ts");
  });

  it("translates every note of the rules' data", () => {
    const missing = [...notes].filter(([note]) => !Object.hasOwn(catalogue, note)).map(([note, file]) => `${file}: ${note}`);
    expect(missing, `notes without a translation in rules/${CATALOGUE}`).toEqual([]);
  });

  it("holds no translation of a note that no longer exists", () => {
    const stale = Object.keys(catalogue).filter((note) => !notes.has(note));
    expect(stale, `stale entries in rules/${CATALOGUE}`).toEqual([]);
  });

  it("translates into Chinese, trimmed, with Chinese punctuation", () => {
    const bad = Object.entries(catalogue).filter(
      ([, zh]) => !HAN.test(zh) || zh !== zh.trim() || /[\u4e00-\u9fff][,:;]|[,:;](?=[\u4e00-\u9fff])/.test(zh),
    );
    expect(bad.map(([en, zh]) => `${en} → ${zh}`)).toEqual([]);
  });
});

describe("localNote", () => {
  afterEach(() => addNotes("zh-CN", catalogue));

  it("gives the English note in English and without a catalogue", () => {
    addNotes("zh-CN", {});
    expect(localNote("A note.", "zh-CN")).toBe("A note.");
    addNotes("zh-CN", { "A note.": "一条说明。" });
    expect(localNote("A note.", "en")).toBe("A note.");
    expect(hasNotes("en")).toBe(true);
  });

  it("gives the translation once the catalogue is added", () => {
    addNotes("zh-CN", { "A note.": "一条说明。" });
    expect(hasNotes("zh-CN")).toBe(true);
    expect(localNote("A note.", "zh-CN")).toBe("一条说明。");
    expect(localNote("Another note.", "zh-CN")).toBe("Another note.");
    expect(localNote("constructor", "zh-CN")).toBe("constructor");
  });
});

describe("a finding's note in the reader's language", () => {
  afterEach(() => addNotes("zh-CN", catalogue));
  const post = "Use code SAVE20: our hurricane sale, everything must go!";

  it("is the built-in note in Chinese for a Chinese reader, in English for an English one", async () => {
    addNotes("zh-CN", catalogue);
    const compiled = await compileRuleSet(BUILT_IN_RULESET, { inflector: NO_INFLECTION });
    const [en] = analyze(post, { locale: "en" }, compiled).filter((f) => f.ruleId === "sensitivity/tragedy-promotion");
    const [zh] = analyze(post, { locale: "zh-CN" }, compiled).filter((f) => f.ruleId === "sensitivity/tragedy-promotion");
    expect(en?.guidance).toMatch(/disaster/);
    expect(zh?.guidance).toBe(catalogue[en!.guidance!]);
    expect(zh?.guidance).toMatch(HAN);
  });

  it("translates a note quoted inside a message, and leaves other data alone", async () => {
    addNotes("zh-CN", { "Old note.": "旧说明。" });
    const compiled = await compileRuleSet(BUILT_IN_RULESET, { inflector: NO_INFLECTION });
    const quoting = defineRule({
      meta: {
        id: "test/quoting",
        category: "test",
        severity: "warn" as const,
        description: { en: "test", "zh-CN": "测试" },
        messages: { m: { en: "{{excerpt}}: {{note}}", "zh-CN": "{{excerpt}}：{{note}}" } },
        options: noOptions,
      },
      check: ({ report }) => report({ messageId: "m", data: { excerpt: "Old note.", note: "Old note." }, guidance: "Old note.", start: 0, end: 3 }),
    });
    compiled.rules = [{ rule: quoting, options: {}, severity: undefined, state: undefined }];
    const [zh] = analyze("Old note.", { locale: "zh-CN" }, compiled);
    expect([zh?.message, zh?.guidance]).toEqual(["Old note.：旧说明。", "旧说明。"]);
    const [en] = analyze("Old note.", { locale: "en" }, compiled);
    expect([en?.message, en?.guidance]).toEqual(["Old note.: Old note.", "Old note."]);
  });
});
