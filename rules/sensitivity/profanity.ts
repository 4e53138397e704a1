import { cuss } from "cuss";
import { z } from "zod";
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
import { defineRule, type Report } from "../../lib/engine/rule.ts";
import { fold } from "../../lib/engine/text.ts";
import type { Severity } from "../../lib/engine/types.ts";
import data from "./profanity.json" with { type: "json" };

const WordGroupSchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  note: z.string().min(1),
  source: z.string().min(1),
});

export const ProfanityDataSchema = z.strictObject({
  about: z.string().min(1),
  cussSource: z.string().min(1),
  /** Vetted entries: slurs (block), strong profanity (warn); they take precedence over cuss. */
  entries: z.array(TermListEntrySchema).min(1),
  /** cuss words shown as information only: crude rather than profane in brand copy. */
  mild: z.array(WordGroupSchema),
  /** cuss words not flagged: ordinary words, names, fragments, or left to another rule. */
  ordinary: z.array(WordGroupSchema),
  /** Swear words recognised when letters are replaced by symbols (f***, sh*t, a$$). */
  masked: z.strictObject({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1), note: z.string().min(1), source: z.string().min(1) }),
  safe: z.array(SafePhraseSchema),
});

export const PROFANITY = ProfanityDataSchema.parse(data);

const CUSS_NOTES: Record<1 | 2, { note: string; severity: Severity; group: string }> = {
  2: {
    note: "Profane: the cuss word list rates it certainly profane (sureness 2).",
    severity: "warn",
    group: "cuss",
  },
  1: {
    note: "Possibly profane: the cuss word list rates it maybe profane (sureness 1); check the context.",
    severity: "info",
    group: "cuss-maybe",
  },
};

/**
 * The list the rule matches: the vetted entries first (they win over cuss on the same words), the
 * mild words at `info`, then the remaining cuss words by sureness. Ordinary words are left out.
 */
export function profanityList(): TermList {
  const taken = new Set<string>();
  const take = (terms: readonly string[]) => terms.forEach((t) => taken.add(fold(t)));
  PROFANITY.entries.forEach((e) => take(e.terms));
  PROFANITY.mild.forEach((g) => take(g.terms));
  PROFANITY.ordinary.forEach((g) => take(g.terms));
  const entries: TermListEntry[] = [...PROFANITY.entries];
  for (const g of PROFANITY.mild) {
    entries.push({ terms: g.terms, note: g.note, source: g.source, severity: "info", group: "mild", inflect: false });
  }
  for (const rating of [2, 1] as const) {
    const terms = Object.entries(cuss)
      .filter(([word, r]) => r === rating && !taken.has(fold(word)))
      .map(([word]) => word);
    const { note, severity, group } = CUSS_NOTES[rating];
    entries.push({ terms, note, source: `${PROFANITY.cussSource}, sureness ${rating}`, severity, group, inflect: false });
  }
  return { about: PROFANITY.about, entries, safe: PROFANITY.safe };
}

const LIST = profanityList();

const MESSAGE_OF_GROUP: Record<string, string> = { slur: "slur", "slur-idiom": "slurIdiom" };

/** Severity of each word of the list, for a censored spelling of it. */
const SEVERITY_OF = new Map<string, Severity>();
for (const e of LIST.entries) for (const t of e.terms) if (!SEVERITY_OF.has(fold(t))) SEVERITY_OF.set(fold(t), e.severity ?? "warn");

