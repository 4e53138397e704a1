import { describe, expect, it } from "vitest";
import { splitHashtag, splitRun } from "../../lib/engine/segment.ts";

const split = (body: string) => splitHashtag(body).map((p) => p.text);

describe("splitHashtag", () => {
  it.each([
    ["WhyIStayed", ["Why", "I", "Stayed"]],
    ["why_i_stayed", ["why", "i", "stayed"]],
    ["whyistayed", ["why", "i", "stayed"]],
    ["hurricanesandy", ["hurricane", "sandy"]],
    ["BLACKFRIDAY", ["BLACK", "FRIDAY"]],
    ["StormSale2026", ["Storm", "Sale", "2026"]],
    ["NASA", ["NASA"]],
    ["tbt", ["tbt"]], // short: one word
    ["ootd", ["ootd"]],
    ["Sandy", ["Sandy"]],
    ["blessed", ["blessed"]], // a word itself is not split
    ["xqzvbnmkl", ["xqzvbnmkl"]], // nothing sensible: kept whole
    ["台风", ["台", "风"]],
  ])("%s", (body, want) => {
    expect(split(body)).toEqual(want);
  });

  it("gives offsets into the body", () => {
    const body = "NeverForget911";
    for (const p of splitHashtag(body)) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("splitRun", () => {
  it("finds the reading a word list supports (the classic misreadings)", () => {
    expect(splitRun("therapistfinder").map((p) => p.text)).toEqual(["therapist", "finder"]);
    expect(splitRun("expertsexchange").map((p) => p.text)).toEqual(["experts", "exchange"]);
  });
});
