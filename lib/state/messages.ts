/**
 * Messages between the content script and the background, validated with zod on receipt. The
 * background imports this module; the content script gets the same schemas with the engine
 * bundle (it must stay small, so it carries no zod of its own). Whatever a content script says is
 * checked against the tab that sent it (lib/state/background.ts): a compromised page renderer can
 * send anything.
 */
import { z } from "zod";
import { LOCALES, SEVERITIES } from "../engine/types.ts";
import { RULE_ID_PATTERN, RuleSetSchema } from "../ruleset/schema.ts";
import { GateDecisionSchema, InflectionTableSchema, LocalCrisisSchema } from "./schema.ts";

const Site = z.string().min(1).max(253);
/** Words a finding is about, as the author marked them (issue 13). */
const MarkedWords = z.string().trim().min(1).max(200);

/**
 * A gate decision as a page reports it. The background adds the time, the author and the platform
 * itself (issue 11, item 1): a page cannot date a decision, sign it with another name, or file it
 * under another platform. `site` is checked against the tab that sent it.
 */
export const DecisionReportSchema = GateDecisionSchema.omit({
  at: true,
  author: true,
  platform: true,
  // issue 12: the background says which team crisis was in force; a page cannot call a real one a drill
  drill: true,
  scenario: true,
  crisisSince: true,
  // issue 12b: only the background writes the approver, after verifying the code
  approvedBy: true,
});
export type DecisionReport = z.infer<typeof DecisionReportSchema>;

export const RequestSchema = z.discriminatedUnion("type", [
  /** Runs the engine bundle (compromise, with `nlp`; the rules' notes in a language, with `notes`) in the sender's frame. */
  z.strictObject({ type: z.literal("engine.load"), nlp: z.boolean().optional(), notes: z.literal("zh-CN").optional() }),
  /** Everything a page needs to review a post on `site`. */
  z.strictObject({ type: z.literal("state.get"), site: Site }),
  z.strictObject({ type: z.literal("inflections.put"), key: z.string().max(128), table: InflectionTableSchema }),
  z.strictObject({ type: z.literal("account.set"), site: Site, account: z.string().trim().min(1).max(200) }),
  z.strictObject({ type: z.literal("decision.record"), site: Site, decision: DecisionReportSchema }),
  /** "Check now": the popup asks for the team's feed to be read at once (extension pages only). */
  z.strictObject({ type: z.literal("sync.now") }),
  /** Findings that appeared while composing, per rule, since the page last sent them (never the text). */
  z.strictObject({
    type: z.literal("findings.count"),
    site: Site,
    account: z.string().trim().min(1).max(200).optional(),
    counts: z.array(z.strictObject({ rule: z.string().min(1).max(200), n: z.number().int().min(1).max(100_000) })).min(1).max(500),
  }),
  /** How the page's panel is mounted: its shadow root is closed, unless a test asked for it open (storage.session). */
  z.strictObject({ type: z.literal("panel.mode") }),
  /** "Send now": the options page asks for the report queue to be sent at once (extension pages only). */
  z.strictObject({ type: z.literal("report.flush") }),
  // Issue 13, "Not a problem here": a rule and the words the author marked, never the post.
  /** "Allow these words for me": the background keeps them, normalised, in the own settings. */
  z.strictObject({ type: z.literal("allow.add"), site: Site, rule: z.string().regex(RULE_ID_PATTERN), words: MarkedWords }),
  /** "Report a false positive": logged when the team's rule set allows it (`feedback.falsePositiveReports`). */
  z.strictObject({
    type: z.literal("feedback.falsePositive"),
    site: Site,
    account: z.string().trim().min(1).max(200).optional(),
    rule: z.string().regex(RULE_ID_PATTERN),
    severity: z.enum(SEVERITIES),
    words: MarkedWords,
  }),
  /**
   * Issue 12b: an approval code for the post held at the gate. The page gives the digest of the post
   * as it is now (it alone has the text); the background checks the code against the rule set in
   * force and the tab's site, logs the decision with the approver and spends the code.
   */
  z.strictObject({
    type: z.literal("approval.verify"),
    site: Site,
    answer: z.string().max(4_000),
    digest: z.string().max(64),
    decision: DecisionReportSchema,
  }),
]);
export type Request = z.infer<typeof RequestSchema>;

export interface PanelMode {
  mode: "open" | "closed";
}

/** From the background to every tab: what pages show changed; ask for the state again. */
export interface StateChanged {
  type: "state.changed";
}

export const PageStateSchema = z.strictObject({
  ruleSet: RuleSetSchema,
  /** Identifies the effective rule set: the inflection cache's key. */
  rulesKey: z.string(),
  inflections: InflectionTableSchema.optional(),
  crisis: LocalCrisisSchema,
  account: z.string().optional(),
  author: z.string().optional(),
  /** The language the user chose for Preflight's words; absent: the browser's. */
  language: z.enum(LOCALES).optional(),
  /** Issue 13: no author yet, and the welcome page has not been answered: no unknown-author warning. */
  authorPending: z.literal(true).optional(),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** Issue 12b: the background's verdict on an approval code; a refusal names its problem (lib/approval/messages.ts). */
export type ApprovalVerdict = { ok: true; approvedBy: string } | { ok: false; problem: string; params: Record<string, string> };

export const OkSchema = z.union([z.strictObject({ ok: z.literal(true) }), z.strictObject({ ok: z.literal(false), error: z.string() })]);
export type Ok = z.infer<typeof OkSchema>;
