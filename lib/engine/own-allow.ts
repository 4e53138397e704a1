/**
 * "Not a problem here" (issue 13): words a team member allowed for one rule. They are kept
 * normalised (folded word by word, spaces collapsed), so "Gonna", "gonna" and " GONNA " are one
 * entry, and the engine drops that rule's findings on exactly those words. A personal allow-list
 * lowers noise; it never opens the gate: `block` findings and crisis mode are never dropped, so
 * neither a mistaken click nor a script that adds an entry can let a stopped post through.
 */
import { fold } from "./text.ts";
import type { Finding } from "./types.ts";

/** The stored form of words: each word folded (case, accents, width), one space between. */
export function allowKey(words: string): string {
  return words
    .split(/\s+/u)
    .filter(Boolean)
    .map(fold)
    .join(" ");
}

/** Whether "Allow these words for me" may apply to a finding: it has words, and it does not stop the post. */
export function canAllowForMe(finding: Finding): boolean {
  return finding.severity !== "block" && finding.end > finding.start && !finding.ruleId.startsWith("crisis/");
}

/** The findings that are left once the allowed words of each rule are dropped. */
export function withoutOwnAllowed(findings: Finding[], text: string, allowFor: Readonly<Record<string, readonly string[]>> | undefined): Finding[] {
  if (!allowFor) return findings;
  return findings.filter((f) => {
    const allowed = Object.hasOwn(allowFor, f.ruleId) ? allowFor[f.ruleId] : undefined;
    return !(allowed && canAllowForMe(f) && allowed.includes(allowKey(text.slice(f.start, f.end))));
  });
}
