/**
 * Where the built-in platforms' content script runs (manifest content_scripts and
 * host_permissions). Dependency-free: wxt.config.ts and the content entrypoint import it.
 */
export const PLATFORM_MATCHES = [
  "https://x.com/*",
  "https://mobile.x.com/*",
  "https://twitter.com/*",
  "https://mobile.twitter.com/*",
  "https://www.tiktok.com/*",
  // Pinterest: each domain with its subdomains (lib/platforms/pinterest.ts, DOMAINS).
  "https://*.pinterest.com/*",
  "https://*.pinterest.co.uk/*",
  "https://*.pinterest.ca/*",
  "https://*.pinterest.com.au/*",
  "https://*.pinterest.de/*",
  "https://*.pinterest.fr/*",
  "https://*.pinterest.es/*",
  "https://*.pinterest.it/*",
  "https://*.pinterest.jp/*",
  "https://*.pinterest.com.mx/*",
  "https://www.reddit.com/*",
  "https://sh.reddit.com/*",
  "https://www.youtube.com/*",
  "https://youtube.com/*",
  "https://www.facebook.com/*",
  "https://web.facebook.com/*",
  "https://www.instagram.com/*",
  "https://www.threads.com/*",
  "https://www.threads.net/*",
  "https://www.linkedin.com/*",
  "https://bsky.app/*",
  // Mastodon: the project's own instances only (lib/platforms/mastodon.ts); others are user sites.
  "https://mastodon.social/*",
  "https://mastodon.online/*",
];

/** Sites the user may add: asked for one origin at a time, at run time. */
export const USER_SITE_PERMISSIONS = ["https://*/*", "http://*/*"];
