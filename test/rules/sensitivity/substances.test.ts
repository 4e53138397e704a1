import { describe, expect, it } from "vitest";
import rule, { isBrandAccount } from "../../../rules/sensitivity/substances.ts";
import { testRule } from "../rule-tester.ts";

const brand = { names: ["Acme"], accounts: [{ platform: "x" as const, handle: "@acme" }] };

testRule(rule, {
  valid: [
    "Wine-red velvet for the holidays.",
    "Our pot roast recipe is back: one cooking pot, no fuss.",
    "High quality leather, built to last.",
    "Our joint venture with Initech launches today.",
    "Root beer floats all summer.",
    "Beer-battered fish and chips.",
    "The shot of the day: sunrise over the Rockies.",
    "Drunk in love with our new fragrance.",
    "Stone fruit season: stoned cherries for your pies.",
    "Bourbon vanilla ice cream.",
    "We drove 420 miles for this view.",
    "Pull the weeds before spring.",
    "Join the pregame show at 7.",
    "Our coffee gives you a natural high.",
    "Our joint account makes splitting bills easy.",
    "We rolled out a joint venture with Initech today.",
    "Roast a joint of lamb with our rosemary salt.",
    "Pass the bowl of crisps, it's match day!",
    "Pack a poke bowl for lunch.",
    "Roll the dough into a ball, then bake for 12 minutes.",
    "Freshly baked, every morning at 6. Get baked goods delivered to your door.",
    "Every loaf got baked before sunrise.",
    "Fresh from the oven: get baked treats delivered.",
    "Our new blunt bob cut takes ten minutes.",
    "Don't get it twisted: our sale ends Sunday.",
    "We blazed a trail with the first electric delivery fleet.",
    "A light joint cream for after your run.",
    "Smoked brisket, pulled pork and the best burger joint in town.",
    "Grab a Diet Coke and a slice.",
    "Take Charlie to the park this weekend, dogs eat free on the patio.",
    "Swap your screen if it got smashed: free repairs this week.",
    "The best taco joint in Austin just opened.",
    { text: "Ryan found two more packs of beer... when we drink we do it right #gettngslizzerd", ruleSet: { brand }, context: { platform: "x", account: "@ryan_personal" }, name: "a personal account" },
    { text: "Happy hour starts at 5!", ruleSet: { brand, rules: { "sensitivity/substances": "off" } }, name: "an alcohol brand switches it off" },
  ],
  invalid: [
    {
      text: "Ryan found two more 4 bottle packs of Dogfish Head's Midas Touch beer.... when we drink we do it right #gettngslizzerd",
      ruleSet: { brand },
      context: { platform: "x", account: "@acme" },
      findings: [
        { messageId: "mention", excerpt: "beer", severity: "info" },
        { messageId: "substance", excerpt: "when we drink", severity: "warn" },
        { messageId: "substance", excerpt: "#gettngslizzerd", severity: "warn" },
      ],
      name: "American Red Cross 2011, on the brand account",
    },
    {
      text: "Get drunk with us this Friday!",
      findings: [{ messageId: "substance", excerpt: "Get drunk", severity: "warn" }],
      name: "no brand accounts listed: every account is the brand's",
    },
    {
      text: "Get drunk with us this Friday!",
      ruleSet: { brand },
      findings: [{ messageId: "substance", excerpt: "Get drunk" }],
      name: "account unknown: treated as the brand's",
    },
    { text: "Let's get high and watch movies.", findings: [{ messageId: "substance", excerpt: "get high", severity: "warn" }] },
    { text: "Smoke weed every day.", findings: [{ messageId: "substance", excerpt: "Smoke weed" }] },
    { text: "A line of coke and a bottle of wine.", findings: [{ messageId: "substance", excerpt: "line of coke" }, { messageId: "mention", excerpt: "bottle of wine", severity: "info" }] },
    { text: "Happy hour starts at 5!", findings: [{ messageId: "mention", excerpt: "Happy hour", severity: "info" }] },
    { text: "Nursing a hangover? #420", findings: [{ messageId: "mention", excerpt: "hangover" }, { messageId: "mention", excerpt: "#420" }] },
    { text: "Binge drinking is not a personality.", findings: [{ messageId: "substance", excerpt: "Binge drinking" }] },
    { text: "Light up a cheeky blunt and enjoy the show.", findings: [{ messageId: "substance", excerpt: "Light up a cheeky blunt", severity: "warn" }], name: "a verb, fillers, then the object" },
    { text: "Rolling joints and watching the finale tonight.", findings: [{ messageId: "substance", excerpt: "Rolling joints" }] },
    { text: "Who's packing a bowl for the season finale?", findings: [{ messageId: "substance", excerpt: "packing a bowl" }] },
    { text: "Time to get absolutely sloshed at the office party!", findings: [{ messageId: "substance", excerpt: "get absolutely sloshed" }] },
    { text: "Getting properly blazed this weekend.", findings: [{ messageId: "substance", excerpt: "Getting properly blazed" }] },
    { text: "Nothing like a cheeky bump of charlie before the show.", findings: [{ messageId: "substance", excerpt: "bump of charlie" }] },
    { text: "Snorting coke off the new countertop, jk", findings: [{ messageId: "substance", excerpt: "Snorting coke" }] },
    { text: "Special brownies for the 4/20 crowd 🌿", findings: [{ messageId: "substance", excerpt: "Special brownies" }] },
    { text: "Puff puff pass, then grab a snack.", findings: [{ messageId: "substance", excerpt: "Puff puff pass" }] },
    { text: "Let's get baked this weekend!", findings: [{ messageId: "substance", excerpt: "Let's get baked" }] },
    { text: "Nitrous out of balloons? We say nangs are for the weekend.", findings: [{ messageId: "substance", excerpt: "nangs" }] },
    { text: "Friday means we're on the lash.", findings: [{ messageId: "substance", excerpt: "on the lash" }] },
    { text: "Bottomless brunch is back!", findings: [{ messageId: "mention", excerpt: "Bottomless brunch", severity: "info" }] },
  ],
});

describe("isBrandAccount", () => {
  const ruleSet = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-01-01T00:00:00Z", brand } as const;
  it("matches the brand's accounts by platform and handle, with or without @ and in any case", () => {
    expect(isBrandAccount(ruleSet, { platform: "x", account: "ACME" })).toBe(true);
    expect(isBrandAccount(ruleSet, { platform: "instagram", account: "@acme" })).toBe(false);
    expect(isBrandAccount(ruleSet, { platform: "x", account: "@someone" })).toBe(false);
  });
  it("treats unknown accounts and rule sets without accounts as the brand's", () => {
    expect(isBrandAccount(ruleSet, { platform: "x", account: undefined })).toBe(true);
    expect(isBrandAccount({ ...ruleSet, brand: { names: [], accounts: [] } }, { platform: "x", account: "@someone" })).toBe(true);
    expect(isBrandAccount(ruleSet, { platform: undefined, account: "@acme" })).toBe(true);
  });
});
