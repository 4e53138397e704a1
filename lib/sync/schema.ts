/**
 * What team distribution keeps on the install (lib/state/team.ts stores it): where the team's
 * rule set comes from, what the last checks of the feed found, and the managed policy as read.
 * Every value is validated with zod when it is read back.
 */
import { z } from "zod";

/** Chrome refuses alarm periods under 30 seconds for installed extensions (Chrome 120+). */
export const MIN_POLL_MINUTES = 0.5;
export const DEFAULT_POLL_MINUTES = 1;
/** A day: a longer period would leave a declared crisis unseen for too long. */
export const MAX_POLL_MINUTES = 24 * 60;

const Instant = z.string().max(40);
const PollMinutes = z.number().min(MIN_POLL_MINUTES).max(MAX_POLL_MINUTES);

/** A team feed: the signed rule set's address and the public keys trusted to sign it. */
export const FeedSourceSchema = z.strictObject({
  url: z.string().min(1).max(2_048),
  keys: z.array(z.string().max(200)).min(1).max(20),
  pollMinutes: PollMinutes.optional(),
});
export type FeedSource = z.infer<typeof FeedSourceSchema>;

/** The feed the user set on this install (options page), with how it was entered. */
export const SyncConfigSchema = FeedSourceSchema.extend({ via: z.enum(["invite", "settings"]) });
export type SyncConfig = z.infer<typeof SyncConfigSchema>;

/**
 * Why a feed, a setting or a file was refused. The UI says each in plain words (lib/ui/strings.ts,
 * `issue_<code>`); `detail` carries the technical part (field paths, a key id) as it is.
 */
export const ISSUE_CODES = [
  // settings and policy
  "required",
  "urlInvalid",
  "urlInsecure",
  "keyInvalid",
  "keyPrivate",
  "inviteInvalid",
  "pollInvalid",
  "authorInvalid",
  "policyUnknown",
  "policyType",
  "policyOwnsFeed",
  // the feed
  "network",
  "timeout",
  "http",
  "redirect",
  "tooLarge",
  "notSigned",
  "damaged",
  "unknownKey",
  "badSignature",
  "invalid",
  "expired",
  "older",
  "sameVersion",
  "otherId",
  "storage",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const IssueSchema = z.strictObject({
  code: z.enum(ISSUE_CODES),
  /** The setting or policy field concerned (`trustedKeys[1]`), when there is one. */
  field: z.string().max(200).optional(),
  detail: z.string().max(4_000).optional(),
  status: z.number().int().optional(),
  version: z.number().int().optional(),
  current: z.number().int().optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const SyncStatusSchema = z.strictObject({
  /** The feed the status is about; a new address starts a fresh status. */
  url: z.string().max(2_048).optional(),
  lastAttemptAt: Instant.optional(),
  /** The last time the feed was read and judged good (a new rule set, or the same one). */
  lastSuccessAt: Instant.optional(),
  lastError: IssueSchema.extend({ at: Instant }).optional(),
  /** Failures in a row, for the backoff. */
  failures: z.number().int().min(0).default(0),
  nextAttemptAt: Instant.optional(),
  /** The feed's ETag, when the server lets Preflight read it: sent back as If-None-Match. */
  etag: z.string().max(500).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** Where the team rule set in force came from. */
export const TeamSourceSchema = z.strictObject({
  kind: z.enum(["url", "policy", "file"]),
  url: z.string().max(2_048).optional(),
  fileName: z.string().max(500).optional(),
  /** The key that signed it (absent for an unsigned file). */
  keyId: z.string().max(16).optional(),
  appliedAt: Instant,
  /** SHA-256 of the signed file as served: the same bytes again need no second look. */
  sha256: z.string().max(64).optional(),
});
export type TeamSource = z.infer<typeof TeamSourceSchema>;

/** The managed policy's fields (public/managed_schema.json), each validated on its own. */
export const PolicyValuesSchema = z.strictObject({
  ruleSetUrl: z.string().optional(),
  trustedKeys: z.array(z.string()).optional(),
  inviteCode: z.string().optional(),
  pollMinutes: z.number().optional(),
  author: z.string().optional(),
});
export type PolicyValues = z.infer<typeof PolicyValuesSchema>;

/** The managed policy as the background last read it, mirrored to storage.local for every page. */
export const PolicyMirrorSchema = z.strictObject({
  readAt: Instant,
  /** Whether the browser holds any policy for Preflight at all. */
  managed: z.boolean(),
  /** The fields that passed validation. */
  values: PolicyValuesSchema,
  /** The fields that did not, and why (they are ignored). */
  issues: z.array(IssueSchema).max(100),
});
export type PolicyMirror = z.infer<typeof PolicyMirrorSchema>;

/**
 * Rollback protection for one feed (issue 11, item 3): the rule set's id, which the feed may not
 * change, and per signing key the highest version applied under it. A candidate must be newer than
 * the floors of the keys trusted now only, so a version a stolen key signed stops counting when
 * the admin drops that key.
 */
export const VersionFloorSchema = z.strictObject({
  url: z.string().max(2_048),
  id: z.string().max(100),
  floors: z.record(z.string().regex(/^[0-9a-f]{16}$/), z.number().int().min(1)),
});
export type VersionFloor = z.infer<typeof VersionFloorSchema>;

/** Checklist ticks, per crisis (see crisisKey): a new crisis starts with none ticked. */
export const ChecklistTicksSchema = z
  .array(z.strictObject({ crisis: z.string().max(500), done: z.array(z.string().max(10_000)).max(100) }))
  .max(20);
export type ChecklistTicks = z.infer<typeof ChecklistTicksSchema>;
