import { z } from "zod";
import {
  ContextListSchema,
  contextListTerms,
  contextMatches,
  reportContextMatch,
  type ContextKey,
} from "../../lib/engine/kinds/context-list.ts";
import {
  listHits,
  overlapsSpans,
  SafePhraseSchema,
  TermListEntrySchema,
  TermListOptions,
  termListTerms,
  type TermKey,
  type TermList,
  type TermListEntry,
  type TermListOptionsT,
} from "../../lib/engine/kinds/term-list.ts";
import { defineRule, type Hit, type TermSpec } from "../../lib/engine/rule.ts";
import { coveredBy } from "../../lib/engine/spans.ts";
import { knownWordCost } from "../../lib/engine/segment.ts";
import { fold } from "../../lib/engine/text.ts";
import { SEVERITIES } from "../../lib/engine/types.ts";
import contextData from "./tropes-context.json" with { type: "json" };
import data from "./tropes.json" with { type: "json" };

const GroupSchema = z.strictObject({ id: z.string().min(1), kind: z.string().min(1), terms: z.array(z.string().min(1)).min(1) });
const PatternSchema = z.strictObject({
  /** Phrases with a `{group}` placeholder. */
  terms: z.array(z.string().includes("{group}")).min(1),
  /** Kinds of groups the pattern applies to; every group when absent. */
  kinds: z.array(z.string().min(1)).optional(),
  severity: z.enum(SEVERITIES),
  source: z.string().min(1),
});

const CaricatureSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  /** Things worn to dress up as the culture: one is a caricature next to any other sign of it. */
  props: z.array(z.string().min(1)).min(1),
  /** Words that point to the culture; ordinary on their own ("tacos", "sushi"). */
  cues: z.array(z.string().min(1)).min(1),
  /** Emoji that point to the culture, counted like cues. */
  emoji: z.array(z.string().min(1)),
  /** Ordinary phrases holding a prop ("rain poncho", "tomahawk steak"): not a sign of the culture. */
  safe: z.array(z.string().min(1)),
  note: z.string().min(1),
  source: z.string().min(1),
});

export const TropesDataSchema = z.strictObject({
  about: z.string().min(1),
  entries: z.array(TermListEntrySchema).min(1),
  generalizations: z.strictObject({
    note: z.string().min(1),
    groups: z.array(GroupSchema).min(1),
    patterns: z.array(PatternSchema).min(1),
    safe: z.array(z.strictObject({ terms: z.array(z.string().includes("{group}")).min(1), note: z.string().min(1) })),
  }),
  caricatures: z.array(CaricatureSchema).min(1),
  mockAccent: z.strictObject({
    /** The caricature whose cues make a swapped word a mocked accent. */
    caricature: z.string().min(1),
    /** Common words whose l/r-swapped forms caricature the accent. */
    words: z.array(z.string().regex(/^[a-z]*[lr][a-z]*$/)).min(1),
    note: z.string().min(1),
    source: z.string().min(1),
  }),
  safe: z.array(SafePhraseSchema),
});
export type TropesData = z.infer<typeof TropesDataSchema>;

export const TROPES_DATA = TropesDataSchema.parse(data);

/**
 * The tropes that count only in context (tropes-context.json): drugging a date phrased softly
 * ("loosen her up" next to drinks, not "makes her say yes" next to a ring), and housework as the
 * gift or the compliment for Women's Day or Mother's Day.
 */
export const TROPES_CONTEXT = ContextListSchema.parse(contextData);

/**
 * The list the rule matches: the listed phrases, then every generalisation pattern crossed with the
 * groups it applies to ("all {group} are" × "Asians" → "all Asians are"), with its safe phrases
 * ("all {group} are welcome").
 */
export function tropesList(d: TropesData = TROPES_DATA): TermList {
  const { groups, patterns, note, safe } = d.generalizations;
  const fill = (templates: readonly string[], terms: readonly string[]) =>
    templates.flatMap((t) => terms.map((g) => t.replace("{group}", g)));
  const generated: TermListEntry[] = [];
  const termsOf = new Map<string, string[]>();
  for (const p of patterns) {
    for (const g of groups) {
      if (p.kinds && !p.kinds.includes(g.kind)) continue;
      const terms = fill(p.terms, g.terms);
      generated.push({ terms, note, source: p.source, severity: p.severity, group: "generalization", inflect: false });
      termsOf.set(g.id, [...(termsOf.get(g.id) ?? []), ...terms]);
    }
  }
  // A safe phrase is kept for a group only where it shields one of that group's phrases: "all
  // {group} are welcome" for "all Asians are", not for "your wife", whose patterns differ.
  const padded = (t: string) => ` ${t.toLowerCase()} `;
  const safeOf = (templates: readonly string[]) =>
    groups.flatMap((g) => {
      const own = (termsOf.get(g.id) ?? []).map(padded);
      return fill(templates, g.terms).filter((s) => own.some((t) => padded(s).includes(t)));
    });
  return {
    about: d.about,
    entries: [...d.entries, ...generated],
    safe: [...d.safe, ...safe.map((s) => ({ terms: safeOf(s.terms), note: s.note }))],
  };
}

