import { z } from "zod";
import { SafePhraseSchema, TermListEntrySchema, termListRule, type TermList, type TermListEntry } from "../../lib/engine/kinds/term-list.ts";
import { SEVERITIES } from "../../lib/engine/types.ts";
import data from "./tropes.json" with { type: "json" };

const GroupSchema = z.strictObject({ id: z.string().min(1), kind: z.string().min(1), terms: z.array(z.string().min(1)).min(1) });
const PatternSchema = z.strictObject({
  /** Phrases with a `{group}` placeholder. */
  terms: z.array(z.string().includes("{group}")).min(1),
  /** Kinds of groups the pattern applies to; every group when absent. */
  kinds: z.array(z.string().min(1)).optional(),
  severity: z.enum(SEVERITIES),
  source: z.string().min(1),
});

export const TropesDataSchema = z.strictObject({
  about: z.string().min(1),
  entries: z.array(TermListEntrySchema).min(1),
  generalizations: z.strictObject({
    note: z.string().min(1),
    groups: z.array(GroupSchema).min(1),
    patterns: z.array(PatternSchema).min(1),
    safe: z.array(z.strictObject({ terms: z.array(z.string().includes("{group}")).min(1), note: z.string().min(1) })),
  }),
  safe: z.array(SafePhraseSchema),
});
export type TropesData = z.infer<typeof TropesDataSchema>;

export const TROPES_DATA = TropesDataSchema.parse(data);

/**
 * The list the rule matches: the listed phrases, then every generalisation pattern crossed with the
 * groups it applies to ("all {group} are" × "Asians" → "all Asians are"), with its safe phrases
 * ("all {group} are welcome").
 */
export function tropesList(d: TropesData = TROPES_DATA): TermList {
  const { groups, patterns, note, safe } = d.generalizations;
  const fill = (templates: readonly string[], terms: readonly string[]) =>
    templates.flatMap((t) => terms.map((g) => t.replace("{group}", g)));
  const generated: TermListEntry[] = [];
  for (const p of patterns) {
    for (const g of groups) {
      if (p.kinds && !p.kinds.includes(g.kind)) continue;
      generated.push({ terms: fill(p.terms, g.terms), note, source: p.source, severity: p.severity, group: "generalization", inflect: false });
    }
  }
  const allGroups = groups.flatMap((g) => g.terms);
  return {
    about: d.about,
    entries: [...d.entries, ...generated],
    safe: [...d.safe, ...safe.map((s) => ({ terms: fill(s.terms, allGroups), note: s.note }))],
  };
}

const MESSAGE_OF_GROUP: Record<string, string> = { consent: "consent", generalization: "generalization" };

/**
 * Sexist and racist tropes, generalisations about a group ("all <group> are", "<group> can't
 * drive"), and jokes about drugging and consent (Bloomingdale's 2015, Bud Light 2015).
 */
export default termListRule({
  meta: {
    id: "sensitivity/tropes",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Sexist and racist tropes, generalisations about groups of people, and jokes about drugging and consent.",
      "zh-CN": "性别歧视和种族歧视的刻板印象、对某一群体的以偏概全，以及拿下药和性同意开玩笑的内容。",
    },
    messages: {
      trope: {
        en: "“{{excerpt}}” is a stereotype: it hurts the people it describes, and brands have apologised for less.",
        "zh-CN": "“{{excerpt}}”是刻板印象：会伤害被描述的人群，品牌曾因更轻微的措辞而道歉。",
      },
      generalization: {
        en: "“{{excerpt}}” generalises about a whole group of people.",
        "zh-CN": "“{{excerpt}}”是对整个群体的以偏概全。",
      },
      consent: {
        en: "“{{excerpt}}” makes light of drugging someone or of consent.",
        "zh-CN": "“{{excerpt}}”拿下药或性同意当儿戏。",
      },
    },
  },
  list: tropesList(),
  native: true,
  messageId: (entry) => MESSAGE_OF_GROUP[entry.group ?? ""] ?? "trope",
});
