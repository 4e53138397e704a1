/**
 * The options page's audit log: what the review after a crisis needs from this install. Filters
 * (days, platform, account) apply to everything below them, exports included: charts of findings
 * by rule or category over time, decisions by outcome, overrides by person and reason, tables by
 * rule and account, the decisions themselves, CSV and JSON exports, and the state of team reporting.
 */
import { ruleName } from "../../../rules/names.ts";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { reportConsentGiven, requestReportConsent } from "../../audit/consent.ts";
import { localDay } from "../../audit/counts.ts";
import { countsCsv, decisionsCsv, exportFileName, jsonExport } from "../../audit/export.ts";
import { checklistLogItem, findingCountsItem, reportQueueItem } from "../../audit/items.ts";
import type { ChecklistTick, FindingCountRow, ReportQueue } from "../../audit/schema.ts";
import {
  dailyFindings,
  dailyOutcomes,
  filterCounts,
  filterDecisions,
  summarize,
  type AuditFilter,
  type AuditSummary,
} from "../../audit/summary.ts";
import type { Locale } from "../../engine/types.ts";
import type { RuleSet } from "../../ruleset/schema.ts";
import { decisionsDroppedItem, decisionsItem } from "../../state/items.ts";
import { teamRuleSetItem } from "../../sync/in-force.ts";
import type { LoggedDecision } from "../../state/schema.ts";
import { formatTime, hostOf, useItem } from "../options/hooks.ts";
import { CHART_CSS, HorizontalBars, PALETTE, StackedDaily } from "./charts.tsx";
import { CrisisReview } from "./crisis-review.tsx"; // issue 12
import { AUDIT_STRINGS, ta, type AuditStringId } from "./strings.ts";

const OUTCOME_COLORS: Record<string, string> = { edit: "#59a14f", override: "#e15759", cancel: "#9aa0a6" };
/** Rows of the decisions table shown at first, and added by "Show more". */
const PAGE = 50;
/** The select's value for "no filter" (an empty string means "account not known"). */
const ALL = "\u0000all";

export function AuditSection({ locale }: { locale: Locale }) {
  const decisions = useItem(decisionsItem);
  const droppedDecisions = useItem(decisionsDroppedItem);
  const counts = useItem(findingCountsItem);
  const queue = useItem(reportQueueItem);
  const team = useItem(teamRuleSetItem);
  const checklist = useItem(checklistLogItem); // issue 12
  const [filter, setFilter] = useState<AuditFilter>({});
  if (decisions === undefined || droppedDecisions === undefined || counts === undefined || queue === undefined || team === undefined) {
    return <p class="pf-muted">{ta("loading", locale)}</p>;
  }
  const shownDecisions = filterDecisions(decisions, filter);
  const shownRows = filterCounts(counts.rows, filter);
  const summary = summarize(shownDecisions, shownRows);
  return (
    <div data-testid="audit-log">
      <style>{CHART_CSS}</style>
      <p class="pf-muted">{ta("intro", locale)}</p>
      <Filters
        locale={locale}
        filter={filter}
        // From the previous state: two quick edits in one frame must not undo each other.
        update={(change) => setFilter((previous) => (change === undefined ? {} : { ...previous, ...change }))}
        decisions={decisions}
        rows={counts.rows}
      />
      <Totals locale={locale} summary={summary} dropped={{ decisions: droppedDecisions, counts: counts.dropped }} />
      {summary.totals.decisions === 0 && summary.totals.shown === 0 ? (
        <p class="pf-muted" data-testid="audit-empty">{ta("empty", locale)}</p>
      ) : (
        <>
          <FindingsChart locale={locale} rows={shownRows} />
          <OutcomesChart locale={locale} decisions={shownDecisions} />
          <Overrides locale={locale} summary={summary} />
          <RuleTable locale={locale} summary={summary} />
          <AccountTable locale={locale} summary={summary} />
          <DecisionTable locale={locale} decisions={shownDecisions} />
        </>
      )}
      <CrisisReview locale={locale} decisions={decisions} checklist={checklist ?? []} download={download} />
      <Exports
        locale={locale}
        filter={filter}
        decisions={shownDecisions}
        rows={shownRows}
        dropped={{ decisions: droppedDecisions, findingCounts: counts.dropped }}
        checklist={checklist ?? []}
      />
      <Reporting locale={locale} team={team} queue={queue} />
    </div>
  );
}

