import rule from "../../../rules/terms/custom.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  ruleSet: {
    terms: [
      { id: "cheap", match: ["cheap", "/dirt[- ]?cheap/"], suggest: ["affordable"], severity: "info", message: "Say affordable." },
      { id: "guys", match: ["hey guys"], suggest: ["hi everyone"], severity: "warn" },
      { id: "zh", match: ["便宜货"], severity: "warn", message: "避免使用。" },
      { id: "fabric", match: ["Gore-Tex"], severity: "warn", message: "Write GORE-TEX®." },
    ],
  },
  valid: [
    "An affordable jacket for every trail.",
    "Cheapside Market pop-up this Saturday.", // a different word
    "They guys-lined it", // not the phrase
    "我们的价格很实惠。",
  ],
  invalid: [
    {
      text: "A cheap jacket.",
      findings: [{ messageId: "term", excerpt: "cheap", severity: "info", suggestions: ["affordable"] }],
    },
    { text: "Dirt-cheap prices!", findings: [{ messageId: "term", excerpt: "Dirt-cheap" }], name: "regex wins over the word inside it" },
    { text: "CHEAP jackets", findings: [{ messageId: "term", excerpt: "CHEAP" }], name: "case" },
    { text: "Hey guys, big news", findings: [{ messageId: "termDefault", excerpt: "Hey guys", severity: "warn" }] },
    { text: "这不是便宜货！", findings: [{ messageId: "term", excerpt: "便宜货" }], name: "Chinese without spaces" },
    { text: "Our gore tex shell", findings: [{ messageId: "term", excerpt: "gore tex" }], name: "hyphen or space" },
  ],
});
