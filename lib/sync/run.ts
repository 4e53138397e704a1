/**
 * One check of the team's feed, as a state machine over storage: read the feed in force (policy
 * or the user's), fetch it, judge it, then either apply the new rule set or keep the last good one
 * and record why. The outcome always lands in syncStatus, which the popup shows.
 */
import { storage } from "wxt/utils/storage";
import { isExpired, keyId } from "../ruleset/sign.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { isSignedTeamRuleSet, teamRuleSetStoreItem } from "../state/items.ts";
import { policyItem, syncConfigItem, syncStatusItem, teamSourceItem, versionFloorItem } from "../state/team.ts";
import { fetchFeed, type FeedResponse } from "./feed.ts";
import { teamRuleSetInForce } from "./in-force.ts";
import { judgeSignedRuleSet } from "./judge.ts";
import { resolveFeed, type ResolvedFeed } from "./policy.ts";
import type { Issue, SyncStatus, TeamSource, VersionFloor } from "./schema.ts";

export interface SyncDeps {
  fetch: typeof fetch;
  now(): Date;
  /** The poll period in force, in milliseconds (the scheduler knows the test override). */
  periodMs(feed: Extract<ResolvedFeed, { url: string }>): number;
  timeoutMs?: number;
  maxBytes?: number;
}

/** `superseded`: the feed changed (the user left the team, or followed another) while this check ran. */
export type SyncOutcome = "none" | "applied" | "unchanged" | "refused" | "superseded";

/**
 * Waiting grows with each failure in a row, twice the period, then four times, and never more
 * than MAX_BACKOFF_PERIODS periods: a crisis file fixed after a bad upload still arrives within
 * minutes at the default period.
 */
export const MAX_BACKOFF_PERIODS = 4;

export function retryDelayMs(failures: number, periodMs: number): number {
  if (failures <= 0) return periodMs;
  return periodMs * Math.min(2 ** failures, MAX_BACKOFF_PERIODS);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

type FeedWithUrl = Extract<ResolvedFeed, { url: string }>;

/** The same feed, trusting the same keys: what a check must still find before it writes. */
function sameFeedAs(a: FeedWithUrl, b: ResolvedFeed): boolean {
  return b.kind === a.kind && "url" in b && b.url === a.url && [...b.keys].sort().join() === [...a.keys].sort().join();
}

/**
 * The feed's id and version floor under the keys it trusts now. An install that applied rule sets
 * before floors were kept starts from the one in force.
 */
async function floorFor(feed: FeedWithUrl, inForce: RuleSet | null, source: TeamSource | null): Promise<VersionFloor | null> {
  const record = await versionFloorItem.get();
  if (record?.url === feed.url) return record;
  if (inForce && source && source.kind !== "file" && source.url === feed.url && source.keyId) {
    return { url: feed.url, id: inForce.id, floors: { [source.keyId]: inForce.version } };
  }
  return null;
}

export async function syncOnce(deps: SyncDeps): Promise<{ outcome: SyncOutcome; status: SyncStatus }> {
  const [policy, config, previous] = await Promise.all([policyItem.get(), syncConfigItem.get(), syncStatusItem.get()]);
  const feed = resolveFeed(policy, config);
  const now = deps.now();
  const at = now.toISOString();

  if (feed.kind === "none") {
    const status: SyncStatus = { failures: 0 };
    // The user left the team while a check was applying its rule set: left it stays.
    const source = await teamSourceItem.get();
    const left = source?.kind === "url" ? [{ item: teamRuleSetStoreItem.item, value: null }, { item: teamSourceItem.item, value: null }] : [];
    await storage.setItems([{ item: syncStatusItem.item, value: status }, ...left]);
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
  const [inForce, source, stored] = await Promise.all([teamRuleSetInForce(), teamSourceItem.get(), teamRuleSetStoreItem.get()]);
  // A rule set applied before envelopes were kept is judged again once, so that its envelope is.
  const keptSigned = stored !== null && isSignedTeamRuleSet(stored);
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
  /**
   * Nothing new: all is well only while the rule set in force has not expired. A host that keeps
   * serving an old file (or a 304) is a frozen feed, and the popup must say so (issue 11, item 4).
   */
  const unchanged = (etag: string | undefined) =>
    inForce && isExpired(inForce, now)
      ? refuse({ code: "expired", field: "expiresAt", detail: `${inForce.id} v${inForce.version} expired at ${inForce.expiresAt}` })
      : succeed("unchanged", etag);

  if (response.kind === "notModified") {
    if (sameFeed) return unchanged(base.etag);
    response = await fetchFeed(request); // a 304 means nothing without the rule set it confirms
  }
  if (response.kind === "error") return refuse(response.issue);
  if (response.kind === "notModified") return refuse({ code: "http", status: 304 });

  const sha256 = await sha256Hex(response.text);
  if (sameFeed && keptSigned && source.sha256 === sha256) return unchanged(response.etag);

  const record = await floorFor(feed, inForce, source);
  const trusted = await Promise.all(feed.keys.map((key) => keyId(key)));
  const floor = record ? { id: record.id, version: Math.max(0, ...trusted.map((id) => record.floors[id] ?? 0)) } : undefined;
  const judgement = await judgeSignedRuleSet(response.text, { keys: feed.keys, now, floor, current: sameFeed ? inForce : undefined });
  // The ETag of a refused file is never kept: a 304 for it must not read as "all is well".
  if (judgement.kind === "refuse") return refuse(judgement.issue);

  // The user may have left the team, or followed another feed, while this check ran: its answer
  // is not theirs any more (issue 11, item 8).
  const [policyNow, configNow] = await Promise.all([policyItem.get(), syncConfigItem.get()]);
  if (!sameFeedAs(feed, resolveFeed(policyNow, configNow))) return { outcome: "superseded", status: await syncStatusItem.get() };

  try {
    if (judgement.kind === "same") {
      await storage.setItems([
        { item: teamSourceItem.item, value: { ...source!, sha256 } },
        ...(keptSigned ? [] : [{ item: teamRuleSetStoreItem.item, value: { signed: judgement.envelope, keys: feed.keys, via: "feed" } }]),
      ]);
      return await unchanged(response.etag);
    }
    const { ruleSet, keyId: signer, envelope } = judgement;
    const floors = { ...record?.floors, [signer]: Math.max(record?.floors[signer] ?? 0, ruleSet.version) };
    await storage.setItems([
      { item: teamRuleSetStoreItem.item, value: { signed: envelope, keys: feed.keys, via: "feed" } },
      { item: teamSourceItem.item, value: { kind: feed.kind, url: feed.url, keyId: signer, appliedAt: at, sha256 } satisfies TeamSource },
      { item: versionFloorItem.item, value: { url: feed.url, id: ruleSet.id, floors } satisfies VersionFloor },
    ]);
  } catch (error) {
    return refuse({ code: "storage", detail: error instanceof Error ? error.message : String(error) });
  }
  return succeed("applied", response.etag);
}
