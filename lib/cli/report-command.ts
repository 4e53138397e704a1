/**
 * `report FILE...`: the review after a crisis from the log the options page exports (JSON, or the
 * decisions and finding-counts CSVs): per rule and category, person, account, reason and day.
 * Several files (one per team member's install) are read as one log; a decision exported twice
 * counts once.
 */
import { formatMessage } from "../engine/i18n.ts";
import { isTimeZone } from "../engine/time.ts";
import type { Locale, LocalizedText } from "../engine/types.ts";
import { AuditImportError, mergeLogs, readAuditFile, type ImportedLog } from "../audit/import.ts";
import { DAY } from "../audit/schema.ts";
import { crisisName, crisisReport, crisisReportCsv, CrisisNotFoundError } from "../audit/crisis-report.ts";
import { crisisReportHtml, crisisReportText } from "../audit/crisis-render.ts";
import { closest } from "../ruleset/did-you-mean.ts";
import { filterCounts, filterDecisions, summarize, type AuditFilter, type AuditSummary, type OutcomeCounts } from "../audit/summary.ts";
import { parseCommand } from "./args.ts";
import { CliError, EXIT, readInput, type CliIO } from "./io.ts";
import { terminalLine } from "../text/untrusted.ts";
import { table } from "./report.ts";
import { M } from "./messages.ts";

const OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  platform: { type: "string" },
  account: { type: "string" },
  tz: { type: "string" },
  format: { type: "string" },
  lang: { type: "string" },
  crisis: { type: "string" }, // issue 12
} as const;

export const STRINGS = {
  title: { en: "Preflight audit report: {{range}}", "zh-CN": "Preflight 审计报告：{{range}}" },
  range: { en: "{{from}} to {{to}}", "zh-CN": "{{from}} 至 {{to}}" },
  empty: { en: "nothing in the log", "zh-CN": "日志中没有记录" },
  read: { en: "Read {{files}}: {{decisions}} decisions, {{shown}} findings shown while composing.", "zh-CN": "已读取 {{files}}：{{decisions}} 条发布决定，撰写时显示 {{shown}} 项问题。" },
  filters: { en: "Filters: {{list}}", "zh-CN": "筛选：{{list}}" },
  totals: {
    en: "Decisions: {{decisions}} ({{edit}} edited, {{override}} posted anyway, {{cancel}} cancelled); {{crisis}} during a crisis.",
    "zh-CN": "发布决定：{{decisions}} 条（修改 {{edit}}，仍然发布 {{override}}，取消 {{cancel}}）；危机期间 {{crisis}} 条。",
  },
  dropped: {
    en: "Warning: the log had already dropped its {{decisions}} oldest decisions and {{counts}} oldest count rows (its cap) before the export.",
    "zh-CN": "注意：导出前日志已因容量上限删除最早的 {{decisions}} 条决定和 {{counts}} 行计数。",
  },
  byRule: { en: "By rule", "zh-CN": "按规则" },
  byCategory: { en: "By category", "zh-CN": "按类别" },
  byPerson: { en: "By person", "zh-CN": "按人员" },
  byAccount: { en: "By account", "zh-CN": "按账号" },
  byDay: { en: "By day", "zh-CN": "按日期" },
  reasons: { en: "Reasons given for posting anyway", "zh-CN": "仍然发布时给出的理由" },
  none: { en: "(none)", "zh-CN": "（无）" },
  unknown: { en: "(unknown)", "zh-CN": "（未知）" },
  col_rule: { en: "rule", "zh-CN": "规则" },
  col_category: { en: "category", "zh-CN": "类别" },
  col_person: { en: "person", "zh-CN": "人员" },
  col_account: { en: "account", "zh-CN": "账号" },
  col_day: { en: "day", "zh-CN": "日期" },
  col_shown: { en: "shown", "zh-CN": "撰写时显示" },
  col_gated: { en: "at gate", "zh-CN": "发布前确认" },
  col_decisions: { en: "decisions", "zh-CN": "决定" },
  col_edit: { en: "edited", "zh-CN": "修改" },
  col_override: { en: "posted anyway", "zh-CN": "仍然发布" },
  col_cancel: { en: "cancelled", "zh-CN": "取消" },
  col_reasons: { en: "top reasons", "zh-CN": "主要理由" },
  // Issue 13: "Not a problem here" reports, per rule and marked words.
  falsePositives: { en: "Reported as not a problem (false positives)", "zh-CN": "被报告为误报的问题" },
  col_words: { en: "marked words", "zh-CN": "标记的词语" },
  col_reports: { en: "reports", "zh-CN": "报告次数" },
  reasonLine: { en: "{{n}}×  {{reason}}  ({{people}})", "zh-CN": "{{n}} 次  {{reason}}（{{people}}）" },
} satisfies Record<string, LocalizedText>;

