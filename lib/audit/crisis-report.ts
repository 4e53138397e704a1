/**
 * Issue 12, "reflect": one crisis from its declaration, read from exported audit logs. Decisions
 * logged during a team crisis carry its scenario and declaration time (set by the background from
 * the signed rule set), so one crisis is told from another even when a scenario is declared twice.
 * Pure and without dependencies: the options page and `preflight report --crisis` share it.
 */
import { csvCell } from "./export.ts";
import type { ImportedLog } from "./import.ts";
import type { ChecklistTick } from "./schema.ts";
import type { AuditDecision } from "./summary.ts";

/** One crisis found in a log. */
export interface CrisisRef {
  scenario?: string;
  since?: string;
  drill: boolean;
  decisions: number;
}

export interface CrisisLine {
  at: string;
  platform: string;
  account?: string;
  author?: string;
  rules: string[];
  reason?: string;
  approvedBy?: string;
}

export interface CrisisReport {
  crisis: CrisisRef & { first?: string; last?: string };
  totals: { decisions: number; stopped: number; override: number; approved: number };
  /** Stopped posts (edited or cancelled at the gate), by the rules that stopped them. */
  stoppedByRule: { rule: string; n: number }[];
  postedAnyway: CrisisLine[];
  approved: CrisisLine[];
  /** The first post that went out during the crisis, and how long after the declaration. */
  firstStatement?: CrisisLine & { minutes?: number };
  checklist?: { items: { item: string; done: boolean; at: string }[]; done: number; of: number };
}

export class CrisisNotFoundError extends Error {
  override name = "CrisisNotFoundError";
  constructor(
    readonly id: string,
    readonly known: CrisisRef[],
  ) {
    super(`no crisis "${id}" in the log`);
  }
}

/** The other helper of issue 12 adds `approvedBy` to decisions; read it where a log has it. */
function approvedByOf(d: AuditDecision): string | undefined {
  const value = (d as AuditDecision & { approvedBy?: unknown }).approvedBy;
  return typeof value === "string" && value !== "" ? value : undefined;
}

const keyOf = (d: { scenario?: string | undefined; crisisSince?: string | undefined }) => `${d.scenario ?? ""}\u0000${d.crisisSince ?? ""}`;

/** The team crises a log's decisions were taken in, newest declaration first. */
export function crisesInLog(log: Pick<ImportedLog, "decisions">): CrisisRef[] {
  const found = new Map<string, CrisisRef>();
  for (const d of log.decisions) {
    if (d.scenario === undefined && d.crisisSince === undefined) continue;
    const key = keyOf(d);
    const ref = found.get(key) ?? {
      ...(d.scenario ? { scenario: d.scenario } : {}),
      ...(d.crisisSince ? { since: d.crisisSince } : {}),
      drill: false,
      decisions: 0,
    };
    ref.decisions++;
    ref.drill ||= d.drill === true;
    found.set(key, ref);
  }
  return [...found.values()].sort((a, b) => (Date.parse(b.since ?? "") || 0) - (Date.parse(a.since ?? "") || 0));
}

/** How a crisis is named: its scenario, or its declaration time. */
export function crisisName(ref: Pick<CrisisRef, "scenario" | "since">): string {
  return [ref.scenario, ref.since].filter(Boolean).join(" @ ") || "?";
}

/** The crisis `id` names: a scenario id (its latest declaration) or a declaration time. */
export function findCrisis(log: Pick<ImportedLog, "decisions">, id: string): CrisisRef {
  const known = crisesInLog(log);
  const at = Date.parse(id);
  const match =
    known.find((c) => c.scenario === id) ??
    known.find((c) => c.since !== undefined && (c.since === id || (!Number.isNaN(at) && /\d{4}-\d{2}-\d{2}T/.test(id) && Date.parse(c.since) === at)));
  if (!match) throw new CrisisNotFoundError(id, known);
  return match;
}

