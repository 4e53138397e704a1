/**
 * Issue 12: what every compose box says about the crisis in force: the team's (its title and
 * message in the reader's language, whether it is a drill, whether only approved people may post)
 * or this browser's own. Pure, so that the content script, the panel and the tests share it.
 */
import { localText } from "../engine/i18n.ts";
import type { Locale } from "../engine/types.ts";
import { declaredScenario, teamCrisisInForce } from "../ruleset/scenario.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import type { LocalCrisisState } from "../state/schema.ts";

export interface CrisisView {
  source: "team" | "local";
  title?: string;
  message?: string;
  /** A rehearsal: shown as one everywhere ("Drill:" / "演练："). */
  drill: boolean;
  /** Only approved people may post: the scenario names who may (`mayPost`), or the crisis requires approval. */
  restricted: boolean;
}

export function crisisViewOf(ruleSet: RuleSet, local: LocalCrisisState | undefined, at: Date, locale: Locale): CrisisView | undefined {
  const team = teamCrisisInForce(ruleSet, at);
  if (team) {
    const title = localText(team.title, locale);
    const message = localText(team.message, locale);
    return {
      source: "team",
      ...(title ? { title } : {}),
      ...(message ? { message } : {}),
      drill: team.drill === true,
      restricted: declaredScenario(ruleSet)?.mayPost !== undefined || team.requireApproval === true,
    };
  }
  if (local?.active && (!local.until || Date.parse(local.until) > at.getTime())) {
    return { source: "local", ...(local.reason ? { message: local.reason } : {}), drill: false, restricted: false };
  }
  return undefined;
}

/** Two views say the same: the store is updated (and the panel rendered) only when one changes. */
export function sameCrisisView(a: CrisisView | undefined, b: CrisisView | undefined): boolean {
  if (!a || !b) return a === b;
  return a.source === b.source && a.title === b.title && a.message === b.message && a.drill === b.drill && a.restricted === b.restricted;
}
