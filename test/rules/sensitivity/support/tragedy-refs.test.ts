// The references to tragedies that sensitivity/tragedy and sensitivity/tragedy-promotion share
// (rules/sensitivity/support/tragedy-refs.ts), read directly: the compiled built-in rule set with
// both rules' checks replaced by probes that keep what `tragedyRefs` returns.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../../lib/engine/analyze.ts";
import { NO_INFLECTION } from "../../../../lib/engine/inflect.ts";
import { BUILT_IN_RULESET } from "../../../../lib/ruleset/builtin.ts";
import { compileRuleSet, type CompiledRuleSet } from "../../../../lib/ruleset/compile.ts";
import type { RuleSet } from "../../../../lib/ruleset/schema.ts";
import { tragedyRefs, type TragedyRef } from "../../../../rules/sensitivity/support/tragedy-refs.ts";

const PROBED = ["sensitivity/tragedy", "sensitivity/tragedy-promotion"] as const;
type Probed = (typeof PROBED)[number];

async function probe(rules: RuleSet["rules"] = {}): Promise<{ compiled: CompiledRuleSet; seen: Map<Probed, TragedyRef[]> }> {
  const compiled = await compileRuleSet({ ...BUILT_IN_RULESET, rules: { ...BUILT_IN_RULESET.rules, ...rules } }, { inflector: NO_INFLECTION });
  const seen = new Map<Probed, TragedyRef[]>();
  compiled.rules = compiled.rules.map((entry) => {
    const id = entry.rule.meta.id as Probed;
    if (!PROBED.includes(id)) return entry;
    return { ...entry, rule: { ...entry.rule, check: (ctx) => void seen.set(id, tragedyRefs(ctx)) } };
  });
  return { compiled, seen };
}

type Row = [excerpt: string, strength: TragedyRef["strength"], group: string, named?: string, anniversary?: boolean];

const MARCH = "2026-03-03T20:00:00Z";
const CASES: { text: string; at?: string; rows: Row[]; name: string }[] = [
  {
    name: "words of mourning imply a tragedy; the disaster is named by its word",
    text: "Our hearts go out to everyone affected by the floods",
    rows: [
      ["Our hearts go out to", "implied", "condolence"],
      ["everyone affected by", "implied", "condolence"],
      ["floods", "strong", "disaster"],
    ],
  },
  { name: "a city that is also a tragedy's name, in ordinary copy, is no reference", text: "Las Vegas weekend deals", rows: [] },
  {
    name: "the same city on the anniversary (1 October, local time) is the shooting",
    text: "Las Vegas weekend deals",
    at: "2026-10-02T03:00:00Z",
    rows: [["Las Vegas", "strong", "named", "las-vegas-2017", true]],
  },
  {
    name: "the same city next to words of mourning is the shooting, any day",
    text: "Our hearts go out to Las Vegas",
    rows: [
      ["Our hearts go out to", "implied", "condolence"],
      ["Las Vegas", "strong", "named", "las-vegas-2017", false],
    ],
  },
  { name: "one reference per stretch: the longest words win", text: "A mass shooting downtown", rows: [["mass shooting", "strong", "violence"]] },
  { name: "a cause hashtag is one reference, not the city inside it", text: "#PrayForParis", rows: [["#PrayForParis", "strong", "cause"]] },
  {
    name: "Chinese: a named disaster and a word of death",
    text: "纪念汶川地震遇难同胞",
    rows: [
      ["汶川地震", "strong", "named", "wenchuan-2008", false],
      ["遇难", "strong", "disaster"],
    ],
  },
  { name: "safety words alone are weak", text: "Stay safe out there", rows: [["Stay safe", "weak", "safety"]] },
  { name: "ordinary copy refers to nothing", text: "Killer deals on our new running shoes", rows: [] },
];

const rowsOf = (text: string, refs: readonly TragedyRef[]): Row[] =>
  refs.map((r) => {
    const row: Row = [text.slice(r.start, r.end), r.strength, r.group];
    if (r.named) row.push(r.named.id, r.anniversary);
    return row;
  });

describe("tragedyRefs", () => {
  it.each(CASES)("$name: $text", async ({ text, at, rows }) => {
    const { compiled, seen } = await probe();
    analyze(text, { at: new Date(at ?? MARCH), timeZone: "America/Los_Angeles" }, compiled);
    expect(rowsOf(text, seen.get("sensitivity/tragedy") ?? [])).toEqual(rows);
  });

  it("leaves out what `skip` names: the named tragedies, or a group of the word list", async () => {
    const { compiled, seen } = await probe({ "sensitivity/tragedy": { options: { skip: ["named", "disaster"] } } });
    analyze("Praying for Uvalde after the floods", { at: new Date(MARCH), timeZone: "America/Chicago" }, compiled);
    expect(rowsOf("Praying for Uvalde after the floods", seen.get("sensitivity/tragedy") ?? []).map((r) => r[0])).not.toContain("Uvalde");
    expect(rowsOf("Praying for Uvalde after the floods", seen.get("sensitivity/tragedy") ?? []).map((r) => r[0])).not.toContain("floods");
    // tragedy-promotion keeps its own (default) skip, so it reads both.
    expect(rowsOf("Praying for Uvalde after the floods", seen.get("sensitivity/tragedy-promotion") ?? []).map((r) => r[0])).toEqual(
      expect.arrayContaining(["Uvalde", "floods"]),
    );
  });

  it("is read once per analysis: with the same skip, the second rule gets the first rule's references", async () => {
    const { compiled, seen } = await probe();
    analyze("Devastated by the news from Uvalde", { at: new Date(MARCH) }, compiled);
    const first = seen.get("sensitivity/tragedy");
    expect(first?.length).toBeGreaterThan(0);
    expect(seen.get("sensitivity/tragedy-promotion")).toBe(first);
    analyze("Devastated by the news from Uvalde", { at: new Date(MARCH) }, compiled);
    expect(seen.get("sensitivity/tragedy")).not.toBe(first); // a new analysis reads anew
    expect(seen.get("sensitivity/tragedy")).toEqual(first);
  });
});
