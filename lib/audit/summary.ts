/**
 * The post-crisis review's arithmetic, shared by the options page's charts and `preflight report`:
 * filters, and the log summed per rule, category, person, account, reason and day. Pure: it
 * runs in the options page and in Node alike.
 */
import type { DecisionKind, GateDecision } from "../state/schema.ts";
import { localDay } from "./counts.ts";
import type { FindingCountRow } from "./schema.ts";

export type AuditDecision = GateDecision & { id?: string };

export interface AuditFilter {
  /** First and last day shown, `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  platform?: string | undefined;
  /** An account handle; "" picks decisions and counts with no known account. */
  account?: string | undefined;
}

/** The gate's outcomes (a false-positive report, issue 13, is not one). */
export const OUTCOMES = ["edit", "override", "cancel"] as const satisfies readonly DecisionKind[];

/** `sensitivity/profanity` → `sensitivity`. */
export function categoryOf(ruleId: string): string {
  const slash = ruleId.indexOf("/");
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}

/** The day of a decision in the time zone given (the machine's when absent); "" when `at` is unreadable. */
export function decisionDay(decision: { at: string }, timeZone?: string): string {
  const t = Date.parse(decision.at);
  return Number.isNaN(t) ? "" : localDay(new Date(t), timeZone);
}

function inRange(day: string, filter: AuditFilter): boolean {
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}

function matches(row: { platform: string; account?: string | undefined }, filter: AuditFilter): boolean {
  return (filter.platform === undefined || row.platform === filter.platform) && (filter.account === undefined || (row.account ?? "") === filter.account);
}

export function filterDecisions<D extends AuditDecision>(decisions: readonly D[], filter: AuditFilter, timeZone?: string): D[] {
  return decisions.filter((d) => matches(d, filter) && inRange(decisionDay(d, timeZone), filter));
}

export function filterCounts(rows: readonly FindingCountRow[], filter: AuditFilter): FindingCountRow[] {
  return rows.filter((r) => matches(r, filter) && inRange(r.day, filter));
}

export interface OutcomeCounts {
  edit: number;
  override: number;
  cancel: number;
}

const noOutcomes = (): OutcomeCounts => ({ edit: 0, override: 0, cancel: 0 });

export interface RuleLine extends OutcomeCounts {
  rule: string;
  category: string;
  /** Findings shown while composing. */
  shown: number;
  /** Decisions at the gate where the rule had a finding. */
  gated: number;
}

export interface CategoryLine extends OutcomeCounts {
  category: string;
  shown: number;
  gated: number;
}

export interface PersonLine extends OutcomeCounts {
  /** The author's id; "" when Preflight did not know who wrote. */
  person: string;
  decisions: number;
  reasons: ReasonLine[];
}

export interface AccountLine extends OutcomeCounts {
  platform: string;
  /** "" when the account was not known. */
  account: string;
  decisions: number;
  shown: number;
}

export interface DayLine extends OutcomeCounts {
  day: string;
  shown: number;
  decisions: number;
}

export interface ReasonLine {
  /** As first written; reasons that differ only in case and spacing are one. */
  reason: string;
  n: number;
  people: string[];
}

/** Issue 13: false positives reported with "Not a problem here", per rule and marked words. */
export interface FalsePositiveLine {
  rule: string;
  /** The words the author marked (never the post). */
  words: string;
  n: number;
}

export interface AuditSummary {
  from: string | undefined;
  to: string | undefined;
  totals: OutcomeCounts & { decisions: number; shown: number; crisis: number };
  byRule: RuleLine[];
  /** Issue 13: most reported first. Reports are not gate decisions: no other view counts them. */
  falsePositives: FalsePositiveLine[];
  byCategory: CategoryLine[];
  byPerson: PersonLine[];
  byAccount: AccountLine[];
  byDay: DayLine[];
  reasons: ReasonLine[];
}

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const reasonKey = (reason: string) => reason.trim().replace(/\s+/g, " ").toLowerCase();

function tallyReasons(decisions: readonly AuditDecision[]): ReasonLine[] {
  const reasons = new Map<string, ReasonLine>();
  for (const d of decisions) {
    if (d.decision !== "override" || !d.reason) continue;
    const line = entry(reasons, reasonKey(d.reason), () => ({ reason: d.reason!.trim().replace(/\s+/g, " "), n: 0, people: [] }));
    line.n++;
    const person = d.author ?? "";
    if (!line.people.includes(person)) line.people.push(person);
  }
  return [...reasons.values()].sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason));
}

