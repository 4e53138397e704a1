import rule from "../../../rules/voice/exclamations.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

testRule(rule, {
  valid: [
    ...ORDINARY_POSTS,
    "Big news! Our store is open! Come say hi!",
    "What?! Free shipping all week.",
    "Ready?! Let's go!",
    { text: "Sale!!", ruleSet: { rules: { "voice/exclamations": { options: { run: 3 } } } }, name: "runs of three or more only" },
    { text: "One! Two! Three! Four! Five!", ruleSet: { voice: { maxExclamations: 5 } }, name: "the brand allows five" },
  ],
  invalid: [
    { text: "Sale!!", findings: [{ messageId: "run", excerpt: "!!", severity: "info" }] },
    {
      text: "Wow!!! Sale!!!",
      findings: [
        { messageId: "run", excerpt: "!!!" },
        { messageId: "run", excerpt: "!!!" },
      ],
    },
    { text: "Really?!?!", findings: [{ messageId: "run", excerpt: "!?!" }], name: "mixed with question marks" },
    { text: "Amazing‼", findings: [{ messageId: "run", excerpt: "‼" }], name: "the double exclamation character" },
    { text: "太棒了！！", findings: [{ messageId: "run", excerpt: "！！" }], name: "full-width" },
    {
      text: "One! Two! Three! Four!",
      findings: [{ messageId: "tooMany", excerpt: "!", severity: "info" }],
      name: "the fourth exclamation, past the default of three",
    },
    { text: "Hi! Bye!", ruleSet: { voice: { maxExclamations: 1 } }, findings: [{ messageId: "tooMany", excerpt: "!" }] },
    {
      text: "New! Bold!! Warm! Light!",
      findings: [
        { messageId: "run", excerpt: "!!" },
        { messageId: "tooMany", excerpt: "!" },
      ],
      name: "a run counts once towards the limit",
    },
  ],
});
