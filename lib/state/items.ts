/**
 * Storage items (storage.local), each defined once with a version; every read is validated with
 * zod, and a value that fails falls back to the default (the last good state stays in force).
 */
import { storage, type WxtStorageItem } from "wxt/utils/storage";
import type { z } from "zod";
import { validateRuleSet } from "../ruleset/parse.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import {
  AccountsSchema,
  DecisionLogSchema,
  IdentitySchema,
  InflectionCacheSchema,
  LocalCrisisSchema,
  MAX_DECISIONS,
  type GateDecision,
} from "./schema.ts";

export interface ValidatedItem<T> {
  item: WxtStorageItem<unknown, {}>;
  get(): Promise<T>;
  set(value: T): Promise<void>;
}

function validatedItem<T>(key: `local:${string}`, fallback: T, validate: (raw: unknown) => T | undefined): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, { fallback, version: 1 });
  return {
    item,
    async get() {
      const raw = await item.getValue();
      const value = validate(raw);
      if (value === undefined) console.warn(`Preflight: ignoring invalid ${key} in storage`);
      return value ?? fallback;
    },
    set: (value) => item.setValue(value),
  };
}

const bySchema =
  <S extends z.ZodType>(schema: S) =>
  (raw: unknown): z.infer<S> | undefined => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };

/** The team's rule set (issue 5 brings its signed distribution); none by default. */
export const teamRuleSetItem = validatedItem<RuleSet | null>("local:teamRuleSet", null, (raw) => {
  if (raw === null) return null;
  const result = validateRuleSet(raw);
  return result.ok ? result.value : undefined;
});

export const crisisItem = validatedItem("local:crisis", { active: false }, bySchema(LocalCrisisSchema));
export const accountsItem = validatedItem<Record<string, string>>("local:accounts", {}, bySchema(AccountsSchema));
export const identityItem = validatedItem("local:identity", {}, bySchema(IdentitySchema));
export const inflectionsItem = validatedItem<z.infer<typeof InflectionCacheSchema> | null>("local:inflections", null, (raw) =>
  raw === null ? null : bySchema(InflectionCacheSchema)(raw),
);
export const decisionsItem = validatedItem<GateDecision[]>("local:decisions", [], bySchema(DecisionLogSchema));

let appending: Promise<void> = Promise.resolve();

/** Appends a gate decision, keeping the newest MAX_DECISIONS; appends run one at a time. */
export function appendDecision(decision: GateDecision): Promise<void> {
  // A failed append must not wedge the ones after it.
  appending = appending.catch(() => undefined).then(async () => {
    const log = await decisionsItem.get();
    log.push(decision);
    await decisionsItem.set(log.length > MAX_DECISIONS ? log.slice(log.length - MAX_DECISIONS) : log);
  });
  return appending;
}
