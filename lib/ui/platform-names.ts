/**
 * Platforms in words (issue 13): the names people know them by, not their ids. Brand names stay in
 * their own spelling in Chinese, as Chinese social-media managers write them, except LinkedIn,
 * which is 领英 in China. A site the user added is shown by its host name.
 */
import type { BuiltInPlatform, Locale, LocalizedText } from "../engine/types.ts";

export const PLATFORM_NAMES: Readonly<Record<BuiltInPlatform, LocalizedText>> = {
  x: { en: "X (Twitter)", "zh-CN": "X（推特）" },
  linkedin: { en: "LinkedIn", "zh-CN": "领英 LinkedIn" },
  facebook: { en: "Facebook", "zh-CN": "Facebook" },
  instagram: { en: "Instagram", "zh-CN": "Instagram" },
  threads: { en: "Threads", "zh-CN": "Threads" },
  bluesky: { en: "Bluesky", "zh-CN": "Bluesky" },
  mastodon: { en: "Mastodon", "zh-CN": "Mastodon" },
  reddit: { en: "Reddit", "zh-CN": "Reddit" },
  youtube: { en: "YouTube", "zh-CN": "YouTube" },
  tiktok: { en: "TikTok", "zh-CN": "TikTok" },
  pinterest: { en: "Pinterest", "zh-CN": "Pinterest" },
};

export function platformName(platform: string, locale: Locale): string {
  return Object.hasOwn(PLATFORM_NAMES, platform) ? PLATFORM_NAMES[platform as BuiltInPlatform][locale] : platform;
}
