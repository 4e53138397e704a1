/**
 * The "context list" kind (STYLE.md, "data over code"): a term list whose entries count only in
 * context, scored by what stands near them and by what the post does. "88" alone is a number; next
 * to "14", "heil" or a flag it is a hate code. "Sexy" is copy; in the same sentence as "toddler" it
 * sexualises a child. "Taiwan" is a place; listed among countries for a mainland audience it is a
 * flashpoint. Each entry says:
 *
 * - `with`: cue sets that must stand near a term (each inner list any-of, all lists required; a
 *   flat list is one any-of). A cue set is one of the file's own `cues`, or a register of the
 *   post's reading written `register:<name>` (lib/engine/reading.ts).
 * - `near`: where the cues must be: the same `sentence` (default) or anywhere in the `post`.
 * - `unless`: cue sets anywhere in the post that make the term ordinary.
 * - `stance`: severity by what the post does with it (a joke, a sale, a respectful notice), over
 *   the entry's `severity`; `"off"` lets the entry pass in that stance.
 * - `markets`: the markets it applies in (lib/engine/market.ts); `brandOnly`: brand accounts only;
 *   `hashtagOnly`: only written as a hashtag ("#WhyIStayed", not "why I stayed at the inn").
 * - `when`: severity by cues or market, over `stance` and `severity`, the first that holds
 *   deciding: a bare "(((name)))" is a warning, next to "globalist" a hate code; "Free Tibet" is a
 *   warning, and for mainland readers a block.
 *
 * Cost: the terms and cues join the shared matcher; everything else runs only for a post in which
 * a term was found, the regular expressions of cues and safe phrases included (a price pattern
 * guards "88", it finds nothing by itself).
 */
import { z } from "zod";
import { isBrandAccount } from "../../ruleset/accounts.ts";
import { MARKETS, marketsOf, type Market } from "../market.ts";
import { REFERENCE_KINDS, REGISTERS, type Register, type Stance } from "../reading.ts";
import { defineRule, type CheckContext, type Hit, type Rule, type RuleMeta, type TermSpec } from "../rule.ts";
import { splitSentences } from "../nlp.ts";
import { coveredBy, lastStartingAtOrBefore } from "../spans.ts";
import { isRegexTerm, parseTerm, type RegexFinder } from "../terms.ts";
import { SEVERITIES, SEVERITY_RANK, type LocalizedText, type Severity } from "../types.ts";
import { spelledForms } from "./term-list.ts";

const Localized = z.strictObject({ en: z.string().trim().min(1), "zh-CN": z.string().trim().min(1) });
const CueName = z.string().regex(/^(?:register:[a-z]+|[a-z][a-z0-9-]*)$/, "a cue set name (kebab-case) or register:<name>");
const Clause = z.array(CueName).min(1);
const StanceSeverity = z.union([z.enum(SEVERITIES), z.literal("off")]);
const Near = z.enum(["sentence", "post"]);
const Clauses = z.union([Clause, z.array(Clause).min(1)]);

/** A severity that holds with cues (`with`, and `near` defaulting to the sentence, as an entry's) or in `markets`, or both. */
const WhenSchema = z
  .strictObject({ with: Clauses.optional(), near: Near.optional(), markets: z.array(z.enum(MARKETS)).min(1).optional(), severity: StanceSeverity })
  .refine((w) => w.with !== undefined || w.markets !== undefined, "a `when` needs `with` or `markets`");

export const ContextEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected kebab-case"),
  terms: z.array(z.string().min(1)).min(1),
  with: Clauses.optional(),
  near: Near.optional(),
  unless: z.array(CueName).optional(),
  severity: z.enum(SEVERITIES),
  stance: z.partialRecord(z.enum(["mocking", "exploiting", "cause", "respectful", "celebrating", "neutral"]), StanceSeverity).optional(),
  markets: z.array(z.enum(MARKETS)).min(1).optional(),
  /** Severity by cues or market; the first that holds decides (see the top of this file). */
  when: z.array(WhenSchema).min(1).optional(),
  brandOnly: z.boolean().optional(),
  /** Sub-category, switchable through the rule's `skip` option. */
  group: z.string().min(1).optional(),
  inflect: z.boolean().optional(),
  /** See TermListEntrySchema.forms. */
  forms: z.literal("spelling").optional(),
  /** Only with the capitals of a term ("HH", not "hh"). */
  matchCase: z.boolean().optional(),
  /** Only as a hashtag ("#WhyIStayed", not "why I stayed at the inn"). */
  hashtagOnly: z.boolean().optional(),
  /** What the reading calls it ("a hate code", "Taiwan listed as a country"). */
  label: Localized,
  suggest: z.array(z.string().min(1)).optional(),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});

