/**
 * The background's side of the audit: logging a decision (and queueing it for the team's report
 * URL in the same storage write), the daily finding counts, and sending the queue in batches.
 *
 * The service worker can be stopped at any moment, so the queue lives in storage and chrome.alarms
 * drives retries: an alarm is set before each request (it wakes the worker if the request dies
 * with it) and after each failure (the back-off). A batch leaves the queue only once the receiver
 * has answered 2xx; a request cut off by a restart is sent again with the same decision ids, which
 * the receiver dedupes on (README, "Team reporting").
 */
import { browser } from "wxt/browser";
import type { ReportSettings } from "../ruleset/schema.ts";
import { appendDecision, serialized } from "../state/items.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import type { GateDecision, LoggedDecision } from "../state/schema.ts";
import { reportConsentGiven } from "./consent.ts";
import { addFindingCounts, localDay, type CountBatch } from "./counts.ts";
import { findingCountsItem, reportQueueItem } from "./items.ts";
import {
  afterFailure,
  afterSuccess,
  BASE_RETRY_MS,
  enqueue,
  isDue,
  MAX_RETRY_MS,
  nextBatch,
  retryDelay,
  withExcerptPolicy,
} from "./queue.ts";
import { EMPTY_QUEUE, type ReportQueue } from "./schema.ts";

export const REPORT_ALARM = "preflight-report";
/** While reports wait for the user's consent (Firefox), how often the background looks again. */
export const CONSENT_RECHECK_MS = 15 * 60_000;

/** A request without an answer by then has failed. */
export const SEND_TIMEOUT_MS = 30_000;

/**
 * Test-only: the retry wait in seconds (1-60) in storage.session, replacing the 30 s to 1 h
 * back-off, so the browser tests need not wait half a minute. storage.session is open to the
 * extension's own pages and service worker only; no web page or content script can change it.
 */
export const TEST_RETRY_SECONDS_KEY = "preflightTestReportRetrySeconds";

export interface ReportRuntime {
  fetch: typeof fetch;
  /** Whether the browser lets reports leave the device (Firefox: the user's consent; consent.ts). */
  mayTransmit(): Promise<boolean>;
  now(): Date;
  random(): number;
  extensionVersion(): string;
}

const defaultRuntime: ReportRuntime = {
  fetch: (input, init) => globalThis.fetch(input, init),
  mayTransmit: reportConsentGiven,
  now: () => new Date(),
  random: Math.random,
  extensionVersion: () => browser.runtime.getManifest().version,
};

let runtime = defaultRuntime;

/** Replaces the clock, randomness or network (tests). */
export function setReportRuntime(overrides: Partial<ReportRuntime>): void {
  runtime = { ...defaultRuntime, ...overrides };
}

interface Settings {
  report: ReportSettings | undefined;
  ruleSet: { id: string; version: number } | undefined;
}

async function settings(): Promise<Settings> {
  const team = await teamRuleSetItem.get();
  return { report: team?.report, ruleSet: team ? { id: team.id, version: team.version } : undefined };
}

const complain = (what: string) => (error: unknown) => console.error(`Preflight: ${what}`, error);

/** Logs a gate decision under the team's excerpt policy, and queues it when the team collects reports. */
export async function recordDecision(decision: GateDecision): Promise<LoggedDecision> {
  const { report } = await settings();
  const entry = await appendDecision(withExcerptPolicy(decision, report), async (logged) =>
    report?.url ? [{ item: reportQueueItem.item, value: enqueue(await reportQueueItem.get(), logged) }] : [],
  );
  if (report?.url) void flushReport().catch(complain("sending the report"));
  return entry;
}

/** Adds the findings a page showed to today's counts. */
export function recordFindingCounts(batch: Omit<CountBatch, "day">): Promise<void> {
  return serialized(async () => {
    const day = localDay(runtime.now());
    await findingCountsItem.set(addFindingCounts(await findingCountsItem.get(), { ...batch, day }));
  });
}

async function testRetryMs(): Promise<number | undefined> {
  try {
    const value = (await browser.storage.session.get(TEST_RETRY_SECONDS_KEY))[TEST_RETRY_SECONDS_KEY];
    return typeof value === "number" && value >= 1 && value <= 60 ? value * 1000 : undefined;
  } catch {
    return undefined; // no storage.session (Firefox before 115)
  }
}

type SendResult = { ok: true } | { ok: false; error: string };

