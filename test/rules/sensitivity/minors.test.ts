import rule from "../../../rules/sensitivity/minors.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
    "Our sexy new espresso machine is here.",
    "Kids' raincoats in five bright colours.",
    "Toddler sneakers that light up with every step.",
    "Date night? Our sultry red lipstick, for grown-ups only.",
    "Sexy for the parents, cosy for the kids: matching pyjamas. Wait, no — just cosy for everyone.",
    "Baby steps: our first store in Lyon opens Friday.",
    "宝宝的第一双学步鞋，柔软又透气。",
    "这款口红颜色很性感，适合约会。",
    { text: "Kids eat free on Sundays. Flirty cocktails for the grown-ups at the bar.", name: "the adult word is in another sentence" },
  ],
  invalid: [
    {
      text: "Sexy little swimsuits for your toddler this summer!",
      findings: [{ messageId: "minors", excerpt: "Sexy", severity: "block" }],
    },
    {
      text: "Flirty tops for tweens, sizes 8–14.",
      findings: [{ messageId: "minors", excerpt: "Flirty", severity: "block" }],
    },
    {
      text: "Our new girls' range: seductive looks for little girls who love to pose.",
      findings: [{ messageId: "minors", excerpt: "seductive", severity: "block" }],
    },
    {
      text: "Onesie of the week: LOCK UP YOUR DAUGHTERS 😎",
      findings: [{ messageId: "minors", excerpt: "LOCK UP YOUR DAUGHTERS", severity: "block" }],
      name: "a slogan",
    },
    {
      text: "童装新品：性感小吊带，让小女孩也能美美哒！",
      findings: [{ messageId: "minors", excerpt: "性感", severity: "block" }],
      name: "Chinese",
    },
  ],
});
