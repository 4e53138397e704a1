import { describe, expect, it } from "vitest";
import { analyze } from "../../../lib/engine/analyze.ts";
import { BUILT_IN_RULESET } from "../../../lib/ruleset/builtin.ts";
import { compileRuleSet } from "../../../lib/ruleset/compile.ts";
import rule from "../../../rules/sensitivity/politics.ts";
import { testRule } from "../rule-tester.ts";

// The tester switches the rule on; it is off unless a rule set does so.
testRule(rule, {
  valid: [
    "Our conservative estimate: 2 million users.",
    "Shareholders can vote against the proposal at the AGM.",
    "Don't forget to vote on Thursday: polls are open 7am to 10pm.",
    "Liberal use of garlic is encouraged.",
    "We woke up to great news.",
    "Vote for your favorite flavor!",
    "Vote blue or red for the next colourway.",
    "Resist the urge to snack.",
    "Shop the Tory Burch edit.",
    "Progressive web apps load fast.",
    "Make your weekend great again with our brunch.",
    "The party starts at 8.",
    "Go vote on Tuesday: polls are open until 8pm.",
    "Snowflakes are falling on our winter collection.",
    "The left wing of the building is closed for repairs.",
  ],
  invalid: [
    {
      text: "The Green Party's plan would cost 20,000 jobs. We urge every customer to vote against them on 6 May.",
      findings: [{ messageId: "partisan", excerpt: "vote against them" }],
      name: "a call to vote against a party",
    },
    { text: "MAGA! Build the wall.", findings: [{ messageId: "partisan", excerpt: "MAGA", severity: "warn" }, { messageId: "partisan", excerpt: "Build the wall" }] },
    { text: "Make America Great Again with our new hats.", findings: [{ messageId: "partisan", excerpt: "Make America Great Again" }] },
    { text: "Let's go Brandon!", findings: [{ messageId: "partisan", excerpt: "Let's go Brandon" }] },
    { text: "Defund the police.", findings: [{ messageId: "partisan", excerpt: "Defund the police" }] },
    { text: "#Resist", findings: [{ messageId: "partisan", excerpt: "#Resist" }] },
    { text: "All lives matter.", findings: [{ messageId: "partisan", excerpt: "All lives matter" }] },
    { text: "Republicans and Democrats agree: our pizza is great.", findings: [{ messageId: "political", excerpt: "Republicans", severity: "info" }, { messageId: "political", excerpt: "Democrats" }] },
    { text: "We're pro-choice.", findings: [{ messageId: "political", excerpt: "pro-choice", severity: "info" }] },
    { text: "Vote Republican this fall.", findings: [{ messageId: "partisan", excerpt: "Vote Republican", severity: "warn" }] },
    {
      text: "Vote Republican this fall.",
      ruleSet: { rules: { "sensitivity/politics": "info" } },
      findings: [{ messageId: "partisan", excerpt: "Vote Republican", severity: "info" }],
      name: "switched on at a severity of the rule set's choice",
    },
  ],
});

describe("sensitivity/politics by default", () => {
  it("is off unless a rule set switches it on", async () => {
    const compiled = await compileRuleSet(BUILT_IN_RULESET);
    expect(compiled.rules.map((r) => r.rule.meta.id)).not.toContain("sensitivity/politics");
    expect(analyze("MAGA! Defund the police.", {}, compiled).filter((f) => f.ruleId === "sensitivity/politics")).toEqual([]);
  });
});