export const CueSetSchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  inflect: z.boolean().optional(),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});

export const ContextListSchema = z
  .strictObject({
    about: z.string().trim().min(1),
    /** What the entries refer to, for the reading (lib/engine/reading.ts). */
    refers: z.enum(REFERENCE_KINDS).optional(),
    cues: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), CueSetSchema),
    entries: z.array(ContextEntrySchema).min(1),
    safe: z.array(z.strictObject({ terms: z.array(z.string().min(1)).min(1), note: z.string().trim().min(1) })).optional(),
  })
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    list.entries.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: "custom", path: ["entries", i, "id"], message: `duplicate id ${e.id}` });
      ids.add(e.id);
      const names = [...clausesOf(e.with).flat(), ...(e.unless ?? []), ...(e.when ?? []).flatMap((w) => clausesOf(w.with).flat())];
      for (const name of names) {
        const known = name.startsWith("register:") ? REGISTERS.includes(name.slice(9) as Register) : name in list.cues;
        if (!known) ctx.addIssue({ code: "custom", path: ["entries", i], message: `unknown cue set ${name}` });
      }
    });
  });

export type ContextList = z.infer<typeof ContextListSchema>;
export type ContextEntry = z.infer<typeof ContextEntrySchema>;

function clausesOf(w: ContextEntry["with"]): string[][] {
  if (!w) return [];
  return typeof w[0] === "string" ? [w as string[]] : (w as string[][]);
}

export const ContextListOptions = z.strictObject({
  /** Groups of the list to leave out. */
  skip: z.array(z.string()).default([]),
});
export type ContextListOptionsT = z.infer<typeof ContextListOptions>;

/**
 * A hit key: an entry's index, a cue set's name, or a safe phrase, of the list named `list` (so
 * that a rule can hold a context list beside terms of its own, or several lists).
 */
export type ContextKey = { list: string; entry: number } | { list: string; cue: string } | { list: string; safe: true };

const isContextKey = (k: unknown, list: string): k is ContextKey => typeof k === "object" && k !== null && (k as { list?: unknown }).list === list;

/** The terms of a context list for the matcher, keyed for `contextMatches(list, ctx, name)`. */
export function contextListTerms(list: ContextList, skip: readonly string[] = [], name = ""): TermSpec<ContextKey>[] {
  const terms: TermSpec<ContextKey>[] = [];
  list.entries.forEach((e, entry) => {
    if (e.group && skip.includes(e.group)) return;
    const key = { list: name, entry };
    for (const term of e.terms) {
      if (e.forms === "spelling") for (const form of spelledForms(term)) terms.push({ term: form, key, inflect: false, native: true });
      else terms.push({ term, key, inflect: e.inflect !== false, native: true });
    }
  });
  // The patterns of cues and safe phrases are not here: they run in `contextMatches`, and only
  // for a post in which an entry was found.
  for (const [cueName, cue] of Object.entries(list.cues)) {
    const key = { list: name, cue: cueName };
    for (const term of cue.terms) if (!isRegexTerm(term)) terms.push({ term, key, inflect: cue.inflect !== false, native: true });
  }
  const safeKey = { list: name, safe: true as const };
  for (const s of list.safe ?? []) for (const term of s.terms) if (!isRegexTerm(term)) terms.push({ term, key: safeKey, inflect: true, native: true });
  return terms;
}

interface Span {
  start: number;
  end: number;
}

interface Patterns {
  cues: ReadonlyMap<string, RegexFinder[]>;
  safe: RegexFinder[];
}

const patternsByList = new WeakMap<ContextList, Patterns>();

/** The regular expressions among a list's cues and safe phrases, compiled once per list. */
function patternsOf(list: ContextList): Patterns {
  let patterns = patternsByList.get(list);
  if (!patterns) {
    const compile = (terms: readonly string[]) =>
      terms.filter(isRegexTerm).flatMap((t) => {
        const parsed = parseTerm(t, { native: true });
        return parsed.kind === "regex" ? [parsed.find] : [];
      });
    const cues = new Map<string, RegexFinder[]>();
    for (const [name, cue] of Object.entries(list.cues)) {
      const finds = compile(cue.terms);
      if (finds.length > 0) cues.set(name, finds);
    }
    patterns = { cues, safe: compile((list.safe ?? []).flatMap((s) => s.terms)) };
    patternsByList.set(list, patterns);
  }
  return patterns;
}

const spansFound = (finds: readonly RegexFinder[], text: string): Span[] =>
  finds.flatMap((find) => find(text).map(([start, end]) => ({ start, end })));

export interface ContextMatch {
  entry: ContextEntry;
  start: number;
  end: number;
  severity: Severity;
  stance: Stance;
}

