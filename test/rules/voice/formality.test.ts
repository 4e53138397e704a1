import { describe, expect, it } from "vitest";
import rule from "../../../rules/voice/formality.ts";
import type { RuleSet } from "../../../lib/ruleset/schema.ts";
import { testRule } from "../rule-tester.ts";

const FORMAL_POSTS = [
  "We are delighted to welcome you to our new Denver store.",
  "Its recycled shell keeps the weather out.",
  "We were there at sunrise. Well done, everyone.",
  "She will lead the trail cleanup. He will bring the coffee.",
  "Our CEO will host a question-and-answer session on Thursday.",
  "Lets and leases are handled by our property team.",
  "The shells are sealed, the packs are light, and the boots are ready.",
  "Thank you for your patience while we restock the Ember fleece.",
  "Please contact our customer care team for assistance.",
  "我们的新款冲锋衣来了，轻便防水。",
];

testRule(rule, {
  ruleSet: { voice: { formality: "formal" } },
  valid: [
    ...FORMAL_POSTS,
    { text: "We're gonna love this, don't miss it lol", ruleSet: { voice: { formality: "casual" } }, name: "a casual voice" },
    { text: "We're ready. Don't miss it.", ruleSet: { voice: { formality: "neutral" } }, name: "neutral: contractions are fine" },
  ],
  invalid: [
    {
      text: "We're gonna love this, lol",
      findings: [
        { messageId: "contraction", excerpt: "We're", severity: "info", suggestions: ["We are"] },
        { messageId: "slang", excerpt: "gonna", suggestions: ["going to"] },
        { messageId: "slangNoSuggestion", excerpt: "lol" },
      ],
    },
    { text: "Don't miss it.", findings: [{ messageId: "contraction", excerpt: "Don't", suggestions: ["Do not"] }] },
    { text: "It’s here.", findings: [{ messageId: "contraction", excerpt: "It’s", suggestions: ["It is"] }], name: "a curly apostrophe" },
    { text: "We'll be there and we can't wait.", findings: [
      { messageId: "contraction", excerpt: "We'll", suggestions: ["We will"] },
      { messageId: "contraction", excerpt: "can't", suggestions: ["cannot"] },
    ] },
    { text: "See y'all Saturday.", findings: [{ messageId: "slang", excerpt: "y'all", suggestions: ["you all", "everyone"] }] },
    { text: "TBH the jacket is kinda perfect.", findings: [
      { messageId: "slang", excerpt: "TBH", suggestions: ["To be honest"] },
      { messageId: "slang", excerpt: "kinda" },
    ] },
    { text: "OMG, new colors.", findings: [{ messageId: "slangNoSuggestion", excerpt: "OMG" }] },
    {
      text: "We're gonna be there.",
      ruleSet: { voice: { formality: "neutral" } },
      findings: [{ messageId: "slang", excerpt: "gonna" }],
      name: "neutral: slang only",
    },
    {
      text: "Don't miss it.",
      ruleSet: { voice: {} },
      findings: [{ messageId: "contraction", excerpt: "Don't" }],
      name: "switched on without a formality: formal",
    },
  ],
});

describe("voice/formality is switched on by a formal voice", () => {
  const base = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-01-01T00:00:00Z" } as RuleSet;
  it("runs when the voice is formal", () => {
    expect(rule.meta.off).toBe(true);
    expect(rule.enabledBy?.({ ...base, voice: { formality: "formal" } })).toBe(true);
  });
  it("stays off otherwise", () => {
    expect(rule.enabledBy?.(base)).toBe(false);
    expect(rule.enabledBy?.({ ...base, voice: { formality: "neutral" } })).toBe(false);
    expect(rule.enabledBy?.({ ...base, voice: { formality: "casual" } })).toBe(false);
  });
});
