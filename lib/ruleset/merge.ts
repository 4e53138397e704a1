/**
 * The effective rule set: built-in defaults, then the team's rule set, then the team member's own
 * choices. The team's switches win over local ones unless the team sets `allowLocalOverrides`.
 */
import type { LocalSettings, RuleSet } from "./schema.ts";

export function mergeRuleSets(builtIn: RuleSet, team?: RuleSet, local?: LocalSettings): RuleSet {
  const base: RuleSet = team
    ? {
        ...builtIn,
        ...team,
        // Lists add to the built-in ones; the team's own entries come last and win id clashes.
        dates: byId([...(builtIn.dates ?? []), ...(team.dates ?? [])]),
        terms: byId([...(builtIn.terms ?? []), ...(team.terms ?? [])]),
        events: byId([...(builtIn.events ?? []), ...(team.events ?? [])]),
        voice: { ...builtIn.voice, ...team.voice },
        rules: { ...builtIn.rules, ...team.rules },
        allow: [...(builtIn.allow ?? []), ...(team.allow ?? [])],
      }
    : { ...builtIn };
  if (!local) return base;
  const teamRules = team?.rules ?? {};
  const localRules = Object.fromEntries(
    Object.entries(local.rules ?? {}).filter(([id]) => team?.allowLocalOverrides === true || !(id in teamRules)),
  );
  return {
    ...base,
    rules: { ...base.rules, ...localRules },
    allow: [...(base.allow ?? []), ...(local.allow ?? [])],
  };
}

function byId<T extends { id: string }>(entries: T[]): T[] {
  const map = new Map<string, T>();
  for (const e of entries) {
    map.delete(e.id);
    map.set(e.id, e);
  }
  return [...map.values()];
}
