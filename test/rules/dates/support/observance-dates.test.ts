/**
 * The observances as data (rules/dates/observances.json) and their dates
 * (rules/dates/support/observance-dates.ts): published dates in several years, the astronomy
 * against observed instants, and the moon computed here against ICU's Chinese calendar.
 */
import { describe, expect, it } from "vitest";
import { parseTerm } from "../../../../lib/engine/terms.ts";
import { OBSERVANCES, ObservancesSchema } from "../../../../rules/dates/observances.ts";
import raw from "../../../../rules/dates/observances.json" with { type: "json" };
import {
  calendarDate,
  dayNumber,
  easterSunday,
  isoDay,
  moonPhase,
  nearestOccurrence,
  occurrencesIn,
  sunReaches,
} from "../../../../rules/dates/support/observance-dates.ts";

const DAY_MS = 86_400_000;
const byId = (id: string) => {
  const o = OBSERVANCES.find((x) => x.id === id);
  if (!o) throw new Error(`no observance ${id}`);
  return o;
};
/** The first days of an observance that begin in `year`, as YYYY-MM-DD. */
const startsIn = (id: string, year: number) => byId(id).on.flatMap((rule) => occurrencesIn(rule, year).map((o) => isoDay(o.start))).sort();
const minutesApart = (ms: number, iso: string) => Math.abs(ms - Date.parse(iso)) / 60_000;

describe("observance dates", () => {
  // Published dates: Umm al-Qura (Islamic), the Hebrew calendar, the Purple Mountain Observatory's
  // Chinese calendar, the churches' Easter tables and India's central government holiday lists.
  it.each([
    ["ramadan", 2025, ["2025-03-01"]],
    ["ramadan", 2027, ["2027-02-08"]],
    ["ramadan", 2030, ["2030-01-05", "2030-12-26"]],
    ["eid-al-fitr", 2025, ["2025-03-30"]],
    ["eid-al-fitr", 2027, ["2027-03-09"]],
    ["eid-al-fitr", 2030, ["2030-02-04"]],
    ["eid-al-adha", 2025, ["2025-06-06"]],
    ["eid-al-adha", 2027, ["2027-05-16"]],
    ["eid-al-adha", 2030, ["2030-04-13"]],
    ["rosh-hashanah", 2025, ["2025-09-23"]],
    ["rosh-hashanah", 2027, ["2027-10-02"]],
    ["rosh-hashanah", 2030, ["2030-09-28"]],
    ["yom-kippur", 2025, ["2025-10-02"]],
    ["yom-kippur", 2027, ["2027-10-11"]],
    ["yom-kippur", 2030, ["2030-10-07"]],
    ["passover", 2025, ["2025-04-13"]],
    ["passover", 2027, ["2027-04-22"]],
    ["passover", 2030, ["2030-04-18"]],
    ["hanukkah", 2025, ["2025-12-15"]],
    ["hanukkah", 2027, ["2027-12-25"]],
    ["hanukkah", 2030, ["2030-12-21"]],
    ["lunar-new-year", 2025, ["2025-01-29"]],
    ["lunar-new-year", 2027, ["2027-02-06"]],
    ["lunar-new-year", 2030, ["2030-02-03"]],
    ["mid-autumn", 2025, ["2025-10-06"]],
    ["mid-autumn", 2027, ["2027-09-15"]],
    ["mid-autumn", 2030, ["2030-09-12"]],
    ["dragon-boat", 2025, ["2025-05-31"]],
    ["dragon-boat", 2027, ["2027-06-09"]],
    ["qingming", 2024, ["2024-04-04"]],
    ["qingming", 2025, ["2025-04-04"]],
    ["qingming", 2026, ["2026-04-05"]],
    ["qingming", 2027, ["2027-04-05"]],
    ["qingming", 2030, ["2030-04-05"]],
    ["ash-wednesday", 2025, ["2025-03-05"]],
    ["ash-wednesday", 2027, ["2027-02-10"]],
    ["ash-wednesday", 2030, ["2030-03-06"]],
    ["good-friday", 2025, ["2025-04-18", "2025-04-18"]],
    ["good-friday", 2027, ["2027-03-26", "2027-04-30"]],
    ["easter", 2030, ["2030-04-21", "2030-04-28"]],
    ["diwali", 2021, ["2021-11-04"]],
    ["diwali", 2022, ["2022-10-24"]],
    ["diwali", 2023, ["2023-11-12"]],
    ["diwali", 2024, ["2024-10-31"]],
    ["diwali", 2025, ["2025-10-20"]],
    ["holi", 2023, ["2023-03-08"]],
    ["holi", 2024, ["2024-03-25"]],
    ["holi", 2025, ["2025-03-14"]],
    ["vesak", 2024, ["2024-05-23"]],
    ["vesak", 2025, ["2025-05-12"]],
    ["day-of-the-dead", 2026, ["2026-11-01"]],
    ["day-of-the-dead", 2030, ["2030-11-01"]],
  ] as const)("%s %i begins on %j", (id, year, days) => {
    expect(startsIn(id, year)).toEqual([...days]);
  });

  it("lasts as long as the observance: a whole Islamic month, eight days of Passover", () => {
    const [ramadan2025] = occurrencesIn(byId("ramadan").on[0]!, 2025);
    expect(ramadan2025?.days).toBe(29); // Eid al-Fitr 2025 was on 30 March
    expect(occurrencesIn(byId("ramadan").on[0]!, 2026)[0]?.days).toBe(30);
    expect(occurrencesIn(byId("passover").on[0]!, 2025)[0]?.days).toBe(8);
    expect(occurrencesIn(byId("day-of-the-dead").on[0]!, 2026)[0]?.days).toBe(2);
  });

  it("finds the nearest occurrence, and where a day stands to it", () => {
    const ramadan = byId("ramadan").on;
    expect(nearestOccurrence(ramadan, dayNumber(2025, 3, 12))).toMatchObject({ fromStart: 11, outside: 0 });
    expect(nearestOccurrence(ramadan, dayNumber(2025, 2, 26))).toMatchObject({ fromStart: -3, outside: -3 });
    expect(nearestOccurrence(ramadan, dayNumber(2025, 4, 2))).toMatchObject({ outside: 4 }); // 29 days from 1 March
    // Across a new year: Hanukkah 2027 runs from 25 December into 2028.
    expect(nearestOccurrence(byId("hanukkah").on, dayNumber(2028, 1, 1))).toMatchObject({ fromStart: 7, outside: 0 });
  });

  it("computes Easter by both computus", () => {
    const easter = (y: number, church: "western" | "orthodox") => isoDay(easterSunday(y, church));
    expect([2024, 2025, 2026, 2027, 2028].map((y) => easter(y, "western"))).toEqual(["2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16"]);
    expect([2024, 2025, 2026, 2027, 2028].map((y) => easter(y, "orthodox"))).toEqual(["2024-05-05", "2025-04-20", "2026-04-12", "2027-05-02", "2028-04-16"]);
  });
});

