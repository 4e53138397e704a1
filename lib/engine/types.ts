/** The shapes the engine hands to every front end (DESIGN.md, "Finding"). */

export const SEVERITIES = ["info", "warn", "block"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

export const PLATFORMS = [
  "x",
  "linkedin",
  "facebook",
  "instagram",
  "threads",
  "bluesky",
  "mastodon",
  "reddit",
  "youtube",
  "tiktok",
  "pinterest",
] as const;
export type BuiltInPlatform = (typeof PLATFORMS)[number];

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/** A message in every language the UI speaks. */
export interface LocalizedText {
  en: string;
  "zh-CN": string;
}

export interface Finding {
  /** `category/name`, for example `events/match`. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  excerpt: string;
  suggestions?: string[];
  guidance?: string;
  /** Extension of the contract: which message of the rule, for tests and translations. */
  messageId: string;
}

/** A crisis declared on this install only (the popup's switch, `--crisis`). */
export interface LocalCrisis {
  active: boolean;
  reason?: string;
  until?: string;
}

export interface AnalysisContext {
  /** A platform id, or the host name of a site the user added. */
  platform?: string;
  /** The handle the post will be published as, with or without `@`. */
  account?: string;
  /** The team member's id (for example an email address). */
  author?: string;
  /** Publish time; defaults to now. */
  at?: Date;
  /** IANA time zone of the publish time; defaults to the machine's. */
  timeZone?: string;
  crisis?: LocalCrisis;
  locale?: Locale;
  /**
   * Extension (issue 13): no author is known because the author has not yet had the chance to say
   * (the welcome page is open): rules do not warn that the author is unknown.
   */
  authorPending?: boolean;
}

export type Verdict = "pass" | "warn" | "block";

export function verdictOf(findings: readonly Finding[]): Verdict {
  let rank = -1;
  for (const f of findings) rank = Math.max(rank, SEVERITY_RANK[f.severity]);
  return rank >= 2 ? "block" : rank >= 1 ? "warn" : "pass";
}
