/**
 * The named tragedies (rules/sensitivity/tragedies.json) as data: every entry dated, explained and
 * sourced, named in English and Chinese, no name in two entries or in the tragedy word list, and no
 * everyday word among the names (on the anniversary an ambiguous name counts on its own).
 */
import { describe, expect, it } from "vitest";
import WORDS from "../../../lib/engine/data/words.ts";
import { parseTerm } from "../../../lib/engine/terms.ts";
import { NAMED_TRAGEDIES } from "../../../rules/sensitivity/support/tragedy-refs.ts";
import { TRAGEDY } from "../../../rules/sensitivity/tragedy.ts";

/** A term's identity: its folded words, as the matcher sees them. */
const keyOf = (term: string) => {
  const parsed = parseTerm(term, { native: true });
  return parsed.kind === "regex" ? `/${parsed.source}/` : parsed.words.join(" ");
};
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

describe("rules/sensitivity/tragedies.json", () => {
  it("names the tragedies a comms lead would know, by kind", () => {
    const ids = new Set(NAMED_TRAGEDIES.map((t) => t.id));
    expect(ids.size).toBe(NAMED_TRAGEDIES.length);
    const expected = [
      "columbine-1999", "virginia-tech-2007", "charleston-2015", "pulse-2016", "las-vegas-2017", "parkland-2018", "el-paso-2019", "christchurch-2019",
      "buffalo-2022", "uvalde-2022", "highland-park-2022", "monterey-park-2023", "nashville-2023", "lewiston-2023",
      "september-11-2001", "london-7-7-2005", "paris-2015", "nice-2016", "manchester-arena-2017", "oklahoma-city-1995", "october-7-2023",
      "katrina-2005", "maria-2017", "harvey-2017", "ian-2022", "helene-2024", "milton-2024", "haiyan-2013", "lahaina-2023", "camp-fire-2018",
      "la-fires-2025", "tsunami-2004", "tohoku-2011", "turkey-syria-2023", "wenchuan-2008", "yushu-2010", "zhouqu-2010", "zhengzhou-2021",
      "mh370-2014", "mh17-2014", "germanwings-2015", "mu5735-2022", "titan-2023", "surfside-2021", "astroworld-2021", "itaewon-2022", "sewol-2014",
      "grenfell-2017", "rana-plaza-2013", "beirut-2020", "tianjin-2015", "wenzhou-2011", "key-bridge-2024", "air-india-171-2025", "jeju-air-2024",
      "ukraine-war-2022", "gaza-war-2023", "sudan-war-2023", "syria-war-2011",
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
    for (const kind of ["shooting", "attack", "disaster", "accident", "war", "death"] as const) {
      expect(NAMED_TRAGEDIES.some((t) => t.kind === kind), kind).toBe(true);
    }
  });

  describe.each(NAMED_TRAGEDIES.map((t) => [t.id, t] as const))("%s", (_, t) => {
    it("is dated, explained and sourced, with a title in both languages", () => {
      expect(Number.isNaN(Date.parse(`${t.date}T00:00:00Z`)), t.date).toBe(false);
      expect(t.id.endsWith(t.date.slice(0, 4)), "the id ends with the year").toBe(true);
      expect(t.note.length).toBeGreaterThan(30);
      expect(t.source.length).toBeGreaterThan(20);
      expect(t.title.en.trim()).not.toBe("");
      expect(t.title["zh-CN"]).toMatch(HAN);
    });

    it("is named in English and in Chinese, with names that parse", () => {
      const names = [...t.terms, ...(t.ambiguous ?? [])];
      for (const name of names) expect(() => parseTerm(name, { native: true }), name).not.toThrow();
      expect(names.some((n) => HAN.test(n)), "a Chinese name").toBe(true);
      expect(names.some((n) => LATIN.test(n)), "a name in Latin letters").toBe(true);
    });
  });

  it("gives no name to two tragedies", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const t of NAMED_TRAGEDIES) {
      for (const name of new Set([...t.terms, ...(t.ambiguous ?? [])].map(keyOf))) {
        if (seen.has(name)) twice.push(`"${name}" in ${t.id} and ${seen.get(name)}`);
        seen.set(name, t.id);
      }
    }
    expect(twice).toEqual([]);
  });

  it("lists a word-list term as a name only to label it (the seed's 'war in Ukraine'), never an ambiguous one", () => {
    const words = new Set(TRAGEDY.entries.flatMap((e) => e.terms.filter((t) => !t.startsWith("/")).map(keyOf)));
    const labelled = NAMED_TRAGEDIES.flatMap((t) => t.terms.filter((n) => words.has(keyOf(n))).map((n) => `${t.id}: ${n}`));
    expect(labelled.length).toBeLessThanOrEqual(2);
    for (const t of NAMED_TRAGEDIES) for (const name of t.ambiguous ?? []) expect(words.has(keyOf(name)), name).toBe(false);
  });

  it("lists no everyday word as a name, not even as an ambiguous one", () => {
    const common = new Set(WORDS.split(" ").slice(0, 5_000));
    const everyday = ["nice", "paradise", "camp fire", "buffalo", "maui", "october 7", "7 7", "surfside", "tree of life", "katrina", "kobe", "pulse", "titan", "highland park"];
    for (const t of NAMED_TRAGEDIES) {
      for (const name of t.terms) expect(common.has(keyOf(name)), `${t.id}: "${name}" is a common word`).toBe(false);
      for (const name of [...t.terms, ...(t.ambiguous ?? [])]) expect(everyday, `${t.id}: "${name}"`).not.toContain(keyOf(name));
    }
  });
});
