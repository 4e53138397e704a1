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
 * `browser_specific_settings` for Firefox. `required: ["none"]`: the extension itself collects and
 * transmits nothing (post text stays on the device; the optional report webhook is the admin's
 * own address, set by the admin's policy, not ours).
 */
export const FIREFOX_SETTINGS: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: ["none"] } } } = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    data_collection_permissions: { required: ["none"] },
  },
};

/** Manifest keys that only one browser family reads, removed from the other families' builds. */
export function dropForeignKeys(browser: string, manifest: object): void {
  if (browser !== "firefox") Reflect.deleteProperty(manifest, "browser_specific_settings");
}
