import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { createInflector } from "../../lib/engine/inflect.ts";
import { parseTerm, requiredLiteral, TermError, termVariants } from "../../lib/engine/terms.ts";

const inflector = createInflector(nlp);
const variants = (term: string) => {
  const parsed = parseTerm(term);
  if (parsed.kind !== "words") throw new Error("expected words");
  return termVariants(parsed, inflector).map((v) => v.join(" "));
};

describe("parseTerm", () => {
  it("reads words, hashtags and phrases", () => {
    expect(parseTerm("Hurricane Sandy")).toMatchObject({ kind: "words", words: ["hurricane", "sandy"] });
    expect(parseTerm("#WhyIStayed")).toMatchObject({ kind: "words", words: ["why", "i", "stayed"] });
    expect(parseTerm("#whyistayed")).toMatchObject({ kind: "words", words: ["why", "i", "stayed"] });
    expect(parseTerm("9/11")).toMatchObject({ kind: "words", words: ["9", "11"] });
    expect(parseTerm("台风")).toMatchObject({ kind: "words", words: ["台", "风"] });
  });

  it("reads /regex/ terms", () => {
    expect(parseTerm("/dirt[- ]?cheap/")).toMatchObject({ kind: "regex", source: "dirt[- ]?cheap" });
  });

  it.each([
    ["/(a)\\1/", /cannot run in linear time.*backreferences/],
    ["/a(?=b)/", /cannot run in linear time/],
    ["/(?<!x)y/", /cannot run in linear time/],
    ["/(/", /missing closing/],
    ["/a*/", /matches empty text/],
    ["/x/g", /unknown regular-expression flag "g"/],
    ["!!!", /at least one letter or digit/],
    ["x".repeat(501), /at most 500 characters/],
  ])("refuses %s", (term, reason) => {
    expect(() => parseTerm(term)).toThrow(TermError);
    expect(() => parseTerm(term)).toThrow(reason);
  });
});

describe("termVariants with English inflections", () => {
  it("inflects nouns and verbs", () => {
    expect(variants("storm")).toEqual(expect.arrayContaining(["storm", "storms"]));
    expect(variants("shooting")).toEqual(expect.arrayContaining(["shooting", "shootings"]));
    expect(variants("die")).toEqual(expect.arrayContaining(["die", "died", "dies", "dying"]));
    expect(variants("victims")).toEqual(expect.arrayContaining(["victims", "victim"]));
  });

  it("inflects the last word of a phrase, and a leading verb", () => {
    expect(variants("mass shooting")).toEqual(expect.arrayContaining(["mass shooting", "mass shootings"]));
    expect(variants("shoot up")).toEqual(expect.arrayContaining(["shoot up", "shooting up", "shot up"]));
  });

  it("leaves names, acronyms and function words as written", () => {
    expect(variants("Hurricane Sandy")).toEqual(expect.arrayContaining(["hurricane sandy", "hurricanes sandy"]));
    expect(variants("Hurricane Sandy")).not.toContain("hurricane sandies");
    expect(variants("NASA")).toEqual(["nasa", "nasas"]); // "NASA's"
    expect(variants("why")).toEqual(["why"]);
    expect(variants("news")).not.toContain("new");
  });
});

describe("regular-expression terms", () => {
  it.each([false, true])("find case-insensitive matches with UTF-16 offsets (native engine: %s)", (native) => {
    const parsed = parseTerm("/\\bRIP\\b/", { native });
    if (parsed.kind !== "regex") throw new Error("expected a regex");
    expect(parsed.find("😀 rip and RIP, not ripe")).toEqual([
      [3, 6],
      [11, 14],
    ]);
  });

  it("vets a native pattern with the linear-time engine too", () => {
    expect(() => parseTerm("/(a)\\1/", { native: true })).toThrow(/linear time/);
  });
});

describe("requiredLiteral", () => {
  it.each([
    ["dirt[- ]?cheap", "cheap"],
    ["\\bRIP\\b", "rip"],
    ["buy (now|today)", "buy "],
    ["free\\s+shipping", "shipping"],
    ["colou?r", "colo"], // the optional "u" is dropped, and "r" alone is too short
    ["a|b", undefined],
    ["(?:ab|cd)ef", undefined],
    ["\\$\\d+ off", " off"],
    ["xyz{0,2}", undefined], // "xy" is too short
    ["abc+", "abc"],
    ["[a-z]+ing", "ing"],
    ["ab", undefined],
  ])("/%s/ needs %s", (source, want) => {
    expect(requiredLiteral(source)).toBe(want);
  });

  it("never skips a match: with and without the filter the matches are the same", () => {
    const patterns = ["/dirt[- ]?cheap/", "/\\bRIP\\b/", "/buy (now|today)/", "/free\\s+shipping/", "/ab+c/"];
    const texts = ["DIRT-CHEAP buy NOW", "rip Rip rIp", "free   SHIPPING", "abbbc ABC", "nothing here", "ſtorm K"];
    for (const term of patterns) {
      const parsed = parseTerm(term);
      const native = parseTerm(term, { native: true });
      if (parsed.kind !== "regex" || native.kind !== "regex") throw new Error("expected regexes");
      for (const text of texts) expect(parsed.find(text), `${term} on ${text}`).toEqual(native.find(text));
    }
  });

  it("never skips a match of a native pattern: the same as the pattern run on its own, with no filter", () => {
    const patterns = ["\\bobsessive [\\p{L}-]+ disorder\\b", "\\b(?:our|the) (?:[^\\s\\d]+ )?shops?\\b", "\\bSTORM\\b", "\\bkit\\b"];
    const texts = ["Obsessive-Compulsive? no: OBSESSIVE Compulsive Disorder", "The Bradford Shop and our shops", "ſtorm and STORM", "a \u212Ait and a KIT", "nothing"];
    for (const source of patterns) {
      const native = parseTerm(`/${source}/`, { native: true });
      if (native.kind !== "regex") throw new Error("expected a regex");
      const plain = new RegExp(source, /\\p\{/.test(source) ? "giu" : "gi");
      for (const text of texts) {
        const unfiltered = Array.from(text.matchAll(plain), (m) => [m.index, m.index + m[0].length]);
        expect(native.find(text), `/${source}/ on ${text}`).toEqual(unfiltered);
      }
    }
  });
});

describe("possessives of names", () => {
  it("lets a name's last word match its possessive", () => {
    expect(variants("Skylark Air")).toEqual(expect.arrayContaining(["skylark air", "skylark airs"]));
    expect(variants("REI")).toEqual(["rei", "reis"]);
  });
});
