import { defineRule, noOptions, type TermSpec } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { fold } from "../../lib/engine/text.ts";
import { tokenize, type Tokens } from "../../lib/engine/tokenize.ts";
import { isCommonWord, wordRank } from "./support/text.ts";

interface BrandName {
  canonical: string;
  /** The name up to its last letter or digit ("Yahoo!" → "Yahoo"): what a hit is compared with. */
  core: string;
  /** Letters and digits of the name, folded: "iPhone" → "iphone", "Acme Outdoors" → "acmeoutdoors". */
  skeleton: string;
}

/** What a term of this rule stands for: a name, and whether the term is a misspelling of it. */
interface Variant {
  name: number;
  typo: boolean;
  /** Letters and digits of the spelling: where a name written this way ends and its suffix begins. */
  letters: number;
}

interface State {
  names: BrandName[];
  variants: Variant[];
}

/** The parts of a camel-case name: "iPhone" → i, Phone; "PlayStation" → Play, Station. */
const CAMEL_PART = /\p{Lu}?[\p{Ll}\p{M}'\u2019]+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;
const ALNUM = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const CAPS_WORD = /^[\p{Lu}\p{M}'\u2019]{2,}$/u;

const skeletonOf = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The spellings a name is looked for in: as written, with its "and" written another way ("Crumb
 * and Co" for Crumb & Co), run together ("AcmeOutdoors"), split at its capitals ("i Phone") or
 * anywhere ("Fern Bank" for Fernbank).
 */
function variantsOf(canonical: string): string[] {
  const words = tokenize(canonical).list.map((t) => canonical.slice(t.start, t.end));
  const variants = new Set<string>([canonical, ...connectorVariants(canonical)]);
  if (words.length > 1) variants.add(words.join(""));
  if (words.length === 1) {
    const parts = canonical.match(CAMEL_PART) ?? [];
    if (parts.length > 1) variants.add(parts.join(" "));
    const skeleton = skeletonOf(canonical);
    for (let k = 2; k <= skeleton.length - 2; k++) variants.add(`${skeleton.slice(0, k)} ${skeleton.slice(k)}`);
  }
  return [...variants];
}

/** A spelling and its possessive or plural "s" (apostrophes fold away: "Acme's" is "acmes"). */
function withPossessive(v: string): string[] {
  return /[\p{L}\p{N}]$/u.test(v) && !/s$/i.test(v) ? [v, `${v}s`] : [v];
}

/**
 * Ways of writing "and" between two words of a name: "Crumb & Co", "Crumb and Co", "Crumb + Co",
 * "Crumb 'n' Co", "Crumb n Co". "&" and "+" are no words to the tokenizer, so "Crumb & Co" is
 * looked for as "Crumb Co"; "and" and "n" are words.
 */
const CONNECTOR = /^(?:&|\+|and|n|['\u2018\u2019]n['\u2018\u2019]?|n['\u2018\u2019])$/i;
const CONNECTOR_FORMS = ["&", "and", "n"];

/** A name with its "and" written every other way ("Crumb & Co" → "Crumb and Co", "Crumb n Co"). */
function connectorVariants(canonical: string): string[] {
  const parts = canonical.trim().split(/\s+/);
  const at = parts.findIndex((p, i) => i > 0 && i < parts.length - 1 && CONNECTOR.test(p));
  if (at < 0) return [];
  return CONNECTOR_FORMS.map((c) => [...parts.slice(0, at), c, ...parts.slice(at + 1)].join(" ")).filter((v) => v !== canonical);
}

const VOWELS = ["a", "e", "i", "o", "u", "y"];
/** Names shorter than this are not searched for misspellings: too many real words are that close. */
const MIN_TYPO_LENGTH = 5;

/**
 * The common slips of one letter in a word: a letter left out, doubled, swapped with the next, or
 * a vowel for another ("Nuvolla", "Maison Vay", "Fernbnak"). Words of the dictionary are left out
 * ("Glowe" is not misspelt as "glow").
 */
function typosOf(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i + 1) + c + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + c + word.slice(i + 2));
    if (VOWELS.includes(c)) for (const v of VOWELS) out.add(word.slice(0, i) + v + word.slice(i + 1));
  }
  out.delete(word);
  return [...out].filter((w) => w.length >= 2 && wordRank(w) === undefined);
}

/** Misspellings of a name: of a one-word name of five letters or more, or of one word of a longer name. */
function misspellingsOf(canonical: string): string[] {
  const words = tokenize(canonical).list.map((t) => t.norm);
  if (words.length === 1) {
    const w = words[0]!;
    return w.length >= MIN_TYPO_LENGTH && /^[a-z]+$/.test(w) ? typosOf(w) : [];
  }
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w.length < 3 || !/^[a-z]+$/.test(w)) return;
    for (const typo of typosOf(w)) out.push([...words.slice(0, i), typo, ...words.slice(i + 1)].join(" "));
  });
  return out;
}

/** Whether the text around a hit makes it part of a web address, an e-mail or a handle. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (before === "." || before === "/" || before === "@" || before === "\uff20") return true;
  if (after === "@" || after === "/") return true;
  return after === "." && ALNUM.test(text[end + 1] ?? ""); // acmeoutdoors.com
}

function inHashtag(tokens: Tokens, start: number, end: number): boolean {
  return tokens.hashtags.some((h) => h.start <= start && end <= h.end);
}

/** Where the name's letters end in `occurrence`: what follows is a suffix such as "'s". */
function suffixStart(occurrence: string, skeletonLength: number): number {
  let seen = 0;
  for (let i = 0; i < occurrence.length; ) {
    const ch = String.fromCodePoint(occurrence.codePointAt(i) ?? 0);
    if (ALNUM.test(ch)) {
      seen += skeletonOf(ch).length || 1;
      if (seen >= skeletonLength) return i + ch.length;
    }
    i += ch.length;
  }
  return occurrence.length;
}

