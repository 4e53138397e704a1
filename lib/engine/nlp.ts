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
  /** Passive verb phrases, offsets relative to the sentence. */
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

export function splitSentences(text: string): { start: number; end: number }[] {
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
  if (end > start) out.push({ start, end });
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

export class SentenceAnalyzer {
  private readonly cache = new Map<string, SentenceFacts>();

  constructor(private readonly nlp: typeof nlpType) {}

  analyze(text: string): Sentence[] {
    return splitSentences(text).map(({ start, end }) => {
      const s = text.slice(start, end);
      return { start, end, text: s, facts: this.facts(s) };
    });
  }

  facts(sentence: string): SentenceFacts {
    const hit = this.cache.get(sentence);
    if (hit) {
      // Refresh its place so the least recently used sentence is the one dropped.
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
    const doc = this.nlp(sentence);
    const terms = doc.terms().json({ offset: true, text: true }) as { text: string }[];
    let syllables = 0;
    let words = 0;
    for (const t of terms) {
      if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
      words++;
      syllables += countSyllables(t.text);
    }
    const passive: SentenceFacts["passive"] = [];
    const verbs = doc.verbs().json({ offset: true }) as {
      text: string;
      offset?: { start: number; length: number };
      verb?: { grammar?: { passive?: boolean } };
    }[];
    for (const v of verbs) {
      if (v.verb?.grammar?.passive && v.offset) {
        // compromise's verb text carries the punctuation after it ("were made.").
        const text = sentence.slice(v.offset.start, v.offset.start + v.offset.length).replace(/[^\p{L}\p{N}]+$/u, "");
        passive.push({ start: v.offset.start, end: v.offset.start + text.length, text });
      }
    }
    const count = (re: RegExp) => sentence.match(re)?.length ?? 0;
    return {
      words,
      syllables,
      passive,
      person: {
        first: count(/\b(?:I|me|my|mine|myself)\b/g),
        firstPlural: count(/\b(?:we|us|our|ours|ourselves)\b/gi),
        second: count(/\b(?:you|your|yours|yourself|yourselves)\b/gi),
      },
    };
  }
}