/** Everything the review needs, from decisions and counts already filtered. */
export function summarize(decisions: readonly AuditDecision[], rows: readonly FindingCountRow[], timeZone?: string): AuditSummary {
  const totals = { ...noOutcomes(), decisions: decisions.length, shown: 0, crisis: 0 };
  const rules = new Map<string, RuleLine>();
  const people = new Map<string, { line: PersonLine; decisions: AuditDecision[] }>();
  const accounts = new Map<string, AccountLine>();
  const days = new Map<string, DayLine>();
  const rule = (id: string) => entry(rules, id, () => ({ rule: id, category: categoryOf(id), shown: 0, gated: 0, ...noOutcomes() }));
  const account = (platform: string, handle: string | undefined) =>
    entry(accounts, `${platform}\u0000${handle ?? ""}`, () => ({ platform, account: handle ?? "", decisions: 0, shown: 0, ...noOutcomes() }));
  const day = (d: string) => entry(days, d, () => ({ day: d, shown: 0, decisions: 0, ...noOutcomes() }));

  for (const r of rows) {
    totals.shown += r.n;
    rule(r.rule).shown += r.n;
    account(r.platform, r.account).shown += r.n;
    day(r.day).shown += r.n;
  }
  const falsePositives = new Map<string, FalsePositiveLine>();
  for (const d of decisions) {
    if (d.decision === "falsePositive") {
      totals.decisions--;
      for (const id of new Set(d.rules.map((r) => r.id))) {
        const words = d.words ?? "";
        entry(falsePositives, `${id}\u0000${words}`, () => ({ rule: id, words, n: 0 })).n++;
      }
      continue;
    }
    totals[d.decision]++;
    if (d.crisis) totals.crisis++;
    for (const id of new Set(d.rules.map((r) => r.id))) {
      const line = rule(id);
      line.gated++;
      line[d.decision]++;
    }
    const person = entry(people, d.author ?? "", () => ({ line: { person: d.author ?? "", decisions: 0, reasons: [], ...noOutcomes() }, decisions: [] }));
    person.line.decisions++;
    person.line[d.decision]++;
    person.decisions.push(d);
    const acc = account(d.platform, d.account);
    acc.decisions++;
    acc[d.decision]++;
    const dayLine = day(decisionDay(d, timeZone));
    dayLine.decisions++;
    dayLine[d.decision]++;
  }

  const categories = new Map<string, CategoryLine>();
  for (const line of rules.values()) {
    const c = entry(categories, line.category, () => ({ category: line.category, shown: 0, gated: 0, ...noOutcomes() }));
    c.shown += line.shown;
    c.gated += line.gated;
    for (const o of OUTCOMES) c[o] += line[o];
  }
  const byDay = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  const busiest = <T extends { gated: number; shown: number }>(a: T, b: T) => b.gated - a.gated || b.shown - a.shown;
  return {
    from: byDay[0]?.day,
    to: byDay.at(-1)?.day,
    totals,
    byRule: [...rules.values()].sort((a, b) => busiest(a, b) || a.rule.localeCompare(b.rule)),
    falsePositives: [...falsePositives.values()].sort((a, b) => b.n - a.n || a.rule.localeCompare(b.rule) || a.words.localeCompare(b.words)),
    byCategory: [...categories.values()].sort((a, b) => busiest(a, b) || a.category.localeCompare(b.category)),
    byPerson: [...people.values()]
      .map(({ line, decisions: mine }) => ({ ...line, reasons: tallyReasons(mine) }))
      .sort((a, b) => b.override - a.override || b.decisions - a.decisions || a.person.localeCompare(b.person)),
    byAccount: [...accounts.values()].sort(
      (a, b) => b.decisions - a.decisions || b.shown - a.shown || `${a.platform}:${a.account}`.localeCompare(`${b.platform}:${b.account}`),
    ),
    byDay,
    reasons: tallyReasons(decisions),
  };
}

/** Every day from `from` to `to` inclusive (at most `max`), so a chart's time axis has no holes. */
export function daysBetween(from: string, to: string, max = 366): string[] {
  const out: string[] = [];
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)));
  if (Number.isNaN(start) || Number.isNaN(end)) return out;
  for (let t = Math.max(start, end - (max - 1) * 86_400_000); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export interface DailySeries {
  days: string[];
  /** The series' names, the largest first; the rest are summed under `other`. */
  keys: string[];
  /** values[key][dayIndex] */
  values: Record<string, number[]>;
  other: number[];
}

/** Per day, the count of each of the `top` busiest keys (a rule or a category), from finding counts. */
export function dailyFindings(rows: readonly FindingCountRow[], by: "rule" | "category", top = 6): DailySeries {
  const keyOf = (r: FindingCountRow) => (by === "rule" ? r.rule : categoryOf(r.rule));
  return dailySeries(
    rows.map((r) => ({ day: r.day, key: keyOf(r), n: r.n })),
    top,
  );
}

/** Per day, decisions by outcome. */
export function dailyOutcomes(decisions: readonly AuditDecision[], timeZone?: string): DailySeries {
  const series = dailySeries(
    decisions.filter((d) => d.decision !== "falsePositive").map((d) => ({ day: decisionDay(d, timeZone), key: d.decision, n: 1 })),
    OUTCOMES.length,
  );
  const keys = OUTCOMES.filter((o) => series.keys.includes(o));
  return { ...series, keys };
}

function dailySeries(points: ReadonlyArray<{ day: string; key: string; n: number }>, top: number): DailySeries {
  const dated = points.filter((p) => p.day !== "");
  if (dated.length === 0) return { days: [], keys: [], values: {}, other: [] };
  const sortedDays = dated.map((p) => p.day).sort();
  const days = daysBetween(sortedDays[0]!, sortedDays.at(-1)!);
  const index = new Map(days.map((d, i) => [d, i]));
  const totals = new Map<string, number>();
  for (const p of dated) totals.set(p.key, (totals.get(p.key) ?? 0) + p.n);
  const keys = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const shown = keys.slice(0, top);
  const values: Record<string, number[]> = Object.fromEntries(shown.map((k) => [k, days.map(() => 0)]));
  const other = days.map(() => 0);
  for (const p of dated) {
    const i = index.get(p.day);
    if (i === undefined) continue;
    const line = values[p.key];
    if (line) line[i]! += p.n;
    else other[i]! += p.n;
  }
  return { days, keys: shown, values, other };
}
