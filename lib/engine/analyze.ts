/**
 * `analyze(text, context, compiled) → Finding[]`: one tokenization, one walk of the matcher for all
 * rules, then each enabled rule's pure check. Nothing escapes: a rule that throws is reported as an
 * `engine/rule-error` finding and the other rules still run.
 */
import { withoutOwnAllowed } from "./own-allow.ts";
import type { CompiledRule, CompiledRuleSet } from "../ruleset/compile.ts";
import { PostRegister, type CueKey, type Reading, type Reference } from "./reading.ts";
import { declaredScenario, teamCrisisInForce } from "../ruleset/scenario.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { formatMessage, localText } from "./i18n.ts";
import { localNote } from "./notes.ts";
import type { CheckContext, Hit, Report, ResolvedContext } from "./rule.ts";
import type { Sentence } from "./nlp.ts";
import type { TermHit } from "./matcher.ts";
import { coveredBy } from "./spans.ts";
import { excerptOf } from "./text.ts";
import { tokenize, type Tokens } from "./tokenize.ts";
import { SEVERITY_RANK, type AnalysisContext, type Finding } from "./types.ts";

let machineZone: string | undefined;
/** Resolving the zone costs more than a short analysis; it does not change while a page lives. */
const machineTimeZone = () => (machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

export function resolveContext(context: AnalysisContext, compiled: CompiledRuleSet): ResolvedContext {
  const at = context.at ?? new Date();
  const team = teamCrisisInForce(compiled.ruleSet, at);
  const local = context.crisis;
  const localActive = local?.active === true && (!local.until || Date.parse(local.until) > at.getTime());
  let crisis: ResolvedContext["crisis"];
  if (team) {
    const locale = context.locale ?? "en";
    const scenario = declaredScenario(compiled.ruleSet);
    crisis = {
      source: "team",
      ...(team.title ? { title: localText(team.title, locale) } : {}),
      ...(team.message ? { message: localText(team.message, locale) } : {}),
      // issue 12: a drill, and who may still post under the declared scenario
      ...(team.drill ? { drill: true } : {}),
      ...(scenario?.mayPost ? { mayPost: scenario.mayPost } : {}),
    };
  } else if (localActive) {
    crisis = { source: "local", ...(local?.reason ? { message: local.reason } : {}) };
  }
  return {
    platform: context.platform,
    account: context.account,
    author: context.author,
    authorPending: context.authorPending === true && !context.author,
    at,
    timeZone: context.timeZone ?? machineTimeZone(),
    locale: context.locale ?? "en",
    crisis,
  };
}

/** What the rules of one analysis share. */
interface Run {
  text: string;
  tokens: Tokens;
  compiled: CompiledRuleSet;
  context: ResolvedContext;
  hitsOf: (rule: number) => Hit<unknown>[];
  register: PostRegister;
  sentences: Sentence[] | undefined;
  /** What rules share within this analysis (`CheckContext.shared`), made on first use. */
  shared: Map<object, unknown> | undefined;
  findings: Finding[];
  /** Collected only when the caller wants the reading (`analyzePost`). */
  references: Reference[] | undefined;
}

/**
 * The analysis in progress. `analyze` is synchronous and never re-entered, so a rule's `report`
 * and `sentences` can be bound once per compiled rule instead of being made anew per keystroke.
 */
let current: Run | undefined;

interface Bound {
  report: (r: Report) => void;
  sentences: () => Sentence[];
}
const boundFunctions = new WeakMap<CompiledRule, Bound>();

function boundFor(entry: CompiledRule): Bound {
  let bound = boundFunctions.get(entry);
  if (!bound) {
    bound = {
      report: (r) => emit(current!, entry, r),
      sentences: () => {
        const run = current!;
        return (run.sentences ??= run.compiled.sentences.analyze(run.text));
      },
    };
    boundFunctions.set(entry, bound);
  }
  return bound;
}

/** The context of one rule's check; `hits` is computed on first read. */
class RuleCheck implements CheckContext<unknown, unknown, unknown> {
  readonly report: (r: Report) => void;
  readonly sentences: () => Sentence[];
  readonly options: unknown;
  readonly state: unknown;

  constructor(
    private readonly run: Run,
    private readonly index: number,
    entry: CompiledRule,
  ) {
    const bound = boundFor(entry);
    this.report = bound.report;
    this.sentences = bound.sentences;
    this.options = entry.options;
    this.state = entry.state;
  }

  get text(): string {
    return this.run.text;
  }
  get tokens(): Tokens {
    return this.run.tokens;
  }
  get ruleSet(): RuleSet {
    return this.run.compiled.ruleSet;
  }
  get context(): ResolvedContext {
    return this.run.context;
  }
  get register(): PostRegister {
    return this.run.register;
  }
  shared<T>(key: object, make: () => T): T {
    const shared = (this.run.shared ??= new Map());
    if (!shared.has(key)) shared.set(key, make());
    return shared.get(key) as T;
  }
  // A rule that returns before looking (crisis/active with no crisis) costs nothing.
  get hits(): Hit<unknown>[] {
    return this.run.hitsOf(this.index);
  }
}

function emit(run: Run, entry: CompiledRule, r: Report): void {
  const { rule } = entry;
  const { text } = run;
  const start = clamp(r.start, 0, text.length);
  const end = clamp(r.end, start, text.length);
  const template = rule.meta.messages[r.messageId];
  if (!template) throw new Error(`${rule.meta.id} reported unknown message id "${r.messageId}"`);
  if (r.refers && run.references) run.references.push({ ...r.refers, start, end, ruleId: rule.meta.id });
  const { locale } = run.context;
  // A built-in note reads in the user's language: as the "why" line and inside a message ({{note}}).
  const data = typeof r.data?.note === "string" ? { ...r.data, note: localNote(r.data.note, locale) } : r.data;
  run.findings.push({
    ruleId: rule.meta.id,
    messageId: r.messageId,
    severity: severityOf(entry, run.context) ?? r.severity ?? rule.meta.severity,
    message: formatMessage(template, locale, data),
    start,
    end,
    excerpt: excerptOf(text, start, end),
    ...(r.suggestions?.length ? { suggestions: r.suggestions } : {}),
    ...(r.guidance ? { guidance: localNote(r.guidance, locale) } : {}),
  });
}

/** Issue 12: the declared scenario's severity for the rule while the team's crisis is in force. */
function severityOf(entry: CompiledRule, context: ResolvedContext): CompiledRule["severity"] {
  return entry.crisis && context.crisis?.source === "team" ? entry.crisis.severity : entry.severity;
}

/** Issue 12: a rule the scenario switches on runs only during the crisis, one it switches off only outside it. */
function runsNow(entry: CompiledRule, context: ResolvedContext): boolean {
  if (!entry.crisis) return true;
  return context.crisis?.source === "team" ? entry.crisis.enabled : entry.crisis.enabledOutside;
}

export function analyze(text: string, context: AnalysisContext, compiled: CompiledRuleSet): Finding[] {
  return run(text, context, compiled, false).findings;
}

/** What `analyze` finds, with the reading that explains it: what the post refers to, and how. */
export interface Analysis {
  findings: Finding[];
  reading: Reading;
}

export function analyzePost(text: string, context: AnalysisContext, compiled: CompiledRuleSet): Analysis {
  const done = run(text, context, compiled, true);
  return { findings: done.findings, reading: readingOf(done) };
}

function run(text: string, context: AnalysisContext, compiled: CompiledRuleSet, withReading: boolean): Run {
  const resolved = resolveContext(context, compiled);
  const tokens = tokenize(text);
  const { rules, cues } = splitHits(text, compiled, compiled.matcher.match(tokens));
  const run: Run = {
    text,
    tokens,
    compiled,
    context: resolved,
    hitsOf: rules,
    register: new PostRegister(cues),
    sentences: undefined,
    shared: undefined,
    findings: [],
    references: withReading ? [] : undefined,
  };
  const outer = current;
  current = run;
  try {
    compiled.rules.forEach((entry, index) => {
      if (!runsNow(entry, resolved)) return;
      try {
        entry.rule.check(new RuleCheck(run, index, entry));
      } catch (e) {
        run.findings.push({
          ruleId: "engine/rule-error",
          messageId: "ruleError",
          severity: "info",
          message: formatMessage(
            { en: "The rule {{rule}} failed and was skipped: {{error}}", "zh-CN": "规则 {{rule}} 运行失败，已跳过：{{error}}" },
            resolved.locale,
            { rule: entry.rule.meta.id, error: e instanceof Error ? e.message : String(e) },
          ),
          start: 0,
          end: 0,
          excerpt: "",
        });
      }
    });
  } finally {
    current = outer;
  }
  run.findings = withoutOwnAllowed(withoutSuperseded(run.findings, compiled), text, compiled.ruleSet.allowFor).sort(
    (a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end,
  );
  return run;
}

/** The register of a text alone (tests of a rule kind that read it outside an analysis). */
export function registerOf(text: string, compiled: CompiledRuleSet): PostRegister {
  return new PostRegister(splitHits(text, compiled, compiled.matcher.match(tokenize(text))).cues);
}

/** Drops a finding when a rule that supersedes its rule found exactly the same words. */
function withoutSuperseded(findings: Finding[], compiled: CompiledRuleSet): Finding[] {
  // Spans of the superseding rules' findings, by the rule they replace; most posts have none.
  let superseded: Map<string, Set<string>> | undefined;
  for (const entry of compiled.rules) {
    const ids = entry.rule.meta.supersedes;
    if (!ids) continue;
    for (const f of findings) {
      if (f.ruleId !== entry.rule.meta.id) continue;
      for (const id of ids) {
        superseded ??= new Map();
        let spans = superseded.get(id);
        if (!spans) superseded.set(id, (spans = new Set()));
        spans.add(`${f.start}:${f.end}`);
      }
    }
  }
  if (!superseded) return findings;
  return findings.filter((f) => !superseded!.get(f.ruleId)?.has(`${f.start}:${f.end}`));
}

function readingOf(run: Run): Reading {
  const { text, register } = run;
  const references = run.references ?? [];
  const excerpt = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const seen = new Set<string>();
  const refersTo: Reading["refersTo"] = [];
  for (const r of [...references].sort((a, b) => a.start - b.start)) {
    const key = `${r.kind}:${r.label}:${r.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refersTo.push({ kind: r.kind, label: r.label, excerpt: excerpt(r) });
  }
  // The register matters only to a post that refers to something sensitive: a plain post's
  // reading costs nothing.
  if (refersTo.length === 0) return { refersTo, register: [], stance: "neutral" };
  return {
    refersTo,
    register: register.cues().map((c) => ({ register: c.register, excerpt: excerpt(c) })),
    stance: register.stance(),
  };
}

/**
 * A rule's hits, in text order (longest first at equal starts), without those inside an
 * allow-listed span; and the register cues. Word hits come from the one walk of the matcher; a
 * rule's regular expressions run, and the allow-list is consulted, only when the rule asks for its
 * hits; the cues' regular expressions only when a rule reads the register.
 */
function splitHits(
  text: string,
  compiled: CompiledRuleSet,
  wordHits: TermHit[],
): { rules: (rule: number) => Hit<unknown>[]; cues: () => Hit<CueKey>[] } {
  const byRule: TermHit[][] = [];
  const allowWords: TermHit[] = [];
  const cueWords: TermHit[] = [];
  for (const h of wordHits) {
    const e = compiled.entries[h.entry]!;
    if ("allow" in e) allowWords.push(h);
    else if ("cue" in e) cueWords.push(h);
    else (byRule[e.rule] ??= []).push(h);
  }
  let allowed: TermHit[] | undefined;
  const allowSpans = () => (allowed ??= [...allowWords, ...runRegexes(text, compiled.allowRegexes)]);
  const done: Hit<unknown>[][] = [];
  const keyOf = (h: TermHit) => (compiled.entries[h.entry] as { key: unknown }).key;
  return {
    rules: (rule) => {
      const cached = done[rule];
      if (cached) return cached;
      const raw = [...(byRule[rule] ?? []), ...runRegexes(text, compiled.regexes[rule] ?? [])];
      raw.sort((a, b) => a.start - b.start || b.end - a.end);
      const allowed = coveredBy(raw.length > 0 ? allowSpans() : []);
      const hits: Hit<unknown>[] = [];
      for (const h of raw) if (!allowed(h)) hits.push({ key: keyOf(h), start: h.start, end: h.end });
      return (done[rule] = hits);
    },
    cues: () =>
      [...cueWords, ...runRegexes(text, compiled.cueRegexes)].map((h) => ({
        key: (compiled.entries[h.entry] as { cue: CueKey }).cue,
        start: h.start,
        end: h.end,
      })),
  };
}

function runRegexes(text: string, regexes: CompiledRuleSet["regexes"][number]): TermHit[] {
  const out: TermHit[] = [];
  for (const { find, entry } of regexes) for (const [start, end] of find(text)) out.push({ entry, start, end });
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
