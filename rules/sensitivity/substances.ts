import { TermListSchema, termListRule } from "../../lib/engine/kinds/term-list.ts";
import type { ResolvedContext } from "../../lib/engine/rule.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { isBrandAccount as brandAccount } from "../../lib/ruleset/accounts.ts";
import data from "./substances.json" with { type: "json" };

export const SUBSTANCES = TermListSchema.parse(data);

/**
 * Whether a post goes out on a brand account. Only a post known to come from an account that is
 * not one of `brand.accounts` is personal: a rule set without brand accounts, or a post whose
 * account is unknown (the command line without `--account`), is treated as the brand's, because
 * Preflight's authors write for brands and the Red Cross post was meant for a personal account.
 */
export function isBrandAccount(ruleSet: RuleSet, context: Pick<ResolvedContext, "platform" | "account">): boolean {
  if ((ruleSet.brand?.accounts ?? []).length === 0 || !context.account) return true;
  return brandAccount(ruleSet, context.account, context.platform);
}

/**
 * Alcohol and drug references on brand accounts (the American Red Cross's #gettngslizzerd, 2011).
 * An alcohol brand switches it off: `rules: { "sensitivity/substances": "off" }`.
 */
export default termListRule({
  meta: {
    id: "sensitivity/substances",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Alcohol and drug references on brand accounts; an alcohol brand switches the rule off.",
      "zh-CN": "品牌账号上涉及酒精和毒品的内容；酒类品牌可关闭此规则。",
    },
    messages: {
      substance: {
        en: "“{{excerpt}}” refers to drinking or drugs on a brand account: is this the right account, and does it fit the brand?",
        "zh-CN": "“{{excerpt}}”在品牌账号上提及饮酒或毒品：是否发错了账号？内容是否符合品牌形象？",
      },
      mention: {
        en: "“{{excerpt}}” mentions alcohol or cannabis on a brand account: make sure it fits the brand.",
        "zh-CN": "“{{excerpt}}”在品牌账号上提及酒精或大麻：请确认内容符合品牌形象。",
      },
    },
  },
  list: SUBSTANCES,
  native: true,
  messageId: (entry) => (entry.severity === "info" ? "mention" : "substance"),
  applies: ({ ruleSet, context }) => isBrandAccount(ruleSet, context),
});
