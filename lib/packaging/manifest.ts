/**
 * What the store packages add to the manifest WXT generates (wxt.config.ts): Firefox's add-on id
 * and data-collection declaration, which only Firefox reads (Chrome warns about an unknown key,
 * so the other builds drop it).
 */

/** The add-on id AMO signs and Firefox keys storage, policies (`3rdparty.Extensions`) and updates by. */
export const GECKO_ID = "preflight@preflight.dev";

/**
 * Firefox 140 (ESR 140) is the first to know `data_collection_permissions`; older versions refuse
 * the manifest (127 and below) or ignore the declaration. Everything else used (MV3 event page,
 * storage.session, scripting.registerContentScripts, storage.managed) is older.
 */
export const FIREFOX_MIN_VERSION = "140.0";

/**
 * The data a team report holds, in Firefox's categories: who decided (an id such as an email), an
 * excerpt of the post if the team's policy keeps one, and what the extension decided and why.
 */
export const REPORT_DATA_COLLECTION = ["personallyIdentifyingInfo", "personalCommunications", "technicalAndInteraction"] as const;

/**
 * `browser_specific_settings` for Firefox. `required: ["none"]`: Preflight works without sending
 * anything anywhere (post text stays on the device). `optional`: what a team report holds when an
 * admin names a report URL (who decided, on which account, why, an excerpt if the team keeps one),
 * sent to the team's own server only after the user allows it (lib/audit/consent.ts).
 */
export const FIREFOX_SETTINGS: {
  gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: ["none"]; optional: string[] } };
} = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    data_collection_permissions: { required: ["none"], optional: [...REPORT_DATA_COLLECTION] },
  },
};

/** Manifest keys that only one browser family reads, removed from the other families' builds. */
export function dropForeignKeys(browser: string, manifest: object): void {
  if (browser !== "firefox") Reflect.deleteProperty(manifest, "browser_specific_settings");
}
