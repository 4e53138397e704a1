/**
 * Counting helpers shared by the brand-voice rules. This folder holds no rule (the registry lists
 * only `rules/<category>/<name>.ts`); everything here is one cheap pass over the text or over the
 * tokens the engine already made, because it runs on every keystroke.
 */
import WORDS from "../../../lib/engine/data/words.ts";
import type { ResolvedContext } from "../../../lib/engine/rule.ts";
import type { Hashtag } from "../../../lib/engine/tokenize.ts";
import type { RuleSet } from "../../../lib/ruleset/schema.ts";
import { isBrandAccount } from "../../../lib/ruleset/accounts.ts";

export interface Span {
  start: number;
  end: number;
}

// --- Words --------------------------------------------------------------------------------------

let ranks: Map<string, number> | undefined;

/** Frequency rank of a lower-case word among the 30,000 most frequent (SUBTLEX-US), if listed. */
export function wordRank(word: string): number | undefined {
  ranks ??= new Map(WORDS.split(" ").map((w, i) => [w, i]));
  return ranks.get(word);
}

/**
 * Words this frequent are everyday English: "apple", "target", "north face" written in lower case
 * are more likely the words than the brands. "acme" (rank 15,346) or "nike" (17,325) are not.
 */
export const COMMON_WORD_RANK = 12_000;

export function isCommonWord(word: string): boolean {
  const rank = wordRank(word);
  return rank !== undefined && rank < COMMON_WORD_RANK;
}

// --- Emoji --------------------------------------------------------------------------------------

/**
 * One emoji as people see it (one grapheme cluster): a flag (two regional indicators), a keycap,
 * or a pictograph shown as emoji (emoji presentation, or text presentation turned into emoji by
 * U+FE0F) with its skin tone, its ZWJ-joined parts and its tag characters (🏴󠁧󠁢󠁳󠁣󠁴󠁿). "©", "™",
 * "✔" and "➡" without U+FE0F are text symbols, not emoji.
 */
const EMOJI =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}\uFE0F?|\p{Extended_Pictographic}\uFE0F|\p{Emoji_Modifier_Base}(?=\p{EMod}))\p{EMod}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{EMod}?)*[\u{E0020}-\u{E007F}]*/gu;

let emojiMemo: { text: string; spans: Span[] } | undefined;

/** Every emoji of the text, in order (memoized: the emoji and length rules read the same text). */
export function emojiSpans(text: string): Span[] {
  if (emojiMemo?.text === text) return emojiMemo.spans;
  const spans: Span[] = [];
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m !== null; m = EMOJI.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  emojiMemo = { text, spans };
  return spans;
}

// --- URLs ---------------------------------------------------------------------------------------

/** Links as the tokenizer sees them, without trailing sentence punctuation ("…/winter."). */
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const URL_TAIL = /[.,:;!?'"’”)\]}]+$/u;

export function urlSpans(text: string): Span[] {
  if (!text.includes("http") && !text.includes("www.") && !text.includes("WWW.") && !text.includes("HTTP")) return [];
  const spans: Span[] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    const body = m[0].replace(URL_TAIL, "");
    if (body.length > 0) spans.push({ start: m.index, end: m.index + body.length });
  }
  return spans;
}

// --- Grapheme clusters --------------------------------------------------------------------------

const MARK = /\p{M}/u;

/**
 * Whether a code point continues the grapheme cluster before it: combining marks, variation
 * selectors, skin tones, tag characters, the keycap mark, ZWJ. `Intl.Segmenter` is exact but costs
 * about 0.85 ms for 3,000 characters here, too slow for every keystroke; this test agrees with it
 * except for Hangul written in separate jamo and Indic conjuncts (counted as several clusters,
 * which only makes a limit trip a little early on such texts).
 */
function extendsCluster(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp <= 0x36f) return true;
  if (cp === 0x200d || cp === 0x20e3) return true;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f)) return true;
  if ((cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff)) return true;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true;
  if ((cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return true;
  // Scripts written with combining marks (Hebrew to Tai Tham, Kana voicing marks).
  if ((cp >= 0x483 && cp <= 0x1aaf) || (cp >= 0x3099 && cp <= 0x309a) || (cp >= 0xa66f && cp <= 0xabff)) {
    return MARK.test(String.fromCodePoint(cp));
  }
  return false;
}

const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/**
 * Walks the grapheme clusters of `text` from `from` to `to` and calls `visit(start, end)` for each;
 * stops early when `visit` returns false.
 */
export function forEachCluster(text: string, from: number, to: number, visit: (start: number, end: number) => boolean | void) {
  let start = from;
  let i = from;
  let joined = false; // the previous code point was ZWJ: this one continues the cluster
  let openFlag = false; // a regional indicator that waits for its pair
  while (i < to) {
    const c = text.charCodeAt(i);
    // Most text: a character below U+0300 followed by another (not CR LF) is a cluster of its own.
    if (c < 0x300 && !joined && c !== 0x0d && c !== 0x0a && i + 1 < to && text.charCodeAt(i + 1) < 0x300) {
      if (i > start) {
        if (visit(start, i) === false) return;
      }
      start = i;
      if (visit(start, i + 1) === false) return;
      start = i + 1;
      i++;
      openFlag = false;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const isCrLf = cp === 0x0a && i > from && text.charCodeAt(i - 1) === 0x0d;
    const continues: boolean = i > start && (joined || isCrLf || extendsCluster(cp) || (openFlag && isRegionalIndicator(cp)));
    if (!continues && i > start) {
      if (visit(start, i) === false) return;
      start = i;
    }
    if (isRegionalIndicator(cp)) openFlag = !(continues && openFlag);
    else if (!extendsCluster(cp)) openFlag = false;
    joined = cp === 0x200d;
    i += width;
  }
  if (i > start) visit(start, i);
}

// --- Hashtags and accounts ----------------------------------------------------------------------

const WORD_BEFORE = /[\p{L}\p{N}_&]/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Whether a tokenized hashtag is one the platforms link: it has a letter ("#1" is not a hashtag on
 * any of them) and does not continue a word ("abc#def").
 */
export function isRealHashtag(text: string, h: Hashtag): boolean {
  if (!HAS_LETTER.test(h.body)) return false;
  return h.start === 0 || !WORD_BEFORE.test(text[h.start - 1] ?? "");
}

export function realHashtags(text: string, hashtags: readonly Hashtag[]): Hashtag[] {
  return hashtags.filter((h) => isRealHashtag(text, h));
}

/** Whether the post is known to be published as one of the brand's own accounts. */
export function postedAsBrand(ruleSet: RuleSet, { platform, account }: ResolvedContext): boolean {
  return platform !== undefined && account !== undefined && isBrandAccount(ruleSet, account, platform);
}
