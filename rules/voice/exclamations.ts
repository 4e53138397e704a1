import { z } from "zod";
import { defineRule } from "../../lib/engine/rule.ts";
import type { Span } from "./support/text.ts";

const Options = z.strictObject({
  /** Exclamation marks in a row that read as shouting ("!!"). */
  run: z.number().int().min(2).max(10).default(2),
});
type Options = z.infer<typeof Options>;

/** Default of `voice.maxExclamations`: a few in a post read as enthusiasm, more as shouting. */
export const DEFAULT_MAX_EXCLAMATIONS = 3;

// "!" (and full-width "！", "‼", "⁉"), possibly with "?" inside a run ("!?!"); a run starts and
// ends with an exclamation mark, so "?!" and "!?" are one mark each.
const BANG = /[!\uff01\u203c\u2049](?:[!\uff01\u203c\u2049?\uff1f]*[!\uff01\u203c\u2049])?/g;
const MARKS = /[!\uff01\u203c\u2049]/g;

/**
 * Exclamation marks: a run such as "!!!" (one is enough), and more marks in a post than the brand's
 * voice allows (`voice.maxExclamations`, 3 unless set). A run counts once towards the limit.
 */
export default defineRule<Options>({
  meta: {
    id: "voice/exclamations",
    category: "voice",
    severity: "info",
    description: {
      en: "Runs of exclamation marks (“!!!”) and more exclamation marks than the brand's voice allows.",
      "zh-CN": "连续的感叹号（“!!!”）以及超过品牌语气允许数量的感叹号。",
    },
    messages: {
      run: {
        en: "“{{excerpt}}”: one exclamation mark is enough.",
        "zh-CN": "“{{excerpt}}”：一个感叹号就够了。",
      },
      tooMany: {
        en: "This post has {{count}} exclamations; the brand's voice allows {{max}}.",
        "zh-CN": "此帖子有 {{count}} 处感叹号；品牌语气最多允许 {{max}} 处。",
      },
    },
    options: Options as unknown as z.ZodType<Options>,
  },
  check({ text, ruleSet, options, report }) {
    // Most posts have none: one scan for the character decides.
    if (!/[!\uff01\u203c\u2049]/.test(text)) return;
    const max = ruleSet.voice?.maxExclamations ?? DEFAULT_MAX_EXCLAMATIONS;
    const marks: Span[] = [];
    BANG.lastIndex = 0;
    for (let m = BANG.exec(text); m !== null; m = BANG.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      marks.push(span);
      const count = m[0].match(MARKS)?.length ?? 0;
      const doubled = /[\u203c\u2049]/.test(m[0]);
      if (count >= options.run || (doubled && options.run <= 2)) {
        report({ messageId: "run", data: { excerpt: m[0] }, start: span.start, end: span.end });
      }
    }
    if (marks.length > max) {
      // At the first mark past the limit: where the post tips over.
      const first = marks[max]!;
      report({ messageId: "tooMany", data: { count: marks.length, max }, start: first.start, end: first.end });
    }
  },
});
