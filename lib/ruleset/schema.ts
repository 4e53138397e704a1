/**
 * The rule-set format (DESIGN.md, "Rule-set format"), `preflight.ruleset/1`. Field names are the
 * contract: extend, never rename. Unknown keys are errors, so a typo cannot silently drop an
 * admin's events.
 */
import { z } from "zod";
import { isPlainDay } from "../engine/local-time.ts";
import { isDayOfYear, isTimeZone } from "../engine/time.ts";
import { PLATFORMS, SEVERITIES } from "../engine/types.ts";

export const RULESET_SCHEMA = "preflight.ruleset/1";

/** Larger files are refused before parsing. 10,000 events of ten terms each fit in about 2 MB. */
export const MAX_RULESET_BYTES = 5 * 1024 * 1024;
/** Limits that keep compile time and memory bounded on every install. */
export const LIMITS = { entries: 20_000, termsPerEntry: 1_000, terms: 200_000, text: 10_000 } as const;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoInstant(s: string): boolean {
  const m = ISO_INSTANT.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, sec] = m.map(Number) as number[];
  if ((mo ?? 0) < 1 || (mo ?? 0) > 12 || (d ?? 0) < 1 || (d ?? 0) > daysInMonth(y ?? 0, mo ?? 0)) return false;
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (sec ?? 0) > 59) return false;
  return !Number.isNaN(Date.parse(s));
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last of this one; setUTCFullYear keeps years 0-99 (Date.UTC makes them 19xx).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(LIMITS.text);
const TEAM_TEXT_HINT = 'a text, or one per language: { en: "…", zh-CN: "…" }';
/**
 * Extension: a team's own text (crisis message, holding statement, guidance, titles) may be one
 * string or one per language the UI speaks; each user reads theirs.
 */
const teamText = (what: string) =>
  z
    .union([text(what), z.strictObject({ en: text(`${what} in English`), "zh-CN": text(`${what} in Chinese`) })], {
      error: (issue) => {
        if (issue.code !== "invalid_union") return undefined;
        const perLanguage = typeof issue.input === "object" && issue.input !== null && !Array.isArray(issue.input);
        return perLanguage ? 'expected { en: "…", zh-CN: "…" }: a text in each language, and no other key' : `expected ${TEAM_TEXT_HINT}`;
      },
    })
    .meta({ description: `${what}: ${TEAM_TEXT_HINT}` });
const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "an id is 1-100 letters, digits, '.', '_', ':' or '-'");
const INSTANT_HINT =
  "expected an ISO 8601 instant with a time zone, for example 2026-11-24T09:00:00Z, or a day such as 2026-11-24 (its start in the rule set's timeZone, UTC if it has none)";
/**
 * An instant, or a plain day that stands for its first instant in the rule set's `timeZone`:
 * `validateRuleSet` turns days into instants, so everything past it reads instants only.
 */
// `.meta` carries each custom check into the JSON Schema that admins' editors read.
const Instant = z
  .string()
  .refine((s) => isIsoInstant(s) || isPlainDay(s), { message: INSTANT_HINT })
  .meta({ description: INSTANT_HINT, anyOf: [{ format: "date-time" }, { format: "date" }] });
export const SeveritySchema = z.enum(SEVERITIES, { message: `expected one of ${SEVERITIES.join(", ")}` });

/** A built-in platform id, or the host name of a site the user added. */
const PLATFORM_HINT = `expected one of ${PLATFORMS.join(", ")}, or a site's host name`;
export const PlatformSchema = z
  .string()
  .refine((p) => (PLATFORMS as readonly string[]).includes(p) || /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(p), {
    message: PLATFORM_HINT,
  })
  .meta({ description: PLATFORM_HINT });

const Handle = z.string().trim().min(1, "a handle must not be empty").max(200);
const Terms = z.array(z.string().min(1, "a term must not be empty")).max(LIMITS.termsPerEntry);

/**
 * Issue 13, "Not a problem here": words allowed per rule, by rule id (`{ "voice/formality":
 * ["gonna"] }`). Each entry is stored normalised (lib/engine/own-allow.ts); it drops that rule's
 * findings on exactly those words, never a `block` finding nor crisis mode's.
 */
