/**
 * Issue 12: the team's declared crisis and the scenario it follows. A crisis is in force from its
 * declaration until its `until` (if any): past that instant it is off on every install and in the
 * engine, even before the admin publishes the rule set that ends it.
 */
import type { Crisis, RuleSet, Scenario } from "./schema.ts";

/** The team's crisis when it is declared and not yet over at `at`. */
export function teamCrisisInForce(ruleSet: RuleSet | null | undefined, at: Date): Crisis | undefined {
  const crisis = ruleSet?.crisis;
  if (!crisis?.active) return undefined;
  if (crisis.until !== undefined && Date.parse(crisis.until) <= at.getTime()) return undefined;
  return crisis;
}

/** The scenario the declared crisis follows (its `rules` and `mayPost`), if it names one. */
export function declaredScenario(ruleSet: RuleSet): Scenario | undefined {
  const id = ruleSet.crisis?.active ? ruleSet.crisis.scenario : undefined;
  return id === undefined ? undefined : ruleSet.scenarios?.find((s) => s.id === id);
}

/** Whether `author` may still post under a scenario's `mayPost` (every one may when it lists nobody). */
export function mayPostDuringCrisis(mayPost: readonly string[] | undefined, author: string | undefined): boolean {
  if (mayPost === undefined) return true;
  const who = author?.trim().toLowerCase();
  return who !== undefined && who !== "" && mayPost.some((id) => id.trim().toLowerCase() === who);
}

/**
 * What a gate decision records about the team's crisis in force when it was taken: a drill, the
 * scenario and the declaration time (which crisis it was, for `preflight report --crisis`). The
 * background adds it from the signed rule set; a page's word is never taken for it.
 */
export function crisisOfDecision(
  ruleSet: RuleSet | null | undefined,
  at: Date,
): { drill?: true; scenario?: string; crisisSince?: string } {
  const crisis = teamCrisisInForce(ruleSet, at);
  if (!crisis) return {};
  return {
    ...(crisis.drill ? { drill: true as const } : {}),
    ...(crisis.scenario ? { scenario: crisis.scenario } : {}),
    ...(crisis.since ? { crisisSince: crisis.since } : {}),
  };
}
