import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blueskyLinkLength, measure } from "../../../rules/voice/length.ts";
import { tokenize } from "../../../lib/engine/tokenize.ts";
import { emojiSpans, forEachCluster, isCommonWord, urlSpans } from "../../../rules/voice/support/text.ts";

/** Whether a phrase over text[start, end) runs across clause punctuation, as the engine's tokens mark it. */
const crossesPunctuation = (text: string, start: number, end: number) =>
  tokenize(text).list.some((token) => token.clause && token.start > start && token.start < end);

const clusters = (s: string) => {
  const out: string[] = [];
  forEachCluster(s, 0, s.length, (a, b) => void out.push(s.slice(a, b)));
  return out;
};
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const segments = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);

describe("grapheme clusters", () => {
  it.each([
    ["abc", ["a", "b", "c"]],
    ["e\u0301t\u00e9", ["e\u0301", "t", "\u00e9"]],
    ["👨‍👩‍👧‍👦!", ["👨‍👩‍👧‍👦", "!"]],
    ["👍🏽👍", ["👍🏽", "👍"]],
    ["🇺🇸🇬🇧🇫", ["🇺🇸", "🇬🇧", "🇫"]],
    ["1️⃣#️⃣", ["1️⃣", "#️⃣"]],
    ["🏴󠁧󠁢󠁳󠁣󠁴󠁿x", ["🏴󠁧󠁢󠁳󠁣󠁴󠁿", "x"]],
    ["a\r\nb", ["a", "\r\n", "b"]],
    ["好的。", ["好", "的", "。"]],
    ["ก่อน", ["ก่", "อ", "น"]],
  ])("%j", (text, expected) => {
    expect(clusters(text)).toEqual(expected);
    expect(clusters(text)).toEqual(segments(text));
  });

  it("agrees with Intl.Segmenter on Latin, CJK, accents and emoji", () => {
    const pieces = ["a", "Z", " ", "é", "e\u0301", "好", "！", "🎉", "👍🏽", "👨‍👩‍👧", "🇯🇵", "❤️", "1️⃣", "\n", "ß", "ü"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(clusters(text)).toEqual(segments(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe("emoji", () => {
  it("counts what a reader sees as one emoji", () => {
    expect(emojiSpans("🎉 👨‍👩‍👧‍👦 👍🏽 🇺🇸 1️⃣ ❤️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ✌🏽").length).toBe(8);
    expect(emojiSpans("© ® ™ ✔ ➡ ‼ 1 #").length).toBe(0);
  });
});

describe("X's weighted length (twitter-text v3)", () => {
  it.each([
    ["Hello, world! 👋", 16],
    ["a".repeat(280), 280],
    ["好".repeat(10), 20],
    ["👨‍👩‍👧‍👦", 2],
    ["Read https://acme.example/a/very/long/path/indeed/yes", 5 + 23],
    ["Go to https://a.co now", 6 + 23 + 4],
    ["“quoted” — dash…", 17], // the ellipsis (U+2026) is outside the light ranges
  ])("%j weighs %i", (text, weight) => {
    expect(measure(text, "x", 1_000).length).toBe(weight);
  });
  it("cuts where the limit is passed", () => {
    expect(measure(`${"a".repeat(279)}好`, "x", 280).cut).toBe(279);
    expect(measure("a".repeat(280), "x", 280).cut).toBe(-1);
  });
});

describe("links", () => {
  it("finds links without their trailing punctuation", () => {
    const text = "See https://acme.example/winter. Or www.acme.example/shop!";
    expect(urlSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["https://acme.example/winter", "www.acme.example/shop"]);
  });
  it("shortens links as Bluesky's composer does", () => {
    expect(blueskyLinkLength("https://acme.example")).toBe("acme.example".length);
    expect(blueskyLinkLength("https://acme.example/")).toBe("acme.example".length);
    expect(blueskyLinkLength("https://acme.example/shop")).toBe("acme.example/shop".length);
    expect(blueskyLinkLength("https://acme.example/a/very/long/path")).toBe("acme.example".length + 16);
  });
});

describe("phrases across punctuation", () => {
  it("divides at sentence and clause punctuation followed by a space", () => {
    const t = "no risk. Free returns";
    expect(crossesPunctuation(t, 3, 13)).toBe(true);
    expect(crossesPunctuation("the No. 1 brand", 4, 9)).toBe(false);
    expect(crossesPunctuation("3.5 stars", 0, 9)).toBe(false);
    expect(crossesPunctuation("risk-free", 0, 9)).toBe(false);
    expect(crossesPunctuation("in partnership, with", 0, 20)).toBe(true);
    expect(crossesPunctuation("好。坏", 0, 3)).toBe(true);
  });
});

describe("everyday words", () => {
  it("knows frequent words and not rare names", () => {
    expect(isCommonWord("apple")).toBe(true);
    expect(isCommonWord("north")).toBe(true);
    expect(isCommonWord("acme")).toBe(false);
    expect(isCommonWord("patagonia")).toBe(false);
  });
});