export const RULE_ID_PATTERN = /^[a-z]+\/[a-z-]+$/;
const AllowForSchema = z
  .record(z.string(), z.array(z.string().trim().min(1, "allowed words must not be empty").max(200)).max(LIMITS.termsPerEntry))
  .superRefine((record, ctx) => {
    const ids = Object.keys(record);
    // A key's own error names the key (zod's is "Invalid key in record").
    for (const id of ids) if (!RULE_ID_PATTERN.test(id)) ctx.addIssue({ code: "custom", path: [id], message: "expected a rule id such as voice/formality" });
    if (ids.length > 500) ctx.addIssue({ code: "custom", message: "at most 500 rules may have allowed words" });
  });

/** Issue 13: what a team lets its members send about findings. */
export const FeedbackSchema = z.strictObject({
  /** Whether "Not a problem here" may report a false positive: the rule and the marked words go to the audit log and the team report, never the post. */
  falsePositiveReports: z.boolean().optional(),
});

/** `"<platform>:<handle>"`, `"<platform>:*"` or `"*"`. */
const ACCOUNT_HINT = 'expected "<platform>:<handle>", "<platform>:*" or "*"';
const AccountRef = z
  .string()
  .refine((s) => s === "*" || /^[a-z0-9.-]+:(\*|@?[^\s:]+)$/.test(s), { message: ACCOUNT_HINT })
  .meta({ description: ACCOUNT_HINT });

export const CrisisSchema = z.strictObject({
  active: z.boolean(),
  title: teamText("title").optional(),
  message: teamText("message").optional(),
  since: Instant.optional(),
  holdingStatement: teamText("holdingStatement").optional(),
  checklist: z.array(teamText("a checklist item")).max(100).optional(),
  contact: teamText("contact").optional(),
  // --- issue 12 (crisis scenarios and drills) ---
  /** Extension: the id of the `scenarios` entry this crisis follows (its rule overrides and who may post). */
  scenario: Id.optional(),
  /** Extension: when the crisis ends by itself; after it the crisis is off on every install and in the engine. */
  until: Instant.optional(),
  /** Extension: a rehearsal: shown everywhere as a drill, the gate still works, decisions are logged as a drill's. */
  drill: z.boolean().optional(),
  /** Extension (issue 12b): during this crisis every post waits for an approver's code; no "Post anyway". */
  requireApproval: z.boolean().optional(),
  // --- end issue 12 ---
});

// --- Issue 12b: approvals ---------------------------------------------------------------------
const APPROVER_KEY_HINT = 'expected an approver\'s public key "ed25519:<base64 of 32 bytes>" (made by preflight keygen or the popup)';
/** The same text as a rule-set signing key (lib/ruleset/sign.ts), checked by shape here: sign.ts imports this module. */
const ApproverKey = z
  .string()
  .trim()
  .regex(/^ed25519:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, APPROVER_KEY_HINT)
  .meta({ description: APPROVER_KEY_HINT });

export const EventSchema = z.strictObject({
  id: Id,
  title: teamText("title"),
  terms: Terms.min(1, "an event needs at least one term"),
  from: Instant,
  until: Instant.optional(),
  severity: SeveritySchema,
  guidance: teamText("guidance").optional(),
  /**
   * Extension: how a mention is judged. `with-care` (the default): by what the post does with it,
   * like every tragedy (a respectful notice is a note, a bare mention at most a warning, a sale or
   * a joke the event's severity). `never`: a topic that must not be mentioned at all: every
   * mention has the event's severity.
   */
  mention: z
    .enum(["with-care", "never"], { message: 'expected "with-care" (judged by the post\'s tone, the default) or "never" (any mention)' })
    .optional()
    .meta({
      description:
        'How a mention is judged: "with-care" (the default) by what the post does with it (a respectful notice is information, a bare mention at most a warning, a sale, a launch or a joke the event\'s severity); "never" gives every mention the event\'s severity.',
    }),
});

const DAY_OF_YEAR_HINT =
  'expected a day of the year: "MM-DD" (for example "09-11"), or a weekday of a month such as "last-mon-05" (the last Monday of May) or "4-thu-11" (the fourth Thursday of November)';