describe("the sun and the moon", () => {
  it("puts the sun at the equinox and the solstice when the US Naval Observatory does (within 15 minutes)", () => {
    expect(minutesApart(sunReaches(0, 2025), "2025-03-20T09:01Z")).toBeLessThan(15);
    expect(minutesApart(sunReaches(90, 2025), "2025-06-21T02:42Z")).toBeLessThan(15);
    expect(minutesApart(sunReaches(270, 2024), "2024-12-21T09:20Z")).toBeLessThan(15);
    expect(minutesApart(sunReaches(300, 2025), "2025-01-19T20:00Z")).toBeLessThan(15); // 大寒, 04:00 on 20 January in Beijing: early in the year
  });

  it("puts new and full moons at the instants of published phases and eclipses (within 3 minutes)", () => {
    const lunation = (iso: string) => (Date.parse(iso) / DAY_MS - (2_451_550.09766 - 2_440_587.5)) / 29.530588861;
    const newMoon = (iso: string) => moonPhase(Math.round(lunation(iso)));
    const fullMoon = (iso: string) => moonPhase(Math.round(lunation(iso) - 0.5) + 0.5);
    expect(minutesApart(newMoon("2024-11-01T12:47Z"), "2024-11-01T12:47Z")).toBeLessThan(3);
    expect(minutesApart(newMoon("2027-02-06T15:56Z"), "2027-02-06T15:56Z")).toBeLessThan(3);
    expect(minutesApart(fullMoon("2025-03-14T06:55Z"), "2025-03-14T06:55Z")).toBeLessThan(3); // total lunar eclipse
    expect(minutesApart(fullMoon("2026-03-03T11:38Z"), "2026-03-03T11:38Z")).toBeLessThan(3); // total lunar eclipse
  });

  it("agrees with ICU's Chinese calendar on the first day of every month 2000–2050, but within minutes of midnight", () => {
    const disagree: string[] = [];
    let nearMidnight = 0;
    for (let k = 0; k < 630; k++) {
      const inChina = moonPhase(k) + 8 * 3_600_000;
      const minute = (inChina % DAY_MS) / 60_000;
      if (Math.min(minute, 1440 - minute) < 15) {
        nearMidnight++;
        continue;
      }
      const day = Math.floor(inChina / DAY_MS);
      if (calendarDate("chinese", day).day !== 1) disagree.push(isoDay(day));
    }
    expect(disagree).toEqual([]);
    expect(nearMidnight).toBeGreaterThan(0);
  });

  it("dates Diwali 2024–2040 on the evening of the new moon of the month of Libra", () => {
    for (let year = 2024; year <= 2040; year++) {
      const [diwali] = startsIn("diwali", year);
      expect(diwali! >= `${year}-10-15` && diwali! <= `${year}-11-16`, `${year}: ${diwali}`).toBe(true);
      const day = Date.parse(`${diwali}T00:00:00Z`) / DAY_MS;
      const lunation = Math.round((day - (2_451_550.09766 - 2_440_587.5)) / 29.530588861);
      const newMoonInIndia = Math.floor((moonPhase(lunation) + 5.5 * 3_600_000) / DAY_MS);
      expect([day, day + 1], `${year}: new moon on ${isoDay(newMoonInIndia)}`).toContain(newMoonInIndia);
    }
  });
});

