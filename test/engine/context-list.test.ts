/**
 * The context-list kind (lib/engine/kinds/context-list.ts) on a list written for the test: cues
 * near a term, `unless`, the stance of the post, markets, brand accounts, capitals, safe phrases,
 * and the data checks that refuse a broken list.
 */
import { describe, expect, it } from "vitest";
import { analyzePost } from "../../lib/engine/analyze.ts";
import {
  ContextListSchema,
  contextListRule,
  contextListTerms,
  contextMatches,
  inScriptOf,
  reportContextMatch,
  type ContextKey,
  type ContextList,
} from "../../lib/engine/kinds/context-list.ts";
import { defineRule } from "../../lib/engine/rule.ts";
import type { AnalysisContext } from "../../lib/engine/types.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";

const label = { en: "a test", "zh-CN": "测试" };
const LIST: ContextList = {
  about: "A list for the test of the kind.",
  refers: "group",
  cues: {
    hate: { terms: ["heil", "14", "#whitepride"], inflect: false, note: "Context that makes a number a code.", source: "test" },
    child: { terms: ["toddler", "kids"], note: "Children.", source: "test" },
  },
  entries: [
    { id: "number-code", terms: ["88"], with: ["hate"], near: "post", severity: "block", label, note: "A number that is a code only in context.", source: "test" },
    { id: "sexual-child", terms: ["sexy"], with: [["child"]], severity: "block", label, note: "Needs the child in the same sentence.", source: "test" },
    { id: "two-clauses", terms: ["ramadan"], with: [["register:promotion"], ["food"]], near: "post", severity: "warn", label, note: "Needs a sale and food.", source: "test" },
    { id: "unless-respectful", terms: ["pogrom"], unless: ["register:condolence"], severity: "warn", label, note: "Quiet in a condolence.", source: "test" },
    { id: "by-stance", terms: ["slavery"], severity: "warn", stance: { mocking: "block", exploiting: "block", respectful: "off" }, label, note: "Judged by the stance.", source: "test" },
    { id: "mainland", terms: ["taiwan"], markets: ["cn"], severity: "warn", label, note: "For mainland readers only.", source: "test" },
    { id: "brand", terms: ["you people"], brandOnly: true, severity: "warn", label, note: "Only on a brand account.", source: "test" },
    { id: "capitals", terms: ["HH"], matchCase: true, severity: "warn", label, note: "Only in capitals.", source: "test" },
    {
      id: "by-cue-and-market",
      terms: ["tibet independence"],
      severity: "warn",
      stance: { exploiting: "off" },
      when: [
        { with: ["hate"], near: "post", severity: "block" },
        { markets: ["cn"], severity: "block" },
        { markets: ["tw"], severity: "off" },
      ],
      label,
      note: "Raised by a cue or by the market, silenced in another market.",
      source: "test",
    },
  ],
  safe: [{ terms: ["88 keys"], note: "A piano." }],
};
// "food" is a cue set of its own, added here so that the two-clause entry has one.
LIST.cues["food"] = { terms: ["lunch", "burger"], note: "Food.", source: "test" };
// Patterns among the cues and safe phrases: they run only once an entry was found.
LIST.cues["flag"] = { terms: ["/🇷🇺/"], note: "A flag, as a pattern.", source: "test" };
LIST.entries.push({ id: "letter", terms: ["Z"], matchCase: true, with: ["flag"], severity: "warn", label, note: "A letter beside a flag.", source: "test" });
LIST.safe!.push({ terms: ["/\\$\\d+/"], note: "A price, as a pattern." });
// A longer term and a shorter one inside it, in two entries: the longer holds only with its cue.
LIST.entries.push(
  { id: "refusal-long", terms: ["won't take no for an answer"], with: ["child"], severity: "block", label, note: "Needs a child.", source: "test" },
  { id: "refusal-short", terms: ["take no"], severity: "warn", label, note: "Holds alone.", source: "test" },
);

const rule = contextListRule({
  meta: {
    id: "test/context",
    category: "test",
    severity: "warn",
    description: { en: "test", "zh-CN": "测试" },
    messages: { found: { en: "{{excerpt}}: {{label}}", "zh-CN": "{{excerpt}}：{{label}}" } },
  },
  list: LIST,
  messageId: "found",
});

