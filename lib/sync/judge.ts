/**
 * Whether a signed rule set fetched from the team's feed may replace the one in force: its
 * signature verifies with a trusted key, it validates, it has not expired (lib/ruleset/sign.ts,
 * verifySignedRuleSet, the one verifier), it is the feed's own rule set (its id) and it is newer
 * than the feed's version floor under the keys trusted now (rollback protection). Each refusal
 * gets an issue code the popup can say in plain words.
 */
import { parseSignedEnvelope, verifySignedRuleSet, type SignedEnvelope } from "../ruleset/sign.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import type { Issue, IssueCode } from "./schema.ts";

export type Judgement =
  | { kind: "apply"; ruleSet: RuleSet; keyId: string; envelope: SignedEnvelope }
  /** The version in force, with the same content: nothing to do (but keep this envelope of it). */
  | { kind: "same"; envelope: SignedEnvelope }
  | { kind: "refuse"; issue: Issue };

/**
 * verifySignedRuleSet explains a refusal in one English sentence; each kind starts its own way
 * (test/sync/judge.test.ts holds these prefixes to sign.ts's messages).
 */
const REFUSALS: ReadonlyArray<readonly [prefix: string, code: IssueCode]> = [
  ["not a signed rule set", "notSigned"],
  ["too large", "tooLarge"],
  ["a damaged signed rule set", "damaged"],
  ["trusted key", "keyInvalid"],
  ["signed with an unknown key", "unknownKey"],
  ["bad signature", "badSignature"],
  ["the signed payload is not a valid rule set", "invalid"],
  ["expired", "expired"],
];

export function classifyRefusal(reason: string): IssueCode {
  return REFUSALS.find(([prefix]) => reason.startsWith(prefix))?.[1] ?? "invalid";
}

export interface JudgeOptions {
  keys: readonly string[];
  now: Date;
  /** The feed's rule-set id and the highest version applied under the keys trusted now. */
  floor?: { id: string; version: number } | undefined;
  /** The rule set in force from this feed, to tell the same version from a changed one. */
  current?: RuleSet | undefined;
}

export async function judgeSignedRuleSet(text: string, options: JudgeOptions): Promise<Judgement> {
  const verified = await verifySignedRuleSet(text, options.keys, { now: options.now });
  if (!verified.ok) return { kind: "refuse", issue: { code: classifyRefusal(verified.reason), detail: verified.reason.slice(0, 4_000) } };
  const { ruleSet, keyId } = verified;
  const envelope = parseSignedEnvelope(text);
  if (!envelope.ok) return { kind: "refuse", issue: { code: "damaged", detail: envelope.reason.slice(0, 4_000) } };
  const floor = options.floor ?? (options.current ? { id: options.current.id, version: options.current.version } : undefined);
  if (floor && ruleSet.id !== floor.id) {
    // Another rule set signed by the same key (a test set, another brand's) served at this address.
    return { kind: "refuse", issue: { code: "otherId", detail: `${ruleSet.id}; this address serves ${floor.id}`.slice(0, 4_000) } };
  }
  if (floor && ruleSet.version < floor.version) {
    return { kind: "refuse", issue: { code: "older", version: ruleSet.version, current: floor.version } };
  }
  if (floor && ruleSet.version === floor.version) {
    const current = options.current;
    if (current && current.version === ruleSet.version && canonicalJson(ruleSet) === canonicalJson(current)) {
      return { kind: "same", envelope: envelope.value };
    }
    // The admin changed the rules but not the version: installs that have it already would keep
    // the old content, so none takes it.
    return { kind: "refuse", issue: { code: "sameVersion", version: ruleSet.version } };
  }
  return { kind: "apply", ruleSet, keyId, envelope: envelope.value };
}

/** JSON with object keys sorted, so that two equal rule sets compare equal however they were written. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
