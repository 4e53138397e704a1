import { describe, expect, it } from "vitest";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { TermMatcher } from "../../lib/engine/matcher.ts";
import { parseTerm, termVariants } from "../../lib/engine/terms.ts";
import { tokenize } from "../../lib/engine/tokenize.ts";

function matcherOf(terms: string[]): TermMatcher {
  const m = new TermMatcher();
  terms.forEach((term, i) => {
    const parsed = parseTerm(term);
    if (parsed.kind === "words") for (const words of termVariants(parsed, NO_INFLECTION)) m.addWords(words, i);
  });
  return m;
}

const hits = (terms: string[], text: string) =>
  matcherOf(terms)
    .match(tokenize(text))
    .map((h) => [terms[h.entry], text.slice(h.start, h.end)]);

describe("TermMatcher", () => {
  it("matches words and phrases on word boundaries", () => {
    expect(hits(["storm", "storm surge"], "A storm surge, not a brainstorm.")).toEqual([
      ["storm", "storm"],
      ["storm surge", "storm surge"],
    ]);
  });

  it("matches overlapping phrases and every entry sharing a phrase", () => {
    expect(hits(["new york", "york city", "new york city"], "in New York City")).toEqual([
      ["new york", "New York"],
      ["new york city", "New York City"],
      ["york city", "York City"],
    ]);
  });

  it("matches a phrase spelled by a hashtag, covering the # sign", () => {
    expect(hits(["never forget"], "#NeverForget #neverforget never forget")).toEqual([
      ["never forget", "#NeverForget"],
      ["never forget", "#neverforget"],
      ["never forget", "never forget"],
    ]);
  });

  it("matches a word inside a hashtag without covering the rest", () => {
    expect(hits(["storm"], "#StormSale")).toEqual([["storm", "#Storm"]]);
  });

  it("matches a run-together hashtag the word list cannot split", () => {
    expect(hits(["jumbo shrimp"], "#jumboshrimp")).toEqual([["jumbo shrimp", "#jumboshrimp"]]);
  });

  it("matches mentions whole and by their words", () => {
    expect(hits(["acme", "acme outdoors"], "thanks @acme and @Acme_Outdoors")).toEqual([
      ["acme", "@acme"],
      ["acme outdoors", "@Acme_Outdoors"],
    ]);
  });


  it("matches CJK terms inside running text", () => {
    expect(hits(["台风"], "今天台风来了")).toEqual([["台风", "台风"]]);
  });

  it("counts compiled sequences", () => {
    expect(matcherOf(["a b", "a b", "c", "/x+/"]).size).toBe(3);
  });
});

describe("TermMatcher across punctuation", () => {
  it("does not carry a phrase across clause punctuation", () => {
    expect(hits(["risk free"], "No risk. Free returns")).toEqual([]);
    expect(hits(["risk free"], "No risk, free returns")).toEqual([]);
    expect(hits(["risk free"], "risk-free returns")).toEqual([["risk free", "risk-free"]]);
    expect(hits(["9/11"], "Never forget 9/11")).toEqual([["9/11", "9/11"]]);
  });

  it("matches a term whose own punctuation is part of it, and quotes inside a phrase", () => {
    expect(hits(["R.I.P."], "R.I.P. to a legend")).toEqual([["R.I.P.", "R.I.P"]]);
    expect(hits(["number one"], "We're No. 1 again, number. One day")).toEqual([]);
    expect(hits(["no 1"], "We're No. 1 again")).toEqual([["no 1", "No. 1"]]);
    expect(hits(["3 000 units"], "3,000 units")).toEqual([["3 000 units", "3,000 units"]]);
    expect(hits(['removing "no" from'], "removing ‘no’ from your vocabulary")).toEqual([['removing "no" from', "removing ‘no’ from"]]);
  });

  it("looks up a one-word term as a whole hashtag the word list would split", () => {
    expect(hits(["patagonia"], "Thanks #patagonia")).toEqual([["patagonia", "#patagonia"]]);
  });
});
