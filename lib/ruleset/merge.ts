/**
 * The effective rule set: built-in defaults, then the team's rule set, then the team member's own
 * choices. The team's switches win over local ones unless the team sets `allowLocalOverrides`.
 *
 * The result obeys the limits of the format, as each part does (issue 11, item 2): a team
 * allow-list at its limit plus one local term must not make a rule set that fails validation,
 * which would leave pages with nothing to check against. Where the parts together pass a limit,
 * the team's entries are kept and the team member's own are left out (they would only have
 * flagged less).
 */
import { LIMITS, type LocalSettings, type RuleSet } from "./schema.ts";

export function mergeRuleSets(builtIn: RuleSet, team?: RuleSet, local?: LocalSettings): RuleSet {
  const base: RuleSet = team
    ? {
        ...builtIn,
        ...team,
        // Lists add to the built-in ones; the team's own entries come last and win id clashes.
        dates: capped(byId([...(builtIn.dates ?? []), ...(team.dates ?? [])]), LIMITS.entries),
        terms: capped(byId([...(builtIn.terms ?? []), ...(team.terms ?? [])]), LIMITS.entries),
        events: capped(byId([...(builtIn.events ?? []), ...(team.events ?? [])]), LIMITS.entries),
        voice: { ...builtIn.voice, ...team.voice },
        rules: { ...builtIn.rules, ...team.rules },
        allow: allowList(builtIn.allow, team.allow),
      }
    : { ...builtIn };
  if (!local) return base;
  const teamRules = team?.rules ?? {};
  const localRules = Object.fromEntries(
    Object.entries(local.rules ?? {}).filter(([id]) => team?.allowLocalOverrides === true || !(id in teamRules)),
  );
  const allowFor = allowForLists(base.allowFor, local.allowFor);
  return {
    ...base,
    rules: { ...base.rules, ...localRules },
    allow: allowList(base.allow, local.allow),
    ...(allowFor ? { allowFor } : {}),
  };
}

/** Words allowed per rule (issue 13): the team's, then the team member's own, within the format's limit. */
function allowForLists(first: RuleSet["allowFor"], then: RuleSet["allowFor"]): RuleSet["allowFor"] {
  if (!then) return first;
  const out: Record<string, string[]> = { ...first };
  for (const [rule, words] of Object.entries(then)) out[rule] = allowList(out[rule], words);
  return out;
}

/** One allow-list, each term once, the earlier list's first, within the format's limit. */
function allowList(first: readonly string[] | undefined, then: readonly string[] | undefined): string[] {
  return [...new Set([...(first ?? []), ...(then ?? [])])].slice(0, LIMITS.termsPerEntry);
}

/** The team's entries come last in `byId`'s order and must be the ones kept: the cap drops from the front. */
function capped<T>(entries: T[], limit: number): T[] {
  return entries.length > limit ? entries.slice(entries.length - limit) : entries;
}

function byId<T extends { id: string }>(entries: T[]): T[] {
  const map = new Map<string, T>();
  for (const e of entries) {
    map.delete(e.id);
    map.set(e.id, e);
  }
  return [...map.values()];
}