const MASK_CHARS = "*#@$%!";
/** Mask characters are rare in prose: finding them first is ~20x cheaper than a letter-led pattern. */
const MASK = /[*#@$%!]/g;
const IN_CANDIDATE = /[\p{L}*#@$%!]/u;
const LETTER = /\p{L}/u;

const MASKABLE = new Map<number, string[]>();
for (const w of PROFANITY.masked.words) {
  const list = MASKABLE.get(w.length) ?? [];
  list.push(w);
  MASKABLE.set(w.length, list);
}

/** The swear word a censored spelling stands for: masks are wildcards, letters must agree. */
export function unmask(candidate: string): string | undefined {
  const lower = candidate.toLowerCase();
  if (!/[\p{L}]/u.test(lower) || ![...MASK_CHARS].some((c) => lower.includes(c))) return undefined;
  for (const word of MASKABLE.get(lower.length) ?? []) {
    let ok = true;
    for (let i = 0; i < word.length && ok; i++) {
      const c = lower[i]!;
      ok = c === word[i] || MASK_CHARS.includes(c);
    }
    if (ok) return word;
  }
  return undefined;
}

/** Censored swear words in a text: `[start, end, word]`. */
export function maskedWords(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  let after = 0;
  MASK.lastIndex = 0;
  for (let m = MASK.exec(text); m !== null; m = MASK.exec(text)) {
    const k = m.index;
    if (k < after) continue;
    // A mask right after a letter (f***, sh!t), or a "$" before one ($hit).
    const letterBefore = k > 0 && LETTER.test(text[k - 1]!);
    if (!letterBefore && !(m[0] === "$" && LETTER.test(text[k + 1] ?? ""))) continue;
    let start = k;
    let end = k + 1;
    while (start > 0 && IN_CANDIDATE.test(text[start - 1]!)) start--;
    while (end < text.length && IN_CANDIDATE.test(text[end]!)) end++;
    after = end;
    // Exclamation marks at the end are punctuation ("as!"), and a word must start with a letter or
    // `$`: "#tag" and "@handle" are not censored words.
    let e = end;
    while (e > start && text[e - 1] === "!") e--;
    const first = text[start]!;
    if (!(LETTER.test(first) || first === "$")) continue;
    if (start > 0 && /[\p{N}_#@]/u.test(text[start - 1]!)) continue;
    if (e - start < 3) continue;
    const word = unmask(text.slice(start, e));
    if (word) out.push([start, e, word]);
  }
  return out;
}

/**
 * Profanity and slurs: the vetted list and the cuss word list with its sureness ratings, censored
 * spellings included. Ordinary words that cuss lists ("beanbag", "Coral Gables") are not flagged;
 * safe phrases ("magna cum laude", "Dick's Sporting Goods") keep names and idioms quiet.
 */
export default defineRule<TermListOptionsT, undefined, TermKey>({
  meta: {
    id: "sensitivity/profanity",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Profanity and slurs, from the cuss word list with its sureness ratings and a vetted list of slurs; censored spellings (f***) count.",
      "zh-CN": "粗俗用语和侮辱性称呼，依据 cuss 词表及其确定度评级和经审核的侮辱性称呼列表；打码的写法（如 f***）同样计入。",
    },
    messages: {
      slur: {
        en: "“{{excerpt}}” is a slur: it has no place in a brand's post.",
        "zh-CN": "“{{excerpt}}”是侮辱性称呼，不应出现在品牌帖子中。",
      },
      slurIdiom: {
        en: "“{{excerpt}}” is an old idiom built on a slur: rephrase it.",
        "zh-CN": "“{{excerpt}}”虽是旧习语，但其中含有侮辱性称呼：请换一种说法。",
      },
      profanity: {
        en: "“{{excerpt}}” is profanity: on a brand account it reads as careless or hacked.",
        "zh-CN": "“{{excerpt}}”是脏话：出现在品牌账号上会显得草率，甚至像账号被盗。",
      },
      mild: {
        en: "“{{excerpt}}” is crude or mildly profane: make sure it fits the brand's voice.",
        "zh-CN": "“{{excerpt}}”较为粗俗：请确认它符合品牌的语气。",
      },
      masked: {
        en: "“{{excerpt}}” is a censored “{{word}}”: readers still read the word.",
        "zh-CN": "“{{excerpt}}”是打了码的“{{word}}”：读者仍会读出这个词。",
      },
    },
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
  },
  prepare: ({ options }) => ({ terms: termListTerms(LIST, options.skip, { native: true }) }),
  check({ text, tokens, hits, options, report }) {
    const reports: Report[] = [];
    for (const hit of listHits(LIST, text, tokens, hits)) {
      const entry = LIST.entries[hit.key]!;
      const severity = entry.severity ?? "warn";
      reports.push({
        messageId: MESSAGE_OF_GROUP[entry.group ?? ""] ?? (severity === "info" ? "mild" : "profanity"),
        data: { excerpt: text.slice(hit.start, hit.end) },
        start: hit.start,
        end: hit.end,
        severity,
        guidance: entry.note,
        ...(entry.suggest ? { suggestions: entry.suggest } : {}),
      });
    }
    if (!options.skip.includes("masked")) {
      const overlapsWord = overlapsSpans(reports.map((r) => ({ start: r.start, end: r.end })));
      for (const [start, end, word] of maskedWords(text)) {
        if (overlapsWord({ start, end })) continue;
        reports.push({
          messageId: "masked",
          data: { excerpt: text.slice(start, end), word },
          start,
          end,
          severity: SEVERITY_OF.get(word) ?? "warn",
          guidance: PROFANITY.masked.note,
        });
      }
    }
    reports.sort((a, b) => a.start - b.start);
    for (const r of reports) report(r);
  },
});