const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
const HASH = /^[#\uff03]$/;

/**
 * The entries of `list` (its terms contributed under `name`) that hold in this post, with their
 * severity; one per stretch of text. Hits of other keys are ignored.
 */
export function contextMatches(list: ContextList, ctx: CheckContext<unknown, unknown, unknown>, name = ""): ContextMatch[] {
  const { hits, text } = ctx;
  const entryHits: Hit<number>[] = [];
  const cueHits = new Map<string, Span[]>();
  const safe: Span[] = [];
  for (const h of hits) {
    const k = h.key;
    if (!isContextKey(k, name)) continue;
    if ("safe" in k) safe.push(h);
    else if ("entry" in k) entryHits.push({ key: k.entry, start: h.start, end: h.end });
    else (cueHits.get(k.cue) ?? cueHits.set(k.cue, []).get(k.cue)!).push(h);
  }
  if (entryHits.length === 0) return [];
  const patterns = patternsOf(list);
  if (patterns.safe.length > 0) safe.push(...spansFound(patterns.safe, text));
  const inSafe = coveredBy(safe);
  const candidates = entryHits.filter((h) => !inSafe(h));
  if (candidates.length === 0) return [];

  let markets: ReadonlySet<Market> | undefined;
  let sentences: readonly Span[] | undefined;
  const sentenceOf = (h: Span): Span => {
    sentences ??= splitSentences(text);
    const s = sentences[lastStartingAtOrBefore(sentences, h.start)];
    return s && h.start < s.end ? s : { start: h.start, end: h.end };
  };
  const sorted = new Map<string, readonly Span[]>();
  const spansOf = (name: string): readonly Span[] => {
    let spans = sorted.get(name);
    if (!spans) {
      // A cue set's patterns run the first time the set is asked for.
      const finds = patterns.cues.get(name);
      const raw = name.startsWith("register:")
        ? ctx.register.cues().filter((c) => c.register === name.slice(9))
        : [...(cueHits.get(name) ?? []), ...(finds ? spansFound(finds, text) : [])];
      spans = [...raw].sort((a, b) => a.start - b.start);
      sorted.set(name, spans);
    }
    return spans;
  };
  // A cue inside `within` that is not the term's own words. Cues are sorted: look from the first
  // that starts inside; only the few that overlap the term or end past `within` are skipped.
  const present = (name: string, within: Span, own: Span) => {
    const spans = spansOf(name);
    for (let i = Math.max(0, lastStartingAtOrBefore(spans, within.start - 1) + 1); i < spans.length; i++) {
      const s = spans[i]!;
      if (s.start >= within.end) return false;
      if (s.start >= within.start && s.end <= within.end && (s.end <= own.start || s.start >= own.end)) return true;
    }
    return false;
  };

  const whole = { start: 0, end: text.length };
  // What the post does, leaving out the register cues inside the term itself. The cues are in text
  // order, one per stretch: when none overlaps the term, the post's stance (asked once) is the
  // answer, so a term found thousands of times in a long paste does not rescan every cue each time.
  let postStance: Stance | undefined;
  const stanceAt = (h: Span): Stance => {
    const cues = ctx.register.cues();
    const i = lastStartingAtOrBefore(cues, h.end - 1);
    if (i < 0 || cues[i]!.end <= h.start) return (postStance ??= ctx.register.stance());
    return ctx.register.stance((c) => c.start < h.end && h.start < c.end);
  };
  const evaluate = (h: Hit<number>): ContextMatch | undefined => {
    const entry = list.entries[h.key]!;
    if (entry.matchCase && !sameCase(text.slice(h.start, h.end), entry.terms)) return undefined;
    if (entry.hashtagOnly && !HASH.test(text.slice(h.start, h.start + 1))) return undefined;
    if (entry.markets) {
      markets ??= marketsOf(ctx.context, text);
      if (!entry.markets.some((m) => markets!.has(m))) return undefined;
    }
    if (entry.brandOnly && !onBrandAccount(ctx)) return undefined;
    const holds = (w: Pick<ContextEntry, "with" | "near">) => {
      const clauses = clausesOf(w.with);
      if (clauses.length === 0) return true;
      const within = w.near === "post" ? whole : sentenceOf(h);
      return clauses.every((clause) => clause.some((name) => present(name, within, h)));
    };
    if (!holds(entry)) return undefined;
    if ((entry.unless ?? []).some((name) => present(name, whole, h))) return undefined;
    const stance = stanceAt(h);
    const when = entry.when?.find((w) => (!w.markets || w.markets.some((m) => (markets ??= marketsOf(ctx.context, text)).has(m))) && holds(w));
    const severity = when ? when.severity : (entry.stance?.[stance] ?? entry.severity);
    if (severity === "off") return undefined;
    return { entry, start: h.start, end: h.end, severity, stance };
  };
  // One match per stretch of text, the longest that holds: every hit is judged in text order
  // (longest first at equal starts), and a hit inside a match already kept is not. A longer term
  // that does not hold leaves its words to the others: the same words in another entry ("Taiwan"
  // listed as a country, or beside China in a menu), the most severe of those winning, or shorter
  // words inside them ("won't take no" is a refusal, where "won't take no for an answer" did not
  // hold). A long post stays linear: inside words that did not hold, an entry that failed there is
  // not judged again (its cues are the same), so only other entries' overlapping words are.
  const out: ContextMatch[] = [];
  const rank = (m: ContextMatch) => SEVERITY_RANK[m.entry.severity];
  let last: ContextMatch | undefined;
  let failedEnd = -1;
  const failed = new Set<number>();
  for (const h of candidates) {
    const same = last !== undefined && h.start === last.start && h.end === last.end;
    if (last && h.start < last.end && !same) continue;
    if (h.start >= failedEnd) failed.clear();
    else if (failed.has(h.key)) continue;
    const match = evaluate(h);
    if (!match) {
      failed.add(h.key);
      failedEnd = Math.max(failedEnd, h.end);
      continue;
    }
    if (same) {
      if (rank(match) > rank(last!)) out[out.length - 1] = last = match;
      continue;
    }
    out.push(match);
    last = match;
  }
  return out;
}

/** A post counts as the brand's unless it is known to go out on another account. */
function onBrandAccount(ctx: CheckContext<unknown, unknown, unknown>): boolean {
  const { ruleSet, context } = ctx;
  if ((ruleSet.brand?.accounts ?? []).length === 0 || !context.account) return true;
  return isBrandAccount(ruleSet, context.account, context.platform);
}

function sameCase(found: string, terms: readonly string[]): boolean {
  const letters = found.replace(NOT_ALNUM, "");
  return terms.some((t) => t.replace(NOT_ALNUM, "") === letters);
}

export interface ContextListRuleSpec {
  meta: Omit<RuleMeta<ContextListOptionsT>, "options">;
  list: ContextList;
  /**
   * The message of a finding, by entry and match (a note reads differently from a block); it may
   * use {{excerpt}}, {{label}}, {{note}} and {{suggestion}}.
   */
  messageId: string | ((entry: ContextEntry, match: ContextMatch) => string);
}

/** A rule of the context-list kind. */
export function contextListRule(spec: ContextListRuleSpec): Rule<ContextListOptionsT, undefined, ContextKey> {
  const list = ContextListSchema.parse(spec.list);
  const messageOf = typeof spec.messageId === "string" ? () => spec.messageId as string : spec.messageId;
  return defineRule<ContextListOptionsT, undefined, ContextKey>({
    meta: { ...spec.meta, options: ContextListOptions as unknown as z.ZodType<ContextListOptionsT> },
    prepare: ({ options }) => ({ terms: contextListTerms(list, options.skip) }),
    check(ctx) {
      for (const m of contextMatches(list, ctx)) reportContextMatch(ctx, list, m, messageOf(m.entry, m));
    },
  });
}

/** Reports one match the way every context-list rule does: its label, note, suggestions and reference. */
export function reportContextMatch(
  ctx: Pick<CheckContext<unknown, unknown, unknown>, "text" | "context" | "report">,
  list: ContextList,
  m: ContextMatch,
  messageId: string,
): void {
  const label = localized(m.entry.label, ctx.context.locale);
  const excerpt = ctx.text.slice(m.start, m.end);
  const suggestions = m.entry.suggest ? inScriptOf(excerpt, m.entry.suggest) : undefined;
  ctx.report({
    messageId,
    data: { excerpt, label, note: m.entry.note, suggestion: suggestions?.[0] ?? "" },
    start: m.start,
    end: m.end,
    severity: m.severity,
    guidance: m.entry.note,
    ...(suggestions ? { suggestions } : {}),
    ...(list.refers ? { refers: { kind: list.refers, label } } : {}),
  });
}

const HAN = /\p{Script=Han}/u;

/**
 * The suggestions written in the script of the words found: an entry may list English and Chinese
 * alternatives, and "拜拜肉" wants "手臂", not "upper arms". All of them when none match.
 */
export function inScriptOf(excerpt: string, suggest: readonly string[]): string[] {
  const han = HAN.test(excerpt);
  const same = suggest.filter((s) => HAN.test(s) === han);
  return same.length > 0 ? same : [...suggest];
}

const localized = (t: LocalizedText, locale: keyof LocalizedText) => t[locale];