describe("rules/dates/observances.json", () => {
  it("matches its schema", () => {
    const r = ObservancesSchema.safeParse(raw);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
    expect(OBSERVANCES.length).toBeGreaterThanOrEqual(20);
  });

  it("has the observances the issue names", () => {
    const ids = OBSERVANCES.map((o) => o.id);
    for (const id of ["ramadan", "eid-al-fitr", "eid-al-adha", "yom-kippur", "rosh-hashanah", "passover", "lunar-new-year", "qingming", "lent", "ash-wednesday", "good-friday", "easter", "diwali", "vesak", "holi", "hanukkah"]) {
      expect(ids).toContain(id);
    }
  });

  describe.each(OBSERVANCES.map((o) => [o.id, o] as const))("%s", (_, o) => {
    it("is explained, sourced and guided in both languages", () => {
      expect(o.note.length).toBeGreaterThan(30);
      expect(o.source.length).toBeGreaterThan(20);
      for (const text of [o.title, o.guidance]) {
        expect(text.en.trim()).not.toBe("");
        expect(text["zh-CN"]).toMatch(/\p{Script=Han}/u);
      }
      if (o.approximate) expect(o.note).toMatch(/^APPROXIMATED: /);
    });

    it("falls every year from 2024 to 2040", () => {
      for (let year = 2024; year <= 2040; year++) {
        const n = o.on.reduce((sum, rule) => sum + occurrencesIn(rule, year).length, 0);
        expect(n, String(year)).toBeGreaterThanOrEqual(1);
      }
    });

    it("has names in English and Chinese that parse", () => {
      const all = [...o.names, ...(o.ambiguous ?? []), ...(o.greetings ?? []), ...(o.happy?.terms ?? [])];
      for (const term of all) expect(() => parseTerm(term, { native: true }), term).not.toThrow();
      expect(all.some((t) => /\p{Script=Han}/u.test(t)), "a Chinese name").toBe(true);
      expect(all.some((t) => /\p{Script=Latin}/u.test(t)), "a name in Latin letters").toBe(true);
    });
  });

  it("gives no name to two observances", () => {
    const seen = new Map<string, string>();
    for (const o of OBSERVANCES) {
      for (const term of [...o.names, ...(o.ambiguous ?? []), ...(o.greetings ?? [])]) {
        const key = term.toLowerCase();
        expect(seen.get(key), `"${term}" in ${o.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, o.id);
      }
    }
  });

  it("has safe phrases that each contain a listed name or cue", () => {
    const listed = [...OBSERVANCES.flatMap((o) => [...o.names, ...(o.ambiguous ?? [])]), ...Object.values(raw.cues).flatMap((c) => c.terms)].map((t) =>
      t.toLowerCase().replace(/-/g, " "),
    );
    const orphans = raw.safe.flatMap((s) => s.terms).filter((t) => !listed.some((l) => ` ${t.toLowerCase().replace(/-/g, " ")} `.includes(` ${l} `) || (/\p{Script=Han}/u.test(l) && t.includes(l))));
    expect(orphans).toEqual([]);
  });
});
