/**
 * Reads what the options page exports (lib/audit/export.ts), for `preflight report`: the JSON
 * export, the decisions CSV or the finding-counts CSV, told apart by their content. Every problem
 * names the file and the field (JSON) or the row (CSV); a file with any problem is refused whole,
 * so a review never rests on half a log.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { formatPath } from "../ruleset/parse.ts";
import { DECISION_KINDS, GateDecisionSchema } from "../state/schema.ts";
import { COUNT_COLUMNS, DECISION_COLUMNS } from "./export.ts";
import { ChecklistTickSchema, EXPORT_SCHEMA, FindingCountRowSchema, MAX_CHECKLIST_TICKS, type ChecklistTick, type FindingCountRow } from "./schema.ts";
import type { AuditDecision } from "./summary.ts";

export interface ImportedLog {
  decisions: AuditDecision[];
  findingCounts: FindingCountRow[];
  /** Issue 12: the crisis checklist's ticks (a JSON export's; a CSV has none). */
  checklist?: ChecklistTick[];
  dropped: { decisions: number; findingCounts: number };
}

export class AuditImportError extends Error {
  override name = "AuditImportError";
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** An exported decision: what the log holds, with the id it was logged under. */
const ExportedDecisionSchema = GateDecisionSchema.extend({ id: z.string().min(1).max(64).optional() });

const ExportSchema = z.strictObject({
  schema: z.literal(EXPORT_SCHEMA, { message: `expected "${EXPORT_SCHEMA}" (a file exported from Preflight's options page)` }),
  exportedAt: z.string().optional(),
  filter: z.record(z.string(), z.string()).optional(),
  dropped: z.strictObject({ decisions: z.number().int().min(0), findingCounts: z.number().int().min(0) }).optional(),
  decisions: z.array(ExportedDecisionSchema).default([]),
  findingCounts: z.array(FindingCountRowSchema).default([]),
  checklist: z.array(ChecklistTickSchema).max(MAX_CHECKLIST_TICKS).default([]), // issue 12
});

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 20;

function limited(problems: string[]): string[] {
  return problems.length <= MAX_PROBLEMS ? problems : [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];
}

export function readAuditFile(text: string, file: string): ImportedLog {
  const source = text.replace(/^\uFEFF/, "");
  return source.trimStart().startsWith("{") ? readJson(source, file) : readCsv(source, file);
}

function readJson(source: string, file: string): ImportedLog {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    throw new AuditImportError([`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const parsed = ExportSchema.safeParse(data);
  if (!parsed.success) {
    throw new AuditImportError(limited(parsed.error.issues.map((i) => `${file}: ${formatPath(i.path) || "(top level)"}: ${i.message}`)));
  }
  const { decisions, findingCounts, dropped, checklist } = parsed.data;
  return { decisions, findingCounts, dropped: dropped ?? { decisions: 0, findingCounts: 0 }, ...(checklist.length > 0 ? { checklist } : {}) };
}

/** Undoes csvCell's guard against formulas. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function readCsv(source: string, file: string): ImportedLog {
  let records: string[][];
  try {
    records = parseCsv(source, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    throw new AuditImportError([`${file}: neither JSON nor valid CSV: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const [header, ...rows] = records;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const has = (columns: readonly string[]) => columns.every((c) => names.includes(c));
  const kind = has(["at", "platform", "decision", "rules"]) ? "decisions" : has(["day", "platform", "rule", "n"]) ? "counts" : undefined;
  if (!kind) {
    throw new AuditImportError([
      `${file}: not a Preflight export: a decisions CSV has the columns ${DECISION_COLUMNS.join(", ")}; a finding-counts CSV has ${COUNT_COLUMNS.join(", ")}`,
    ]);
  }
  const problems: string[] = [];
  const decisions: AuditDecision[] = [];
  const findingCounts: FindingCountRow[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2; // as a spreadsheet numbers it: the header is row 1
    const cell = (name: string) => {
      const at = names.indexOf(name);
      const value = at < 0 ? "" : unguard(cells[at] ?? "");
      return value === "" ? undefined : value;
    };
    const data = kind === "decisions" ? decisionFromRow(cell, row, file, problems) : countFromRow(cell);
    if (data === undefined) return;
    const schema = kind === "decisions" ? ExportedDecisionSchema : FindingCountRowSchema;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: row ${row}: ${formatPath(issue.path)}: ${issue.message}`);
    } else if (kind === "decisions") decisions.push(parsed.data as AuditDecision);
    else findingCounts.push(parsed.data as FindingCountRow);
  });
  if (problems.length > 0) throw new AuditImportError(limited(problems));
  return { decisions, findingCounts, dropped: { decisions: 0, findingCounts: 0 } };
}

const RULE_CELL = /^([^:;\s]+):(info|warn|block)$/;

function decisionFromRow(
  cell: (name: string) => string | undefined,
  row: number,
  file: string,
  problems: string[],
): Record<string, unknown> | undefined {
  const rules: Array<{ id: string; severity: string }> = [];
  for (const part of (cell("rules") ?? "").split(";").filter(Boolean)) {
    const m = RULE_CELL.exec(part.trim());
    if (!m) {
      problems.push(`${file}: row ${row}: rules: expected "rule/id:severity" separated by ";", got "${part}"`);
      return undefined;
    }
    rules.push({ id: m[1]!, severity: m[2]! });
  }
  const crisis = cell("crisis")?.toLowerCase();
  if (crisis !== undefined && crisis !== "true" && crisis !== "false") {
    problems.push(`${file}: row ${row}: crisis: expected true or false, got "${cell("crisis")}"`);
    return undefined;
  }
  const decision = cell("decision");
  if (decision !== undefined && !(DECISION_KINDS as readonly string[]).includes(decision)) {
    problems.push(`${file}: row ${row}: decision: expected one of ${DECISION_KINDS.join(", ")}, got "${decision}"`);
    return undefined;
  }
  const drill = cell("drill")?.toLowerCase(); // issue 12
  if (drill !== undefined && drill !== "true" && drill !== "false") {
    problems.push(`${file}: row ${row}: drill: expected true or false, got "${cell("drill")}"`);
    return undefined;
  }
  const optional = (name: string) => (cell(name) === undefined ? {} : { [name]: cell(name) });
  return {
    ...optional("id"),
    at: cell("at"),
    platform: cell("platform"),
    ...optional("account"),
    ...optional("author"),
    rules,
    crisis: crisis === "true",
    decision,
    ...optional("reason"),
    ...optional("excerpt"),
    ...optional("words"),
    ...(drill === undefined ? {} : { drill: drill === "true" }),
    ...optional("scenario"),
    ...optional("crisisSince"),
    ...optional("approvedBy"),
  };
}

function countFromRow(cell: (name: string) => string | undefined): Record<string, unknown> {
  const n = cell("n");
  return {
    day: cell("day"),
    platform: cell("platform"),
    ...(cell("account") === undefined ? {} : { account: cell("account") }),
    rule: cell("rule"),
    n: n !== undefined && /^\d+$/.test(n) ? Number(n) : n,
  };
}

/** Several exports as one log: a decision exported twice (same id) counts once. */
export function mergeLogs(logs: readonly ImportedLog[]): ImportedLog {
  const seen = new Set<string>();
  const decisions: AuditDecision[] = [];
  for (const log of logs) {
    for (const d of log.decisions) {
      if (d.id !== undefined) {
        if (seen.has(d.id)) continue;
        seen.add(d.id);
      }
      decisions.push(d);
    }
  }
  decisions.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    decisions,
    findingCounts: logs.flatMap((l) => l.findingCounts),
    checklist: logs.flatMap((l) => l.checklist ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), // issue 12
    dropped: {
      decisions: logs.reduce((n, l) => n + l.dropped.decisions, 0),
      findingCounts: logs.reduce((n, l) => n + l.dropped.findingCounts, 0),
    },
  };
}
