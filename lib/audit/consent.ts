/**
 * Firefox's built-in consent to data transmission (Firefox 140 and later), for team reports.
 *
 * Preflight itself collects nothing; but an admin may name a report URL, and then decisions (who
 * posted, on which account, what stopped the post, and an excerpt if the team's policy keeps one)
 * leave the device for the team's own server. Firefox's package therefore declares that data as
 * optional (`lib/packaging/manifest.ts`), and reports wait until the user allows it in the options
 * page; until then they stay queued and the options page says why. Chrome and Edge have no such
 * consent: their manifests declare nothing, and reports go as the team's rule set says.
 */
import { browser } from "wxt/browser";
import { REPORT_DATA_COLLECTION } from "../packaging/manifest.ts";

interface DataCollectionManifest {
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: readonly string[] } } };
}

/** Whether this build asks the user before data leaves the device: its manifest declares optional data collection. */
export function consentRequired(): boolean {
  const manifest = browser.runtime.getManifest() as DataCollectionManifest;
  return (manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional?.length ?? 0) > 0;
}

/** The permissions object of `permissions.contains` and `permissions.request` for a report's data. */
const reportPermissions = () => ({ data_collection: [...REPORT_DATA_COLLECTION] }) as unknown as Parameters<typeof browser.permissions.contains>[0];

/** Whether team reports may be sent: always where the browser asks no consent, else once the user allowed it. */
export async function reportConsentGiven(): Promise<boolean> {
  if (!consentRequired()) return true;
  try {
    return await browser.permissions.contains(reportPermissions());
  } catch {
    // A browser that declares the data but cannot answer: not allowed, and the options page says so.
    return false;
  }
}

/** Asks the user (Firefox's own prompt); must run in the handler of the user's click. */
export function requestReportConsent(): Promise<boolean> {
  return browser.permissions.request(reportPermissions());
}
