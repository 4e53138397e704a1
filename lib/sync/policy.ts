/**
 * Enterprise policy (chrome.storage.managed, described by public/managed_schema.json; Firefox reads
 * policies.json) and which team feed is in force: the policy's when it names one, else the one the
 * user set. Each policy field is checked on its own: a bad one is reported by name and ignored,
 * and the good ones still apply.
 */
import { z } from "zod";
import { checkFeedUrl, checkKeys, checkPollMinutes, decodeInvite } from "./source.ts";
import { DEFAULT_POLL_MINUTES, type Issue, type PolicyMirror, type PolicyValues, type SyncConfig } from "./schema.ts";

const POLICY_FIELDS = ["ruleSetUrl", "trustedKeys", "inviteCode", "pollMinutes", "author"] as const;
/** The fields that name a feed: if the policy sets any of them, the user cannot set another. */
const SOURCE_FIELDS = new Set<string>(["ruleSetUrl", "trustedKeys", "inviteCode"]);

const Author = z.string().trim().min(1).max(320);

export function parsePolicy(raw: unknown, now: Date): PolicyMirror {
  const readAt = now.toISOString();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { readAt, managed: false, values: {}, issues: [] };
  }
  const data = raw as Record<string, unknown>;
  const values: PolicyValues = {};
  const issues: Issue[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (!(POLICY_FIELDS as readonly string[]).includes(field)) {
      issues.push({ code: "policyUnknown", field });
      continue;
    }
    switch (field as (typeof POLICY_FIELDS)[number]) {
      case "ruleSetUrl": {
        const url = typeof value === "string" ? checkFeedUrl(value, field) : invalid(field, "expected a string");
        if (url.ok) values.ruleSetUrl = url.value;
        else issues.push(...url.issues);
        break;
      }
      case "trustedKeys": {
        const keys = Array.isArray(value) && value.every((k) => typeof k === "string")
          ? checkKeys(value as string[], field)
          : invalid(field, "expected a list of public keys");
        if (keys.ok) values.trustedKeys = keys.value;
        else issues.push(...keys.issues);
        break;
      }
      case "inviteCode": {
        const invite = typeof value === "string" ? decodeInvite(value, field) : invalid(field, "expected a string");
        if (invite.ok) values.inviteCode = value as string;
        else issues.push(...invite.issues);
        break;
      }
      case "pollMinutes": {
        const poll = checkPollMinutes(value, field);
        if (poll.ok) values.pollMinutes = poll.value;
        else issues.push(...poll.issues);
        break;
      }
      case "author": {
        const author = Author.safeParse(value);
        if (author.success) values.author = author.data;
        else issues.push({ code: "authorInvalid", field });
        break;
      }
    }
  }
  return { readAt, managed: Object.keys(data).length > 0, values, issues };
}

function invalid(field: string, detail: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [{ code: "policyType", field, detail }] };
}

/** Reads the managed policy. Firefox rejects when policies.json has no entry for Preflight: no policy. */
export async function readManagedPolicy(
  managed: { get(): Promise<Record<string, unknown>> } | undefined,
  now: Date,
): Promise<PolicyMirror> {
  if (!managed) return parsePolicy(undefined, now);
  let raw: unknown;
  try {
    raw = await managed.get();
  } catch {
    raw = undefined;
  }
  return parsePolicy(raw, now);
}

/** Whether the policy decides the team feed (then the options page shows it and cannot change it). */
export function policyControlsFeed(policy: PolicyMirror | null | undefined): boolean {
  if (!policy) return false;
  return (
    Object.keys(policy.values).some((field) => SOURCE_FIELDS.has(field)) ||
    policy.issues.some((issue) => issue.field !== undefined && SOURCE_FIELDS.has(issue.field.replace(/[.[].*$/, "")))
  );
}

export type ResolvedFeed =
  | { kind: "none" }
  /** The policy names a feed but it cannot be used: the last good rule set stays in force. */
  | { kind: "broken"; issues: Issue[] }
  | { kind: "policy" | "url"; url: string; keys: string[]; pollMinutes: number };

export function resolveFeed(policy: PolicyMirror | null | undefined, config: SyncConfig | null): ResolvedFeed {
  if (policy && policyControlsFeed(policy)) {
    const sourceIssues = policy.issues.filter((i) => i.field !== undefined && SOURCE_FIELDS.has(i.field.replace(/[.[].*$/, "")));
    if (sourceIssues.length > 0) return { kind: "broken", issues: sourceIssues };
    const { ruleSetUrl, trustedKeys, inviteCode, pollMinutes } = policy.values;
    const invite = inviteCode === undefined ? undefined : decodeInvite(inviteCode, "inviteCode");
    const fromInvite = invite?.ok ? invite.value : undefined;
    // Explicit fields win over the invite code's, so an admin can rotate keys without a new code.
    const url = ruleSetUrl ?? fromInvite?.url;
    const keys = trustedKeys ?? fromInvite?.keys;
    const issues: Issue[] = [];
    if (url === undefined) issues.push({ code: "required", field: "ruleSetUrl" });
    if (keys === undefined) issues.push({ code: "required", field: "trustedKeys" });
    if (url === undefined || keys === undefined) return { kind: "broken", issues };
    return { kind: "policy", url, keys, pollMinutes: pollMinutes ?? fromInvite?.pollMinutes ?? DEFAULT_POLL_MINUTES };
  }
  if (!config) return { kind: "none" };
  return {
    kind: "url",
    url: config.url,
    keys: config.keys,
    pollMinutes: policy?.values.pollMinutes ?? config.pollMinutes ?? DEFAULT_POLL_MINUTES,
  };
}
