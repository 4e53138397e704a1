/** What Preflight keeps on the install, validated with zod every time it is read back. */
import { z } from "zod";
import { SEVERITIES } from "../engine/types.ts";

const Severity = z.enum(SEVERITIES);

/** A crisis declared on this install only (the popup's switch). */
export const LocalCrisisSchema = z.strictObject({
  active: z.boolean(),
  reason: z.string().max(2_000).optional(),
  until: z.string().max(100).optional(),
});

/** The account the author posts as, per site (a platform id or a user-added host), when the page does not show it. */
export const AccountsSchema = z.record(z.string().max(253), z.string().trim().min(1).max(200));

/** Who the author is, for the spokesperson rule. */
export const IdentitySchema = z.strictObject({ author: z.string().trim().min(1).max(320).optional() });

/** Forms of each term word, computed once per rule set with compromise so that pages need not load it. */
export const InflectionTableSchema = z.record(z.string(), z.array(z.string()).max(64));
export const InflectionCacheSchema = z.strictObject({ key: z.string().max(128), table: InflectionTableSchema });

/** One decision at the gate. Never the post's text. */
export const GateDecisionSchema = z.strictObject({
  at: z.string().max(40),
  /** A platform id, or the host of a site the user added. */
  platform: z.string().max(253),
  account: z.string().max(200).optional(),
  author: z.string().max(320).optional(),
  rules: z.array(z.strictObject({ id: z.string().max(200), severity: Severity })).max(500),
  crisis: z.boolean(),
  /** `edit`: the author went back to the draft; `override`: posted anyway, with a reason. */
  decision: z.enum(["edit", "override"]),
  reason: z.string().trim().min(1).max(1_000).optional(),
});
export const DecisionLogSchema = z.array(GateDecisionSchema);

/** The log keeps the newest decisions only. */
export const MAX_DECISIONS = 10_000;

export type LocalCrisisState = z.infer<typeof LocalCrisisSchema>;
export type GateDecision = z.infer<typeof GateDecisionSchema>;
export type InflectionTable = z.infer<typeof InflectionTableSchema>;
