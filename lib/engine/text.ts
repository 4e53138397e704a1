/**
 * Folding: the comparison form of a word. Case, accents, compatibility forms (full-width,
 * ligatures), smart quotes and invisible characters do not change what a word is. Folding works
 * per token, so findings keep offsets into the original text without a character map.
 */

const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /['\u2018\u2019\u02bc\uff07]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Accents are dropped from alphabetic scripts only: in kana or Devanagari a mark changes the word. */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/** Folds of single characters, memoized: in Chinese or Japanese text every character is a token. */
const charFolds = new Map<string, string>();
const CHAR_FOLDS_LIMIT = 20_000;

export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(APOSTROPHES, "");
  if (word.length > 2) return foldUnicode(word);
  let folded = charFolds.get(word);
  if (folded === undefined) {
    folded = foldUnicode(word);
    if (charFolds.size >= CHAR_FOLDS_LIMIT) charFolds.clear();
    charFolds.set(word, folded);
  }
  return folded;
}

function foldUnicode(word: string): string {
  // Characters that vanish go first, so that none is left between a letter and its accent.
  return word
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(APOSTROPHES, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(ACCENTED, "$1")
    .normalize("NFC")
    .replace(/ß/g, "ss")
    .replace(/ς/g, "σ");
}

/** Scripts written without spaces between words: every character is a token of its own. */
export const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Text of `text` from `start` to `end`, cut to at most `max` characters with an ellipsis. */
export function excerptOf(text: string, start: number, end: number, max = 120): string {
  const s = text.slice(start, end);
  if (s.length <= max) return s;
  return `${s.slice(0, max - 1)}…`;
}
