import rule from "../../../rules/voice/reading-level.ts";
import { testRule } from "../rule-tester.ts";

const hard =
  "Notwithstanding considerable organizational restructuring, our comprehensive sustainability initiatives demonstrate unprecedented environmental accountability.";

testRule(rule, {
  ruleSet: { voice: { readingGrade: 8 } },
  valid: [
    "We made a warm coat for cold days. It is light and it packs small. You will love it on the trail.",
    { text: "Short one.", name: "too short to grade" },
    {
      text: "Our new waterproof jacket combines recycled materials with a comfortable design for long weekend adventures outdoors.",
      ruleSet: { voice: { readingGrade: 16 } },
      name: "a grade-14 sentence where the voice allows 16",
    },
  ],
  invalid: [
    {
      text: "Our new waterproof jacket combines recycled materials with a comfortable design for long weekend adventures outdoors.",
      findings: [{ messageId: "hard", excerpt: "Our new waterproof jacket combines recycled materials with a comfortable design for long weekend adventures outdoors." }],
      name: "grade 14 over a voice of 8",
    },
    { text: hard, findings: [{ messageId: "hard", excerpt: hard, severity: "info" }] },
    {
      text: `Our coat is warm. ${hard}`,
      findings: [{ messageId: "hard", excerpt: hard }],
      name: "only the hard sentence",
    },
  ],
});
