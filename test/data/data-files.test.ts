import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildWordList, renderWordModule } from "../../lib/engine/data/build-words.ts";
import { parseTerm } from "../../lib/engine/terms.ts";
import promotion from "../../rules/shared/promotion.json" with { type: "json" };

describe("rules/shared/promotion.json", () => {
  it("explains every entry with a note and a source", () => {
    expect(promotion.entries.length).toBeGreaterThan(10);
    for (const e of promotion.entries) {
      expect(e.note.trim(), e.term).not.toBe("");
      expect(e.source.trim(), e.term).not.toBe("");
    }
  });
  it("has no duplicate terms, and every term parses", () => {
    const terms = promotion.entries.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const e of promotion.entries) expect(() => parseTerm(e.term), e.term).not.toThrow();
  });
});

describe("lib/engine/data/words.ts", () => {
  it("is what build-words.ts generates from the installed word list", () => {
    const committed = readFileSync(new URL("../../lib/engine/data/words.ts", import.meta.url), "utf8");
    expect(committed).toBe(renderWordModule(buildWordList()));
  });
});
