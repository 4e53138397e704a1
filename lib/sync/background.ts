/**
 * The background's side of team distribution: polling the feed with chrome.alarms, backing off
 * after failures, reading the managed policy when it changes, and ending a local crisis at the
 * time the user gave. Listeners are added synchronously when the service worker starts, as MV3
 * requires for the events that wake it.
 */
import { browser } from "wxt/browser";
import { crisisItem } from "../state/items.ts";
import { teamRuleSetItem } from "./in-force.ts";
import { policyItem, syncConfigItem, syncStatusItem } from "../state/team.ts";
import { canonicalJson } from "./judge.ts";
import { readManagedPolicy, resolveFeed } from "./policy.ts";
import { syncOnce, type SyncOutcome } from "./run.ts";
import type { PolicyMirror, SyncStatus } from "./schema.ts";

export const SYNC_ALARM = "preflight-sync";
export const CRISIS_END_ALARM = "preflight-crisis-end";

/**
 * Test-only: a poll period in seconds (1-60) in storage.session. Chrome's 30-second minimum would
 * make the browser tests slow; storage.session is open to the extension's own pages and service
 * worker only (its default access level), so no web page or content script can shorten polling.
 * Unpacked builds honour periods under 30 s; a store install clamps them to 30 s anyway.
 */
export const TEST_POLL_SECONDS_KEY = "preflightTestPollSeconds";

export interface SyncRuntime {
  fetch: typeof fetch;
  now(): Date;
}

const defaultRuntime: SyncRuntime = {
  fetch: (input, init) => globalThis.fetch(input, init),
  now: () => new Date(),
};

let runtime = defaultRuntime;
let chain: Promise<unknown> = Promise.resolve();

async function testPollSeconds(): Promise<number | undefined> {
  try {
    const value = (await browser.storage.session.get(TEST_POLL_SECONDS_KEY))[TEST_POLL_SECONDS_KEY];
    return typeof value === "number" && value >= 1 && value <= 60 ? value : undefined;
  } catch {
    return undefined; // no storage.session (Firefox before 115)
  }
}

/**
 * The poll period in force: the test override; else policy's; else the team rule set's
 * (`pollMinutes`); else the invite code's or the one entered; else 1 minute.
 */
async function periodMinutes(): Promise<number | undefined> {
  const [policy, config, team] = await Promise.all([policyItem.get(), syncConfigItem.get(), teamRuleSetItem.get()]);
  const feed = resolveFeed(policy, config);
  if (feed.kind === "none" || feed.kind === "broken") return undefined;
  const seconds = await testPollSeconds();
  return seconds !== undefined ? seconds / 60 : (policy?.values.pollMinutes ?? team?.pollMinutes ?? feed.pollMinutes);
}

/** Checks the feed now, one check at a time; "Check now" and every poll come through here. */
export function syncNow(): Promise<{ outcome: SyncOutcome; status: SyncStatus }> {
  const run = chain.then(async () => {
    const minutes = await periodMinutes();
    return syncOnce({
      fetch: runtime.fetch,
      now: runtime.now,
      periodMs: (feed) => (minutes ?? feed.pollMinutes) * 60_000,
    });
  });
  chain = run.catch(() => undefined);
  return run;
}

/** A poll: skipped while backing off after failures. */
export async function pollIfDue(): Promise<SyncOutcome | "waiting"> {
  const [status, minutes] = await Promise.all([syncStatusItem.get(), periodMinutes()]);
  if (minutes === undefined) return (await syncNow()).outcome;
  const due = status.nextAttemptAt ? Date.parse(status.nextAttemptAt) : 0;
  // Alarms fire a little before or after an exact multiple of the period: half a period of slack.
  if (runtime.now().getTime() < due - (minutes * 60_000) / 2) return "waiting";
  return (await syncNow()).outcome;
}

/** Creates, changes or removes the poll alarm to match the feed in force. */
export async function schedule(): Promise<void> {
  const minutes = await periodMinutes();
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (minutes === undefined) {
    if (existing) await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** Reads the managed policy into storage.local; written only when it changed, as pages reload on it. */
export async function refreshPolicy(): Promise<PolicyMirror> {
  const mirror = await readManagedPolicy(browser.storage.managed, runtime.now());
  const stored = await policyItem.get();
  const same = (a: PolicyMirror) => canonicalJson({ managed: a.managed, values: a.values, issues: a.issues });
  if (stored && same(stored) === same(mirror)) return stored;
  await policyItem.set(mirror);
  return mirror;
}

/** An alarm at the end time of the local crisis, if it has one. */
export async function scheduleCrisisEnd(): Promise<void> {
  const crisis = await crisisItem.get();
  if (crisis.active && crisis.until) await browser.alarms.create(CRISIS_END_ALARM, { when: Date.parse(crisis.until) });
  else await browser.alarms.clear(CRISIS_END_ALARM);
}

async function endCrisisIfDue(): Promise<void> {
  const crisis = await crisisItem.get();
  if (crisis.active && crisis.until && Date.parse(crisis.until) <= runtime.now().getTime() + 1_000) {
    await crisisItem.set({ active: false });
  }
}

const report = (what: string) => (error: unknown) => console.error(`Preflight: ${what}`, error);

/** Policy, schedule and a first check: at install, browser start, and when the settings change. */
async function restart(): Promise<void> {
  await refreshPolicy();
  await schedule();
  await syncNow();
}

export function startSync(overrides: Partial<SyncRuntime> = {}): void {
  runtime = { ...defaultRuntime, ...overrides };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void pollIfDue().catch(report("team rule set poll"));
    if (alarm.name === CRISIS_END_ALARM) void endCrisisIfDue().catch(report("crisis end"));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "managed") void restart().catch(report("policy change"));
    if (area === "local" && "syncConfig" in changes) void schedule().then(syncNow).catch(report("team source change"));
    // A new team rule set may change the poll period.
    if (area === "local" && "teamRuleSet" in changes) void schedule().catch(report("poll period"));
    if (area === "local" && "crisis" in changes) void scheduleCrisisEnd().catch(report("crisis end time"));
    if (area === "session" && TEST_POLL_SECONDS_KEY in changes) void schedule().catch(report("poll period"));
  });
  browser.runtime.onInstalled.addListener(() => void restart().catch(report("first check of the team rule set")));
  browser.runtime.onStartup.addListener(() => void restart().catch(report("first check of the team rule set")));
  // Each time the worker wakes: the alarm must exist (it is lost if Chrome cleared alarms on update).
  void refreshPolicy()
    .then(schedule)
    .then(scheduleCrisisEnd)
    .catch(report("sync start"));
}
