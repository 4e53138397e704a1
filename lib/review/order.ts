/**
 * The one order findings are shown in, everywhere (issue 13: panel, gate, try-it): the most severe
 * first, then in the order their words appear in the post (a finding on the whole post first).
 */
import { SEVERITY_RANK, type Finding } from "../engine/types.ts";

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start || a.end - b.end;
}

/** A sorted copy; the findings given are left as they are. */
export function bySeverity<F extends Finding>(findings: readonly F[]): F[] {
  return [...findings].sort(compareFindings);
}
