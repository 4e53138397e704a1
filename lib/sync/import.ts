/**
 * A rule-set file the team member imports by hand (options page), instead of a feed: plain JSON
 * or YAML, or a signed file, whose signature must then verify with a key the user trusts. It
 * replaces the feed the user had set; a feed named by policy cannot be replaced.
 */
import { storage } from "wxt/utils/storage";
import { detectFormat, formatIssue, parseRuleSet, parseSource } from "../ruleset/parse.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { isExpired, isSignedEnvelope } from "../ruleset/sign.ts";
import { teamRuleSetStoreItem, type SignedTeamRuleSet } from "../state/items.ts";
import { policyItem, syncConfigItem, syncStatusItem, teamSourceItem } from "../state/team.ts";
import { judgeSignedRuleSet } from "./judge.ts";
import { policyControlsFeed } from "./policy.ts";
import { sha256Hex } from "./run.ts";
import type { Issue, TeamSource } from "./schema.ts";
import { checkKeys } from "./source.ts";

export type ImportResult = { ok: true; ruleSet: RuleSet; keyId?: string; signed?: SignedTeamRuleSet } | { ok: false; issues: Issue[] };

/** Reads and checks a file; nothing is stored. */
export async function readRuleSetFile(text: string, name: string, options: { keys: readonly string[]; now: Date }): Promise<ImportResult> {
  const data = parseSource(text, detectFormat(text, name));
  if (data.ok && isSignedEnvelope(data.value)) {
    const keys = checkKeys(options.keys);
    if (!keys.ok) return { ok: false, issues: keys.issues };
    const judged = await judgeSignedRuleSet(text, { keys: keys.value, now: options.now });
    if (judged.kind === "refuse") return { ok: false, issues: [judged.issue] };
    if (judged.kind === "apply") {
      return { ok: true, ruleSet: judged.ruleSet, keyId: judged.keyId, signed: { signed: judged.envelope, keys: keys.value, via: "file" } };
    }
    // "same" needs a rule set in force to compare with, and none is given here.
    return { ok: false, issues: [{ code: "invalid" }] };
  }
  const parsed = parseRuleSet(text, { name });
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.errors.slice(0, 50).map((e) => ({ code: "invalid" as const, ...(e.path ? { field: e.path } : {}), detail: formatIssue(e) })),
    };
  }
  if (isExpired(parsed.value, options.now)) {
    return { ok: false, issues: [{ code: "expired", field: "expiresAt", detail: parsed.value.expiresAt }] };
  }
  return { ok: true, ruleSet: parsed.value };
}

/** Checks a file and puts it in force, in place of the user's feed. */
export async function importRuleSetFile(text: string, name: string, options: { keys: readonly string[]; now: Date }): Promise<ImportResult> {
  if (policyControlsFeed(await policyItem.get())) {
    return { ok: false, issues: [{ code: "policyOwnsFeed", field: "ruleSetUrl" }] };
  }
  const result = await readRuleSetFile(text, name, options);
  if (!result.ok) return result;
  const source: TeamSource = {
    kind: "file",
    fileName: name.slice(0, 500),
    appliedAt: options.now.toISOString(),
    sha256: await sha256Hex(text),
    ...(result.keyId ? { keyId: result.keyId } : {}),
  };
  // A signed file is kept signed, and verified again with its keys whenever it is loaded.
  await storage.setItems([
    { item: syncConfigItem.item, value: null },
    { item: syncStatusItem.item, value: { failures: 0 } },
    { item: teamRuleSetStoreItem.item, value: result.signed ?? result.ruleSet },
    { item: teamSourceItem.item, value: source },
  ]);
  return result;
}
