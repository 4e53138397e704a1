import type { Finding, Locale } from "../engine/types.ts";
import { t } from "./strings.ts";

/** Findings as a plain list, for the extension's own pages (the options page's try-it box). */
export function FindingList({ findings, locale }: { findings: Finding[]; locale: Locale }) {
  if (findings.length === 0) return <p data-testid="no-findings">{t("noFindings", locale)}</p>;
  return (
    <ul data-testid="findings" style={{ paddingLeft: "1rem" }}>
      {findings.map((f) => (
        <li key={`${f.ruleId}:${f.start}:${f.end}:${f.messageId}`} data-severity={f.severity}>
          <strong>{t(`severity_${f.severity}`, locale)}</strong> {f.excerpt ? <q>{f.excerpt}</q> : t("whole_post", locale)}
          <div>{f.message}</div>
          {f.guidance && <div><em>{f.guidance}</em></div>}
          {f.suggestions && <div>{t("suggestions", locale)} {f.suggestions.join(", ")}</div>}
        </li>
      ))}
    </ul>
  );
}
