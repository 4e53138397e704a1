/**
 * Every data file of the context-list kind under rules/ (STYLE.md, "data over code"): valid,
 * every entry explained with a note, a source and a label in both languages, every term parses,
 * no term listed twice, and every safe phrase guards a listed term or cue.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ContextListSchema } from "../../lib/engine/kinds/context-list.ts";
import { parseTerm } from "../../lib/engine/terms.ts";
import { CLAUSE_KEY } from "../../lib/engine/tokenize.ts";

const root = fileURLToPath(new URL("../../rules/", import.meta.url));
const files = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".json"))
  .filter((f) => {
    const data = JSON.parse(readFileSync(join(root, f), "utf8")) as Record<string, unknown>;
    return "cues" in data && "entries" in data;
  });

const words = (term: string) => {
  const p = parseTerm(term, { native: true });
  return p.kind === "regex" ? `/${p.source}/` : p.words.join(" ").replaceAll(CLAUSE_KEY, "");
};

it("finds the context lists", () => expect(files.length).toBeGreaterThan(0));

for (const file of files) {
  describe(`rules/${file}`, () => {
    const raw = JSON.parse(readFileSync(join(root, file), "utf8"));
    it("is a valid context list", () => {
      const r = ContextListSchema.safeParse(raw);
      expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
    });
    const list = ContextListSchema.parse(raw);
    it("explains every entry and cue set", () => {
      for (const e of list.entries) {
        expect(e.note.length, e.id).toBeGreaterThan(15);
        expect(e.source.length, e.id).toBeGreaterThan(10);
        expect(e.label.en.trim(), e.id).not.toBe("");
        expect(/\p{Script=Han}/u.test(e.label["zh-CN"]), `${e.id}: a Chinese label`).toBe(true);
      }
      for (const [name, cue] of Object.entries(list.cues)) expect(cue.source.length, name).toBeGreaterThan(3);
    });
    // A term may stand in two entries only when they need different cues ("Taiwan" listed as a
    // country, or beside China in a menu): the engine tries the next when the first does not hold.
    it("lists no term twice among its entries unless their cues differ, and every term parses", () => {
      const seen = new Map<string, { id: string; context: string }>();
      for (const e of list.entries) {
        const context = JSON.stringify([e.with ?? [], e.unless ?? []]);
        for (const t of e.terms) {
          const k = words(t);
          const before = seen.get(k);
          expect(before === undefined || before.context !== context, `"${t}" in ${e.id} and ${before?.id}, with the same cues`).toBe(true);
          seen.set(k, { id: e.id, context });
        }
      }
      for (const cue of Object.values(list.cues)) for (const t of cue.terms) expect(() => parseTerm(t, { native: true }), t).not.toThrow();
      for (const s of list.safe ?? []) for (const t of s.terms) expect(() => parseTerm(t, { native: true }), t).not.toThrow();
    });
    // A safe pattern (a price, an address) guards every term it covers and is not checked here.
    it("has safe phrases that each contain a listed term or cue", () => {
      const listed = [...list.entries.flatMap((e) => e.terms), ...Object.values(list.cues).flatMap((c) => c.terms)]
        .filter((t) => !t.startsWith("/"))
        .map((t) => ` ${words(t)} `);
      const orphans = (list.safe ?? [])
        .flatMap((s) => s.terms)
        .filter((t) => !t.startsWith("/") && !listed.some((l) => ` ${words(t)} `.includes(l)));
      expect(orphans).toEqual([]);
    });
  });
}
