/** The options page: a navigation of sections (sections.ts) and the one chosen in the address's #fragment. */
import { useEffect, useState } from "preact/hooks";
import type { Locale } from "../../engine/types.ts";
import { policyItem } from "../../state/team.ts";
import { t } from "../strings.ts";
import { issueText, useItem } from "./hooks.ts";
import { OPTIONS_SECTIONS } from "./sections.ts";
import { PAGE_CSS } from "./styles.ts";

const chosen = () => {
  const id = location.hash.slice(1);
  return OPTIONS_SECTIONS.find((section) => section.id === id) ?? OPTIONS_SECTIONS[0]!;
};

export function OptionsApp({ locale }: { locale: Locale }) {
  const [section, setSection] = useState(chosen);
  useEffect(() => {
    const onHash = () => setSection(chosen());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const { Component } = section;
  return (
    <div class="pf-options" lang={locale}>
      <style>{PAGE_CSS}</style>
      <nav aria-label={t("optionsTitle", locale)}>
        <h1>{t("optionsTitle", locale)}</h1>
        <ul>
          {OPTIONS_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} data-testid={`nav-${s.id}`} aria-current={s.id === section.id ? "page" : undefined}>
                {s.title[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main data-section={section.id}>
        <PolicyNotice locale={locale} />
        <h2>{section.title[locale]}</h2>
        <Component key={section.id} locale={locale} />
      </main>
    </div>
  );
}

/** Whether the organisation's policy was read, and what in it cannot be used. */
function PolicyNotice({ locale }: { locale: Locale }) {
  const policy = useItem(policyItem);
  if (policy === undefined) return null;
  if (policy === null) return <p class="pf-muted" data-testid="policy-notice" data-state="unread">{t("policyNotRead", locale)}</p>;
  if (!policy.managed) return <p class="pf-muted" data-testid="policy-notice" data-state="none">{t("policyNone", locale)}</p>;
  return (
    <div class="pf-card" data-testid="policy-notice" data-state="managed">
      <p>{t("policyManaged", locale)}</p>
      {policy.issues.length > 0 && (
        <>
          <p class="pf-error">{t("policyIssues", locale)}</p>
          <ul class="pf-list" data-testid="policy-issues">
            {policy.issues.map((issue) => (
              <li key={`${issue.field}:${issue.code}`} class="pf-error">
                {issueText(issue, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