const ruleSet: RuleSet = {
  schema: "preflight.ruleset/1",
  id: "t",
  version: 1,
  issuedAt: "2026-01-01T00:00:00Z",
  brand: { names: [], accounts: [{ platform: "x", handle: "@acme" }] },
};
const compiled = await compileRuleSet(ruleSet, { rules: [rule] });
const base: AnalysisContext = { at: new Date("2026-03-10T12:00:00Z"), timeZone: "Europe/London", platform: "x", account: "@acme" };
const found = (text: string, context: AnalysisContext = {}) =>
  analyzePost(text, { ...base, ...context }, compiled).findings.map((f) => `${f.excerpt}:${f.severity}`);

describe("the context-list kind", () => {
  it("counts a term only with its cues", () => {
    expect(found("Room 88, second floor.")).toEqual([]);
    expect(found("88 and 14, you know what it means.")).toEqual(["88:block"]);
    expect(found("Our 88 keys sale, 14 days only.")).toEqual([]); // a safe phrase
  });
  it("looks for cues in the same sentence unless the entry says post", () => {
    expect(found("So sexy. Our kids range is out.")).toEqual([]);
    expect(found("So sexy, our kids range.")).toEqual(["sexy:block"]);
    expect(found("#whitepride. Then 88.")).toEqual(["88:block"]);
  });
  it("needs every clause of `with`", () => {
    expect(found("Ramadan lunch ideas.")).toEqual([]);
    expect(found("Ramadan: 20% off.")).toEqual([]);
    expect(found("Ramadan lunch deals: 20% off.")).toEqual(["Ramadan:warn"]);
  });
  it("skips a term when an `unless` cue is in the post", () => {
    expect(found("The pogrom of 1905.")).toEqual(["pogrom:warn"]);
    expect(found("We remember the victims of the pogrom.")).toEqual([]);
  });
  it("weighs a term by what the post does with it", () => {
    expect(found("A museum on slavery opens.")).toEqual(["slavery:warn"]);
    expect(found("Slavery? lol 😂")).toEqual(["Slavery:block"]);
    expect(found("Slavery-themed sale: 20% off.")).toEqual(["Slavery:block"]);
    expect(found("We remember the victims of slavery.")).toEqual([]);
  });
  it("applies an entry only in its markets", () => {
    expect(found("Taiwan")).toEqual([]);
    expect(found("Taiwan", { timeZone: "Asia/Shanghai" })).toEqual(["Taiwan:warn"]);
    expect(found("台湾 Taiwan 台湾", { platform: "weibo.com" })).toEqual(["Taiwan:warn"]);
  });
  it("applies a brand-only entry on brand accounts and unknown accounts", () => {
    expect(found("You people never read.")).toEqual(["You people:warn"]);
    expect(found("You people never read.", { account: "@kai" })).toEqual([]);
  });
  it("matches a capitals-only term in its capitals", () => {
    expect(found("HH")).toEqual(["HH:warn"]);
    expect(found("hh, nice")).toEqual([]);
  });
  it("takes the severity of the first `when` that holds, over the stance", () => {
    expect(found("Tibet independence now.")).toEqual(["Tibet independence:warn"]);
    expect(found("Tibet independence. #whitepride")).toEqual(["Tibet independence:block"]);
    expect(found("Tibet independence now.", { timeZone: "Asia/Shanghai" })).toEqual(["Tibet independence:block"]);
    expect(found("Tibet independence now.", { timeZone: "Asia/Taipei" })).toEqual([]);
    expect(found("Tibet independence tees: 20% off.")).toEqual([]); // the stance's "off"
    expect(found("Tibet independence tees: 20% off.", { timeZone: "Asia/Shanghai" })).toEqual(["Tibet independence:block"]);
  });
  it("runs the patterns of cues and safe phrases only for a post with an entry, and honours them", () => {
    const patterns = contextListTerms(LIST).filter((t) => t.term.startsWith("/"));
    expect(patterns).toEqual([]);
    expect(found("Z 🇷🇺")).toEqual(["Z:warn"]);
    expect(found("Z")).toEqual([]);
    expect(found("🇷🇺")).toEqual([]);
    expect(found("Only $88, and 14 colours.")).toEqual([]);
    expect(found("88, and 14 colours.")).toEqual(["88:block"]);
  });
  it("leaves the words of a longer term that does not hold to a shorter one inside them", () => {
    expect(found("He won't take no for an answer.")).toEqual(["take no:warn"]);
    expect(found("He won't take no for an answer, kids.")).toEqual(["won't take no for an answer:block"]);
    expect(found("Take no prisoners.")).toEqual(["Take no:warn"]);
  });
  it("reports the reference for the reading", () => {
    const { reading } = analyzePost("88 and 14", base, compiled);
    expect(reading.refersTo).toEqual([{ kind: "group", label: "a test", excerpt: "88" }]);
  });
});

