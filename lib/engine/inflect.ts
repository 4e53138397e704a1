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

const VOWEL = /[aeiou]/;

/**
 * The regular inflections of a word by English spelling rules alone, without a dictionary: for
 * slang the dictionary does not know, where compromise would write "spazes" and "spazed". Plural
 * and third person (-s, -es), past (-ed), gerund (-ing) and the adjective in -y, with a final
 * consonant doubled after a single vowel ("spaz" → "spazzed", "spazzing", "spazzy"), a final "e"
 * dropped ("toke" → "toking") and "y" after a consonant turned into "i" ("ditzy" → "ditzies").
 */
export function spellingForms(word: string): string[] {
  const w = word.toLowerCase();
  if (!/^[a-z]{2,}$/.test(w)) return [word];
  const last = w[w.length - 1]!;
  const beforeLast = w[w.length - 2] ?? "";
  const out = new Set([w]);
  // spaz → spazz-: a word of one syllable ending in one vowel and one consonant (not w, x or y),
  // as "stop" → "stopped"; longer words double only when stressed last, which spelling cannot tell.
  const syllables = w.match(/[aeiouy]+/g)?.length ?? 0;
  const doubles = syllables === 1 && !VOWEL.test(last) && !"wxy".includes(last) && VOWEL.test(beforeLast) && !VOWEL.test(w[w.length - 3] ?? "a");
  const stem = doubles ? w + last : w;
  if (/(?:s|x|z|ch|sh)$/.test(w)) out.add(`${stem}es`);
  else if (/[^aeiou]y$/.test(w)) out.add(`${w.slice(0, -1)}ies`);
  else out.add(`${w}s`);
  if (last === "e") {
    out.add(`${w}d`);
    out.add(`${w.slice(0, -1)}ing`);
    out.add(`${w.slice(0, -1)}y`);
  } else if (/[^aeiou]y$/.test(w)) {
    out.add(`${w.slice(0, -1)}ied`);
    out.add(`${w}ing`);
  } else {
    out.add(`${stem}ed`);
    out.add(`${stem}ing`);
    if (!VOWEL.test(last) && last !== "y") out.add(`${stem}y`);
  }
  return [...out];
}
