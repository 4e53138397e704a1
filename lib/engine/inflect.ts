/**
 * English inflections of term words, computed once when a rule set is compiled so that no NLP runs
 * while matching: "storm" also matches "storms", "shooting" "shootings", "die" "died" and "dying".
 * compromise's transforms are string rules with a lexicon (no parse): about 3 µs a word here.
 */
import type nlpType from "compromise";

export interface Inflector {
  /** Every form of a lower-case word, the word itself first. */
  forms(word: string): string[];
}

/** Tags of words that do not inflect like nouns or verbs. */
const FIXED = new Set([
  "QuestionWord",
  "Preposition",
  "Determiner",
  "Pronoun",
  "Conjunction",
  "Adverb",
  "Adjective",
  "Comparative",
  "Superlative",
  "Uncountable",
  "Copula",
  "Modal",
  "Auxiliary",
  "Negative",
  "Possessive",
  "Value",
  "Cardinal",
  "Ordinal",
]);
const VERB_TAGS = new Set(["Infinitive", "PastTense", "PresentTense", "Gerund", "Participle"]);

interface Transforms {
  noun: { toPlural(w: string, m: unknown): string; toSingular(w: string, m: unknown): string };
  verb: { toInfinitive(w: string, m: unknown): string; conjugate(w: string, m: unknown): Record<string, string> };
}

export function createInflector(nlp: typeof nlpType): Inflector {
  const world = nlp.world() as unknown as {
    model: { one: { lexicon: Record<string, string | string[] | undefined> } };
    methods: { two: { transform: Transforms } };
  };
  const { model } = world;
  const { noun, verb } = world.methods.two.transform;
  const lexicon = model.one.lexicon;
  const memo = new Map<string, string[]>();

  return {
    forms(word) {
      const known = memo.get(word);
      if (known) return known;
      const out = new Set([word]);
      const raw = lexicon[word];
      const tag = Array.isArray(raw) ? raw[0] : raw;
      if (/^[a-z]{2,}$/.test(word) && !(tag && FIXED.has(tag))) {
        // An unknown word ending in -s is most likely a plural ("victims"): inflect its singular.
        const looksPlural = tag === "Plural" || (tag === undefined && /[^su]s$/.test(word) && !/is$/.test(word));
        const base = looksPlural ? noun.toSingular(word, model) : word;
        out.add(base);
        out.add(noun.toPlural(base, model));
        const infinitive = tag && VERB_TAGS.has(tag) ? verb.toInfinitive(word, model) : base;
        out.add(infinitive);
        for (const form of Object.values(verb.conjugate(infinitive, model))) {
          if (/^[a-z]+$/.test(form)) out.add(form);
        }
      }
      const forms = [...out].filter((f) => f !== "");
      memo.set(word, forms);
      return forms;
    },
  };
}

let shared: Promise<Inflector> | undefined;

/** The compromise-backed inflector, loaded on first use (compromise costs ~240 ms to import). */
export function loadInflector(): Promise<Inflector> {
  shared ??= import("compromise").then((m) => createInflector(m.default));
  return shared;
}

/** Leaves every word as written: for callers that must not load compromise. */
export const NO_INFLECTION: Inflector = { forms: (w) => [w] };