type StringId = keyof typeof STRINGS;

export async function reportCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals: files } = parseCommand("report", args, OPTIONS);
  if (files.length === 0) throw new CliError(M.reportNeedsFile);
  const locale = io.locale ?? "en";
  const format = v.format ?? "text";
  const formats = v.crisis === undefined ? ["text", "json"] : ["text", "json", "csv", "html"];
  if (!formats.includes(format)) {
    const last = formats.at(-1)!;
    const rest = formats.slice(0, -1).join(", ");
    throw new CliError(M.badFormat, { choices: { en: `${rest} or ${last}`, "zh-CN": `${rest} 或 ${last}` }, value: format });
  }
  const timeZone = v.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) throw new CliError(M.badTimeZone, { zone: timeZone });
  for (const [option, day] of [
    ["--from", v.from],
    ["--to", v.to],
  ] as const) {
    if (day !== undefined && !(DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)))) {
      throw new CliError(M.badDay, { option, value: day });
    }
  }
  if (v.from && v.to && v.from > v.to) throw new CliError(M.fromAfterTo, { from: v.from, to: v.to });
  const filter: AuditFilter = { from: v.from, to: v.to, platform: v.platform, account: v.account?.replace(/^@/, "") };

  const logs: ImportedLog[] = [];
  for (const file of files) {
    const text = await readInput(file, io);
    try {
      logs.push(readAuditFile(text, file));
    } catch (e) {
      if (e instanceof AuditImportError) throw new CliError(M.cannotReadLog, { problems: e.problems.map((p) => `  ${p}`).join("\n") });
      throw e;
    }
  }
  const log = mergeLogs(logs);
  if (v.crisis !== undefined) return crisisReportOut(log, v.crisis, format, io);
  const decisions = filterDecisions(log.decisions, filter, timeZone);
  const rows = filterCounts(log.findingCounts, filter);
  const summary = summarize(decisions, rows, timeZone);
  const activeFilter = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));

  if (format === "json") {
    io.stdout(`${JSON.stringify({ files, timeZone, filter: activeFilter, dropped: log.dropped, ...summary }, null, 2)}\n`);
  } else {
    io.stdout(renderReport(summary, { files, filter: activeFilter, dropped: log.dropped, locale }));
  }
  return EXIT.ok;
}

// --- issue 12: the review of one crisis ---
function crisisReportOut(log: ImportedLog, id: string, format: string, io: CliIO): number {
  const locale = io.locale ?? "en";
  let report;
  try {
    report = crisisReport(log, id);
  } catch (e) {
    if (!(e instanceof CrisisNotFoundError)) throw e;
    if (e.known.length === 0) throw new CliError(M.reportNoCrisis, { id });
    const names = e.known.map(crisisName);
    const meant = closest(id, e.known.flatMap((c) => (c.scenario ? [c.scenario] : [])));
    throw new CliError(meant ? M.reportUnknownCrisisMeant : M.reportUnknownCrisis, { id, meant: meant ?? "", crises: names.join(", ") });
  }
  if (format === "json") io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === "csv") io.stdout(crisisReportCsv(report));
  else if (format === "html") io.stdout(crisisReportHtml(report, locale));
  else io.stdout(crisisReportText(report, locale));
  return EXIT.ok;
}
// --- end issue 12 ---

