/**
 * The sensitivity pack's data files (STYLE.md, "data over code"): every entry explained with a note
 * and a source, no term listed twice, every term parses, every safe phrase guards a listed term.
 */
import { cuss } from "cuss";
import { describe, expect, it } from "vitest";
import { TermListSchema, type TermList } from "../../../lib/engine/kinds/term-list.ts";
import { loadInflector } from "../../../lib/engine/inflect.ts";
import { knownWordCost } from "../../../lib/engine/segment.ts";
import { CLAUSE_KEY } from "../../../lib/engine/tokenize.ts";
import { parseTerm, termVariants } from "../../../lib/engine/terms.ts";
import { fold } from "../../../lib/engine/text.ts";
import { HASHTAG_READING } from "../../../rules/sensitivity/hashtag-reading.ts";
import { INCLUSIVE } from "../../../rules/sensitivity/inclusive.ts";
import { POLITICS } from "../../../rules/sensitivity/politics.ts";
import { PROFANITY, profanityList, unmask } from "../../../rules/sensitivity/profanity.ts";
import { SUBSTANCES, SUBSTANCES_NEAR } from "../../../rules/sensitivity/substances.ts";
import { CUES } from "../../../rules/sensitivity/tragedy-promotion.ts";
import { TRAGEDY } from "../../../rules/sensitivity/tragedy.ts";
import { mockForms, TROPES_DATA, tropesList } from "../../../rules/sensitivity/tropes.ts";

const LISTS: Record<string, TermList> = {
  "profanity.json (with cuss)": profanityList(),
  "inclusive.json": INCLUSIVE,
  "tragedy.json": TRAGEDY,
  "tragedy-promotion.json": CUES,
  "tropes.json (expanded)": tropesList(),
  // The objects of `near` are listed terms too: a safe phrase may guard them ("joint venture").
  "substances.json (with near)": {
    ...SUBSTANCES,
    entries: [...SUBSTANCES.entries, ...SUBSTANCES_NEAR.map((n) => ({ terms: n.objects, note: n.note, source: n.source, inflect: false }))],
  },
  "politics.json": POLITICS,
};

/** A term's identity: its words, and whether it only counts as a hashtag or in its capitals. */
function keyOf(term: string, flags = ""): string {
  const parsed = parseTerm(term, { native: true });
  return (parsed.kind === "regex" ? `/${parsed.source}/` : parsed.words.join(" ")) + flags;
}

const inflector = await loadInflector();

/** Every word sequence an entry term matches, as the compiler builds them. */
function variants(term: string, inflect: boolean): string[] {
  const parsed = parseTerm(term, { native: true });
  if (parsed.kind === "regex") return [];
  // Words only: a term's own clause marks ("Philip K. Dick") do not change which words it holds.
  return (inflect ? termVariants(parsed, inflector) : [parsed.words]).map((w) => ` ${w.join(" ").replaceAll(CLAUSE_KEY, "")} `);
}

for (const [name, list] of Object.entries(LISTS)) {
  describe(`rules/sensitivity/${name}`, () => {
    it("is a valid term list", () => {
      expect(() => TermListSchema.parse(list)).not.toThrow();
    });

    it("explains every entry with a note and a source", () => {
      for (const e of list.entries) {
        expect(e.note.trim().length, e.terms[0]).toBeGreaterThan(10);
        expect(e.source.trim().length, e.terms[0]).toBeGreaterThan(5);
      }
      for (const s of list.safe ?? []) expect(s.note.trim(), s.terms[0]).not.toBe("");
    });

    it("parses every term, on the native engine for patterns", () => {
      for (const e of list.entries) for (const t of e.terms) expect(() => parseTerm(t, { native: true }), t).not.toThrow();
      for (const s of list.safe ?? []) for (const t of s.terms) expect(() => parseTerm(t), t).not.toThrow();
    });

    it("lists no term twice", () => {
      const seen = new Map<string, string>();
      for (const e of list.entries) {
        for (const t of e.terms) {
          const key = keyOf(t, `${e.hashtagOnly ? "#" : ""}${e.matchCase ? "Aa" : ""}`);
          expect(seen.get(key), `"${t}" is listed twice`).toBeUndefined();
          seen.set(key, t);
        }
      }
      const safe = new Set<string>();
      for (const s of list.safe ?? []) {
        for (const t of s.terms) {
          const key = keyOf(t);
          expect(safe.has(key), `safe phrase "${t}" is listed twice`).toBe(false);
          expect(seen.has(key), `safe phrase "${t}" is also a listed term`).toBe(false);
          safe.add(key);
        }
      }
    });

    it("has safe phrases that each contain a listed term", () => {
      const listed = list.entries.flatMap((e) => e.terms.flatMap((t) => variants(t, e.inflect !== false)));
      const useless = (list.safe ?? []).flatMap((s) => s.terms).filter((t) => !listed.some((v) => variants(t, false)[0]!.includes(v)));
      expect(useless, "safe phrases that guard no listed term").toEqual([]);
    });
  });
}

