/**
 * Shapes the content script and the UI both speak (issue 11, "House"): where things are on
 * screen, what the author answered at the gate, and what makes the gate stop a post. Both import
 * them from here, so neither imports the other's types.
 */
import type { Finding, Severity } from "../engine/types.ts";

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A line under a finding's words, in viewport coordinates. */
export interface Underline {
  top: number;
  left: number;
  width: number;
  severity: Severity;
}

/** `cancel`: the post was abandoned while the gate was open (its compose box or the page went away). */
export type GateAnswer =
  | { kind: "edit" }
  | { kind: "override"; reason: string }
  | { kind: "cancel" }
  // Issue 12b: an approver's code, verified and logged by the background, releases this post once.
  | { kind: "approved"; approvedBy: string };

/**
 * The rule id of the gate's own reason when Preflight cannot check a post (the engine or the
 * rules did not load): the post is held like a `block` finding, and a Post anyway is logged with it.
 */
export const UNCHECKED_RULE = "preflight/unchecked";

/** A finding of crisis mode: crisis/active fires on every post, or crisis/statement's block replaces it. */
export function isCrisisFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith("crisis/");
}

/** What makes the gate stop a post: a `block` finding, or crisis mode (its rule fires on every post). */
export function stopsPost(finding: Finding): boolean {
  return finding.severity === "block" || finding.ruleId === "crisis/active";
}
