/**
 * What the engine bundle (entrypoints/engine.ts) puts on the content script's isolated world.
 * Only that bundle imports this module: the content script imports its types, so the engine,
 * the rules, zod, re2js and the word list load only when a page has a compose box.
 */
import { analyze, analyzePost } from "../engine/analyze.ts";
import { describeReading } from "../engine/reading.ts";
import { addNotes, hasNotes } from "../engine/notes.ts";
import { createInflector, type Inflector } from "../engine/inflect.ts";
import { verdictOf } from "../engine/types.ts";
import { compileRuleSet, ruleSettings, type CompiledRuleSet } from "../ruleset/compile.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { OkSchema, PageStateSchema, type Ok, type PageState } from "../state/messages.ts";
import type { InflectionTable } from "../state/schema.ts";
import { RULES } from "../../rules/index.ts";

export interface EngineApi {
  analyze: typeof analyze;
  analyzePost: typeof analyzePost;
  /** The reading in one sentence of the user's language (lib/engine/reading.ts). */
  describeReading: typeof describeReading;
  verdictOf: typeof verdictOf;
  /** The rules' notes in another language than English (entrypoints/notes-zh.ts), and whether they are in. */
  addNotes: typeof addNotes;
  hasNotes: typeof hasNotes;
  /** Whether compiling `ruleSet` needs compromise for sentence analysis (an enabled rule has meta.nlp). */
  needsNlp(ruleSet: RuleSet): boolean;
  /**
   * Compiles with the cached inflection table; without one, with compromise (which must be
   * loaded), recording every word's forms into a new table for the cache.
   */
  compile(ruleSet: RuleSet, table: InflectionTable | undefined): Promise<{ compiled: CompiledRuleSet; table?: InflectionTable }>;
  /** Validates the background's answers. */
  parsePageState(raw: unknown): PageState;
  parseOk(raw: unknown): Ok;
}

export function tableInflector(table: InflectionTable): Inflector {
  return { forms: (word) => table[word] ?? [word] };
}

export function recordingInflector(inner: Inflector): { inflector: Inflector; table: InflectionTable } {
  const table: InflectionTable = {};
  return {
    table,
    inflector: {
      forms(word) {
        const forms = inner.forms(word);
        table[word] = forms;
        return forms;
      },
    },
  };
}

export function createEngineApi(): EngineApi {
  return {
    analyze,
    analyzePost,
    describeReading,
    verdictOf,
    addNotes,
    hasNotes,
    needsNlp: (ruleSet) => RULES.some((rule) => rule.meta.nlp === true && ruleSettings(rule, ruleSet).enabled),
    async compile(ruleSet, table) {
      if (table) return { compiled: await compileRuleSet(ruleSet, { inflector: tableInflector(table) }) };
      const nlp = (await import("compromise")).default;
      const recording = recordingInflector(createInflector(nlp));
      const compiled = await compileRuleSet(ruleSet, { inflector: recording.inflector });
      return { compiled, table: recording.table };
    },
    parsePageState: (raw) => PageStateSchema.parse(raw),
    parseOk: (raw) => OkSchema.parse(raw),
  };
}
