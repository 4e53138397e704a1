/**
 * Where the built-in platforms' content script runs (manifest content_scripts and
 * host_permissions). Dependency-free: wxt.config.ts and the content entrypoint import it.
 */
export const PLATFORM_MATCHES = [
  "https://x.com/*",
  "https://mobile.x.com/*",
  "https://twitter.com/*",
  "https://mobile.twitter.com/*",
];

/** Sites the user may add: asked for one origin at a time, at run time. */
export const USER_SITE_PERMISSIONS = ["https://*/*", "http://*/*"];
