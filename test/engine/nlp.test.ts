import nlp from "compromise";
import { describe, expect, it, vi } from "vitest";
import { countSyllables, MAX_SENTENCE, SentenceAnalyzer, splitSentences } from "../../lib/engine/nlp.ts";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at terminal punctuation and line breaks", () => {
    expect(sentences("Hello there. How are you?  Fine!\nNew line")).toEqual(["Hello there.", "How are you?", "Fine!", "New line"]);
  });
  it("splits Chinese sentences", () => {
    expect(sentences("今天下雨。明天晴！")).toEqual(["今天下雨。", "明天晴！"]);
  });
  it("keeps closing quotes with their sentence, and drops empty ones", () => {
    expect(sentences('He said "go." Then left...   ')).toEqual(['He said "go."', "Then left..."]);
    expect(sentences("  \n\n ")).toEqual([]);
  });
});

describe("countSyllables", () => {
  it.each([
    ["cat", 1],
    ["water", 2],
    ["beautiful", 3],
    ["organization", 5],
    ["make", 1],
  ])("%s has %i", (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe("SentenceAnalyzer", () => {
  it("parses each distinct sentence once: an edit re-parses only the edited sentence", () => {
    const parse = vi.fn(nlp);
    const analyzer = new SentenceAnalyzer(parse as unknown as typeof nlp);
    const a = "The box was opened by the team. We are glad. It is shipped today.";
    analyzer.analyze(a);
    expect(parse).toHaveBeenCalledTimes(3);
    analyzer.analyze(a);
    expect(parse).toHaveBeenCalledTimes(3);
    analyzer.analyze(a.replace("We are glad.", "We are happy."));
    expect(parse).toHaveBeenCalledTimes(4);
  });

  it("does not parse a sentence that holds none of a passive's auxiliaries", () => {
    const parse = vi.fn(nlp);
    const analyzer = new SentenceAnalyzer(parse as unknown as typeof nlp);
    const [plain] = analyzer.analyze("We love it. It's sold out. Isnt made here. Baked by the team. Orders GOT lost.");
    expect(plain!.facts.passive).toEqual([]);
    expect(parse.mock.calls.map(([sentence]) => sentence)).toEqual(["It's sold out.", "Isnt made here.", "Baked by the team.", "Orders GOT lost."]);
  });

  it("finds passive verbs with offsets into the text", () => {
    const analyzer = new SentenceAnalyzer(nlp);
    const text = "Hi. Mistakes were made by us.";
    const [, second] = analyzer.analyze(text);
    const p = second!.facts.passive[0]!;
    expect(text.slice(second!.start + p.start, second!.start + p.end)).toBe("were made");
  });
});

describe("splitSentences on run-on text", () => {
  const runOn = Array.from({ length: 120 }, (_, i) => `word${i} again`).join(" ");

  it("cuts a post without sentence ends into bounded pieces that cover it", () => {
    const pieces = splitSentences(runOn);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(pieces.map((p) => runOn.slice(p.start, p.end)).join(" ")).toBe(runOn);
  });

  it("keeps the pieces far from an edit as they were", () => {
    const edited = runOn.replace("word3 again", "word3 once more");
    const before = splitSentences(runOn).map((p) => runOn.slice(p.start, p.end));
    const after = splitSentences(edited).map((p) => edited.slice(p.start, p.end));
    const unchanged = after.filter((p) => before.includes(p)).length;
    expect(unchanged).toBeGreaterThanOrEqual(after.length - 2);
  });
});
