import { defineRule, noOptions } from "../../lib/engine/rule.ts";
import { onePerSpan } from "../../lib/engine/spans.ts";
import promotion from "../shared/promotion.json" with { type: "json" };

/** The promotion terms that are only a sum of money ("$49.99", "£10"). */
const AMOUNTS: ReadonlySet<string> = new Set(promotion.entries.filter((e) => (e as { amount?: boolean }).amount).map((e) => e.term));

/**
 * While a crisis is declared (by the team's rule set, or on this install), every post is at least
 * a warning, and a promotional post is blocked: selling while people are hurt is the classic gaffe.
 */
export default defineRule<Record<string, never>, undefined, string>({
  meta: {
    id: "crisis/active",
    category: "crisis",
    severity: "warn",
    description: {
      en: "During a crisis every post is reviewed, and promotional posts are stopped.",
      "zh-CN": "危机期间，每条帖子都需复核，推广类帖子会被拦截。",
    },
    messages: {
      crisisActive: {
        en: "Crisis mode is on{{title}}: make sure this post should go out now.",
        "zh-CN": "危机模式已开启{{title}}：请确认此帖现在适合发布。",
      },
      crisisPromotion: {
        en: "“{{excerpt}}” is promotional, and crisis mode is on{{title}}.",
        "zh-CN": "“{{excerpt}}”属于推广内容，而危机模式已开启{{title}}。",
      },
      // issue 12: a drill is marked as one everywhere
      drillActive: {
        en: "Drill: crisis mode is on{{title}}: make sure this post should go out now.",
        "zh-CN": "演练：危机模式已开启{{title}}：请确认此帖现在适合发布。",
      },
      drillPromotion: {
        en: "Drill: “{{excerpt}}” is promotional, and crisis mode is on{{title}}.",
        "zh-CN": "演练：“{{excerpt}}”属于推广内容，而危机模式已开启{{title}}。",
      },
    },
    options: noOptions,
  },
  prepare() {
    return {
      terms: promotion.entries.map((e) => ({ term: e.term, key: e.term, inflect: e.inflect !== false, native: true })),
    };
  },
  check(ctx) {
    const { context, text, report } = ctx;
    const { crisis } = context;
    if (!crisis) return;
    const title = crisis.title ? ` (${crisis.title})` : "";
    const guidance = crisis.message ? { guidance: crisis.message } : {};
    // Read only during a crisis: its regexes cost nothing otherwise. A bare sum of money in a
    // notice or an apology is a credit or a refund, not a price ("every affected customer gets £10").
    const given = ctx.hits.some((h) => AMOUNTS.has(h.key)) && ctx.register.moneyIsGiven();
    const promos = onePerSpan(given ? ctx.hits.filter((h) => !AMOUNTS.has(h.key)) : ctx.hits);
    for (const hit of promos) {
      report({
        messageId: crisis.drill ? "drillPromotion" : "crisisPromotion",
        data: { excerpt: text.slice(hit.start, hit.end), title },
        start: hit.start,
        end: hit.end,
        severity: "block",
        ...guidance,
      });
    }
    if (promos.length === 0) report({ messageId: crisis.drill ? "drillActive" : "crisisActive", data: { title }, start: 0, end: 0, ...guidance });
  },
});
