/**
 * The log as files for the review: JSON (everything, as `preflight report` reads it) and CSV (for
 * a spreadsheet: decisions, and finding counts). Runs in the options page: no dependencies.
 */
import { spreadsheetText } from "../text/untrusted.ts";
import { EXPORT_SCHEMA, type ChecklistTick, type FindingCountRow } from "./schema.ts";
import { categoryOf, decisionDay, type AuditDecision, type AuditFilter } from "./summary.ts";

export interface AuditExport {
  schema: typeof EXPORT_SCHEMA;
  exportedAt: string;
  /** The filters the export was made with; absent ones were not set. */
  filter: AuditFilter;
  /** What the caps had dropped, oldest first, before this export. */
  dropped: { decisions: number; findingCounts: number };
  decisions: AuditDecision[];
  findingCounts: FindingCountRow[];
  /** Issue 12: the crisis checklist's ticks (absent in older exports). */
  checklist?: ChecklistTick[];
}

export function jsonExport(data: Omit<AuditExport, "schema">): string {
  const filter = Object.fromEntries(Object.entries(data.filter).filter(([, v]) => v !== undefined));
  return `${JSON.stringify({ schema: EXPORT_SCHEMA, ...data, filter } satisfies AuditExport, null, 2)}\n`;
}

export const DECISION_COLUMNS = [
  "id", "at", "day", "platform", "account", "author", "decision", "reason", "crisis", "rules", "excerpt", "words",
  ...["drill", "scenario", "crisisSince"], // issue 12: which team crisis, and whether a drill
  "approvedBy", // issue 12b: the spokesperson whose code let the post through
] as const;
export const COUNT_COLUMNS = ["day", "platform", "account", "rule", "category", "n"] as const;

/**
 * One CSV cell. A cell that starts like a formula (=, +, -, @, also after spaces; a tab or CR)
 * gets a leading apostrophe, so a reason typed as " =HYPERLINK(…)" stays text in a spreadsheet.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  const s = spreadsheetText(value === undefined ? "" : String(value));
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

const line = (cells: ReadonlyArray<string | number | boolean | undefined>) => cells.map(csvCell).join(",");

/** `events/match:block;voice/emoji:info`. */
export function rulesCell(rules: AuditDecision["rules"]): string {
  return rules.map((r) => `${r.id}:${r.severity}`).join(";");
}

export function decisionsCsv(decisions: readonly AuditDecision[], timeZone?: string): string {
  const rows = decisions.map((d) =>
    line([
      d.id, d.at, decisionDay(d, timeZone), d.platform, d.account, d.author, d.decision, d.reason, d.crisis, rulesCell(d.rules), d.excerpt, d.words,
      d.drill, d.scenario, d.crisisSince, // issue 12
      d.approvedBy,
    ]),
  );
  return `${[line(DECISION_COLUMNS), ...rows].join("\r\n")}\r\n`;
}

export function countsCsv(rows: readonly FindingCountRow[]): string {
  const lines = rows.map((r) => line([r.day, r.platform, r.account, r.rule, categoryOf(r.rule), r.n]));
  return `${[line(COUNT_COLUMNS), ...lines].join("\r\n")}\r\n`;
}

/** `preflight-audit-2026-11-24.csv`. */
export function exportFileName(kind: "decisions" | "finding-counts" | "audit", extension: "csv" | "json", day: string): string {
  return `preflight-${kind}-${day}.${extension}`;
}
