/** The rule set's brand accounts, compared the way people write handles. */
import type { RuleSet } from "./schema.ts";

/** "@Acme " and "acme" are one handle. */
export const normalizeHandle = (h: string) => h.trim().replace(/^@/, "").toLowerCase();

/**
 * Whether `account` is one of `brand.accounts`, on `platform` (on any platform when it is not
 * known). Rules decide for themselves what an unknown account means.
 */
export function isBrandAccount(ruleSet: RuleSet, account: string, platform?: string): boolean {
  const handle = normalizeHandle(account);
  return (ruleSet.brand?.accounts ?? []).some(
    (a) => normalizeHandle(a.handle) === handle && (platform === undefined || a.platform === platform),
  );
}
