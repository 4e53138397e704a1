import { z } from "zod";
import { defineRule, type TermSpec } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import { tokenize } from "../../lib/engine/tokenize.ts";

const Options = z.strictObject({
  /**
   * Match a name written with capitals ("Apple", "REI") only where the text has a capital too, so
   * that "apple pie" is not a competitor. Hashtags and mentions match in any case. Off by default:
   * terms are case-insensitive everywhere else.
   */
  matchCase: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

const UPPER = /\p{Lu}/u;

/**
 * Mentions of the competitors the team lists (`voice.competitors`), in text, hashtags and
 * @mentions. A comparison or a reply to a competitor is a decision for the comms lead.
 */
/** Whether a word of the name has a capital where the text's word has none ("north" for "North"). */
function capitalsDiffer(name: string, excerpt: string): boolean {
  const nameWords = tokenize(name).list.map((t) => name.slice(t.start, t.end));
  const textWords = tokenize(excerpt).list.map((t) => excerpt.slice(t.start, t.end));
  return nameWords.some((w, i) => UPPER.test(w) && !UPPER.test(textWords[i] ?? ""));
}

/**
 * Mentions of the competitors the team lists (`voice.competitors`), in text, hashtags and
 * @mentions. A comparison or a reply to a competitor is a decision for the comms lead.
 */
export default defineRule<Options, undefined, number>({
  meta: {
    id: "voice/competitors",
    category: "voice",
    severity: "warn",
    description: {
      en: "Mentions of the competitors listed in the brand's voice settings, including hashtags and @mentions.",
      "zh-CN": "提及品牌语气设置中列出的竞争对手，包括话题标签和 @提及。",
    },
    messages: {
      competitor: {
        en: "“{{excerpt}}” names a competitor ({{name}}). Mentioning competitors needs the comms lead's approval.",
        "zh-CN": "“{{excerpt}}”提到了竞争对手（{{name}}）。提及竞争对手需经传播负责人批准。",
      },
    },
    options: Options as unknown as z.ZodType<Options>,
    off: true,
  },
  enabledBy: (ruleSet) => (ruleSet.voice?.competitors?.length ?? 0) > 0,
  prepare({ ruleSet }) {
    const terms: TermSpec<number>[] = [];
    (ruleSet.voice?.competitors ?? []).forEach((raw, i) => {
      const term = raw.trim();
      terms.push({ term, key: i, inflect: false });
      if (/^[/#@\uff03\uff20]/.test(term)) return;
      // Names take no inflections, only the possessive or plural "s" ("REI's", "The North Face's",
      // "Nikes"): apostrophes fold away, so "REI's" is the word "reis".
      if (!/s$/i.test(term)) terms.push({ term: `${term}s`, key: i, inflect: false });
    });
    return { terms };
  },
  check({ hits, ruleSet, options, text, tokens, report }) {
    if (hits.length === 0) return;
    const names = ruleSet.voice?.competitors ?? [];
    for (const hit of onePerSpan(hits)) {
      const name = (names[hit.key] ?? "").trim();
      const excerpt = text.slice(hit.start, hit.end);
      const tag = /^[#@\uff03\uff20]/.test(excerpt) || tokens.hashtags.some((h) => h.start <= hit.start && hit.end <= h.end);
      if (options.matchCase && !tag && !name.startsWith("/") && capitalsDiffer(name, excerpt)) continue;
      report({ messageId: "competitor", data: { excerpt, name }, start: hit.start, end: hit.end });
    }
  },
});