const lineOf = (d: AuditDecision): CrisisLine => ({
  at: d.at,
  platform: d.platform,
  ...(d.account ? { account: d.account } : {}),
  ...(d.author ? { author: d.author } : {}),
  rules: d.rules.map((r) => r.id),
  ...(d.reason ? { reason: d.reason } : {}),
  ...(approvedByOf(d) ? { approvedBy: approvedByOf(d)! } : {}),
});

export function crisisReport(log: ImportedLog, id: string): CrisisReport {
  const ref = findCrisis(log, id);
  const key = keyOf({ scenario: ref.scenario, crisisSince: ref.since });
  const decisions = log.decisions.filter((d) => keyOf(d) === key).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const stopped = decisions.filter((d) => d.decision !== "override");
  const wentOut = decisions.filter((d) => d.decision === "override");
  const byRule = new Map<string, number>();
  for (const d of stopped) for (const rule of new Set(d.rules.map((r) => r.id))) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const approved = wentOut.filter((d) => approvedByOf(d) !== undefined);
  const first = wentOut[0];
  const since = ref.since ? Date.parse(ref.since) : Number.NaN;
  return {
    crisis: { ...ref, ...(decisions[0] ? { first: decisions[0].at, last: decisions.at(-1)!.at } : {}) },
    totals: { decisions: decisions.length, stopped: stopped.length, override: wentOut.length - approved.length, approved: approved.length },
    stoppedByRule: [...byRule].map(([rule, n]) => ({ rule, n })).sort((a, b) => b.n - a.n || a.rule.localeCompare(b.rule)),
    postedAnyway: wentOut.filter((d) => approvedByOf(d) === undefined).map(lineOf),
    approved: approved.map(lineOf),
    ...(first
      ? { firstStatement: { ...lineOf(first), ...(Number.isNaN(since) ? {} : { minutes: Math.round((Date.parse(first.at) - since) / 60_000) }) } }
      : {}),
    ...checklistOf(log.checklist ?? [], ref),
  };
}

/** Each item's last tick in this crisis; completion is what ends ticked, out of the checklist's length. */
function checklistOf(ticks: readonly ChecklistTick[], ref: CrisisRef): Pick<CrisisReport, "checklist"> {
  const mine = ticks.filter((t) => (t.crisisSince ?? "") === (ref.since ?? "") && (t.scenario ?? "") === (ref.scenario ?? ""));
  if (mine.length === 0) return {};
  const last = new Map<string, ChecklistTick>();
  for (const t of [...mine].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) last.set(t.item, t);
  const items = [...last.values()].map((t) => ({ item: t.item, done: t.done, at: t.at }));
  const of = Math.max(...mine.map((t) => t.of), items.length);
  return { checklist: { items, done: items.filter((i) => i.done).length, of } };
}

/** One row per decision line, for a spreadsheet: what happened, to whom, when. */
export const CRISIS_CSV_COLUMNS = ["crisis", "drill", "kind", "at", "platform", "account", "author", "approvedBy", "reason", "rules", "n", "minutes", "item", "done"] as const;

export function crisisReportCsv(report: CrisisReport): string {
  const name = crisisName(report.crisis);
  const drill = report.crisis.drill;
  const row = (kind: string, line: Partial<CrisisLine> & { n?: number; minutes?: number; item?: string; done?: boolean }) =>
    [name, drill, kind, line.at, line.platform, line.account, line.author, line.approvedBy, line.reason, line.rules?.join(";"), line.n, line.minutes, line.item, line.done]
      .map(csvCell)
      .join(",");
  const rows = [
    CRISIS_CSV_COLUMNS.join(","),
    ...(report.firstStatement ? [row("first-statement", report.firstStatement)] : []),
    ...report.postedAnyway.map((l) => row("posted-anyway", l)),
    ...report.approved.map((l) => row("approved", l)),
    ...report.stoppedByRule.map((r) => row("stopped", { rules: [r.rule], n: r.n })),
    ...(report.checklist?.items ?? []).map((i) => row("checklist", { at: i.at, item: i.item, done: i.done })),
  ];
  return `${rows.join("\r\n")}\r\n`;
}