export const DateSchema = z.strictObject({
  id: Id,
  title: teamText("title"),
  on: z
    .string()
    .refine(isDayOfYear, { message: DAY_OF_YEAR_HINT })
    .meta({
      description: DAY_OF_YEAR_HINT,
      pattern: "^((0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|([1-5]|last)-(sun|mon|tue|wed|thu|fri|sat)-(0[1-9]|1[0-2]))$",
    }),
  before: z.number().int().min(0).max(60).optional(),
  after: z.number().int().min(0).max(60).optional(),
  terms: Terms.optional(),
  severity: SeveritySchema,
  guidance: teamText("guidance").optional(),
  /** Extension: a day of mourning on which a promotional post is blocked. */
  solemn: z.boolean().optional(),
});

export const TermEntrySchema = z.strictObject({
  id: Id,
  match: Terms.min(1, "a term entry needs at least one term in match"),
  suggest: z.array(text("a suggestion")).max(20).optional(),
  severity: SeveritySchema,
  message: teamText("message").optional(),
});

const Count = z.number().int().min(0).max(1_000);

/** The brand's voice: read by the rules of `rules/voice/`; every field is optional. */
export const VoiceSchema = z.strictObject({
  /** Highest acceptable reading grade (Flesch-Kincaid), for `voice/reading-level`. */
  readingGrade: z.number().min(1).max(20).optional(),
  /** "formal" flags slang and contractions. */
  formality: z.enum(["formal", "neutral", "casual"]).optional(),
  maxExclamations: Count.optional(),
  /** Overrides each platform's own default. */
  maxHashtags: Count.optional(),
  maxEmoji: Count.optional(),
  /** Words in ALL CAPS allowed in a post (acronyms excepted). */
  maxCapsWords: Count.optional(),
  /** Competitors' names: a mention is flagged. */
  competitors: Terms.optional(),
  /** More claims that need legal review, beside the built-in ones. */
  claims: Terms.optional(),
  /** Disclosures accepted on sponsored posts, beside #ad, #sponsored and the platforms' own. */
  disclosures: Terms.optional(),
});

/** The longest excerpt of a post the team's policy may keep with a decision. */
export const MAX_REPORT_EXCERPT = 280;
const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
const REPORT_URL_HINT =
  "expected an https:// address without a user name or password (http:// only for localhost or 127.0.0.1, for testing)";

export function isReportUrl(s: string): boolean {
  try {
    const url = new URL(s);
    if (url.username || url.password) return false; // fetch() refuses such addresses
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname));
  } catch {
    return false;
  }
}

/** Extension: where gate decisions are sent, and the team's policy on a short excerpt of the post. */
export const ReportSchema = z.strictObject({
  url: z.string().max(2_048).refine(isReportUrl, { message: REPORT_URL_HINT }).meta({ description: REPORT_URL_HINT, format: "uri" }).optional(),
  /** Characters of the post kept with each decision, around what stopped it; 0 or absent: never the text. */
  excerpt: z
    .number()
    .int("excerpt must be a whole number of characters")
    .min(0, "excerpt must be 0 or more")
    .max(MAX_REPORT_EXCERPT, `excerpt must be at most ${MAX_REPORT_EXCERPT} characters`)
    .optional(),
});

export const RuleSwitchSchema = z.union([
  z.literal("off"),
  SeveritySchema,
  z.strictObject({ severity: SeveritySchema.optional(), options: z.record(z.string(), z.unknown()).optional() }),
]);

// --- issue 12 (crisis scenarios and drills) ---
export const SCENARIO_KINDS = [
  "product-failure",
  "recall",
  "outage",
  "data-breach",
  "staff-misconduct",
  "offensive-post",
  "backlash",
  "other",
] as const;

/**
 * Extension: a crisis prepared before it happens. `preflight crisis declare ID` copies its texts
 * into `crisis`; while it is declared, its `rules` tighten the team's and only `mayPost` may post.
 */
