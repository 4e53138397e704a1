/**
 * What the options page and the popup change about team distribution. Every value is checked
 * again here, whatever the form did, and the background reacts to the stored change (a new feed
 * is checked at once).
 */
import type { z } from "zod";
import type { CrisisSchema, RuleSet } from "../ruleset/schema.ts";
import { checklistLogItem } from "../audit/items.ts";
import { MAX_CHECKLIST_TICKS, type ChecklistTick } from "../audit/schema.ts";
import { teamCrisisInForce } from "../ruleset/scenario.ts";
import { teamRuleSetItem } from "./in-force.ts";
import type { LocalCrisisState } from "../state/schema.ts";
import { checklistItem, policyItem, syncConfigItem, syncStatusItem, teamSourceItem } from "../state/team.ts";
import { policyControlsFeed } from "./policy.ts";
import type { ChecklistTicks, Issue, SyncConfig } from "./schema.ts";
import { checkFeedSource, decodeInvite } from "./source.ts";

type Crisis = z.infer<typeof CrisisSchema>;

const POLICY_OWNS_FEED: Issue = { code: "policyOwnsFeed", field: "ruleSetUrl" };

/** Follows the feed an invite code names. */
export async function joinByInvite(code: string): Promise<{ ok: true; config: SyncConfig } | { ok: false; issues: Issue[] }> {
  if (policyControlsFeed(await policyItem.get())) return { ok: false, issues: [POLICY_OWNS_FEED] };
  const decoded = decodeInvite(code);
  if (!decoded.ok) return decoded;
  const config: SyncConfig = { ...decoded.value, via: "invite" };
  await syncConfigItem.set(config);
  return { ok: true, config };
}

/** Follows a feed entered as an address and keys. */
export async function followFeed(input: { url: string; keys: readonly string[] }): Promise<{ ok: true; config: SyncConfig } | { ok: false; issues: Issue[] }> {
  if (policyControlsFeed(await policyItem.get())) return { ok: false, issues: [POLICY_OWNS_FEED] };
  const checked = checkFeedSource(input);
  if (!checked.ok) return checked;
  const config: SyncConfig = { ...checked.value, via: "settings" };
  await syncConfigItem.set(config);
  return { ok: true, config };
}

/** Back to the built-in rules only: the user's feed or file is dropped. */
export async function leaveTeam(): Promise<{ ok: boolean }> {
  if (policyControlsFeed(await policyItem.get())) return { ok: false };
  await syncConfigItem.set(null);
  await syncStatusItem.set({ failures: 0 });
  await teamRuleSetItem.set(null);
  await teamSourceItem.set(null);
  return { ok: true };
}

/** The team's crisis, when its rule set declares one that has not reached its `until` (issue 12). */
export function teamCrisis(ruleSet: RuleSet | null | undefined, now: Date = new Date()): Crisis | undefined {
  return teamCrisisInForce(ruleSet, now);
}

/** One crisis, for remembering its checklist ticks: a new declaration (title or start) starts afresh. */
export function crisisKey(ruleSetId: string, crisis: Crisis): string {
  return [ruleSetId, crisis.since ?? "", crisis.title ?? ""].join("|").slice(0, 500);
}

export function localCrisisInForce(crisis: LocalCrisisState, now: Date): boolean {
  return crisis.active && (!crisis.until || Date.parse(crisis.until) > now.getTime());
}

/** The newest crises' ticks are kept; older ones drop off. */
const MAX_CRISES = 20;

export function withTick(ticks: ChecklistTicks, crisis: string, item: string, done: boolean): ChecklistTicks {
  const current = ticks.find((t) => t.crisis === crisis)?.done ?? [];
  const next = done ? [...new Set([...current, item])] : current.filter((d) => d !== item);
  const others = ticks.filter((t) => t.crisis !== crisis);
  return [...others, { crisis, done: next }].slice(-MAX_CRISES);
}

export async function tickChecklist(crisis: string, item: string, done: boolean, about?: TickContext): Promise<void> {
  await checklistItem.set(withTick(await checklistItem.get(), crisis, item, done));
  // issue 12: each tick is logged with its time, so the review can show the checklist's completion
  if (about) await checklistLogItem.set(withLoggedTick(await checklistLogItem.get(), { at: new Date().toISOString(), crisis, item, done, ...about }));
}

// --- issue 12 ---
/** Which crisis a tick belongs to, and how long its checklist is. */
export type TickContext = Pick<ChecklistTick, "scenario" | "crisisSince" | "drill" | "of">;

export function tickContext(crisis: Crisis): TickContext {
  return {
    ...(crisis.scenario ? { scenario: crisis.scenario } : {}),
    ...(crisis.since ? { crisisSince: crisis.since } : {}),
    ...(crisis.drill ? { drill: true } : {}),
    of: Math.max(1, crisis.checklist?.length ?? 1),
  };
}

export function withLoggedTick(log: readonly ChecklistTick[], tick: ChecklistTick): ChecklistTick[] {
  return [...log, tick].slice(-MAX_CHECKLIST_TICKS);
}
// --- end issue 12 ---
