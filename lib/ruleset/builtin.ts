/** The rule set in force before any team's: the built-in rules with their defaults. */
import { RULESET_SCHEMA, type RuleSet } from "./schema.ts";

export const BUILT_IN_RULESET: RuleSet = {
  schema: RULESET_SCHEMA,
  id: "preflight.builtin",
  version: 1,
  issuedAt: "2026-11-24T00:00:00Z",
};
