import type { Finding, Locale } from "../engine/types.ts";
import { bySeverity } from "../review/order.ts";
import { ruleName } from "../../rules/names.ts";
import { t } from "./strings.ts";

/**
 * Findings as a plain list, for the extension's own pages (the options page's try-it box, the
 * welcome page): the most severe first, each named by its rule in words (issue 13).
 */
export function FindingList({ findings, locale }: { findings: Finding[]; locale: Locale }) {
  if (findings.length === 0) return <p data-testid="no-findings">{t("noFindings", locale)}</p>;
  return (
    <ul data-testid="findings" style={{ paddingLeft: "1rem" }}>
      {bySeverity(findings).map((f) => (
        <li key={`${f.ruleId}:${f.start}:${f.end}:${f.messageId}`} data-severity={f.severity} data-rule={f.ruleId}>
          <strong class="pf-nowrap">{t(`severity_${f.severity}`, locale)}</strong>{" "}
          <span data-testid="rule-name">{ruleName(f.ruleId, locale)}</span>
          <div>{f.excerpt ? <q>{f.excerpt}</q> : t("whole_post", locale)}</div>
          <div>{f.message}</div>
          {f.guidance && <div data-testid="why"><em>{f.guidance}</em></div>}
          {f.suggestions && <div>{t("suggestions", locale)} {f.suggestions.join(", ")}</div>}
        </li>
      ))}
    </ul>
  );
}
