/**
 * Term lists of the crisis and spokesperson rules (STYLE.md, "data over code"): valid, every entry
 * explained with a note and a source, every term parses, and none is listed twice.
 */
import { describe, expect, it } from "vitest";
import type { TermList } from "../../lib/engine/kinds/term-list.ts";
import { parseTerm } from "../../lib/engine/terms.ts";
import { STATEMENT } from "../../rules/crisis/statement.ts";
import { LEAKS } from "../../rules/spokesperson/unapproved.ts";

const LISTS: Record<string, TermList> = { "crisis/statement.json": STATEMENT, "spokesperson/leaks.json": LEAKS };

for (const [name, list] of Object.entries(LISTS)) {
  describe(`rules/${name}`, () => {
    it("explains every entry with a note and a source, in English and Chinese terms", () => {
      for (const e of list.entries) {
        expect(e.note.length, e.terms[0]).toBeGreaterThan(20);
        expect(e.source.length, e.terms[0]).toBeGreaterThan(10);
      }
      const terms = list.entries.flatMap((e) => e.terms);
      expect(terms.some((t) => /\p{Script=Han}/u.test(t))).toBe(true);
      expect(terms.some((t) => /[a-z]/i.test(t))).toBe(true);
    });
    it("lists no term twice, and every term parses", () => {
      const seen = new Set<string>();
      for (const t of list.entries.flatMap((e) => e.terms)) {
        const p = parseTerm(t, { native: true });
        const key = p.kind === "regex" ? p.source : p.words.join(" ");
        expect(seen.has(key), t).toBe(false);
        seen.add(key);
      }
    });
  });
}
