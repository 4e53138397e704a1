/** The popup: crisis mode, status at a glance, and adding a site. */
import type { Locale } from "../engine/types.ts";
import { PAGE_CSS } from "./options/styles.ts";
import { CrisisSection } from "./popup-crisis.tsx";
import { AddSite } from "./popup-settings.tsx";
import { ApproveSection } from "./popup-approve.tsx";
import { openOptions, StatusSection } from "./popup-status.tsx";
import { t } from "./strings.ts";

export function PopupApp({ locale }: { locale: Locale }) {
  return (
    <main class="pf-popup" lang={locale}>
      <style>{PAGE_CSS}</style>
      <header>
        <h1>{t("title", locale)}</h1>
        <button type="button" data-testid="open-settings" onClick={() => void openOptions()}>
          {t("settings", locale)}
        </button>
      </header>
      <CrisisSection locale={locale} />
      <StatusSection locale={locale} />
      <AddSite locale={locale} />
      <ApproveSection locale={locale} />
    </main>
  );
}
