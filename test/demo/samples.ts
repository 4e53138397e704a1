// The drafts the demo types into each platform's composer: each shows a different part of
// Preflight (the sample team rule set is test/demo/team.yaml).
import type { FixtureName } from "../e2e/fixtures/catalog.ts";

export const DEMO_DRAFTS: Partial<Record<FixtureName, string>> = {
  x: "Hurricane Delia can't stop our weekend sale! 20% off everything with code STORM20",
  linkedin: "Our new chairman and his salesmen guarantee results: clinically proven to double your reach.",
  facebook: "Man up and try the spiciest wings in town 🔥",
  instagram: "Treat yourself this week: the new collection is here #therapistfinder",
  // Issue 13: a Chinese post, as the teams who write in Chinese publish them (a storm used to sell).
  threads: "台风来袭，大家注意安全！今天全场跳楼价，雨伞秒杀中",
  bluesky: "Quiet week at Acme. Anyone else counting down to the holidays?",
  mastodon: "We are thrilled to share our trail guide for the winter season.",
  reddit: "AMA: the Acme Outdoors team answers your questions about the new tents",
  youtube: "Thanks for watching! Drop a comment about the storm surge footage",
  tiktok: "POV: you found the cheapest jacket of the season #ad",
  pinterest: "Cozy cabin looks for a rainy weekend",
};
