import { z } from "zod";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { tokenize } from "../../lib/engine/tokenize.ts";
import data from "./acronyms.json" with { type: "json" };
import { wordRank, type Span } from "./support/text.ts";

export const AcronymsSchema = z.strictObject({
  about: z.string().min(1),
  groups: z.array(z.strictObject({ terms: z.array(z.string().min(3)).min(1), note: z.string().min(1), source: z.string().min(1) })).min(1),
});

const ACRONYMS = new Set(AcronymsSchema.parse(data).groups.flatMap((g) => g.terms));

/** Default of `voice.maxCapsWords`. */
export const DEFAULT_MAX_CAPS_WORDS = 3;
/** Shorter words are never counted: "OK", "GO", "US", "TV". */
const MIN_LETTERS = 3;
/** A capitalized word this short that is not an English word is an acronym: CEO, FAQ, ICYMI. */
const MAX_UNKNOWN_ACRONYM = 5;

const ALL_CAPS = /^[\p{Lu}\p{M}'\u2019]+$/u;
const APOSTROPHES = /['\u2019]/g;

interface State {
  /** Folded words of the brand's names: "ACME" is the brand, not shouting. */
  brandWords: Set<string>;
}

/** Whether a word in capitals is shouting rather than an acronym or a name. */
function isShouting(word: string, norm: string, brandWords: Set<string>): boolean {
  const letters = word.replace(APOSTROPHES, "");
  if (letters.length < MIN_LETTERS || !ALL_CAPS.test(word)) return false;
  if (ACRONYMS.has(letters) || ACRONYMS.has(word.replace(/['\u2019]S$/u, "")) || brandWords.has(norm)) return false;
  // "DON'T" folds to "dont", which the word list does not have: look "don" up too.
  const head = (word.split(/['\u2019]/u)[0] ?? "").toLowerCase();
  if (letters.length <= MAX_UNKNOWN_ACRONYM && wordRank(norm) === undefined && wordRank(head) === undefined) return false;
  return true;
}

/**
 * More words in ALL CAPS than the brand's voice allows (`voice.maxCapsWords`, 3 unless set).
 * Acronyms (a list, plus any short capitalized word that is not English), words of one or two
 * letters, codes with digits, hashtags, mentions and the brand's names are not counted.
 */
export default defineRule<Record<string, never>, State>({
  meta: {
    id: "voice/all-caps",
    category: "voice",
    severity: "info",
    description: {
      en: "More words in ALL CAPS than the brand's voice allows (acronyms, hashtags and brand names excepted).",
      "zh-CN": "全大写单词超过品牌语气允许的数量（缩写、话题标签和品牌名称除外）。",
    },
    messages: {
      tooMany: {
        en: "This post has {{count}} words in ALL CAPS; the brand's voice allows {{max}}. Capitals read as shouting.",
        "zh-CN": "此帖子有 {{count}} 个全大写单词；品牌语气最多允许 {{max}} 个。全大写读起来像在喊叫。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    const brandWords = new Set((ruleSet.brand?.names ?? []).flatMap((n) => tokenize(n).list.map((t) => t.norm)));
    wordRank("the"); // builds the word table at compile time, not on the first keystroke
    return { state: { brandWords } };
  },
  check({ text, tokens, ruleSet, state, report }) {
    const max = ruleSet.voice?.maxCapsWords ?? DEFAULT_MAX_CAPS_WORDS;
    const shouting: Span[] = [];
    for (const t of tokens.list) {
      if (t.kind !== "word" || t.end - t.start < MIN_LETTERS) continue;
      // Most words start in lower case, or are capitalized: "our", "Our".
      const c = text.charCodeAt(t.start);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
      const c2 = text.charCodeAt(t.start + 1);
      if (c2 >= 0x61 && c2 <= 0x7a) continue;
      if (isShouting(text.slice(t.start, t.end), t.norm, state.brandWords)) shouting.push(t);
    }
    if (shouting.length <= max) return;
    const first = shouting[max]!;
    report({ messageId: "tooMany", data: { count: shouting.length, max }, start: first.start, end: first.end });
  },
});
