import rule from "../../../rules/crisis/active.ts";
import { testRule } from "../rule-tester.ts";

const teamCrisis = { active: true, title: "Data breach", message: "Hold all marketing posts. Use the holding statement." };
const local = { crisis: { active: true } };

testRule(rule, {
  valid: [
    "20% off everything this weekend!", // no crisis
    { text: "Shop the sale.", context: { crisis: { active: false } }, name: "local crisis off" },
    {
      text: "Shop the sale.",
      context: { crisis: { active: true, until: "2026-01-01T00:00:00Z" }, at: new Date("2026-02-01T00:00:00Z") },
      name: "local crisis that ended",
    },
    { text: "Shop the sale.", ruleSet: { crisis: { active: false } }, name: "team crisis declared over" },
    // issue 12: a declared end
    {
      text: "Shop the sale.",
      ruleSet: { crisis: { active: true, since: "2026-01-01T00:00:00Z", until: "2026-01-10T00:00:00Z" } },
      context: { at: new Date("2026-01-10T00:00:01Z") },
      name: "team crisis past its until",
    },
  ],
  invalid: [
    {
      text: "我们正在处理，最新进展将在此发布。",
      ruleSet: { crisis: { active: true, title: { en: "Data breach", "zh-CN": "数据泄露" }, message: { en: "Hold posts.", "zh-CN": "暂停发帖。" } } },
      context: { locale: "zh-CN" },
      findings: [{ messageId: "crisisActive", excerpt: "", severity: "warn", guidance: "暂停发帖。" }],
      name: "the team's crisis texts in the reader's language",
    },
    {
      text: "We are working with the authorities and will share updates here.",
      ruleSet: { crisis: teamCrisis },
      findings: [{ messageId: "crisisActive", excerpt: "", severity: "warn", guidance: teamCrisis.message }],
      name: "every post is reviewed during a team crisis",
    },
    {
      text: "Treat yourself: 20% off with code SAFE20, free shipping!",
      ruleSet: { crisis: teamCrisis },
      findings: [
        { messageId: "crisisPromotion", excerpt: "Treat yourself", severity: "block" },
        { messageId: "crisisPromotion", excerpt: "20% off" },
        { messageId: "crisisPromotion", excerpt: "free shipping", severity: "block" },
      ],
      name: "promotion during a team crisis",
    },
    { text: "Our flash sale starts now", context: local, findings: [{ messageId: "crisisPromotion", excerpt: "flash sale" }], name: "local crisis" },
    { text: "Buying gifts? Shop now.", context: local, findings: [{ messageId: "crisisPromotion", excerpt: "Buying" }, { messageId: "crisisPromotion", excerpt: "Shop now" }] },
    {
      text: "Update: service is restored everywhere. Affected customers get a £5 credit on their next bill.",
      context: local,
      findings: [{ messageId: "crisisActive", excerpt: "", severity: "warn" }],
      name: "a credit in a service notice is given, not a price",
    },
    {
      text: "We're sorry for the wait. Jackets from $49.99, on sale this weekend!",
      context: local,
      findings: [
        { messageId: "crisisPromotion", excerpt: "$49.99", severity: "block" },
        { messageId: "crisisPromotion", excerpt: "sale", severity: "block" },
      ],
      name: "an apology does not excuse a price with a sale around it",
    },
    { text: "Jackets from $49.99", context: local, findings: [{ messageId: "crisisPromotion", excerpt: "$49.99" }], name: "a price" },
    { text: "全场打折", context: local, findings: [{ messageId: "crisisPromotion", excerpt: "打折" }], name: "Chinese promotion" },
    // issue 12: drills, a declared end still ahead, and who may post under a scenario
    {
      text: "We're dealing with the outage.",
      ruleSet: { crisis: { ...teamCrisis, drill: true } },
      findings: [{ messageId: "drillActive", excerpt: "", severity: "warn" }],
      name: "a drill is marked as one",
    },
    {
      text: "Our flash sale starts now",
      ruleSet: { crisis: { ...teamCrisis, drill: true } },
      findings: [{ messageId: "drillPromotion", excerpt: "flash sale", severity: "block" }],
      name: "a drill still stops promotion",
    },
    {
      text: "We're dealing with the outage.",
      ruleSet: { crisis: { active: true, since: "2026-01-01T00:00:00Z", until: "2026-01-10T00:00:00Z" } },
      context: { at: new Date("2026-01-09T23:59:59Z") },
      findings: [{ messageId: "crisisActive", excerpt: "" }],
      name: "team crisis before its until",
    },
    {
      text: "We're dealing with the outage.",
      context: local,
      findings: [{ messageId: "crisisActive", excerpt: "" }],
      name: "crisis language is not promotion",
    },
  ],
});