/** The navigation entry (lib/ui/options/sections.ts). */
export const auditSection = { id: "audit", title: AUDIT_STRINGS.section, Component: AuditSection };

function Filters(props: {
  locale: Locale;
  filter: AuditFilter;
  /** Changes some filters; undefined clears them all. */
  update(change: Partial<AuditFilter> | undefined): void;
  decisions: LoggedDecision[];
  rows: FindingCountRow[];
}) {
  const { locale, filter, update: set } = props;
  const entries = [...props.decisions, ...props.rows];
  const platforms = [...new Set(entries.map((e) => e.platform))].sort();
  const accounts = [...new Set(entries.filter((e) => filter.platform === undefined || e.platform === filter.platform).map((e) => e.account ?? ""))].sort();
  const fromSelect = (value: string) => (value === ALL ? undefined : value);
  return (
    <fieldset class="pf-card" data-testid="audit-filters">
      <legend>{ta("filters", locale)}</legend>
      <div class="pf-audit-filters">
        <label>
          {ta("from", locale)}
          <input type="date" data-testid="audit-from" value={filter.from ?? ""} onInput={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label>
          {ta("to", locale)}
          <input type="date" data-testid="audit-to" value={filter.to ?? ""} onInput={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
        <label>
          {ta("platform", locale)}
          <select
            data-testid="audit-platform"
            value={filter.platform ?? ALL}
            onChange={(e) => set({ platform: fromSelect(e.currentTarget.value), account: undefined })}
          >
            <option value={ALL}>{ta("all", locale)}</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ta("account", locale)}
          <select data-testid="audit-account" value={filter.account ?? ALL} onChange={(e) => set({ account: fromSelect(e.currentTarget.value) })}>
            <option value={ALL}>{ta("all", locale)}</option>
            {accounts.map((a) => (
              <option key={a} value={a}>
                {a || ta("unknownAccount", locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="audit-clear" onClick={() => set(undefined)}>
          {ta("clearFilters", locale)}
        </button>
      </div>
      {filter.from && filter.to && filter.from > filter.to && <p class="pf-error">{ta("badRange", locale)}</p>}
    </fieldset>
  );
}

function Totals({ locale, summary, dropped }: { locale: Locale; summary: AuditSummary; dropped: { decisions: number; counts: number } }) {
  return (
    <>
      <p data-testid="audit-totals" data-decisions={summary.totals.decisions} data-override={summary.totals.override} data-shown={summary.totals.shown}>
        {ta("totals", locale, { ...summary.totals })}
      </p>
      {(dropped.decisions > 0 || dropped.counts > 0) && (
        <p class="pf-muted" data-testid="audit-dropped">
          {ta("dropped", locale, { decisions: dropped.decisions, counts: dropped.counts })}
        </p>
      )}
    </>
  );
}

function total(values: Record<string, number[]>, other: number[]): number {
  return Object.values(values).reduce((sum, line) => sum + line.reduce((a, b) => a + b, 0), other.reduce((a, b) => a + b, 0));
}

function FindingsChart({ locale, rows }: { locale: Locale; rows: FindingCountRow[] }) {
  const [by, setBy] = useState<"rule" | "category">("rule");
  const series = dailyFindings(rows, by);
  const title = ta("chartFindings", locale);
  return (
    <section>
      <h3>{title}</h3>
      <div class="pf-row" role="radiogroup" aria-label={title}>
        {(["rule", "category"] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="pf-findings-by" data-testid={`audit-by-${option}`} checked={by === option} onChange={() => setBy(option)} />{" "}
            {ta(option === "rule" ? "byRule" : "byCategory", locale)}
          </label>
        ))}
      </div>
      {series.days.length === 0 ? (
        <p class="pf-muted">{ta("noData", locale)}</p>
      ) : (
        <StackedDaily
          series={series}
          label={(key) => key}
          color={(_, i) => PALETTE[i % PALETTE.length]!}
          otherLabel={ta("other", locale)}
          ariaLabel={ta("chartLabel", locale, { title, total: total(series.values, series.other), days: series.days.length })}
          testid="audit-chart-findings"
        />
      )}
    </section>
  );
}

function OutcomesChart({ locale, decisions }: { locale: Locale; decisions: LoggedDecision[] }) {
  const series = dailyOutcomes(decisions);
  const title = ta("chartOutcomes", locale);
  return (
    <section>
      <h3>{title}</h3>
      {series.days.length === 0 ? (
        <p class="pf-muted">{ta("noData", locale)}</p>
      ) : (
        <StackedDaily
          series={series}
          label={(key) => ta(`outcome_${key}` as AuditStringId, locale)}
          color={(key) => OUTCOME_COLORS[key] ?? PALETTE[0]!}
          otherLabel={ta("other", locale)}
          ariaLabel={ta("chartLabel", locale, { title, total: decisions.length, days: series.days.length })}
          testid="audit-chart-outcomes"
        />
      )}
    </section>
  );
}

function Overrides({ locale, summary }: { locale: Locale; summary: AuditSummary }) {
  const people = summary.byPerson.filter((p) => p.override > 0).slice(0, 12);
  const reasons = summary.reasons.slice(0, 12);
  const unknown = ta("unknownPerson", locale);
  const list = (items: Array<{ label: string; value: number }>) => items.map((i) => `${i.label} ${i.value}`).join(", ");
  const peopleItems = people.map((p) => ({ label: p.person || unknown, value: p.override }));
  const reasonItems = reasons.map((r) => ({ label: r.reason, value: r.n, note: r.people.map((p) => p || unknown).join(", ") }));
  return (
    <>
      <section>
        <h3>{ta("chartPeople", locale)}</h3>
        {peopleItems.length === 0 ? (
          <p class="pf-muted">{ta("noData", locale)}</p>
        ) : (
          <HorizontalBars
            items={peopleItems}
            color={OUTCOME_COLORS["override"]!}
            ariaLabel={ta("barsLabel", locale, { title: ta("chartPeople", locale), list: list(peopleItems) })}
            testid="audit-chart-people"
          />
        )}
      </section>
      <section>
        <h3>{ta("chartReasons", locale)}</h3>
        {reasonItems.length === 0 ? (
          <p class="pf-muted">{ta("noData", locale)}</p>
        ) : (
          <HorizontalBars
            items={reasonItems}
            color={PALETTE[0]!}
            ariaLabel={ta("barsLabel", locale, { title: ta("chartReasons", locale), list: list(reasonItems) })}
            testid="audit-chart-reasons"
          />
        )}
      </section>
    </>
  );
}

/** One row of a counts table: its first cell, and its numbers in the table's column order. */
interface CountRow {
  key: string;
  attributes: Record<string, string>;
  first: ComponentChildren;
  counts: number[];
}

/** A table of counts, by rule or by account: a label column, then numbers. */
function CountTable(props: {
  locale: Locale;
  title: AuditStringId;
  testId: string;
  firstColumn: AuditStringId;
  columns: readonly AuditStringId[];
  rows: CountRow[];
}) {
  const { locale } = props;
  return (
    <section>
      <h3>{ta(props.title, locale)}</h3>
      <table class="pf-table" data-testid={props.testId}>
        <thead>
          <tr>
            <th>{ta(props.firstColumn, locale)}</th>
            {props.columns.map((c) => (
              <th key={c} class="pf-num">
                {ta(c, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key} {...row.attributes}>
              <td>{row.first}</td>
              {row.counts.map((n, i) => (
                <td key={i} class="pf-num">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RuleTable({ locale, summary }: { locale: Locale; summary: AuditSummary }) {
  return (
    <CountTable
      locale={locale}
      title="tableRules"
      testId="audit-rules"
      firstColumn="col_rule"
      columns={["col_shown", "col_gated", "col_edit", "col_override", "col_cancel"]}
      rows={summary.byRule.map((r) => ({
        key: r.rule,
        attributes: { "data-rule": r.rule },
        first: (
          <>
            {ruleName(r.rule, locale)} <span class="pf-id pf-muted">{r.rule}</span>
          </>
        ),
        counts: [r.shown, r.gated, r.edit, r.override, r.cancel],
      }))}
    />
  );
}

function AccountTable({ locale, summary }: { locale: Locale; summary: AuditSummary }) {
  return (
    <CountTable
      locale={locale}
      title="tableAccounts"
      testId="audit-accounts"
      firstColumn="col_account"
      columns={["col_shown", "col_decisions", "col_edit", "col_override", "col_cancel"]}
      rows={summary.byAccount.map((a) => ({
        key: `${a.platform}:${a.account}`,
        attributes: { "data-account": `${a.platform}:${a.account}` },
        first: `${a.platform}:${a.account || ta("unknownAccount", locale)}`,
        counts: [a.shown, a.decisions, a.edit, a.override, a.cancel],
      }))}
    />
  );
}

function DecisionTable({ locale, decisions }: { locale: Locale; decisions: LoggedDecision[] }) {
  const [limit, setLimit] = useState(PAGE);
  const newest = [...decisions].reverse();
  const rest = newest.length - limit;
  return (
    <section>
      <h3>{ta("tableDecisions", locale)}</h3>
      <div class="pf-scroll">
        <table class="pf-table" data-testid="audit-decisions">
          <thead>
            <tr>
              {(["col_time", "col_account", "col_author", "col_rules", "col_decision", "col_reason", "col_excerpt"] as const).map((c) => (
                <th key={c} class="pf-nowrap">{ta(c, locale)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {newest.slice(0, limit).map((d) => (
              <tr key={d.id} data-id={d.id} data-decision={d.decision}>
                <td class="pf-nowrap">{formatTime(d.at, locale)}</td>
                <td class="pf-break">
                  {d.platform}:{d.account ?? ta("unknownAccount", locale)}
                </td>
                <td class="pf-break">{d.author ?? ta("unknownPerson", locale)}</td>
                <td>
                  {d.rules.map((r) => (
                    <div key={r.id}>
                      <span class="pf-id">{r.id}</span> <span class="pf-tag">{r.severity}</span>
                    </div>
                  ))}
                </td>
                <td class={`pf-decision-${d.decision} pf-nowrap`}>
                  {ta(`outcome_${d.decision}`, locale)}
                  {d.crisis && (
                    <>
                      {" "}
                      <span class="pf-tag">{ta("crisisTag", locale)}</span>
                    </>
                  )}
                </td>
                <td data-column="reason">
                  {d.reason}
                  {d.words && ta("markedWords", locale, { words: d.words })}
                  {d.approvedBy && <div data-testid="audit-approved-by">{ta("approvedBy", locale, { approver: d.approvedBy })}</div>}
                </td>
                <td data-column="excerpt">{d.excerpt && <div class="pf-quote">{d.excerpt}</div>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 && (
        <button type="button" data-testid="audit-more" onClick={() => setLimit(limit + PAGE)}>
          {ta("showMore", locale, { n: Math.min(PAGE, rest) })}
        </button>
      )}
    </section>
  );
}

/** Saves `text` as a file through the browser's download. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Exports(props: {
  locale: Locale;
  filter: AuditFilter;
  decisions: LoggedDecision[];
  rows: FindingCountRow[];
  dropped: { decisions: number; findingCounts: number };
  checklist: ChecklistTick[];
}) {
  const { locale } = props;
  const today = localDay(new Date());
  return (
    <section class="pf-card" data-testid="audit-export">
      <h3>{ta("export", locale)}</h3>
      <p class="pf-muted">{ta("exportHint", locale)}</p>
      <div class="pf-row">
        <button
          type="button"
          data-testid="audit-export-decisions"
          onClick={() => download(exportFileName("decisions", "csv", today), decisionsCsv(props.decisions), "text/csv;charset=utf-8")}
        >
          {ta("exportDecisions", locale)}
        </button>
        <button
          type="button"
          data-testid="audit-export-counts"
          onClick={() => download(exportFileName("finding-counts", "csv", today), countsCsv(props.rows), "text/csv;charset=utf-8")}
        >
          {ta("exportCounts", locale)}
        </button>
        <button
          type="button"
          data-testid="audit-export-json"
          onClick={() =>
            download(
              exportFileName("audit", "json", today),
              jsonExport({
                exportedAt: new Date().toISOString(),
                filter: props.filter,
                dropped: props.dropped,
                decisions: props.decisions,
                findingCounts: props.rows,
                ...(props.checklist.length > 0 ? { checklist: props.checklist } : {}), // issue 12
              }),
              "application/json",
            )
          }
        >
          {ta("exportJson", locale)}
        </button>
      </div>
    </section>
  );
}

function Reporting({ locale, team, queue }: { locale: Locale; team: RuleSet | null; queue: ReportQueue }) {
  const [sending, setSending] = useState(false);
  const report = team?.report;
  const excerpt = report?.excerpt ?? 0;
  // Firefox: whether the user allowed reports to leave the device (always true elsewhere).
  const [consent, setConsent] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (report?.url) void reportConsentGiven().then(setConsent);
  }, [report?.url]);
  const flush = () =>
    browser.runtime.sendMessage({ type: "report.flush" }).catch((error: unknown) => console.error("Preflight: Send now", error));
  return (
    <section class="pf-card" data-testid="audit-reporting" data-pending={queue.events.length} data-sent={queue.sent}>
      <h3>{ta("reporting", locale)}</h3>
      {!report?.url ? (
        <p>{ta("reportOff", locale)}</p>
      ) : (
        <>
          <p>{ta("reportTo", locale, { host: hostOf(report.url) })}</p>
          {consent === false && (
            <div class="pf-error" data-testid="audit-report-consent">
              <p>{ta("reportConsentNeeded", locale)}</p>
              <button
                type="button"
                data-testid="audit-report-allow"
                onClick={() => {
                  // Firefox's prompt opens only from the click itself.
                  void requestReportConsent()
                    .then((granted) => {
                      setConsent(granted);
                      if (granted) void flush();
                    })
                    .catch((error: unknown) => console.error("Preflight: consent to reports", error));
                }}
              >
                {ta("reportConsentAllow", locale)}
              </button>
            </div>
          )}
          <p>{ta("reportPending", locale, { n: queue.events.length, sent: queue.sent })}</p>
          {queue.lastSentAt && <p class="pf-muted">{ta("reportLastSent", locale, { time: formatTime(queue.lastSentAt, locale) })}</p>}
          {queue.attempts > 0 && queue.events.length > 0 && (
            <p class="pf-error" data-testid="audit-report-error">
              {ta("reportFailing", locale, { attempts: queue.attempts, time: formatTime(queue.nextAttemptAt, locale) })}{" "}
              {queue.lastError && <span class="pf-code">{queue.lastError}</span>}
            </p>
          )}
          {queue.dropped > 0 && <p class="pf-error">{ta("reportQueueDropped", locale, { n: queue.dropped })}</p>}
          {queue.events.length > 0 && consent !== false && (
            <button
              type="button"
              data-testid="audit-send-now"
              disabled={sending}
              onClick={() => {
                setSending(true);
                void flush().finally(() => setSending(false));
              }}
            >
              {ta(sending ? "sending" : "sendNow", locale)}
            </button>
          )}
        </>
      )}
      <p class="pf-muted">{excerpt > 0 ? ta("reportExcerptOn", locale, { n: excerpt }) : ta("reportExcerptOff", locale)}</p>
    </section>
  );
}
