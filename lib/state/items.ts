/**
 * Storage items (storage.local), each defined once with a version; every read is validated with
 * zod, and a value that fails falls back to the default (the last good state stays in force).
 */
import { storage, type WxtStorageItem } from "wxt/utils/storage";
import { z } from "zod";
import { validateRuleSet } from "../ruleset/parse.ts";
import { SignedEnvelopeSchema } from "../ruleset/sign.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import {
  AccountsSchema,
  DroppedCountSchema,
  IdentitySchema,
  InflectionCacheSchema,
  LocalCrisisSchema,
  LoggedDecisionSchema,
  UiLanguageSchema,
  UsedApprovalsSchema,
  type UiLanguage,
  MAX_DECISIONS,
  migrateCrisisToV2,
  migrateDecisionsToV2,
  type GateDecision,
  type LoggedDecision,
} from "./schema.ts";

export interface ValidatedItem<T> {
  item: WxtStorageItem<unknown, {}>;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the validated value after every change; returns the unwatch function. */
  watch(callback: (value: T) => void): () => void;
}

/** A format change: `version` is the item's current version, `migrations[n]` turns v(n-1) into vn. */
export interface ItemVersioning {
  version: number;
  migrations: Record<number, (old: unknown) => unknown>;
}

export function validatedItem<T>(
  key: `local:${string}`,
  fallback: T,
  validate: (raw: unknown) => T | undefined,
  versioning?: ItemVersioning,
): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, { fallback, version: 1, ...versioning });
  const read = (raw: unknown): T => {
    const value = validate(raw);
    if (value === undefined) console.warn(`Preflight: ignoring invalid ${key} in storage`);
    return value ?? fallback;
  };
  return {
    item,
    get: async () => read(await item.getValue()),
    set: (value) => item.setValue(value),
    watch: (callback) => item.watch((raw) => callback(read(raw))),
  };
}

const bySchema =
  <S extends z.ZodType>(schema: S) =>
  (raw: unknown): z.infer<S> | undefined => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };

/**
 * A team rule set as it arrived signed: the envelope itself, verified again whenever it is loaded
 * (lib/sync/in-force.ts), with the keys it was verified with. `via: "feed"` is checked against the
 * keys the feed trusts now, so a key dropped from them takes its rule sets out of force.
 */
export const SignedTeamRuleSetSchema = z.strictObject({
  signed: SignedEnvelopeSchema,
  keys: z.array(z.string().max(200)).min(1).max(20),
  via: z.enum(["feed", "file"]),
});
export type SignedTeamRuleSet = z.infer<typeof SignedTeamRuleSetSchema>;
/** A signed rule set, or a plain one (an unsigned file the user imported by hand). */
export type StoredTeamRuleSet = RuleSet | SignedTeamRuleSet;

export function isSignedTeamRuleSet(stored: StoredTeamRuleSet): stored is SignedTeamRuleSet {
  return "signed" in stored;
}

/**
 * The team's rule set as stored; none by default. Pages and the UI read the one in force through
 * lib/sync/in-force.ts, which verifies a signed one first.
 */
export const teamRuleSetStoreItem = validatedItem<StoredTeamRuleSet | null>("local:teamRuleSet", null, (raw) => {
  if (raw === null) return null;
  if (typeof raw === "object" && "signed" in raw) return bySchema(SignedTeamRuleSetSchema)(raw);
  const result = validateRuleSet(raw);
  return result.ok ? result.value : undefined;
});

export const crisisItem = validatedItem("local:crisis", { active: false }, bySchema(LocalCrisisSchema), {
  version: 2,
  migrations: { 2: migrateCrisisToV2 },
});
export const accountsItem = validatedItem<Record<string, string>>("local:accounts", {}, bySchema(AccountsSchema));
export const identityItem = validatedItem("local:identity", {}, bySchema(IdentitySchema));
export const uiLanguageItem = validatedItem<UiLanguage>("local:uiLanguage", "auto", bySchema(UiLanguageSchema));
export const inflectionsItem = validatedItem<z.infer<typeof InflectionCacheSchema> | null>("local:inflections", null, (raw) =>
  raw === null ? null : bySchema(InflectionCacheSchema)(raw),
);
/** Validated entry by entry: one damaged entry is skipped, and the rest of the log is kept. */
export const decisionsItem = validatedItem<LoggedDecision[]>(
  "local:decisions",
  [],
  (raw) => {
    // Also read here: a v1 log written without its version mark is still read whole.
    const migrated = migrateDecisionsToV2(raw);
    return Array.isArray(migrated) ? migrated.flatMap((entry) => bySchema(LoggedDecisionSchema)(entry) ?? []) : undefined;
  },
  { version: 2, migrations: { 2: migrateDecisionsToV2 } },
);
/** Issue 12b: spent approval codes (nonce → expiry, seconds), so that one approval releases one post. */
export const usedApprovalsItem = validatedItem<Record<string, number>>("local:usedApprovals", {}, bySchema(UsedApprovalsSchema));
export const decisionsDroppedItem = validatedItem("local:decisionsDropped", 0, bySchema(DroppedCountSchema));

export type StorageWrite = { item: WxtStorageItem<unknown, {}>; value: unknown };

let writing: Promise<unknown> = Promise.resolve();

/** Runs `task` after the earlier ones: the decision log, its drop count and the report queue change one task at a time. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  // A failed task must not wedge the ones after it.
  const run = writing.catch(() => undefined).then(task);
  writing = run.catch(() => undefined);
  return run;
}

/**
 * Appends a gate decision under a new id, keeping the newest MAX_DECISIONS and counting those
 * dropped. `alongside` adds writes (the report queue) to the same storage call, which a restart
 * cannot split.
 */
export function appendDecision(
  decision: GateDecision,
  alongside?: (entry: LoggedDecision) => Promise<StorageWrite[]>,
): Promise<LoggedDecision> {
  return serialized(async () => {
    const entry: LoggedDecision = { ...decision, id: crypto.randomUUID() };
    const [log, dropped] = await Promise.all([decisionsItem.get(), decisionsDroppedItem.get()]);
    log.push(entry);
    const over = Math.max(0, log.length - MAX_DECISIONS);
    await storage.setItems([
      { item: decisionsItem.item, value: over > 0 ? log.slice(over) : log },
      ...(over > 0 ? [{ item: decisionsDroppedItem.item, value: dropped + over }] : []),
      ...(alongside ? await alongside(entry) : []),
    ]);
    return entry;
  });
}
