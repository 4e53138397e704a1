/**
 * The team rule set in force (issue 11, items 1 and 3). A signed one is kept as its envelope and
 * verified again every time it is loaded: against the keys the feed trusts now (the policy's or
 * the user's), so an admin who drops a stolen key takes everything it signed out of force at
 * once; a signed file imported by hand, against the keys it was imported with. Its expiry is not
 * checked here: an expired rule set stays the last good one, and every poll says it has expired.
 */
import type { RuleSet } from "../ruleset/schema.ts";
import { verifySignedRuleSet, type VerifyResult } from "../ruleset/sign.ts";
import { isSignedTeamRuleSet, teamRuleSetStoreItem, type SignedTeamRuleSet, type ValidatedItem } from "../state/items.ts";
import { policyItem, syncConfigItem } from "../state/team.ts";
import { resolveFeed, type ResolvedFeed } from "./policy.ts";

/** The keys a stored signed rule set must verify with now. */
export function keysInForce(stored: SignedTeamRuleSet, feed: ResolvedFeed): readonly string[] {
  if (stored.via === "file") return stored.keys;
  if (feed.kind === "url" || feed.kind === "policy") return feed.keys;
  // A policy that names a feed but cannot be read: the last good keys, as the last good rule set.
  if (feed.kind === "broken") return stored.keys;
  return []; // no feed any more: nothing it sent stays in force
}

/**
 * Verifying a 5 MB rule set takes a while: the last few answers, by signature and keys, each kept
 * with the payload it was given for (a payload changed under the same signature is verified anew).
 */
const verified = new Map<string, { payload: string; result: Promise<VerifyResult> }>();
const CACHED = 4;

function verifyStored(stored: SignedTeamRuleSet, keys: readonly string[]): Promise<VerifyResult> {
  const cacheKey = `${stored.signed.keyId}\n${stored.signed.signature}\n${[...keys].sort().join(",")}`;
  const cached = verified.get(cacheKey);
  if (cached?.payload === stored.signed.payload) return cached.result;
  const result = verifySignedRuleSet(JSON.stringify(stored.signed), keys, { expiry: false });
  verified.delete(cacheKey);
  verified.set(cacheKey, { payload: stored.signed.payload, result });
  if (verified.size > CACHED) verified.delete(verified.keys().next().value!);
  return result;
}

/** The team's rule set in force, or null: none stored, or a signed one that no longer verifies. */
export async function teamRuleSetInForce(): Promise<RuleSet | null> {
  const [stored, policy, config] = await Promise.all([teamRuleSetStoreItem.get(), policyItem.get(), syncConfigItem.get()]);
  if (stored === null) return null;
  if (!isSignedTeamRuleSet(stored)) return stored;
  const result = await verifyStored(stored, keysInForce(stored, resolveFeed(policy, config)));
  return result.ok ? result.ruleSet : null;
}

/**
 * The team's rule set in force as a storage item: what the popup, the options page and the
 * background read. `set` stores a plain rule set (an unsigned file the user imported).
 */
export const teamRuleSetItem: ValidatedItem<RuleSet | null> = {
  item: teamRuleSetStoreItem.item,
  get: teamRuleSetInForce,
  set: (value) => teamRuleSetStoreItem.set(value),
  watch(callback) {
    let latest = 0;
    const update = () => {
      const mine = ++latest;
      void teamRuleSetInForce().then((value) => mine === latest && callback(value));
    };
    const unwatch = [teamRuleSetStoreItem.watch(update), policyItem.watch(update), syncConfigItem.watch(update)];
    return () => unwatch.forEach((off) => off());
  },
};
