/**
 * A rule-set file the team member imports by hand (options page), instead of a feed: plain JSON
 * or YAML, or a signed file, whose signature must then verify with a key the user trusts. It
 * replaces the feed the user had set; a feed named by policy cannot be replaced.
 */
import { detectFormat, formatIssue, parseRuleSet, parseSource } from "../ruleset/parse.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { isExpired, isSignedEnvelope } from "../ruleset/sign.ts";
import { teamRuleSetItem } from "../state/items.ts";
import { policyItem, syncConfigItem, syncStatusItem, teamSourceItem } from "../state/team.ts";
import { judgeSignedRuleSet } from "./judge.ts";
import { policyControlsFeed } from "./policy.ts";
import { sha256Hex } from "./run.ts";
import type { Issue } from "./schema.ts";
import { checkKeys } from "./source.ts";

export type ImportResult = { ok: true; ruleSet: RuleSet; keyId?: string } | { ok: false; issues: Issue[] };

/** Reads and checks a file; nothing is stored. */
export async function readRuleSetFile(text: string, name: string, options: { keys: readonly string[]; now: Date }): Promise<ImportResult> {
  const data = parseSource(text, detectFormat(text, name));
  if (data.ok && isSignedEnvelope(data.value)) {
    const keys = checkKeys(options.keys);
    if (!keys.ok) return { ok: false, issues: keys.issues };
    const judged = await judgeSignedRuleSet(text, { keys: keys.value, now: options.now });
    if (judged.kind === "refuse") return { ok: false, issues: [judged.issue] };
    if (judged.kind === "apply") return { ok: true, ruleSet: judged.ruleSet, keyId: judged.keyId };
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
  await syncConfigItem.set(null);
  await syncStatusItem.set({ failures: 0 });
  await teamRuleSetItem.set(result.ruleSet);
  await teamSourceItem.set({
    kind: "file",
    fileName: name.slice(0, 500),
    appliedAt: options.now.toISOString(),
    sha256: await sha256Hex(text),
    ...(result.keyId ? { keyId: result.keyId } : {}),
  });
  return result;
}