/** Whether a word next to the hit is in capitals too: the name is inside an all-caps headline. */
function inCapsRun(text: string, tokens: Tokens, start: number, end: number): boolean {
  const list = tokens.list;
  let before: string | undefined;
  let after: string | undefined;
  for (const t of list) {
    if (t.kind !== "word") continue;
    if (t.end <= start) before = text.slice(t.start, t.end);
    else if (t.start >= end) {
      after = text.slice(t.start, t.end);
      break;
    }
  }
  return [before, after].some((w) => w !== undefined && CAPS_WORD.test(w));
}

/**
 * Brand names written as the brand writes them (`brand.names`): "iPhone", not "Iphone", "IPhone",
 * "i-phone" or "i Phone"; "Acme Outdoors", not "acme outdoors" or "AcmeOutdoors"; "Fernbank", not
 * "Fern Bank" or "Fernbnak". Hashtags may use any case but not misspell the name; @mentions, web
 * addresses and all-caps headlines are exempt, and so is a name made of everyday words written as
 * everyday words ("an apple a day" for Apple, "linked in" for LinkedIn). Information only.
 */
export default defineRule<Record<string, never>, State, number>({
  meta: {
    id: "voice/brand-name",
    category: "voice",
    severity: "info",
    description: {
      en: "Brand names spelled or capitalized differently from the brand's own spelling (brand.names).",
      "zh-CN": "与品牌官方写法（brand.names）拼写或大小写不一致的品牌名称。",
    },
    messages: {
      spelling: {
        en: "Write the brand name as “{{name}}”, not “{{excerpt}}”.",
        "zh-CN": "品牌名称应写作“{{name}}”，而不是“{{excerpt}}”。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    const names: BrandName[] = [];
    const variants: Variant[] = [];
    const terms: TermSpec<number>[] = [];
    const add = (term: string, variant: Omit<Variant, "letters">, letters = skeletonOf(term).length) => {
      variants.push({ ...variant, letters });
      terms.push({ term, key: variants.length - 1, inflect: false });
    };
    for (const raw of ruleSet.brand?.names ?? []) {
      const canonical = raw.trim();
      const skeleton = skeletonOf(canonical);
      if (skeleton.length < 2) continue; // nothing to check in "X" or "&"
      names.push({ canonical, core: canonical.slice(0, suffixStart(canonical, skeleton.length)), skeleton });
      for (const base of variantsOf(canonical)) {
        for (const term of withPossessive(base)) add(term, { name: names.length - 1, typo: false }, skeletonOf(base).length);
      }
    }
    // Misspellings last, and never another of the brand's names ("Tellio" and "Tello").
    const skeletons = new Set(names.map((n) => n.skeleton));
    names.forEach((n, i) => {
      for (const typo of misspellingsOf(n.canonical)) {
        if (!skeletons.has(typo.replace(/ /g, ""))) add(typo, { name: i, typo: true });
      }
    });
    return { terms, state: { names, variants } };
  },
  check({ hits, state, text, tokens, report }) {
    if (hits.length === 0) return;
    const nameOf = (key: number) => state.names[state.variants[key]?.name ?? -1];
    // Among hits of one span, the right spelling of the longest name wins over a misspelling.
    const rank = (key: number) => (nameOf(key)?.canonical.length ?? 0) * 2 + (state.variants[key]?.typo ? 0 : 1);
    for (const hit of onePerSpan(hits, rank)) {
      const name = nameOf(hit.key);
      if (!name) continue;
      const typo = state.variants[hit.key]!.typo;
      const { start, end } = hit;
      const occurrence = text.slice(start, end);
      if (/^[@\uff20]/.test(occurrence) || inAddress(text, start, end)) continue;
      // A hashtag may write the name in any case, but not misspell it.
      if (!typo && (/^[#\uff03]/.test(occurrence) || inHashtag(tokens, start, end))) continue;

      if (typo) {
        const suffix = /['\u2019]s$/iu.test(occurrence) ? occurrence.slice(-2) : "";
        report({ messageId: "spelling", data: { excerpt: occurrence, name: name.canonical }, start, end, suggestions: [name.core + suffix] });
        continue;
      }
      const cut = suffixStart(occurrence, state.variants[hit.key]!.letters);
      const core = occurrence.slice(0, cut);
      const suffix = occurrence.slice(cut);
      if (core === name.core) continue;

      // Everyday words written as everyday words: lower case, or capitalized at a sentence start.
      const words = tokenize(core).list.map((t) => t.norm);
      const everyday = core.slice(1) === core.slice(1).toLowerCase() && words.every(isCommonWord);
      const keepsLowerStart = LOWER.test(name.canonical[0] ?? "") && LOWER.test(core[0] ?? "");
      if (everyday && !keepsLowerStart) continue;
      // A name in an all-caps headline ("NEW FROM ACME OUTDOORS") follows the headline.
      if (!LOWER.test(core) && UPPER.test(core) && LOWER.test(name.canonical) && inCapsRun(text, tokens, start, end)) continue;

      report({
        messageId: "spelling",
        data: { excerpt: occurrence, name: name.canonical },
        start,
        end,
        suggestions: [name.core + suffix],
      });
    }
  },
});
