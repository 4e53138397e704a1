/**
 * What the audit keeps besides the decision log (lib/state: `decisions`, `decisionsDropped`):
 * the count of findings shown while composing, per rule and day, and the queue of decisions on
 * their way to the team's report URL. Both are validated with zod every time they are read back.
 */
import { z } from "zod";
import { isIsoInstant } from "../ruleset/schema.ts";
import { LoggedDecisionSchema } from "../state/schema.ts";

/** `YYYY-MM-DD`, a day in the browser's time zone. */
export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const Day = z.string().regex(DAY, "expected a day as YYYY-MM-DD");
const Count = z.number().int().min(0);

/** One rule's findings shown on one day, on one platform and account. */
export const FindingCountRowSchema = z.strictObject({
  day: Day,
  platform: z.string().min(1).max(253),
  account: z.string().min(1).max(200).optional(),
  rule: z.string().min(1).max(200),
  n: z.number().int().min(1),
});
export type FindingCountRow = z.infer<typeof FindingCountRowSchema>;

/** Rows kept: a year of a busy team fits; the oldest days go first, and what goes is counted. */
export const MAX_COUNT_ROWS = 20_000;

export const FindingCountsSchema = z.strictObject({
  rows: z.array(FindingCountRowSchema).max(MAX_COUNT_ROWS),
  /** Rows the cap has dropped since the install. */
  dropped: Count,
});
export type FindingCounts = z.infer<typeof FindingCountsSchema>;

/** Decisions waiting to be sent; beyond this the oldest are dropped, and counted. */
export const MAX_QUEUE = 10_000;
/** Decisions in one request. */
export const BATCH_SIZE = 100;

export const ReportQueueSchema = z.strictObject({
  /** Oldest first; each keeps the id the receiver dedupes on. */
  events: z.array(LoggedDecisionSchema).max(MAX_QUEUE),
  /** Failed sends in a row; the next attempt waits longer each time. */
  attempts: Count,
  nextAttemptAt: z.string().max(40).optional(),
  lastAttemptAt: z.string().max(40).optional(),
  lastSentAt: z.string().max(40).optional(),
  /** Why the last send failed, for the options page. */
  lastError: z.string().max(500).optional(),
  /** Decisions the receiver has accepted since the install. */
  sent: Count,
  /** Pending decisions dropped by MAX_QUEUE. */
  dropped: Count,
});
export type ReportQueue = z.infer<typeof ReportQueueSchema>;

export const EMPTY_QUEUE: ReportQueue = { events: [], attempts: 0, sent: 0, dropped: 0 };

/** The body posted to the report URL (README, "Team reporting"). */
export const REPORT_SCHEMA = "preflight.report/1";
/** An export of the log (options page, `preflight report FILE`). */
export const EXPORT_SCHEMA = "preflight.audit/1";

// --- issue 12: the crisis checklist, ticked in the popup, for the review after the crisis ---
const TickInstant = z.string().refine(isIsoInstant, { message: "expected an ISO 8601 instant with a time zone" });
/** One tick or untick of a team crisis's checklist item. */
export const ChecklistTickSchema = z.strictObject({
  at: TickInstant,
  /** The crisis's key (lib/sync/settings.ts, crisisKey). */
  crisis: z.string().min(1).max(500),
  scenario: z.string().max(100).optional(),
  crisisSince: TickInstant.optional(),
  drill: z.boolean().optional(),
  /** The item's English (or only) text, as the ticks are kept. */
  item: z.string().min(1).max(10_000),
  done: z.boolean(),
  /** How many items the checklist had: completion is done out of this. */
  of: z.number().int().min(1).max(100),
});
export type ChecklistTick = z.infer<typeof ChecklistTickSchema>;
/** Ticks kept; the oldest go first. */
export const MAX_CHECKLIST_TICKS = 2_000;
export const ChecklistLogSchema = z.array(ChecklistTickSchema).max(MAX_CHECKLIST_TICKS);
// --- end issue 12 ---