async function post(url: string, body: unknown): Promise<SendResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, SEND_TIMEOUT_MS);
  try {
    const response = await runtime.fetch(url, {
      method: "POST",
      // text/plain keeps this a "simple" request: no CORS preflight, which spreadsheet web apps
      // and many serverless hosts do not answer. The body is JSON all the same.
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      signal: controller.signal,
    });
    void response.body?.cancel().catch(() => undefined);
    if (response.ok) return { ok: true };
    return { ok: false, error: `the receiver answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
  } catch (error) {
    if (timedOut) return { ok: false, error: `no answer from the receiver within ${SEND_TIMEOUT_MS / 1000} s` };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `could not reach the receiver (offline, or its answer lacks Access-Control-Allow-Origin): ${detail}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function alarmAt(when: number): Promise<void> {
  await browser.alarms.create(REPORT_ALARM, { when: Math.max(when, runtime.now().getTime() + 1_000) });
}

type Step = { done: ReportQueue } | { wait: ReportQueue } | { send: ReportQueue; url: string; settings: Settings & { report: ReportSettings } };

let running: Promise<ReportQueue> | undefined;
/** One more flush after the running one: a decision queued while it ran is not left to the next alarm. */
let followUp: { promise: Promise<ReportQueue>; force: boolean } | undefined;

/**
 * Sends what is due, batch after batch, until the queue is empty or a send fails. One flush runs
 * at a time; `force` ("Send now") skips the back-off wait.
 */
export function flushReport(options: { force?: boolean } = {}): Promise<ReportQueue> {
  const force = options.force === true;
  if (!running) {
    running = drain(force).finally(() => {
      running = undefined;
    });
    return running;
  }
  if (followUp) {
    followUp.force ||= force;
    return followUp.promise;
  }
  const next = { force, promise: running as Promise<ReportQueue> };
  next.promise = running
    .catch(() => undefined)
    .then(() => {
      followUp = undefined;
      return flushReport({ force: next.force });
    });
  followUp = next;
  return next.promise;
}

async function drain(force: boolean): Promise<ReportQueue> {
  for (;;) {
    const step = await serialized(async (): Promise<Step> => {
      // The queue first, then the rule set: a write of both (a new rule set with its queue) that
      // lands between the two reads pairs an older queue with the newer rule set, never a newer
      // queue with an older rule set that has no URL, which would drop what was just queued.
      const queue = await reportQueueItem.get();
      const current = await settings();
      const { report } = current;
      if (!report?.url) {
        // The team stopped collecting reports: nothing pending may go anywhere later.
        if (queue.events.length === 0 && queue.nextAttemptAt === undefined) return { done: queue };
        const cleared: ReportQueue = { ...EMPTY_QUEUE, sent: queue.sent, dropped: queue.dropped };
        await reportQueueItem.set(cleared);
        return { done: cleared };
      }
      if (queue.events.length === 0) return { done: queue };
      if (!force && !isDue(queue, runtime.now())) return { wait: queue };
      return { send: queue, url: report.url, settings: { ...current, report } };
    });
    if ("done" in step) {
      await browser.alarms.clear(REPORT_ALARM);
      return step.done;
    }
    if ("wait" in step) {
      await alarmAt(Date.parse(step.wait.nextAttemptAt ?? "") || runtime.now().getTime());
      return step.wait;
    }
    if (!(await runtime.mayTransmit())) {
      // Firefox, and the user has not allowed it: everything stays queued (the options page says
      // why and asks). Granting it from that page sends at once; granted elsewhere (the add-ons
      // manager), the next look is at this alarm.
      await alarmAt(runtime.now().getTime() + CONSENT_RECHECK_MS);
      return step.send;
    }
    force = false;
    const testRetry = await testRetryMs();
    const { report, ruleSet } = step.settings;
    const body = nextBatch(step.send, {
      now: runtime.now(),
      report,
      ...(ruleSet ? { ruleSet } : {}),
      extensionVersion: runtime.extensionVersion(),
    });
    // If the worker is stopped during the request, this wakes it to send again.
    await alarmAt(runtime.now().getTime() + SEND_TIMEOUT_MS + (testRetry ?? BASE_RETRY_MS));
    const result = await post(step.url, body);
    const after = await serialized(async () => {
      const queue = await reportQueueItem.get();
      const now = runtime.now();
      const next = result.ok
        ? afterSuccess(queue, body.events.map((e) => e.id), now)
        : afterFailure(queue, result.error, now, retryDelay(queue.attempts + 1, runtime.random, testRetry ?? BASE_RETRY_MS, testRetry ?? MAX_RETRY_MS));
      await reportQueueItem.set(next);
      return next;
    });
    if (!result.ok) {
      await alarmAt(Date.parse(after.nextAttemptAt ?? "") || runtime.now().getTime());
      return after;
    }
    if (after.events.length === 0) {
      await browser.alarms.clear(REPORT_ALARM);
      return after;
    }
  }
}

/** Listeners for the events that wake the worker, added synchronously at its start as MV3 requires. */
export function startReporting(overrides: Partial<ReportRuntime> = {}): void {
  setReportRuntime(overrides);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPORT_ALARM) void flushReport().catch(complain("sending the report"));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // A new rule set may add, move or remove the report URL.
    if (area === "local" && "teamRuleSet" in changes) void flushReport().catch(complain("sending the report"));
  });
  // Firefox: the user allowed reports to leave the device; what waited goes now.
  browser.permissions?.onAdded?.addListener(() => void flushReport({ force: true }).catch(complain("sending the report")));
  // Each time the worker wakes: what a stopped worker left pending goes on (its alarm may be gone after an update).
  void flushReport().catch(complain("sending the report"));
}
