import { z } from "zod";
import { defineRule } from "../../lib/engine/rule.ts";

const Options = z.strictObject({
  /** Sentences with fewer words are too short for a grade to mean anything. */
  minWords: z.number().int().min(1).max(100).default(12),
});

/** Flesch-Kincaid grade of one sentence. */
export function gradeOf(words: number, syllables: number): number {
  return 0.39 * words + 11.8 * (syllables / words) - 15.59;
}

/**
 * Sentences harder to read than the brand's voice allows (`voice.readingGrade`, Flesch-Kincaid).
 * Runs only when the team sets a grade or switches the rule on (default grade 9). Counting words
 * and syllables needs no NLP, so this rule does not load compromise.
 */
export default defineRule<z.infer<typeof Options>>({
  meta: {
    id: "voice/reading-level",
    category: "voice",
    severity: "info",
    description: {
      en: "Sentences above the brand's reading grade (Flesch-Kincaid).",
      "zh-CN": "高于品牌设定阅读难度（Flesch-Kincaid 年级）的句子。",
    },
    messages: {
      hard: {
        en: "This sentence reads at grade {{grade}}; the brand's voice aims for {{max}} or lower. Shorter sentences and words help.",
        "zh-CN": "此句的阅读难度为 {{grade}} 年级；品牌语气的目标是 {{max}} 年级或更低。请使用更短的句子和词语。",
      },
    },
    options: Options as unknown as z.ZodType<z.infer<typeof Options>>,
    off: true,
  },
  enabledBy: (ruleSet) => ruleSet.voice?.readingGrade !== undefined,
  check({ sentences, ruleSet, options, report }) {
    const max = ruleSet.voice?.readingGrade ?? 9;
    for (const s of sentences()) {
      const { words, syllables } = s.facts;
      if (words < options.minWords) continue;
      const grade = gradeOf(words, syllables);
      if (grade > max) {
        report({ messageId: "hard", data: { grade: Math.round(grade), max }, start: s.start, end: s.end });
      }
    }
  },
});
