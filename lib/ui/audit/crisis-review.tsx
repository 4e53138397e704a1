/**
 * Issue 12, "reflect": the options page's review of one team crisis from this install's log
 * (lib/audit/crisis-report.ts), with its exports: CSV, JSON and a printable page.
 */
import { useState } from "preact/hooks";
import { crisesInLog, crisisName, crisisReport, crisisReportCsv } from "../../audit/crisis-report.ts";
import { crisisReportFacts, crisisReportHtml } from "../../audit/crisis-render.ts";
import type { ChecklistTick } from "../../audit/schema.ts";
import type { Locale } from "../../engine/types.ts";
import type { LoggedDecision } from "../../state/schema.ts";
import { HorizontalBars } from "./charts.tsx";
import { ta } from "./strings.ts";

export function CrisisReview(props: {
  locale: Locale;
  decisions: LoggedDecision[];
  checklist: ChecklistTick[];
  download(name: string, text: string, type: string): void;
}) {
  const { locale } = props;
  const crises = crisesInLog(props);
  const [chosen, setChosen] = useState<string>();
  const log = { decisions: props.decisions, findingCounts: [], dropped: { decisions: 0, findingCounts: 0 }, checklist: props.checklist };
  const current = crises.find((c) => crisisName(c) === chosen) ?? crises[0];
  const report = current ? crisisReport(log, current.since ?? current.scenario ?? "") : undefined;
  const file = (extension: string) => `preflight-crisis-${(current?.scenario ?? "review").replace(/[^A-Za-z0-9._-]/g, "_")}-${(current?.since ?? "").slice(0, 10)}.${extension}`;
  return (
    <section class="pf-card" data-testid="crisis-review">
      <h3>{ta("crisisReview", locale)}</h3>
      <p class="pf-muted">{ta("crisisReviewIntro", locale)}</p>
      {!report || !current ? (
        <p class="pf-muted" data-testid="crisis-review-none">{ta("crisisReviewNone", locale)}</p>
      ) : (
        <>
          <label>
            {ta("crisisReviewPick", locale)}{" "}
            <select data-testid="crisis-review-pick" value={crisisName(current)} onChange={(e) => setChosen(e.currentTarget.value)}>
              {crises.map((c) => (
                <option key={crisisName(c)} value={crisisName(c)}>
                  {c.drill ? ta("crisisReportDrill", locale, { crisis: crisisName(c) }) : crisisName(c)}
                </option>
              ))}
            </select>
          </label>
          {(() => {
            const { title, lines } = crisisReportFacts(report, locale);
            return (
              <div data-testid="crisis-review-facts" data-drill={report.crisis.drill}>
                <h4>{title}</h4>
                {lines.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </div>
            );
          })()}
          <HorizontalBars
            testid="crisis-review-outcomes"
            ariaLabel={ta("crisisReportOutcomes", locale)}
            color="#cf222e"
            items={[
              { label: ta("crisisReportOutcome_stopped", locale), value: report.totals.stopped },
              { label: ta("crisisReportOutcome_override", locale), value: report.totals.override },
              { label: ta("crisisReportOutcome_approved", locale), value: report.totals.approved },
            ]}
          />
          <div class="pf-row">
            <button type="button" data-testid="crisis-export-csv" onClick={() => props.download(file("csv"), crisisReportCsv(report), "text/csv;charset=utf-8")}>
              {ta("exportCrisisCsv", locale)}
            </button>
            <button type="button" data-testid="crisis-export-json" onClick={() => props.download(file("json"), `${JSON.stringify(report, null, 2)}\n`, "application/json")}>
              {ta("exportCrisisJson", locale)}
            </button>
            <button type="button" data-testid="crisis-export-html" onClick={() => props.download(file("html"), crisisReportHtml(report, locale), "text/html;charset=utf-8")}>
              {ta("exportCrisisHtml", locale)}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
