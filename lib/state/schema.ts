/** What Preflight keeps on the install, validated with zod every time it is read back. */
import { z } from "zod";
import { LOCALES, SEVERITIES } from "../engine/types.ts";
import { isIsoInstant, MAX_REPORT_EXCERPT } from "../ruleset/schema.ts";

const Severity = z.enum(SEVERITIES);

const Instant = z.string().refine(isIsoInstant, { message: "expected an ISO 8601 instant with a time zone" });

/** A crisis declared on this install only (the popup's switch). v2: `until` is an instant, `since` is new. */
export const LocalCrisisSchema = z.strictObject({
  active: z.boolean(),
  reason: z.string().max(2_000).optional(),
  /** When it ends by itself. */
  until: Instant.optional(),
  /** When it was switched on. */
  since: Instant.optional(),
});

/**
 * v1 took any text as `until`. A value v2 cannot read would fail validation and the crisis would
 * read as off after an update: the migration keeps the crisis and drops only an unreadable end.
 */
export function migrateCrisisToV2(old: unknown): unknown {
  if (typeof old !== "object" || old === null) return old;
  const { until, ...rest } = old as Record<string, unknown>;
  return typeof until === "string" && isIsoInstant(until) ? { ...rest, until } : rest;
}

/** The account the author posts as, per site (a platform id or a user-added host), when the page does not show it. */
export const AccountsSchema = z.record(z.string().max(253), z.string().trim().min(1).max(200));

/** The language of Preflight's own words: the browser's (`auto`), or one the user chose. */
export const UiLanguageSchema = z.enum(["auto", ...LOCALES]);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** Who the author is, for the spokesperson rule. */
export const IdentitySchema = z.strictObject({ author: z.string().trim().min(1).max(320).optional() });

/** Forms of each term word, computed once per rule set with compromise so that pages need not load it. */
export const InflectionTableSchema = z.record(z.string(), z.array(z.string()).max(64));
export const InflectionCacheSchema = z.strictObject({ key: z.string().max(128), table: InflectionTableSchema });

/**
 * What the author chose at the gate: back to the draft, posted anyway (with a reason), or the draft
 * discarded; or (issue 13) a finding reported as a false positive with "Not a problem here".
 */
export const DECISION_KINDS = ["edit", "override", "cancel", "falsePositive"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];


/** One decision at the gate. Never the post's text, except a short excerpt when the team's policy allows one. */
export const GateDecisionSchema = z.strictObject({
  at: Instant,
  /** A platform id, or the host of a site the user added. */
  platform: z.string().max(253),
  account: z.string().max(200).optional(),
  author: z.string().max(320).optional(),
  rules: z.array(z.strictObject({ id: z.string().max(200), severity: Severity })).max(500),
  crisis: z.boolean(),
  decision: z.enum(DECISION_KINDS),
  reason: z.string().trim().min(1).max(1_000).optional(),
  /** At most `report.excerpt` characters (code points, so up to twice as many UTF-16 units), plus a "…" at each cut end. */
  excerpt: z.string().min(1).max((MAX_REPORT_EXCERPT + 2) * 2).optional(),
  /** Issue 13: a `falsePositive` report's words, as the author marked them (never the post). */
  words: z.string().trim().min(1).max(200).optional(),
  // --- issue 12: which team crisis a decision was taken in (set by the background, never by a page) ---
  /** The team's crisis was a drill: a rehearsal the team reviews like a real one. */
  drill: z.boolean().optional(),
  /** The scenario the team's crisis was declared from. */
  scenario: z.string().max(100).optional(),
  /** When the team's crisis was declared: with `scenario`, which crisis this was (`report --crisis`). */
  crisisSince: Instant.optional(),
  // --- end issue 12 ---
  /** Issue 12b: the spokesperson whose approval code let the post through (set by the background only, after verifying it). */
  approvedBy: z.string().max(10_000).optional(),
});

/** Issue 12b: approval codes that have released a post, by their request's nonce, until they expire (each works once). */
export const UsedApprovalsSchema = z.record(z.string().max(32), z.number().int());

/**
 * A decision in the log. `id` is given once, by the background: a report receiver drops an id it
 * has seen, as a batch cut off by a restart is sent again.
 */
export const LoggedDecisionSchema = GateDecisionSchema.extend({ id: z.string().min(1).max(64) });
export const DecisionLogSchema = z.array(LoggedDecisionSchema);
/** Decisions the cap has dropped since the install, oldest first. */
export const DroppedCountSchema = z.number().int().min(0);

/** v1 entries had no id: each gets one from its place and time (the same in every context that migrates). */
export function migrateDecisionsToV2(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  return old.map((entry: unknown, index) =>
    typeof entry === "object" && entry !== null && !("id" in entry)
      ? { ...entry, id: `v1-${index}-${String((entry as { at?: unknown }).at ?? "")}`.slice(0, 64) }
      : entry,
  );
}

/** The log keeps the newest decisions only. */
export const MAX_DECISIONS = 10_000;

export type LocalCrisisState = z.infer<typeof LocalCrisisSchema>;
export type GateDecision = z.infer<typeof GateDecisionSchema>;
export type LoggedDecision = z.infer<typeof LoggedDecisionSchema>;
export type InflectionTable = z.infer<typeof InflectionTableSchema>;
