/**
 * Storage items of team distribution and of the team member's own settings (storage.local),
 * validated on every read like the others in items.ts. The schemas live in lib/sync/schema.ts.
 */
import type { z } from "zod";
import { validateLocalSettings } from "../ruleset/parse.ts";
import type { LocalSettings } from "../ruleset/schema.ts";
import {
  ChecklistTicksSchema,
  PolicyMirrorSchema,
  SyncConfigSchema,
  SyncStatusSchema,
  TeamSourceSchema,
  VersionFloorSchema,
  type ChecklistTicks,
  type PolicyMirror,
  type SyncConfig,
  type SyncStatus,
  type TeamSource,
  type VersionFloor,
} from "../sync/schema.ts";
import { validatedItem } from "./items.ts";

const bySchema =
  <S extends z.ZodType>(schema: S) =>
  (raw: unknown): z.infer<S> | undefined => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };
const nullable =
  <T>(validate: (raw: unknown) => T | undefined) =>
  (raw: unknown): T | null | undefined =>
    raw === null ? null : validate(raw);

/** The feed the user set (an invite code or an address and keys); policy, when it names one, wins. */
export const syncConfigItem = validatedItem<SyncConfig | null>("local:syncConfig", null, nullable(bySchema(SyncConfigSchema)));

export const syncStatusItem = validatedItem<SyncStatus>("local:syncStatus", { failures: 0 }, bySchema(SyncStatusSchema));

/** Where the team rule set in force (teamRuleSet) came from; null while none is. */
export const teamSourceItem = validatedItem<TeamSource | null>("local:teamSource", null, nullable(bySchema(TeamSourceSchema)));

/** The team feed's id and the version floor of each signing key; null until a rule set is applied from a feed. */
export const versionFloorItem = validatedItem<VersionFloor | null>("local:versionFloor", null, nullable(bySchema(VersionFloorSchema)));

/** The managed policy as last read by the background; null until it has been read once. */
export const policyItem = validatedItem<PolicyMirror | null>("local:policy", null, nullable(bySchema(PolicyMirrorSchema)));

/** The team member's own rule switches and allowed terms (merged after the team's). */
export const localSettingsItem = validatedItem<LocalSettings>("local:localSettings", {}, (raw) => {
  const result = validateLocalSettings(raw);
  return result.ok ? result.value : undefined;
});

export const checklistItem = validatedItem<ChecklistTicks>("local:crisisChecklist", [], bySchema(ChecklistTicksSchema));
