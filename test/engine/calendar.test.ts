/**
 * The calendar kind's audience and mention settings (lib/engine/kinds/calendar.ts): what a day of
 * mourning blocks where it is not observed, and how a sincere mention of a celebration differs
 * from one that sells. The built-in calendar's rows are in test/rules/dates/.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { registerOf } from "../../lib/engine/analyze.ts";
import { checkCalendar, inMarket, prepareCalendar, type CalendarDay, type CalendarKey } from "../../lib/engine/kinds/calendar.ts";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { TermMatcher } from "../../lib/engine/matcher.ts";
import type { CheckContext, Hit, Report } from "../../lib/engine/rule.ts";
import { parseTerm, termVariants } from "../../lib/engine/terms.ts";
import { tokenize } from "../../lib/engine/tokenize.ts";
import { compileRuleSet, type CompiledRuleSet } from "../../lib/ruleset/compile.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";

const RULE_SET: RuleSet = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-01-01T00:00:00Z" };
/** No rules: only the register cues, for the posts' reading. */
let cuesOnly: CompiledRuleSet;
beforeAll(async () => {
  cuesOnly = await compileRuleSet(RULE_SET, { rules: [], inflector: NO_INFLECTION });
});

describe("inMarket", () => {
  const day = { markets: { timeZones: ["Australia/", "Pacific/Auckland"], scripts: ["Han"] } };
  it("takes a zone by name or by a prefix ending in '/'", () => {
    expect(inMarket(day, "Australia/Perth", "Sale")).toBe(true);
    expect(inMarket(day, "Pacific/Auckland", "Sale")).toBe(true);
    expect(inMarket(day, "Pacific/Aucklandia", "Sale")).toBe(false);
    expect(inMarket(day, "Europe/London", "Sale")).toBe(false);
  });
  it("takes a post written in one of the scripts from anywhere", () => {
    expect(inMarket(day, "Europe/London", "全场五折")).toBe(true);
    expect(inMarket(day, "Europe/London", "セール")).toBe(false);
  });
  it("is everywhere for a day without markets", () => {
    expect(inMarket({}, "Europe/London", "Sale")).toBe(true);
  });
});

/** Runs `checkCalendar` on a text the way the engine would: terms matched, reports collected. */
function run(days: CalendarDay[], text: string, timeZone: string, at: string): Report[] {
  const prepared = prepareCalendar(days);
  const matcher = new TermMatcher();
  const keys: CalendarKey[] = [];
  const hits: Hit<CalendarKey>[] = [];
  for (const spec of prepared.terms ?? []) {
    const parsed = parseTerm(spec.term, { native: spec.native === true });
    if (parsed.kind === "regex") {
      for (const [start, end] of parsed.find(text)) hits.push({ key: spec.key, start, end });
      continue;
    }
    keys.push(spec.key);
    for (const words of termVariants(parsed, NO_INFLECTION)) matcher.addWords(words, keys.length - 1);
  }
  for (const h of matcher.match(tokenize(text))) hits.push({ key: keys[h.entry]!, start: h.start, end: h.end });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const reports: Report[] = [];
  const state = prepared.state!;
  // The parts of a rule's context that checkCalendar reads.
  const ctx = {
    text,
    tokens: tokenize(text),
    options: {},
    state,
    ruleSet: RULE_SET,
    register: registerOf(text, cuesOnly),
    context: { platform: undefined, account: undefined, author: undefined, at: new Date(at), timeZone, locale: "en", crisis: undefined },
    hits,
    sentences: () => [],
    report: (r: Report) => reports.push(r),
  } as unknown as CheckContext<unknown, typeof state, CalendarKey>;
  checkCalendar(ctx, { term: "term", promotion: "promotion", sells: "sells" });
  return reports;
}

describe("checkCalendar", () => {
  const celebration: CalendarDay = { id: "c", title: "Founders' Day", on: "05-04", terms: ["Founders Day"], severity: "warn", mention: "info" };
  const mourning: CalendarDay = { id: "m", title: "Flood memorial", on: "05-04", terms: ["the flood"], severity: "warn", solemn: true, markets: { timeZones: ["Europe/Prague"] } };

  it("reports a sincere mention at the mention's severity", () => {
    const [r] = run([celebration], "Happy Founders Day to our whole team.", "UTC", "2026-05-04T12:00:00Z");
    expect(r).toMatchObject({ messageId: "term", severity: "info" });
  });

  it("reports a mention in a post that sells at the day's severity, naming the offer", () => {
    const [r] = run([celebration], "Founders Day sale: 20% off.", "UTC", "2026-05-04T12:00:00Z");
    expect(r).toMatchObject({ messageId: "sells", severity: "warn", data: { promotion: "sale" } });
  });

  it("blocks a promotion on a day of mourning only where the day is observed", () => {
    const here = run([mourning], "Spring sale today.", "Europe/Prague", "2026-05-04T12:00:00Z");
    expect(here.map((r) => [r.messageId, r.severity])).toEqual([["promotion", "block"]]);
    expect(run([mourning], "Spring sale today.", "America/New_York", "2026-05-04T16:00:00Z")).toEqual([]);
  });

  it("still reports a reference to a day of mourning outside its markets", () => {
    const found = run([mourning], "Remembering the flood. Spring sale today.", "America/New_York", "2026-05-04T16:00:00Z");
    expect(found.map((r) => r.messageId)).toEqual(["term"]);
  });
});
