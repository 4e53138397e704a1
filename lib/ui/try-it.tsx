import { useEffect, useMemo, useState } from "preact/hooks";
import { analyze } from "../engine/analyze.ts";
import type { Finding, Locale } from "../engine/types.ts";
import { BUILT_IN_RULESET } from "../ruleset/builtin.ts";
import { compileRuleSet, type CompiledRuleSet } from "../ruleset/compile.ts";
import { t } from "./strings.ts";

/** A box to paste a post into and see what Preflight finds, with the rules in force. */
export function TryIt({ locale }: { locale: Locale }) {
  const [compiled, setCompiled] = useState<CompiledRuleSet>();
  const [text, setText] = useState("");
  useEffect(() => {
    void compileRuleSet(BUILT_IN_RULESET).then(setCompiled);
  }, []);
  const findings = useMemo(() => (compiled ? analyze(text, { locale }, compiled) : []), [compiled, text, locale]);
  return (
    <main style={{ font: "14px system-ui, sans-serif", width: "22rem", padding: "0.75rem" }}>
      <h1 style={{ fontSize: "1rem", margin: "0 0 0.5rem" }}>{t("title", locale)}</h1>
      <label for="preflight-try-it">{t("tryItLabel", locale)}</label>
      <textarea
        id="preflight-try-it"
        rows={5}
        style={{ width: "100%", boxSizing: "border-box" }}
        placeholder={t("tryItPlaceholder", locale)}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {!compiled ? <p>{t("loading", locale)}</p> : <FindingList findings={findings} locale={locale} />}
    </main>
  );
}

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