/**
 * The l/r-swapped forms of a word, as a mocked East Asian accent writes them: each run of "r" may
 * become "l" (or "ll" between vowels) and each run of "l" "r" (or "rr"): "very" → "vely", "velly";
 * "sorry" → "solly"; "hello" → "herro". Forms that are words themselves ("rice" → "lice") are left
 * out: they need no accent to be written.
 */
export function mockForms(word: string): string[] {
  const runs = word.match(/r+|l+|[^rl]+/g) ?? [];
  let forms = [""];
  let at = 0;
  for (const run of runs) {
    // A doubled letter only between vowels, where English spells one ("velly", "herro").
    const between = /[aeiou]$/.test(word.slice(0, at)) && /^[aeiouy]/.test(word.slice(at + run.length));
    const options = run[0] === "r" ? [run, "l", ...(between ? ["ll"] : [])] : run[0] === "l" ? [run, "r", ...(between ? ["rr"] : [])] : [run];
    forms = forms.flatMap((f) => options.map((o) => f + o));
    at += run.length;
  }
  return [...new Set(forms)].filter((f) => f !== word && f.length >= 4 && knownWordCost(f) === undefined);
}

/** What a term of the rule stands for beyond the term list: a sign of a caricature, or a mocked word. */
type SignKey = { sign: "prop" | "cue" | "safe"; set: number } | { sign: "mock"; set: number; word: string };
/** A term of the context list, wrapped so that its safe phrases stay its own. */
const CONTEXT_LIST = "context";
type Key = TermKey | SignKey | ContextKey;

const LIST = tropesList();
const CARICATURES = TROPES_DATA.caricatures;
const MOCK_SET = CARICATURES.findIndex((c) => c.id === TROPES_DATA.mockAccent.caricature);
if (MOCK_SET < 0) throw new Error(`tropes.json: mockAccent.caricature "${TROPES_DATA.mockAccent.caricature}" is not a caricature id`);

function signTerms(): TermSpec<Key>[] {
  const terms: TermSpec<Key>[] = [];
  CARICATURES.forEach((c, set) => {
    for (const term of c.props) terms.push({ term, key: { sign: "prop", set }, inflect: false });
    for (const term of c.cues) terms.push({ term, key: { sign: "cue", set }, inflect: false });
    for (const term of c.safe) terms.push({ term, key: { sign: "safe", set }, inflect: false });
  });
  const seen = new Set<string>();
  for (const word of TROPES_DATA.mockAccent.words) {
    for (const form of mockForms(word)) {
      if (seen.has(form)) continue;
      seen.add(form);
      terms.push({ term: form, key: { sign: "mock", set: MOCK_SET, word }, inflect: false });
    }
  }
  return terms;
}

const SIGN_TERMS = signTerms();

const isSign = (k: Key): k is SignKey => typeof k === "object" && "sign" in k;

function contextTerms(skip: readonly string[]): TermSpec<Key>[] {
  return contextListTerms(TROPES_CONTEXT, skip, CONTEXT_LIST);
}

/**
 * Sexist and racist tropes, generalisations about a group ("all <group> are", "<group> can't
 * drive", "even your wife can"), jokes about drugging and consent (Bloomingdale's 2015, Bud Light
 * 2015), cultures worn as costumes, and mocked accents. A costume prop or a swapped-letter word is
 * reported only next to another sign of the same culture: "sombrero" alone is a hat, "velly" alone
 * may be a name. `skip: ["caricature"]` leaves out the props and mocked words. The context list
 * (tropes-context.json) adds what counts only next to something else: drugging phrased softly
 * ("loosen her up" next to drinks, 灌醉她) and chores as a Women's Day or Mother's Day gift; its
 * groups `consent` and `chores` are skipped like the others.
 */
/** Context entries whose message is not the drugging one of their group. */
const CONTEXT_MESSAGE: Readonly<Record<string, string>> = { "refusal-overridden": "refusal", "refusal-forgotten": "refusal", "sleeps-her-way-up": "generalization" };

