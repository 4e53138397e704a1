/**
 * One check of the team's feed, as a state machine over storage: read the feed in force (policy
 * or the user's), fetch it, judge it, then either apply the new rule set or keep the last good one
 * and record why. The outcome always lands in syncStatus, which the popup shows.
 */
import { teamRuleSetItem } from "../state/items.ts";
import { policyItem, syncConfigItem, syncStatusItem, teamSourceItem } from "../state/team.ts";
import { fetchFeed, type FeedResponse } from "./feed.ts";
import { judgeSignedRuleSet } from "./judge.ts";
import { resolveFeed, type ResolvedFeed } from "./policy.ts";
import type { Issue, SyncStatus } from "./schema.ts";

export interface SyncDeps {
  fetch: typeof fetch;
  now(): Date;
  /** The poll period in force, in milliseconds (the scheduler knows the test override). */
  periodMs(feed: Extract<ResolvedFeed, { url: string }>): number;
  timeoutMs?: number;
  maxBytes?: number;
}

export type SyncOutcome = "none" | "applied" | "unchanged" | "refused";

/** Waiting grows with each failure in a row: twice the period, four times, … up to an hour. */
export const MAX_BACKOFF_MS = 60 * 60_000;

export function retryDelayMs(failures: number, periodMs: number): number {
  if (failures <= 0) return periodMs;
  return Math.min(periodMs * 2 ** failures, Math.max(periodMs, MAX_BACKOFF_MS));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function syncOnce(deps: SyncDeps): Promise<{ outcome: SyncOutcome; status: SyncStatus }> {
  const [policy, config, previous] = await Promise.all([policyItem.get(), syncConfigItem.get(), syncStatusItem.get()]);
  const feed = resolveFeed(policy, config);
  const now = deps.now();
  const at = now.toISOString();

  if (feed.kind === "none") {
    const status: SyncStatus = { failures: 0 };
    await syncStatusItem.set(status);
    return { outcome: "none", status };
  }
  if (feed.kind === "broken") {
    // The first unusable field is named; the options page lists them all.
    const first: Issue = feed.issues[0] ?? { code: "required", field: "ruleSetUrl" };
    const status: SyncStatus = {
      failures: previous.failures + 1,
      lastAttemptAt: at,
      ...(previous.lastSuccessAt ? { lastSuccessAt: previous.lastSuccessAt } : {}),
      lastError: { ...first, at },
    };
    await syncStatusItem.set(status);
    return { outcome: "refused", status };
  }

  // A new address starts afresh: its ETag, failures and errors are not the old feed's.
  const base: SyncStatus = previous.url === feed.url ? previous : { url: feed.url, failures: 0 };
  const [inForce, source] = await Promise.all([teamRuleSetItem.get(), teamSourceItem.get()]);
  const sameFeed = inForce !== null && source !== null && source.kind !== "file" && source.url === feed.url;
  const periodMs = deps.periodMs(feed);
  const request = { url: feed.url, fetch: deps.fetch, timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes };

  let response: FeedResponse = await fetchFeed({ ...request, etag: sameFeed ? base.etag : undefined });
  const succeed = async (outcome: SyncOutcome, etag: string | undefined) => {
    const status: SyncStatus = {
      url: feed.url,
      failures: 0,
      lastAttemptAt: at,
      lastSuccessAt: at,
      nextAttemptAt: new Date(now.getTime() + periodMs).toISOString(),
      ...(etag ? { etag } : {}),
    };
    await syncStatusItem.set(status);
    return { outcome, status };
  };
  const refuse = async (issue: Issue) => {
    const failures = base.failures + 1;
    const status: SyncStatus = {
      ...base,
      url: feed.url,
      failures,
      lastAttemptAt: at,
      lastError: { ...issue, at },
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(failures, periodMs)).toISOString(),
    };
    await syncStatusItem.set(status);
    return { outcome: "refused" as const, status };
  };

  if (response.kind === "notModified") {
    if (sameFeed) return succeed("unchanged", base.etag);
    response = await fetchFeed(request); // a 304 means nothing without the rule set it confirms
  }
  if (response.kind === "error") return refuse(response.issue);
  if (response.kind === "notModified") return refuse({ code: "http", status: 304 });

  const sha256 = await sha256Hex(response.text);
  if (sameFeed && source.sha256 === sha256) return succeed("unchanged", response.etag);

  const judgement = await judgeSignedRuleSet(response.text, { keys: feed.keys, now, current: sameFeed ? inForce : undefined });
  // The ETag of a refused file is never kept: a 304 for it must not read as "all is well".
  if (judgement.kind === "refuse") return refuse(judgement.issue);
  try {
    if (judgement.kind === "same") {
      await teamSourceItem.set({ ...source!, sha256 });
      return await succeed("unchanged", response.etag);
    }
    await teamRuleSetItem.set(judgement.ruleSet);
    await teamSourceItem.set({ kind: feed.kind, url: feed.url, keyId: judgement.keyId, appliedAt: at, sha256 });
  } catch (error) {
    return refuse({ code: "storage", detail: error instanceof Error ? error.message : String(error) });
  }
  return succeed("applied", response.etag);
}
