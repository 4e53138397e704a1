/**
 * The built-in calendar (rules/dates/sensitive-days.json) as data: every day explained and
 * sourced, every `on` computable, every term parsed and matched, and no term an ordinary word.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../lib/engine/analyze.ts";
import WORDS from "../../../lib/engine/data/words.ts";
import { parseTerm } from "../../../lib/engine/terms.ts";
import { dayInYear, isDayOfYear } from "../../../lib/engine/time.ts";
import rule, { SENSITIVE_DAYS, SensitiveDaysSchema } from "../../../rules/dates/sensitive-days.ts";
import raw from "../../../rules/dates/sensitive-days.json" with { type: "json" };
import { compileForTest } from "../rule-tester.ts";

const words = (term: string) => {
  const parsed = parseTerm(term);
  if (parsed.kind !== "words") throw new Error(`${term} is a regular expression`);
  return parsed.words;
};
const pad = (n: number) => String(n).padStart(2, "0");
/** Noon UTC on the day's occurrence in `year`. */
const noonOn = (on: string, year: number) => {
  const { month, day } = dayInYear(on, year);
  return new Date(`${year}-${pad(month)}-${pad(day)}T12:00:00Z`);
};

describe("rules/dates/sensitive-days.json", () => {
  it("matches its schema", () => {
    expect(() => SensitiveDaysSchema.parse(raw)).not.toThrow();
    expect(SENSITIVE_DAYS.length).toBeGreaterThanOrEqual(15);
  });

  it("has unique ids, and the days the design names", () => {
    const ids = SENSITIVE_DAYS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const on = Object.fromEntries(SENSITIVE_DAYS.map((d) => [d.id, d.on]));
    expect(on).toMatchObject({
      "nine-eleven": "09-11",
      "pearl-harbor": "12-07",
      "international-womens-day": "03-08",
      "holocaust-remembrance": "01-27",
      "memorial-day-us": "last-mon-05",
      "armistice-day": "11-11",
      "remembrance-sunday": "2-sun-11",
      "mlk-day": "3-mon-01",
      juneteenth: "06-19",
      hiroshima: "08-06",
      nagasaki: "08-09",
      "anzac-day": "04-25",
      "world-aids-day": "12-01",
      "nanjing-massacre-memorial": "12-13",
    });
  });

  describe.each(SENSITIVE_DAYS.map((d) => [d.id, d] as const))("%s", (_, day) => {
    it("is explained, sourced and guided in both languages", () => {
      expect(day.note.length, "note").toBeGreaterThan(20);
      expect(day.source.length, "source").toBeGreaterThan(20);
      for (const text of [day.title, day.guidance]) {
        expect(text.en.trim()).not.toBe("");
        expect(text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(day.guidance.en.length).toBeGreaterThan(40);
    });

    it("falls on a day time.ts computes, never a list of years", () => {
      expect(isDayOfYear(day.on)).toBe(true);
      if (day.approximate) expect(day.note).toMatch(/^APPROXIMATED: /);
    });

    it("blocks promotions only within a day of a day of mourning", () => {
      if (!day.solemn) return;
      expect(day.before ?? 0).toBeLessThanOrEqual(1);
      expect(day.after ?? 0).toBeLessThanOrEqual(1);
    });

    it("has terms that parse, without duplicates, and none an ordinary word", () => {
      const common = new Set(WORDS.split(" ").slice(0, 5_000));
      const seen = new Set<string>();
      for (const term of day.terms) {
        const w = words(term);
        const key = w.join(" ");
        expect(seen.has(key), `${term} duplicates another term (a #hashtag term also matches its words)`).toBe(false);
        seen.add(key);
        if (w.length === 1) expect(common.has(w[0]!), `${term} is among the 5,000 most frequent English words`).toBe(false);
      }
    });

    it("has safe phrases that each shield one of its terms", () => {
      for (const phrase of day.safe ?? []) {
        const text = words(phrase).join(" ");
        expect(
          day.terms.some((t) => ` ${text} `.includes(` ${words(t).join(" ")} `)),
          `${phrase} contains none of the terms`,
        ).toBe(true);
      }
    });

    it.each([2026, 2027])("reports each of its terms on the day in %i, and not its safe phrases", async (year) => {
      const compiled = await compileForTest(rule, {});
      // A day that applies only in its markets is checked there.
      const context = { at: noonOn(day.on, year), timeZone: day.marketOnly ? day.markets!.timeZones[0]! : "UTC" };
      for (const term of day.terms) {
        const text = `Today: ${term}.`;
        const found = analyze(text, context, compiled).filter((f) => f.ruleId === rule.meta.id && f.messageId === "dateTerm");
        expect(
          found.map((f) => text.slice(f.start, f.end)),
          term,
        ).toContain(term);
      }
      for (const phrase of day.safe ?? []) {
        const found = analyze(`Today: ${phrase}.`, context, compiled).filter((f) => f.ruleId === rule.meta.id);
        expect(found, phrase).toEqual([]);
      }
    });
  });

  it("matches no term of a day in ordinary posts on any of the days", async () => {
    const compiled = await compileForTest(rule, {});
    const ordinary = [
      "Remember to hydrate and wear sunscreen today!",
      "Don't forget your umbrella, rain is coming.",
      "Thank you to our amazing team for a great quarter.",
      "Meet the people behind our new spring collection.",
      "We remember the day we opened our first store.",
      "Our coffee shop is open late tonight.",
      "The new flavour is the bomb, honestly.",
      "Happy Monday! What are you reading this week?",
      "Call 911 if you see smoke, then call us.",
      "Poppy seed bagels are back on the menu.",
      "新品上市，欢迎来店里看看。",
      "周末愉快，记得多喝水。",
    ];
    for (const day of SENSITIVE_DAYS) {
      const context = { at: noonOn(day.on, 2026), timeZone: "UTC" };
      for (const text of ordinary) {
        // Promotional words ("shop") are promotion.json's business; these are the days' own terms.
        const found = analyze(text, context, compiled).filter((f) => f.ruleId === rule.meta.id && f.messageId === "dateTerm");
        expect(found.map((f) => `${day.id}: ${f.excerpt}`), text).toEqual([]);
      }
    }
  });

  it("explains every day it leaves out", () => {
    expect(raw.omitted.length).toBeGreaterThan(0);
    for (const o of raw.omitted) expect(o.reason.length, o.title).toBeGreaterThan(20);
  });
});