describe("rules/sensitivity/profanity.json", () => {
  const own = PROFANITY.entries.flatMap((e) => e.terms.map(fold));
  const mild = PROFANITY.mild.flatMap((g) => g.terms);
  const ordinary = PROFANITY.ordinary.flatMap((g) => g.terms);

  it("demotes or leaves out only words the cuss list has", () => {
    for (const w of [...mild, ...ordinary]) expect(cuss, `"${w}" is not in cuss`).toHaveProperty([w]);
  });

  it("lists each word in one place only", () => {
    const all = [...own, ...mild, ...ordinary];
    const dupes = all.filter((w, i) => all.indexOf(w) !== i);
    expect(dupes).toEqual([]);
  });

  it("blocks slurs and warns or informs on the rest", () => {
    for (const e of PROFANITY.entries) expect(e.severity, e.terms[0]).toBeDefined();
    const list = profanityList();
    expect(list.entries.find((e) => e.terms.includes("nigger"))?.severity).toBe("block");
    // Every cuss word is either flagged or explained away.
    const flagged = new Set(list.entries.flatMap((e) => e.terms.map(fold)));
    for (const [w, rating] of Object.entries(cuss)) {
      if (rating > 0) expect(flagged.has(fold(w)) || ordinary.includes(w), w).toBe(true);
      else expect(flagged.has(fold(w)) && !own.includes(fold(w)), `${w} (sureness 0) is flagged`).toBe(false);
    }
  });

  it("unmasks every censored word it knows, and nothing else", () => {
    for (const w of PROFANITY.masked.words) expect(unmask(`${w[0]}${"*".repeat(w.length - 1)}`), w).toBeDefined();
    expect(unmask("shipping*")).toBeUndefined();
    expect(unmask("hi!")).toBeUndefined();
    expect(unmask("f***")).toBe("fuck");
  });
});

describe("rules/sensitivity/substances.json (near)", () => {
  it("keeps verbs, fillers and objects apart, each listed once", () => {
    for (const n of SUBSTANCES_NEAR) {
      const all = [...n.verbs, ...n.fillers, ...n.objects.map(fold)];
      expect(all.filter((w, i) => all.indexOf(w) !== i), n.note).toEqual([]);
    }
  });
});

describe("rules/sensitivity/inclusive.json", () => {
  it("suggests an alternative for every entry but insults that need rephrasing", () => {
    for (const e of INCLUSIVE.entries) if (e.severity !== "warn") expect(e.suggest?.length, e.terms[0]).toBeGreaterThan(0);
  });
});

describe("rules/sensitivity/tropes.json", () => {
  it("uses a group placeholder in every pattern and a known kind in every pattern's kinds", () => {
    const kinds = new Set(TROPES_DATA.generalizations.groups.map((g) => g.kind));
    for (const p of TROPES_DATA.generalizations.patterns) for (const k of p.kinds ?? []) expect(kinds.has(k), k).toBe(true);
    const ids = TROPES_DATA.generalizations.groups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("explains every caricature, lists each of its signs once, and no sign in two cultures", () => {
    const ids = TROPES_DATA.caricatures.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const c of TROPES_DATA.caricatures) {
      expect(c.note.length, c.id).toBeGreaterThan(20);
      expect(c.source.length, c.id).toBeGreaterThan(20);
      for (const t of [...c.props, ...c.cues, ...c.emoji]) {
        expect(owner.get(fold(t)), `${t} is listed twice`).toBeUndefined();
        owner.set(fold(t), c.id);
      }
      for (const phrase of c.safe) expect(c.props.some((p) => fold(phrase).includes(fold(p))), `${phrase} shields no prop`).toBe(true);
    }
  });

  it("mocks only words that give a swapped form, and no form is an English word", () => {
    for (const w of TROPES_DATA.mockAccent.words) {
      const forms = mockForms(w);
      expect(forms.length, `${w} has no swapped form that is not a word`).toBeGreaterThan(0);
      for (const f of forms) expect(knownWordCost(f), f).toBeUndefined();
    }
  });
});

describe("rules/sensitivity/hashtag-reading.json", () => {
  const reading = new Set(HASHTAG_READING.readingWords.terms);

  it("lists words that the hashtag word list knows (or that it adds), each once", () => {
    const words = [...HASHTAG_READING.words, ...HASHTAG_READING.ambiguous].flatMap((g) => g.terms);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(knownWordCost(w) !== undefined || reading.has(w), w).toBe(true);
    for (const w of HASHTAG_READING.readingWords.terms) expect(knownWordCost(w), `${w} is already known`).toBeUndefined();
  });

  it("adds only vocabulary the word list lacks, each once, and none of the flagged words", () => {
    const vocabulary = HASHTAG_READING.vocabulary.terms;
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    const flagged = new Set(HASHTAG_READING.words.flatMap((g) => g.terms));
    for (const w of vocabulary) {
      expect(knownWordCost(w), `${w} is already known`).toBeUndefined();
      expect(flagged.has(w) || reading.has(w), `${w} is both vocabulary and a flagged or slang word`).toBe(false);
    }
  });
});
