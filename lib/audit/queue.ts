/**
 * The report queue's rules, pure so that tests drive them without a browser: what is queued, what
 * a batch carries (the privacy rule applied again at send time), and how long to wait after a
 * failure. lib/audit/reporter.ts stores the queue and sends it.
 */
import type { ReportSettings } from "../ruleset/schema.ts";
import type { GateDecision, LoggedDecision } from "../state/schema.ts";
import { BATCH_SIZE, MAX_QUEUE, REPORT_SCHEMA, type ReportQueue } from "./schema.ts";

/** The first wait after a failure; it doubles with each failure in a row, up to MAX_RETRY_MS. */
export const BASE_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 60 * 60_000;

/** Appends a decision; past MAX_QUEUE the oldest pending ones are dropped and counted. */
export function enqueue(queue: ReportQueue, entry: LoggedDecision, max = MAX_QUEUE): ReportQueue {
  const events = [...queue.events, entry];
  const over = Math.max(0, events.length - max);
  return { ...queue, events: over > 0 ? events.slice(over) : events, dropped: queue.dropped + over };
}

/** How long to wait after `attempts` failures in a row: doubling, capped, with ±20 % jitter so installs do not retry in step. */
export function retryDelay(attempts: number, random: () => number, base = BASE_RETRY_MS, max = MAX_RETRY_MS): number {
  const exact = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(exact * (0.8 + 0.4 * random()));
}

/** Whether a send is due: nothing is waiting for a back-off to end (a second of slack for alarms that fire early). */
export function isDue(queue: ReportQueue, now: Date): boolean {
  if (queue.events.length === 0) return false;
  return !queue.nextAttemptAt || Date.parse(queue.nextAttemptAt) <= now.getTime() + 1_000;
}

/** `text` cut to `max` characters (code points), with "…" where it was cut. */
function cut(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max).join("")}…`;
}

/**
 * The privacy rule, applied when a decision is logged and again when it is sent: the excerpt
 * only while the team's policy allows one, and no longer than it allows.
 */
export function withExcerptPolicy<D extends GateDecision>(decision: D, report: ReportSettings | undefined): D {
  const max = report?.excerpt ?? 0;
  const { excerpt, ...rest } = decision;
  if (!excerpt || max <= 0) return rest as D;
  return { ...rest, excerpt: [...excerpt].length <= max + 2 ? excerpt : cut(excerpt, max) } as D;
}

export interface ReportBody {
  schema: typeof REPORT_SCHEMA;
  sentAt: string;
  ruleSet?: { id: string; version: number };
  extensionVersion: string;
  events: LoggedDecision[];
}

/** The next batch, oldest first, as the body of one request. */
export function nextBatch(
  queue: ReportQueue,
  context: { now: Date; report: ReportSettings | undefined; ruleSet?: { id: string; version: number }; extensionVersion: string },
  size = BATCH_SIZE,
): ReportBody {
  return {
    schema: REPORT_SCHEMA,
    sentAt: context.now.toISOString(),
    ...(context.ruleSet ? { ruleSet: context.ruleSet } : {}),
    extensionVersion: context.extensionVersion,
    events: queue.events.slice(0, size).map((event) => withExcerptPolicy(event, context.report)),
  };
}

/** The receiver took the batch: its decisions leave the queue (by id, whatever was queued meanwhile). */
export function afterSuccess(queue: ReportQueue, sentIds: readonly string[], now: Date): ReportQueue {
  const sent = new Set(sentIds);
  const events = queue.events.filter((e) => !sent.has(e.id));
  const { nextAttemptAt: _next, lastError: _error, ...rest } = queue;
  return {
    ...rest,
    events,
    attempts: 0,
    sent: queue.sent + (queue.events.length - events.length),
    lastAttemptAt: now.toISOString(),
    lastSentAt: now.toISOString(),
  };
}

/** The send failed: the batch stays, and the next attempt waits longer. */
export function afterFailure(queue: ReportQueue, error: string, now: Date, delayMs: number): ReportQueue {
  return {
    ...queue,
    attempts: queue.attempts + 1,
    lastAttemptAt: now.toISOString(),
    nextAttemptAt: new Date(now.getTime() + delayMs).toISOString(),
    lastError: error.slice(0, 500),
  };
}
