import type { RegexFinder } from "../../lib/engine/terms.ts";
import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import data from "./formality.json" with { type: "json" };
import { reportable, TermCollector, VoiceListSchema, type TermInfo } from "./support/data.ts";

const FORMALITY = VoiceListSchema.parse(data);

interface State {
  info: TermInfo<number>[];
  safeRegexes: RegexFinder[];
  /** Contractions as written, lower case with a straight apostrophe ("we're"), to their entry. */
  contractions: Map<string, number>;
}

const APOSTROPHES = /['\u2019\u02bc\uff07]/g;
const contractionKey = (word: string) => word.toLowerCase().replace(APOSTROPHES, "'");

/** "We're" → "We are": the suggestion takes the capital of the word it replaces. */
function matchCase(suggestion: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/**
 * Slang and contractions in a brand whose voice is formal (`voice.formality: "formal"`). With
 * "neutral", slang only; with "casual", nothing. Off unless the voice asks for it.
 */
export default defineRule<Record<string, never>, State, number>({
  meta: {
    id: "voice/formality",
    category: "voice",
    severity: "info",
    description: {
      en: "Slang (“gonna”, “lol”) and contractions (“don't”, “we're”) when the brand's voice is formal.",
      "zh-CN": "品牌语气为正式时出现的俚语（如“gonna”“lol”）和缩约形式（如“don't”“we're”）。",
    },
    messages: {
      slang: {
        en: "“{{excerpt}}” is too casual for the brand's formal voice; try “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”对品牌的正式语气来说太随意了；可改为“{{suggestion}}”。",
      },
      slangNoSuggestion: {
        en: "“{{excerpt}}” is too casual for the brand's formal voice.",
        "zh-CN": "“{{excerpt}}”对品牌的正式语气来说太随意了。",
      },
      contraction: {
        en: "“{{excerpt}}” is a contraction; the brand's formal voice writes “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”是缩约形式；品牌的正式语气应写作“{{suggestion}}”。",
      },
    },
    options: noOptions,
    off: true,
  },
  enabledBy: (ruleSet) => ruleSet.voice?.formality === "formal",
  prepare() {
    const terms = new TermCollector<number>();
    const contractions = new Map<string, number>();
    FORMALITY.entries.forEach((entry, i) => {
      if (entry.group === "contraction") for (const term of entry.terms) contractions.set(contractionKey(term), i);
      else for (const term of entry.terms) terms.add(term, i, { inflect: entry.inflect !== false, builtIn: true });
    });
    return { terms: terms.terms, state: { info: terms.info, safeRegexes: terms.safeRegexes, contractions } };
  },
  check({ hits, tokens, text, ruleSet, state, report }) {
    // Switched on by hand without a formality: formal.
    const formality = ruleSet.voice?.formality ?? "formal";
    if (formality === "casual") return;

    if (hits.length > 0) {
      for (const hit of reportable(text, hits, state.info, state.safeRegexes)) {
        const entry = FORMALITY.entries[hit.key]!;
        const excerpt = text.slice(hit.start, hit.end);
        const suggestions = entry.suggest?.map((s) => matchCase(s, excerpt));
        report({
          messageId: suggestions ? "slang" : "slangNoSuggestion",
          data: { excerpt, suggestion: suggestions?.[0] ?? "" },
          start: hit.start,
          end: hit.end,
          guidance: entry.note,
          ...(suggestions ? { suggestions } : {}),
        });
      }
    }
    if (formality !== "formal") return;

    // Contractions from the tokens: a word whose folded form lost an apostrophe.
    for (const t of tokens.list) {
      if (t.kind !== "word" || t.end - t.start === t.norm.length) continue;
      const word = text.slice(t.start, t.end);
      const i = state.contractions.get(contractionKey(word));
      if (i === undefined) continue;
      const entry = FORMALITY.entries[i]!;
      const suggestions = (entry.suggest ?? []).map((s) => matchCase(s, word));
      report({
        messageId: "contraction",
        data: { excerpt: word, suggestion: suggestions[0] ?? "" },
        start: t.start,
        end: t.end,
        guidance: entry.note,
        suggestions,
      });
    }
  },
});
