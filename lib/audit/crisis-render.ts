/**
 * Issue 12: the review of one crisis as text (the command line) and as a printable page (the
 * options page's export, `preflight report --crisis --format html`). The page is self-contained:
 * inline styles and SVG charts, no script, no remote asset, and a policy that forbids loading any.
 * Every value came from audit logs other installs wrote: text is escaped, never markup.
 */
import type { Locale } from "../engine/types.ts";
import { terminalLine } from "../text/untrusted.ts";
import { ta, type AuditStringId } from "../ui/audit/strings.ts";
import { crisisName, type CrisisLine, type CrisisReport } from "./crisis-report.ts";

/** The heading facts, shared by the text, the page and the options page. */
export function crisisReportFacts(report: CrisisReport, locale: Locale): { title: string; lines: string[] } {
  const name = crisisName(report.crisis);
  const unknown = ta("crisisReportUnknown", locale);
  const title = report.crisis.drill
    ? ta("crisisReportTitle", locale, { crisis: ta("crisisReportDrill", locale, { crisis: name }) })
    : ta("crisisReportTitle", locale, { crisis: name });
  const lines = [
    ta("crisisReportSince", locale, { since: report.crisis.since ?? unknown, first: report.crisis.first ?? unknown, last: report.crisis.last ?? unknown }),
    ta("crisisReportTotals", locale, report.totals),
    report.firstStatement
      ? ta("crisisReportFirst", locale, {
          minutes: report.firstStatement.minutes ?? unknown,
          at: report.firstStatement.at,
          who: report.firstStatement.author ?? unknown,
        })
      : ta("crisisReportNoFirst", locale),
    report.checklist ? ta("crisisReportChecklist", locale, { done: report.checklist.done, of: report.checklist.of }) : ta("crisisReportNoChecklist", locale),
  ];
  return { title, lines };
}

const who = (l: CrisisLine, locale: Locale) => l.author ?? ta("crisisReportUnknown", locale);
const account = (l: CrisisLine) => `${l.platform}${l.account ? `:${l.account}` : ""}`;

export function crisisReportText(report: CrisisReport, locale: Locale): string {
  const { title, lines } = crisisReportFacts(report, locale);
  const out = [title, "", ...lines];
  const section = (heading: AuditStringId, rows: string[]) => {
    out.push("", ta(heading, locale), ...(rows.length === 0 ? [`  ${ta("crisisReportNone", locale)}`] : rows.map((r) => `  ${r}`)));
  };
  section("crisisReportStopped", report.stoppedByRule.map((r) => `${r.n}×  ${r.rule}`));
  section("crisisReportOverrides", report.postedAnyway.map((l) => `${l.at}  ${who(l, locale)}  ${account(l)}  "${l.reason ?? ""}"  ${l.rules.join(", ")}`));
  section("crisisReportApprovals", report.approved.map((l) => `${l.at}  ${who(l, locale)}  ${account(l)}  ← ${l.approvedBy ?? ""}`));
  section(
    "crisisReportItems",
    (report.checklist?.items ?? []).map((i) => `[${i.done ? "x" : " "}] ${i.item}  (${i.at})`),
  );
  return `${out.map(terminalLine).join("\n")}\n`;
}

/** Text for HTML: the five characters that could start markup or end an attribute. */
export function escapeHtml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#1b1f24;max-width:960px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.drill{display:inline-block;border:1px dashed #9a6700;color:#9a6700;border-radius:6px;padding:2px 8px;margin-bottom:8px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
svg text{font:12px system-ui,sans-serif;fill:#1b1f24}@media print{body{margin:0}h2{break-after:avoid}table{break-inside:auto}}`;

/** Horizontal bars, one per row, scaled to the largest. */
function bars(rows: { label: string; n: number; color: string }[], title: string): string {
  if (rows.length === 0) return "";
  const max = Math.max(1, ...rows.map((r) => r.n));
  const height = rows.length * 26 + 4;
  const body = rows
    .map((r, i) => {
      const y = i * 26 + 2;
      const w = Math.round((r.n / max) * 420);
      return `<text x="0" y="${y + 16}">${escapeHtml(r.label)}</text><rect x="220" y="${y}" width="${w}" height="20" rx="3" fill="${r.color}"/><text x="${226 + w}" y="${y + 15}">${r.n}</text>`;
    })
    .join("");
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="700" height="${height}" viewBox="0 0 700 ${height}">${body}</svg>`;
}

function table(headers: string[], rows: (string | number)[][], empty: string): string {
  if (rows.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function crisisReportHtml(report: CrisisReport, locale: Locale): string {
  const { title, lines } = crisisReportFacts(report, locale);
  const s = (id: AuditStringId) => ta(id, locale);
  const none = s("crisisReportNone");
  const outcomes = bars(
    [
      { label: s("crisisReportOutcome_stopped"), n: report.totals.stopped, color: "#cf222e" },
      { label: s("crisisReportOutcome_override"), n: report.totals.override, color: "#bf8700" },
      { label: s("crisisReportOutcome_approved"), n: report.totals.approved, color: "#1a7f37" },
    ],
    s("crisisReportOutcomes"),
  );
  const stopped = bars(report.stoppedByRule.map((r) => ({ label: r.rule, n: r.n, color: "#cf222e" })), s("crisisReportStopped"));
  const parts = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    report.crisis.drill ? `<p class="drill" data-drill="true">${escapeHtml(ta("crisisReportDrill", locale, { crisis: crisisName(report.crisis) }))}</p>` : "",
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<h2>${escapeHtml(s("crisisReportOutcomes"))}</h2>${outcomes}`,
    `<h2>${escapeHtml(s("crisisReportStopped"))}</h2>${stopped || `<p>${escapeHtml(none)}</p>`}`,
    table([s("crisisReportCol_rule"), s("crisisReportCol_n")], report.stoppedByRule.map((r) => [r.rule, r.n]), ""),
    `<h2>${escapeHtml(s("crisisReportOverrides"))}</h2>`,
    table(
      [s("crisisReportCol_at"), s("crisisReportCol_who"), s("crisisReportCol_account"), s("crisisReportCol_reason"), s("crisisReportCol_rules")],
      report.postedAnyway.map((l) => [l.at, who(l, locale), account(l), l.reason ?? "", l.rules.join(", ")]),
      none,
    ),
    `<h2>${escapeHtml(s("crisisReportApprovals"))}</h2>`,
    table(
      [s("crisisReportCol_at"), s("crisisReportCol_who"), s("crisisReportCol_account"), s("crisisReportCol_approvedBy")],
      report.approved.map((l) => [l.at, who(l, locale), account(l), l.approvedBy ?? ""]),
      none,
    ),
    `<h2>${escapeHtml(s("crisisReportItems"))}</h2>`,
    table(
      [s("crisisReportCol_item"), s("crisisReportCol_done"), s("crisisReportCol_at")],
      (report.checklist?.items ?? []).map((i) => [i.item, i.done ? s("crisisReportYes") : s("crisisReportNo"), i.at]),
      none,
    ),
    `</body></html>\n`,
  ];
  return parts.join("\n");
}