describe("a rule that mixes a context list with terms of its own", () => {
  // Its own terms have number keys (as a term list's do); the list's carry the list's name.
  const mixed = defineRule<Record<string, never>, undefined, number | ContextKey>({
    meta: { ...rule.meta, id: "test/mixed", options: rule.meta.options as never },
    prepare: () => ({ terms: [{ term: "ramadan", key: 0, inflect: false }, ...contextListTerms(LIST, [], "mine")] }),
    check(ctx) {
      for (const m of contextMatches(LIST, ctx, "mine")) reportContextMatch(ctx, LIST, m, "found");
    },
  });
  it("matches the list on its own hits, ignoring the rule's other terms", async () => {
    const compiledMixed = await compileRuleSet(ruleSet, { rules: [mixed] });
    const out = (text: string) => analyzePost(text, base, compiledMixed).findings.map((f) => `${f.excerpt}:${f.severity}`);
    expect(out("88 and 14, ramadan lunch deals: 20% off")).toEqual(["88:block", "ramadan:warn"]);
    expect(out("Ramadan.")).toEqual([]);
  });
});

describe("inScriptOf", () => {
  it("offers the suggestions written in the script of the words found", () => {
    expect(inScriptOf("拜拜肉", ["upper arms", "手臂", "腰部"])).toEqual(["手臂", "腰部"]);
    expect(inScriptOf("flabby", ["toned", "紧致"])).toEqual(["toned"]);
    expect(inScriptOf("flabby", ["紧致"])).toEqual(["紧致"]);
  });
});

describe("ContextListSchema", () => {
  it("refuses an unknown cue set and a duplicate id, with their place", () => {
    const broken = {
      ...LIST,
      entries: [LIST.entries[0]!, { ...LIST.entries[0]!, with: ["nope"] }, { ...LIST.entries[1]!, with: ["register:gossip"] }],
    };
    const r = ContextListSchema.safeParse(broken);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("entries.1.id: duplicate id number-code");
    expect(messages).toContain("entries.1: unknown cue set nope");
    expect(messages).toContain("entries.2: unknown cue set register:gossip");
  });
  it("refuses a `when` with an unknown cue set, or with neither cues nor markets", () => {
    const entry = LIST.entries[0]!;
    const unknown = ContextListSchema.safeParse({ ...LIST, entries: [{ ...entry, when: [{ with: ["nope"], severity: "block" }] }] });
    expect(unknown.success ? [] : unknown.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["entries.0: unknown cue set nope"]);
    const empty = ContextListSchema.safeParse({ ...LIST, entries: [{ ...entry, when: [{ severity: "block" }] }] });
    expect(empty.success ? [] : empty.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "entries.0.when.0: a `when` needs `with` or `markets`",
    ]);
  });
  it("refuses an entry without a note, a source or a label", () => {
    const { note: _n, ...noNote } = LIST.entries[0]!;
    expect(ContextListSchema.safeParse({ ...LIST, entries: [noNote] }).success).toBe(false);
    const { label: _l, ...noLabel } = LIST.entries[0]!;
    expect(ContextListSchema.safeParse({ ...LIST, entries: [noLabel] }).success).toBe(false);
  });
});
