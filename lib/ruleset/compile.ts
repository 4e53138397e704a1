/**
 * Compiling: once per rule set, everything the per-keystroke path needs. Every rule's terms go into
 * one matcher (one walk of the text serves all rules), each rule's options are parsed, and
 * compromise is loaded only if an enabled rule needs NLP.
 */
import type { AnyRule, Prepared } from "../engine/rule.ts";
import { loadInflector, type Inflector } from "../engine/inflect.ts";
import { TermMatcher } from "../engine/matcher.ts";
import { SentenceAnalyzer } from "../engine/nlp.ts";
import { CUE_TERMS, type CueKey } from "../engine/reading.ts";
import { parseTerm, termVariants, type RegexFinder } from "../engine/terms.ts";
import type { Severity } from "../engine/types.ts";
import { RULES } from "../../rules/index.ts";
import { declaredScenario } from "./scenario.ts";
import type { RuleSet } from "./schema.ts";

export interface CompiledRule {
  rule: AnyRule;
  options: unknown;
  /** Set when the rule set overrides the rule's severity: every finding then has it. */
  severity: Severity | undefined;
  state: unknown;
  /**
   * Issue 12: set when the declared crisis's scenario switches this rule. `enabled` and `severity`
   * apply while the team's crisis is in force; `enabledOutside` says whether the rule runs at all
   * once it is over (the crisis may end at `until`, without a new compilation).
   */
  crisis?: { enabled: boolean; severity: Severity | undefined; enabledOutside: boolean };
}

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  rules: CompiledRule[];
  matcher: TermMatcher;
  /**
   * What each term entry stands for: a rule's term key, an allow-listed span, or a register cue
   * (lib/engine/reading.ts).
   */
  entries: CompiledEntry[];
  /** Regular-expression terms by rule index (and of the allow-list and the cues): run only when asked for. */
  regexes: { find: RegexFinder; entry: number }[][];
  allowRegexes: { find: RegexFinder; entry: number }[];
  cueRegexes: { find: RegexFinder; entry: number }[];
  /** Sentence facts, cached per sentence; with compromise only if an enabled rule needs NLP. */
  sentences: SentenceAnalyzer;
  /** Milliseconds the compilation took, for the benchmark and the options page. */
  compileMs: number;
}

export type CompiledEntry = { rule: number; key: unknown } | { allow: true } | { cue: CueKey };

export interface CompileOptions {
  /** Overrides the compromise-backed inflector (tests, or a caller that must not load compromise). */
  inflector?: Inflector;
  /** The rules to compile instead of the registry's (tests of a rule kind). */
  rules?: readonly AnyRule[];
}

/** Whether a rule runs, with which severity override and options, under a rule set. */
export function ruleSettings(rule: AnyRule, ruleSet: RuleSet): { enabled: boolean; severity?: Severity; options: unknown } {
  const sw = ruleSet.rules?.[rule.meta.id];
  const options = rule.meta.options.parse(typeof sw === "object" ? (sw.options ?? {}) : {});
  if (sw === "off") return { enabled: false, options };
  if (sw === undefined) return { enabled: !rule.meta.off || rule.enabledBy?.(ruleSet) === true, options };
  if (typeof sw === "string") return { enabled: true, severity: sw, options };
  return { enabled: true, options, ...(sw.severity ? { severity: sw.severity } : {}) };
}

/** Compiles a validated rule set (see `validateRuleSet`). */
export async function compileRuleSet(ruleSet: RuleSet, options: CompileOptions = {}): Promise<CompiledRuleSet> {
  const started = performance.now();
  const inflector = options.inflector ?? (await loadInflector());
  const matcher = new TermMatcher();
  const entries: CompiledRuleSet["entries"] = [];
  const rules: CompiledRule[] = [];
  const regexes: CompiledRuleSet["regexes"] = [];
  const allowRegexes: CompiledRuleSet["allowRegexes"] = [];
  const cueRegexes: CompiledRuleSet["cueRegexes"] = [];
  let needsNlp = false;

  const addTerm = (term: string, entry: number, inflect: boolean, native = false) => {
    const parsed = parseTerm(term, { native });
    if (parsed.kind === "regex") {
      const e = entries[entry]!;
      ("allow" in e ? allowRegexes : "cue" in e ? cueRegexes : (regexes[e.rule] ??= [])).push({ find: parsed.find, entry });
      return;
    }
    const variants = inflect ? termVariants(parsed, inflector) : [parsed.words];
    for (const words of variants) matcher.addWords(words, entry);
  };

  const crisisRules = declaredScenario(ruleSet)?.rules;
  const underCrisis: RuleSet | undefined = crisisRules ? { ...ruleSet, rules: { ...ruleSet.rules, ...crisisRules } } : undefined;
  for (const rule of options.rules ?? RULES) {
    const normal = ruleSettings(rule, ruleSet);
    const crisis = underCrisis && rule.meta.id in (crisisRules ?? {}) ? ruleSettings(rule, underCrisis) : undefined;
    if (!normal.enabled && !crisis?.enabled) continue;
    const settings = normal.enabled ? normal : crisis!;
    const prepared: Prepared<unknown, unknown> = rule.prepare?.({ ruleSet, options: settings.options }) ?? {};
    const index = rules.length;
    for (const spec of prepared.terms ?? []) {
      entries.push({ rule: index, key: spec.key });
      addTerm(spec.term, entries.length - 1, spec.inflect !== false, spec.native === true);
    }
    rules.push({
      rule,
      options: settings.options,
      severity: normal.severity,
      state: prepared.state,
      ...(crisis ? { crisis: { enabled: crisis.enabled, severity: crisis.severity, enabledOutside: normal.enabled } } : {}),
    });
    needsNlp ||= rule.meta.nlp === true;
  }
  for (const term of ruleSet.allow ?? []) {
    entries.push({ allow: true });
    addTerm(term, entries.length - 1, true);
  }
  // The register cues ship with Preflight and their patterns are vetted by tests: native engine.
  for (const cue of CUE_TERMS) {
    entries.push({ cue: cue.register });
    addTerm(cue.term, entries.length - 1, cue.inflect, true);
  }

  const sentences = new SentenceAnalyzer(needsNlp ? (await import("compromise")).default : undefined);
  return { ruleSet, rules, matcher, entries, regexes, allowRegexes, cueRegexes, sentences, compileMs: performance.now() - started };
}
