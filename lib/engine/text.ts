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

export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(APOSTROPHES, "");
  return word
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(ACCENTED, "$1")
    .normalize("NFC")
    .replace(APOSTROPHES, "")
    .replace(INVISIBLE, "")
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