export const ScenarioSchema = z.strictObject({
  id: Id,
  title: teamText("title"),
  kind: z.enum(SCENARIO_KINDS, { message: `expected one of ${SCENARIO_KINDS.join(", ")}` }).optional(),
  message: teamText("message").optional(),
  holdingStatement: teamText("holdingStatement").optional(),
  checklist: z.array(teamText("a checklist item")).max(100).optional(),
  contact: teamText("contact").optional(),
  /** Ids of the spokespeople who may still post while it is declared; everybody else's post is stopped. */
  mayPost: z.array(text("a spokesperson id")).max(1_000).optional(),
  /** Rule switches in force while it is declared, over the team's `rules` (same shape). */
  rules: z.record(z.string(), RuleSwitchSchema).optional(),
  /** The popup reminds everyone to pause scheduled posts. */
  remindScheduled: z.boolean().optional(),
  requireApproval: z.boolean().optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Crisis = z.infer<typeof CrisisSchema>;
// --- end issue 12 ---

export const RuleSetSchema = z.strictObject({
  /** Where an editor finds the JSON Schema (`preflight schema`); ignored by Preflight. */
  $schema: z.string().optional(),
  schema: z.literal(RULESET_SCHEMA, { message: `expected "${RULESET_SCHEMA}"` }),
  id: Id,
  version: z.number().int("version must be a whole number").min(1, "version must be 1 or more"),
  issuedAt: Instant,
  expiresAt: Instant.optional(),
  /** Extension: the IANA time zone of the rule set's plain days (`from: 2026-12-05`); UTC if absent. */
  timeZone: z
    .string()
    .refine(isTimeZone, { message: "expected an IANA time zone such as America/New_York or Asia/Shanghai" })
    .meta({ description: "The IANA time zone (America/New_York, Asia/Shanghai) in which the rule set's plain days start; UTC if absent." })
    .optional(),
  brand: z
    .strictObject({
      names: z.array(text("a brand name")).max(100).default([]),
      accounts: z.array(z.strictObject({ platform: PlatformSchema, handle: Handle })).max(1_000).default([]),
    })
    .optional(),
  spokespeople: z
    .array(
      z.strictObject({
        id: text("id"),
        name: text("name").optional(),
        accounts: z.array(AccountRef).max(1_000),
        // Issue 12b (approvals): a spokesperson with a key is an approver.
        key: ApproverKey.optional(),
      }),
    )
    .max(LIMITS.entries)
    .optional(),
  crisis: CrisisSchema.optional(),
  /** Extension (issue 12): crises prepared in advance, declared with `preflight crisis declare`. */
  scenarios: z.array(ScenarioSchema).max(1_000).optional(),
  events: z.array(EventSchema).max(LIMITS.entries).optional(),
  dates: z.array(DateSchema).max(LIMITS.entries).optional(),
  terms: z.array(TermEntrySchema).max(LIMITS.entries).optional(),
  voice: VoiceSchema.optional(),
  rules: z.record(z.string(), RuleSwitchSchema).optional(),
  /** Extension: terms never flagged by any rule (a match inside one is dropped). */
  allow: Terms.optional(),
  /** Extension: whether a team member's own rule switches win over the team's. */
  allowLocalOverrides: z.boolean().optional(),
  report: ReportSchema.optional(),
  /** Extension (issue 13): words allowed per rule (a team member's "Allow these words for me", merged in). */
  allowFor: AllowForSchema.optional(),
  /** Extension (issue 13): false-positive reports from "Not a problem here". */
  feedback: FeedbackSchema.optional(),
  /**
   * Extension: how often installs check the team's feed for a newer rule set, in minutes (0.5 to
   * 1440; 1 by default). A period set by enterprise policy wins.
   */
  pollMinutes: z
    .number("pollMinutes must be a number of minutes")
    .min(0.5, "pollMinutes must be at least 0.5 (Chrome polls at most every 30 seconds)")
    .max(1_440, "pollMinutes must be at most 1440 (a day)")
    .optional(),
});

export type RuleSet = z.infer<typeof RuleSetSchema>;
export type RuleSwitch = z.infer<typeof RuleSwitchSchema>;
export type EventEntry = z.infer<typeof EventSchema>;
export type DateEntry = z.infer<typeof DateSchema>;
export type TermEntry = z.infer<typeof TermEntrySchema>;
export type ReportSettings = z.infer<typeof ReportSchema>;

/** A team member's own choices, kept on the install (never a full rule set). */
export const LocalSettingsSchema = z.strictObject({
  rules: z.record(z.string(), RuleSwitchSchema).optional(),
  allow: Terms.optional(),
  /** Issue 13: "Allow these words for me", per rule. */
  allowFor: AllowForSchema.optional(),
});
export type LocalSettings = z.infer<typeof LocalSettingsSchema>;
