/**
 * Plain days in a rule set (`from: 2026-12-05`): each stands for the first instant of that day in
 * the rule set's `timeZone` (UTC when it has none), as `--at 2026-12-05` does on the command line.
 * `validateRuleSet` resolves them, so the engine, the extension and signing see instants only.
 */
import { isPlainDay, startOfDay } from "../engine/local-time.ts";
import type { RuleSet } from "./schema.ts";

/** Where a rule set holds instants, as paths and getters over its raw data. */
function instantFields(data: Record<string, unknown>): { path: string; holder: Record<string, unknown>; key: string }[] {
  const out: { path: string; holder: Record<string, unknown>; key: string }[] = [];
  for (const key of ["issuedAt", "expiresAt"]) out.push({ path: key, holder: data, key });
  if (isRecord(data["crisis"])) {
    for (const key of ["since", "until"]) out.push({ path: `crisis.${key}`, holder: data["crisis"], key }); // until: issue 12
  }
  if (Array.isArray(data["events"])) {
    data["events"].forEach((event: unknown, i) => {
      if (!isRecord(event)) return;
      for (const key of ["from", "until"]) out.push({ path: `events[${i}].${key}`, holder: event, key });
    });
  }
  return out.filter((f) => f.key in f.holder);
}

/** The paths that hold a plain day (`events[0].from`), for a note on which zone reads them. */
export function plainDayPaths(data: unknown): string[] {
  if (!isRecord(data)) return [];
  return instantFields(data)
    .filter((f) => typeof f.holder[f.key] === "string" && isPlainDay(f.holder[f.key] as string))
    .map((f) => f.path);
}

/** The instant an instant field stands for: itself, or the start of its day in `timeZone`. */
export function instantOf(value: unknown, timeZone: string | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  if (isPlainDay(value)) return startOfDay(value, timeZone ?? "UTC").getTime();
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** A copy of a valid rule set with every plain day written as its instant (`2026-12-05T05:00:00.000Z`). */
export function resolvePlainDays(ruleSet: RuleSet): RuleSet {
  if (plainDayPaths(ruleSet).length === 0) return ruleSet;
  const copy = structuredClone(ruleSet) as unknown as Record<string, unknown>;
  for (const f of instantFields(copy)) {
    const value = f.holder[f.key];
    if (typeof value === "string" && isPlainDay(value)) f.holder[f.key] = startOfDay(value, ruleSet.timeZone ?? "UTC").toISOString();
  }
  return copy as unknown as RuleSet;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
