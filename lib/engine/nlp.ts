/**
 * Sentence-level NLP for the rules that need it (passive voice, reading level, person). compromise
 * parses about 110 kB/s here, so it never runs over a whole post per keystroke: the text is split
 * into sentences cheaply, and each sentence is parsed once and cached by its text. Editing one
 * sentence of a long post re-parses that sentence only.
 */
import type nlpType from "compromise";

export interface SentenceFacts {
  words: number;
  syllables: number;
  /** Passive verb phrases, offsets relative to the sentence (only when compromise is loaded). */
  passive: { start: number; end: number; text: string }[];
  /** First-person singular ("I", "me", "my") and plural ("we", "our") pronouns used. */
  person: { first: number; firstPlural: number; second: number };
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  facts: SentenceFacts;
}

/**
 * Sentence ends: Latin terminal punctuation followed by space, CJK terminal punctuation (written
 * without a space after it), or a line break.
 */
const SENTENCE_END =
  /[\u3002\uff01\uff1f]+["'\u201d\u2019\u300d\u300f)\]]*\s*|[.!?\u2026]+["'\u201d\u2019)\]]*(?:\s+|$)|\n+/gu;

/**
 * A run-on "sentence" (a post without full stops) is cut into pieces of at most this many
 * characters, so that one edit re-parses one piece, not the whole post.
 */
export const MAX_SENTENCE = 240;
const MIN_PIECE = 60;

let lastSplit: { text: string; spans: readonly { start: number; end: number }[] } | undefined;

/**
 * The sentences of `text`, as spans. Several rules of one analysis ask for the same text's
 * sentences (the NLP facts, the context lists, the observances): the last text's are kept.
 */
export function splitSentences(text: string): readonly { start: number; end: number }[] {
  if (lastSplit?.text === text) return lastSplit.spans;
  const spans = split(text);
  lastSplit = { text, spans };
  return spans;
}

function split(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    pushTrimmed(out, text, start, end);
    start = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: { start: number; end: number }[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start > MAX_SENTENCE) pushPieces(out, text, start, end);
  else if (end > start) out.push({ start, end });
}

/**
 * Cuts a long run after clause punctuation, or after words whose hash says so: the cut points
 * depend only on the text around them, so an edit elsewhere leaves every other piece as it was.
 */
function pushPieces(out: { start: number; end: number }[], text: string, start: number, end: number) {
  let pieceStart = start;
  const word = /\S+/g;
  word.lastIndex = start;
  for (let m = word.exec(text); m !== null && m.index < end; m = word.exec(text)) {
    const wordEnd = Math.min(end, m.index + m[0].length);
    const length = wordEnd - pieceStart;
    const natural = /[,;:\u2014\u2013\uff0c\uff1b]$/.test(m[0]) || hashOf(m[0]) % 8 === 0;
    if ((length >= MIN_PIECE && natural) || length >= MAX_SENTENCE) {
      out.push({ start: pieceStart, end: wordEnd });
      pieceStart = wordEnd;
      while (pieceStart < end && /\s/.test(text[pieceStart]!)) pieceStart++;
    }
  }
  if (end > pieceStart) out.push({ start: pieceStart, end });
}

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

/** Vowel-group count with the usual English corrections; good enough for a reading grade. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "").match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

const CACHE_LIMIT = 1_000;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
/** Participles that describe a state or a feeling, not an action: "we are excited", "is located". */
const ADJECTIVAL = new Set(
  "excited thrilled delighted pleased honored honoured proud committed dedicated interested located based tired closed married involved concerned worried amazed surprised".split(
    " ",
  ),
);

/**
 * What a sentence must hold for compromise to find a passive in it: the auxiliaries of its passive
 * patterns ("was made", "got hit", "has been sold", "will be sent", "is being fixed"), "by the/a"
 * ("a cake [baked] by the team"), or a contraction, which compromise may expand into one ("it's",
 * "they're", "'d", "im", "ive", "isnt"…). Any apostrophe counts. A sentence without any of them is
 * not parsed: the parse is most of what passive voice costs.
 */
const MAY_BE_PASSIVE =
  /(?<![\p{L}\p{N}])(?:got|gotten|were|was|is|are|am|been|being|be|by|tis|twas|im|ive|isnt|arent|wasnt|werent|hasnt|havent|hadnt)(?![\p{L}\p{N}])|['\u2018\u2019\u02bc`\u00b4]/iu;

/**
 * Facts about sentences, each computed once per distinct sentence text and cached. Word and
 * syllable counts need no NLP; passive voice needs compromise, given only when an enabled rule
 * needs it.
 */
export class SentenceAnalyzer {
  private readonly cache = new Map<string, SentenceFacts>();

  constructor(private readonly nlp?: typeof nlpType) {}

  /** Whether compromise is loaded (an enabled rule needs NLP). */
  get hasNlp(): boolean {
    return this.nlp !== undefined;
  }

  analyze(text: string): Sentence[] {
    return splitSentences(text).map(({ start, end }) => {
      const s = text.slice(start, end);
      return { start, end, text: s, facts: this.facts(s) };
    });
  }

  facts(sentence: string): SentenceFacts {
    const hit = this.cache.get(sentence);
    if (hit) {
      // Refresh its place so that the least recently used sentence is the one dropped.
      this.cache.delete(sentence);
      this.cache.set(sentence, hit);
      return hit;
    }
    const facts = this.parse(sentence);
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(sentence, facts);
    return facts;
  }

  private parse(sentence: string): SentenceFacts {
    let words = 0;
    let syllables = 0;
    for (const [w] of sentence.matchAll(WORD)) {
      words++;
      syllables += countSyllables(w);
    }
    const count = (re: RegExp) => sentence.match(re)?.length ?? 0;
    return {
      words,
      syllables,
      passive: this.nlp ? this.passive(this.nlp, sentence) : [],
      person: {
        first: count(/\b(?:I|me|my|mine|myself)\b/g),
        firstPlural: count(/\b(?:we|us|our|ours|ourselves)\b/gi),
        second: count(/\b(?:you|your|yours|yourself|yourselves)\b/gi),
      },
    };
  }

  /** compromise tags passive verb phrases `#Passive`; matching the tag avoids building verb data. */
  private passive(nlp: typeof nlpType, sentence: string): SentenceFacts["passive"] {
    const out: SentenceFacts["passive"] = [];
    if (!MAY_BE_PASSIVE.test(sentence)) return out;
    const matches = nlp(sentence).match("#Passive+").json({ offset: true }) as { offset?: { start: number; length: number } }[];
    for (const m of matches) {
      if (!m.offset) continue;
      // compromise's span carries the punctuation after it ("were made.").
      const text = sentence.slice(m.offset.start, m.offset.start + m.offset.length).replace(/[^\p{L}\p{N}]+$/u, "");
      if (ADJECTIVAL.has(text.split(/\s+/).pop()?.toLowerCase() ?? "")) continue;
      out.push({ start: m.offset.start, end: m.offset.start + text.length, text });
    }
    return out;
  }
}
