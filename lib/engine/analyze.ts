/**
 * `analyze(text, context, compiled) → Finding[]`: one tokenization, one walk of the matcher for all
 * rules, then each enabled rule's pure check. Nothing escapes: a rule that throws is reported as an
 * `engine/rule-error` finding and the other rules still run.
 */
import type { CompiledRuleSet } from "../ruleset/compile.ts";
import { formatMessage } from "./i18n.ts";
import type { Hit, Report, ResolvedContext } from "./rule.ts";
import type { Sentence } from "./nlp.ts";
import type { TermHit } from "./matcher.ts";
import { excerptOf } from "./text.ts";
import { tokenize } from "./tokenize.ts";
import { SEVERITY_RANK, type AnalysisContext, type Finding } from "./types.ts";

let machineZone: string | undefined;
/** Resolving the zone costs more than a short analysis; it does not change while a page lives. */
const machineTimeZone = () => (machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

export function resolveContext(context: AnalysisContext, compiled: CompiledRuleSet): ResolvedContext {
  const at = context.at ?? new Date();
  const team = compiled.ruleSet.crisis;
  const local = context.crisis;
  const localActive = local?.active === true && (!local.until || Date.parse(local.until) > at.getTime());
  let crisis: ResolvedContext["crisis"];
  if (team?.active) {
    crisis = { source: "team", ...(team.title ? { title: team.title } : {}), ...(team.message ? { message: team.message } : {}) };
  } else if (localActive) {
    crisis = { source: "local", ...(local?.reason ? { message: local.reason } : {}) };
  }
  return {
    platform: context.platform,
    account: context.account,
    author: context.author,
    at,
    timeZone: context.timeZone ?? machineTimeZone(),
    locale: context.locale ?? "en",
    crisis,
  };
}

export function analyze(text: string, context: AnalysisContext, compiled: CompiledRuleSet): Finding[] {
  const resolved = resolveContext(context, compiled);
  const tokens = tokenize(text);
  const hitsOf = lazyHits(text, compiled, compiled.matcher.match(tokens));
  let sentences: Sentence[] | undefined;
  const findings: Finding[] = [];

  compiled.rules.forEach((entry, index) => {
    const { rule } = entry;
    const report = (r: Report) => {
      const start = clamp(r.start, 0, text.length);
      const end = clamp(r.end, start, text.length);
      const severity = entry.severity ?? r.severity ?? rule.meta.severity;
      const template = rule.meta.messages[r.messageId];
      if (!template) throw new Error(`${rule.meta.id} reported unknown message id "${r.messageId}"`);
      findings.push({
        ruleId: rule.meta.id,
        messageId: r.messageId,
        severity,
        message: formatMessage(template, resolved.locale, r.data),
        start,
        end,
        excerpt: excerptOf(text, start, end),
        ...(r.suggestions?.length ? { suggestions: r.suggestions } : {}),
        ...(r.guidance ? { guidance: r.guidance } : {}),
      });
    };
    try {
      rule.check({
        text,
        tokens,
        options: entry.options,
        state: entry.state,
        ruleSet: compiled.ruleSet,
        context: resolved,
        // A getter: a rule that returns before looking (crisis/active with no crisis) costs nothing.
        get hits() {
          return hitsOf(index);
        },
        sentences: () => (sentences ??= compiled.sentences.analyze(text)),
        report,
      });
    } catch (e) {
      findings.push({
        ruleId: "engine/rule-error",
        messageId: "ruleError",
        severity: "info",
        message: formatMessage(
          { en: "The rule {{rule}} failed and was skipped: {{error}}", "zh-CN": "规则 {{rule}} 运行失败，已跳过：{{error}}" },
          resolved.locale,
          { rule: rule.meta.id, error: e instanceof Error ? e.message : String(e) },
        ),
        start: 0,
        end: 0,
        excerpt: "",
      });
    }
  });
  return findings.sort(
    (a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end,
  );
}

/**
 * A rule's hits, in text order (longest first at equal starts), without those inside an
 * allow-listed span. Word hits come from the one walk of the matcher; a rule's regular expressions
 * run, and the allow-list is consulted, only when the rule asks for its hits.
 */
function lazyHits(text: string, compiled: CompiledRuleSet, wordHits: TermHit[]): (rule: number) => Hit<unknown>[] {
  const byRule: TermHit[][] = [];
  const allowWords: TermHit[] = [];
  for (const h of wordHits) {
    const e = compiled.entries[h.entry]!;
    if ("allow" in e) allowWords.push(h);
    else (byRule[e.rule] ??= []).push(h);
  }
  let allowed: TermHit[] | undefined;
  const allowSpans = () => (allowed ??= [...allowWords, ...runRegexes(text, compiled.allowRegexes)]);
  const done: Hit<unknown>[][] = [];
  return (rule) => {
    const cached = done[rule];
    if (cached) return cached;
    const raw = [...(byRule[rule] ?? []), ...runRegexes(text, compiled.regexes[rule] ?? [])];
    const spans = raw.length > 0 ? allowSpans() : [];
    const hits: Hit<unknown>[] = [];
    for (const h of raw) {
      if (spans.some((a) => a.start <= h.start && h.end <= a.end)) continue;
      hits.push({ key: (compiled.entries[h.entry] as { key: unknown }).key, start: h.start, end: h.end });
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return (done[rule] = hits);
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
