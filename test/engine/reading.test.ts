/**
 * The reading of a post (lib/engine/reading.ts): register cues, the stance they give a reference,
 * the reading `analyzePost` returns, and a superseded finding.
 */
import { describe, expect, it } from "vitest";
import { analyze, analyzePost } from "../../lib/engine/analyze.ts";
import { parseTerm } from "../../lib/engine/terms.ts";
import { CUE_TERMS, RegisterDataSchema, REGISTERS, type Stance } from "../../lib/engine/reading.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import registers from "../../rules/shared/registers.json" with { type: "json" };

const compiled = await compileRuleSet(BUILT_IN_RULESET);
const at = new Date("2026-03-10T12:00:00Z");
const readingOf = (text: string) => analyzePost(text, { at, timeZone: "UTC" }, compiled).reading;

describe("rules/shared/registers.json", () => {
  it("is valid, and every entry has a note and a source", () => {
    const data = RegisterDataSchema.parse(registers);
    for (const e of data.entries) {
      expect(e.note.length, e.terms[0]).toBeGreaterThan(10);
      expect(e.source.length, e.terms[0]).toBeGreaterThan(10);
    }
  });
  it("covers every register but promotion (promotion.json), in English and Chinese", () => {
    const data = RegisterDataSchema.parse(registers);
    for (const r of REGISTERS.filter((r) => r !== "promotion")) {
      const terms = data.entries.filter((e) => e.register === r).flatMap((e) => e.terms);
      expect(terms.some((t) => /[a-z]/i.test(t)), `${r} in English`).toBe(true);
      expect(terms.some((t) => /\p{Script=Han}/u.test(t)), `${r} in Chinese`).toBe(true);
    }
  });
  it("lists no term twice, under one register or two, and every term parses", () => {
    const seen = new Map<string, string>();
    for (const c of CUE_TERMS.filter((c) => c.register !== "safe")) {
      const parsed = parseTerm(c.term, { native: true });
      const key = parsed.kind === "regex" ? `/${parsed.source}/` : parsed.words.join(" ");
      expect(seen.get(key), `"${c.term}" is listed as ${seen.get(key)} and ${c.register}`).toBeUndefined();
      seen.set(key, c.register);
    }
  });
});

describe("the stance of a post that refers to a tragedy", () => {
  const cases: [string, Stance][] = [
    ["Our thoughts are with everyone affected by the earthquake.", "respectful"],
    ["We're matching every donation to flood relief, up to €50,000.", "respectful"],
    ["All flights to Taipei are cancelled today because of the typhoon. Rebook free in the app.", "respectful"],
    ["We apologise: our post about the mass shooting was wrong.", "respectful"],
    ["Hurricane sale: 20% off everything.", "exploiting"],
    ["After the earthquake, meet our new collection.", "exploiting"],
    ["Earthquake? More like our new bass drop 😂", "mocking"],
    ["Our hearts go out to everyone hit by the floods. Join our team, we're hiring!", "exploiting"],
    ["Hurricane relief sale: 10% of every order goes to the Red Cross.", "cause"],
    ["Happy anniversary to the hurricane survivors!", "celebrating"],
    ["The earthquake.", "neutral"],
    ["地震无情，人间有爱。全场打折！", "exploiting"],
    ["台风期间暂停营业，请注意安全。", "respectful"],
  ];
  for (const [text, stance] of cases) {
    it(`${stance}: ${text}`, () => {
      expect(readingOf(text).stance).toBe(stance);
    });
  }
});

describe("analyzePost", () => {
  it("returns the reading: what the post refers to and its register", () => {
    const reading = readingOf("Devastated by the news from Uvalde. Summer sale: 25% off.");
    expect(reading.refersTo.map((r) => [r.kind, r.label, r.excerpt])).toContainEqual(["tragedy", "the Uvalde school shooting", "Uvalde"]);
    expect(reading.register.map((r) => r.register)).toEqual(expect.arrayContaining(["condolence", "promotion"]));
    expect(reading.stance).toBe("exploiting");
  });
  it("names the reference in the analysis language", () => {
    const { reading } = analyzePost("汶川地震十八周年，全场五折。", { at, timeZone: "Asia/Shanghai", locale: "zh-CN" }, compiled);
    expect(reading.refersTo[0]?.label).toBe("汶川地震");
  });
  it("leaves the register out of a post that refers to nothing sensitive", () => {
    expect(readingOf("Spring sale: 25% off, free shipping.")).toEqual({ refersTo: [], register: [], stance: "neutral" });
  });
  it("says a post that ignores a declared crisis was posted during it, not that it mentions it", async () => {
    const { describeReading } = await import("../../lib/engine/reading.ts");
    const crisis = { at, timeZone: "UTC", crisis: { active: true } };
    const ignoring = analyzePost("Our weekly tips: three ways to brew at home.", crisis, compiled).reading;
    expect(describeReading(ignoring, "en")).toBe("Read as: posted during the brand's crisis; the post does not address it.");
    const zh = analyzePost("本周小贴士：在家冲咖啡的三种方法。", { ...crisis, locale: "zh-CN" as const }, compiled).reading;
    expect(describeReading(zh, "zh-CN")).toBe("解读：发布于品牌当前的危机期间；帖子对此只字不提。");
    const hiring = analyzePost("Join the family: we're hiring!", crisis, compiled).reading;
    expect(describeReading(hiring, "en")).toContain("uses it to sell or promote");
  });
  it("returns the same findings as analyze", () => {
    const text = "The war in Ukraine breaks our hearts. 30% off everything blue and yellow.";
    expect(analyzePost(text, { at, timeZone: "UTC" }, compiled).findings).toEqual(analyze(text, { at, timeZone: "UTC" }, compiled));
  });
});

describe("a superseded finding", () => {
  const text = "Hurricane Sandy Sale: 20% off everything";
  it("is dropped when the superseding rule found the same words", () => {
    const ids = analyze(text, { at, timeZone: "UTC" }, compiled).map((f) => `${f.ruleId}:${f.excerpt}`);
    expect(ids).toContain("sensitivity/tragedy-promotion:Hurricane");
    expect(ids).not.toContain("sensitivity/tragedy:Hurricane");
  });
  it("stays when the superseding rule is off", async () => {
    const off = await compileRuleSet({ ...BUILT_IN_RULESET, rules: { ...BUILT_IN_RULESET.rules, "sensitivity/tragedy-promotion": "off" } });
    const ids = analyze(text, { at, timeZone: "UTC" }, off).map((f) => `${f.ruleId}:${f.excerpt}`);
    expect(ids).toContain("sensitivity/tragedy:Hurricane");
  });
});
