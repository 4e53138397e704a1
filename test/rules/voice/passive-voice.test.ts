import rule from "../../../rules/voice/passive-voice.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
    "We made mistakes, and we are fixing them.",
    "Our team designed this jacket for rain.",
    "Shop the new collection today.",
  ],
  invalid: [
    { text: "Mistakes were made.", findings: [{ messageId: "passive", excerpt: "were made", severity: "info" }] },
    {
      text: "We love the trail. The order was cancelled by our system. Sorry!",
      findings: [{ messageId: "passive", excerpt: "was cancelled" }],
      name: "offsets of a later sentence",
    },
  ],
});
