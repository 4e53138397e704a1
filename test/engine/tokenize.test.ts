import { describe, expect, it } from "vitest";
import { fold } from "../../lib/engine/text.ts";
import { tokenize } from "../../lib/engine/tokenize.ts";

const words = (text: string) => tokenize(text).list.map((t) => t.norm);
const spans = (text: string) => tokenize(text).list.map((t) => text.slice(t.start, t.end));

describe("fold", () => {
  it.each([
    ["Storm", "storm"],
    ["ＳＴＯＲＭ", "storm"],
    ["Café", "cafe"],
    ["naïve", "naive"],
    ["don’t", "dont"],
    ["Mother's", "mothers"],
    ["Straße", "strasse"],
    ["hurri\u200bcane", "hurricane"],
    ["ﬁre", "fire"],
    ["İstanbul", "istanbul"],
    ["ΣΟΦΟΣ", "σοφοσ"],
    ["台风", "台风"],
    ["ガス", "ガス"], // kana keep their marks: ガス (gas) is not カス
  ])("%s → %s", (input, want) => {
    expect(fold(input)).toBe(want);
  });
});

describe("tokenize", () => {
  it("splits words and keeps offsets into the original text", () => {
    const text = "Stay safe, everyone — it’s a storm!";
    expect(words(text)).toEqual(["stay", "safe", "everyone", "its", "a", "storm"]);
    expect(spans(text)).toEqual(["Stay", "safe", "everyone", "it’s", "a", "storm"]);
  });

  it("skips URLs: a link is not prose", () => {
    expect(words("see https://shop.example/storm-sale now and www.example.com/hurricane")).toEqual(["see", "now", "and"]);
  });

  it("splits hashtags into the words they spell, pointing back to the hashtag", () => {
    const t = tokenize("Go #WhyIStayed #why_i_stayed #whyistayed");
    expect(t.list.map((x) => x.norm)).toEqual(["go", "why", "i", "stayed", "why", "i", "stayed", "why", "i", "stayed"]);
    expect(t.hashtags.map((h) => h.norm)).toEqual(["whyistayed", "whyistayed", "whyistayed"]);
    expect(t.hashtags[0]).toMatchObject({ start: 3, end: 14, first: 1, last: 4 });
    expect(t.list.slice(1, 4).every((x) => x.kind === "hashtag" && x.hashtag === 0)).toBe(true);
  });

  it("reads full-width # and @", () => {
    const t = tokenize("＃Sandy ＠acme");
    expect(t.hashtags).toHaveLength(1);
    expect(t.list.map((x) => [x.kind, x.norm])).toEqual([
      ["hashtag", "sandy"],
      ["mention", "acme"],
    ]);
  });

  it("makes every character of a script without spaces a token", () => {
    const text = "台风来了 ไต้ฝุ่น 태풍";
    expect(spans(text)).toEqual(["台", "风", "来", "了", "ไ", "ต้", "ฝุ่", "น", "태", "풍"]);
  });

  it("splits mixed Latin and CJK runs", () => {
    expect(spans("iPhone发布会")).toEqual(["iPhone", "发", "布", "会"]);
  });

  it("splits words at underscores outside hashtags and trims quotes", () => {
    expect(spans("snake_case 'quoted' __x__")).toEqual(["snake", "case", "quoted", "x"]);
  });

  it("keeps offsets right after astral characters", () => {
    const text = "🌀🌀 storm 👩🏽‍🚒 fire";
    expect(spans(text)).toEqual(["storm", "fire"]);
  });

  it("returns no tokens for text without letters or digits", () => {
    expect(tokenize("!!! ... 🎉 — ## @").list).toEqual([]);
    expect(tokenize("").list).toEqual([]);
  });
});