interface ReportContext {
  files: string[];
  filter: Record<string, string | undefined>;
  dropped: ImportedLog["dropped"];
  locale: Locale;
}

/** The text report: a heading, the totals, then one table per view. */
export function renderReport(summary: AuditSummary, context: ReportContext): string {
  const { locale } = context;
  // Every value comes from audit logs, which other installs wrote: each is one clean line.
  const s = (id: StringId, data?: Record<string, string | number>) =>
    formatMessage(STRINGS[id], locale, data && Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? terminalLine(v) : v])));
  const who = (name: string) => name || s("unknown");
  const outcomes = (o: OutcomeCounts) => [o.edit, o.override, o.cancel];
  const outcomeColumns = [s("col_edit"), s("col_override"), s("col_cancel")];
  const out: string[] = [];

  const range = summary.from && summary.to ? s("range", { from: summary.from, to: summary.to }) : s("empty");
  out.push(s("title", { range }), "");
  out.push(s("read", { files: context.files.join(", "), decisions: summary.totals.decisions, shown: summary.totals.shown }));
  const filters = Object.entries(context.filter).map(([k, v]) => `${k} ${v}`);
  if (filters.length > 0) out.push(s("filters", { list: filters.join(", ") }));
  out.push(s("totals", { ...summary.totals }));
  if (context.dropped.decisions > 0 || context.dropped.findingCounts > 0) {
    out.push(s("dropped", { decisions: context.dropped.decisions, counts: context.dropped.findingCounts }));
  }

  const section = (title: StringId, header: string[], rows: Array<Array<string | number>>) => {
    out.push("", s(title));
    out.push(...(rows.length === 0 ? [`  ${s("none")}`] : table([header, ...rows]).map((line) => `  ${line}`)));
  };
  section(
    "byRule",
    [s("col_rule"), s("col_shown"), s("col_gated"), ...outcomeColumns],
    summary.byRule.map((r) => [r.rule, r.shown, r.gated, ...outcomes(r)]),
  );
  if (summary.falsePositives.length > 0) {
    section(
      "falsePositives",
      [s("col_rule"), s("col_words"), s("col_reports")],
      summary.falsePositives.map((f) => [f.rule, terminalLine(f.words), f.n]),
    );
  }
  section(
    "byCategory",
    [s("col_category"), s("col_shown"), s("col_gated"), ...outcomeColumns],
    summary.byCategory.map((r) => [r.category, r.shown, r.gated, ...outcomes(r)]),
  );
  section(
    "byPerson",
    [s("col_person"), s("col_decisions"), ...outcomeColumns, s("col_reasons")],
    summary.byPerson.map((p) => [
      who(p.person),
      p.decisions,
      ...outcomes(p),
      p.reasons
        .slice(0, 3)
        .map((r) => `"${r.reason}" ×${r.n}`)
        .join(", "),
    ]),
  );
  section(
    "byAccount",
    [s("col_account"), s("col_shown"), s("col_decisions"), ...outcomeColumns],
    summary.byAccount.map((a) => [`${a.platform}:${who(a.account)}`, a.shown, a.decisions, ...outcomes(a)]),
  );
  section(
    "byDay",
    [s("col_day"), s("col_shown"), s("col_decisions"), ...outcomeColumns],
    summary.byDay.map((d) => [d.day || s("unknown"), d.shown, d.decisions, ...outcomes(d)]),
  );
  out.push("", s("reasons"));
  if (summary.reasons.length === 0) out.push(`  ${s("none")}`);
  for (const r of summary.reasons) out.push(`  ${s("reasonLine", { n: r.n, reason: r.reason, people: r.people.map(who).join(", ") })}`);
  return `${out.join("\n")}\n`;
}
