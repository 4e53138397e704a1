/**
 * The sites the user added for the generic composer adapter: listed from the granted optional
 * host permissions; removing one revokes its permission, and the background then unregisters the
 * content script there (lib/state/background.ts, syncUserSites on permissions.onRemoved).
 */
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { Locale } from "../../engine/types.ts";
import { userSiteOrigins } from "../../state/background.ts";
import { AddSite } from "../popup-settings.tsx";
import { t } from "../strings.ts";

export function useUserSites(): string[] | undefined {
  const [sites, setSites] = useState<string[]>();
  useEffect(() => {
    const load = () => void userSiteOrigins().then(setSites);
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, []);
  return sites;
}

export function SitesSection({ locale }: { locale: Locale }) {
  const sites = useUserSites();
  return (
    <div>
      <p class="pf-muted">{t("sitesIntro", locale)}</p>
      {sites && sites.length === 0 && <p data-testid="sites-none">{t("sitesNone", locale)}</p>}
      <ul class="pf-list" data-testid="sites">
        {(sites ?? []).map((origin) => (
          <li key={origin} data-origin={origin}>
            <code>{origin.replace(/\/\*$/, "")}</code>{" "}
            <button type="button" data-testid="site-remove" onClick={() => void browser.permissions.remove({ origins: [origin] })}>
              {t("remove", locale)}
            </button>
          </li>
        ))}
      </ul>
      <AddSite locale={locale} />
    </div>
  );
}