export default defineRule<TermListOptionsT, undefined, Key>({
  meta: {
    id: "sensitivity/tropes",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Sexist and racist tropes, generalisations about groups of people, cultures worn as costumes, mocked accents, jokes about drugging and consent (soft phrasings too), and housework as the gift for Women's Day or Mother's Day.",
      "zh-CN": "性别歧视和种族歧视的刻板印象、对某一群体的以偏概全、把其他文化当作戏服、模仿口音取笑、拿下药和性同意开玩笑的内容（包括委婉说法），以及把家务用品当作妇女节或母亲节礼物。",
    },
    messages: {
      trope: {
        en: "“{{excerpt}}” is a stereotype: it hurts the people it describes, and brands have apologised for less.",
        "zh-CN": "“{{excerpt}}”是刻板印象：会伤害被描述的人群，品牌曾因更轻微的措辞而道歉。",
      },
      generalization: {
        en: "“{{excerpt}}” generalises about a whole group of people.",
        "zh-CN": "“{{excerpt}}”是对整个群体的以偏概全。",
      },
      consent: {
        en: "“{{excerpt}}” makes light of drugging someone or of consent.",
        "zh-CN": "“{{excerpt}}”拿下药或性同意当儿戏。",
      },
      drugging: {
        en: "“{{excerpt}}”: {{label}}. Drugging or getting someone drunk to get past a no is a crime, never a wink.",
        "zh-CN": "“{{excerpt}}”：{{label}}。给人下药或把人灌醉来越过对方的拒绝是犯罪，绝不能拿来暗示或调侃。",
      },
      refusal: {
        en: "“{{excerpt}}”: {{label}}. A no is an answer, never a wink.",
        "zh-CN": "“{{excerpt}}”：{{label}}。拒绝就是拒绝，绝不能拿来暗示或调侃。",
      },
      chores: {
        en: "“{{excerpt}}”: {{label}}. It tells women their place is doing the housework; celebrate them instead.",
        "zh-CN": "“{{excerpt}}”：{{label}}。这等于说女性的本分就是做家务；请换成真正致敬她们的内容。",
      },
      costume: {
        en: "“{{excerpt}}” with “{{cue}}” dresses a culture up as a costume: a stereotype.",
        "zh-CN": "“{{excerpt}}”与“{{cue}}”放在一起，把一种文化当成了戏服：这是刻板印象。",
      },
      accent: {
        en: "“{{excerpt}}” mocks an accent (“{{word}}” with the letters swapped), next to “{{cue}}”: a racist caricature.",
        "zh-CN": "“{{excerpt}}”在模仿口音取笑（把“{{word}}”的字母对调），旁边还有“{{cue}}”：这是种族歧视式的丑化。",
      },
    },
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
  },
  prepare: ({ options }) => ({
    terms: [
      ...(termListTerms(LIST, options.skip, { native: true }) as TermSpec<Key>[]),
      ...(options.skip.includes("caricature") ? [] : SIGN_TERMS),
      ...contextTerms(options.skip),
    ],
  }),
  check(ctx) {
    const { text, tokens, hits, report } = ctx;
    const listed = listHits(LIST, text, tokens, hits);
    for (const hit of listed) {
      const entry = LIST.entries[hit.key]!;
      report({
        messageId: entry.group === "consent" ? "consent" : entry.group === "generalization" ? "generalization" : "trope",
        data: { excerpt: text.slice(hit.start, hit.end) },
        start: hit.start,
        end: hit.end,
        guidance: entry.note,
        ...(entry.severity ? { severity: entry.severity } : {}),
        ...(entry.suggest ? { suggestions: entry.suggest } : {}),
      });
    }
    const overlapsListed = overlapsSpans(listed);
    // A listed phrase ("slip something in her drink") already says what the context would.
    for (const m of contextMatches(TROPES_CONTEXT, ctx, CONTEXT_LIST)) {
      if (!overlapsListed(m)) reportContextMatch(ctx, TROPES_CONTEXT, m, CONTEXT_MESSAGE[m.entry.id] ?? (m.entry.group === "chores" ? "chores" : "drugging"));
    }
    const signs = hits.filter((h): h is Hit<SignKey> => isSign(h.key));
    if (signs.length === 0) return;
    const inSafe = coveredBy(signs.filter((h) => h.key.sign === "safe"));
    CARICATURES.forEach((c, set) => {
      const mine = signs.filter((h) => h.key.set === set && h.key.sign !== "safe" && !overlapsListed(h) && !inSafe(h));
      const props = mine.filter((h) => h.key.sign === "prop");
      const mocks = mine.filter((h) => h.key.sign === "mock");
      if (props.length === 0 && mocks.length === 0) return;
      const emoji = c.emoji.find((e) => text.includes(e));
      // Another sign of the culture, by wording: "sombrero" twice is one sign.
      const otherThan = (h: Hit<SignKey>) => {
        const own = fold(text.slice(h.start, h.end));
        const other = mine.find((o) => fold(text.slice(o.start, o.end)) !== own);
        return other ? text.slice(other.start, other.end) : emoji;
      };
      const prop = props.find((h) => otherThan(h) !== undefined);
      if (prop) {
        report({
          messageId: "costume",
          data: { excerpt: text.slice(prop.start, prop.end), cue: otherThan(prop)! },
          start: prop.start,
          end: prop.end,
          guidance: c.note,
        });
      }
      const mock = mocks.find((h) => otherThan(h) !== undefined);
      if (mock && mock.key.sign === "mock") {
        report({
          messageId: "accent",
          data: { excerpt: text.slice(mock.start, mock.end), word: mock.key.word, cue: otherThan(mock)! },
          start: mock.start,
          end: mock.end,
          guidance: TROPES_DATA.mockAccent.note,
        });
      }
    });
  },
});
