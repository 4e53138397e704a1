/** The adapters, most specific first; `generic` serves the sites the user added. */
import { blueskyAdapter } from "./bluesky.ts";
import { facebookAdapter } from "./facebook.ts";
import { genericAdapter } from "./generic.ts";
import { instagramAdapter } from "./instagram.ts";
import { linkedinAdapter } from "./linkedin.ts";
import { mastodonAdapter } from "./mastodon.ts";
import { pinterestAdapter } from "./pinterest.ts";
import { redditAdapter } from "./reddit.ts";
import { tiktokAdapter } from "./tiktok.ts";
import { threadsAdapter } from "./threads.ts";
import type { PlatformAdapter } from "./types.ts";
import { userSiteAdapter } from "./user-site.ts";
import { xAdapter } from "./x.ts";
import { youtubeAdapter } from "./youtube.ts";

export const PLATFORM_ADAPTERS: readonly PlatformAdapter[] = [xAdapter, tiktokAdapter, pinterestAdapter, redditAdapter, youtubeAdapter, facebookAdapter, instagramAdapter, threadsAdapter, linkedinAdapter, blueskyAdapter, mastodonAdapter];

/** The adapter for a page: a built-in platform's, else the generic one (user-added sites). */
export function adapterFor(location: Pick<Location, "hostname" | "pathname">): PlatformAdapter {
  return PLATFORM_ADAPTERS.find((adapter) => adapter.matches(location)) ?? genericAdapter;
}

/**
 * The adapter for the page the content script runs in: a built-in platform's, else, on a site
 * the user added, the one its page turns out to need (a Mastodon instance: userSiteAdapter).
 */
export function pageAdapter(location: Pick<Location, "hostname" | "pathname">, document: Document): PlatformAdapter {
  const adapter = adapterFor(location);
  return adapter === genericAdapter ? userSiteAdapter(document) : adapter;
}

