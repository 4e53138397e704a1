import rule from "../../../rules/voice/all-caps.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

testRule(rule, {
  ruleSet: { brand: { names: ["Acme Outdoors", "Acme"], accounts: [] } },
  valid: [
    ...ORDINARY_POSTS,
    "BIG NEWS: free shipping this week.",
    { text: "NASA, NATO and UNICEF teams join our FAQ session with the CEO and CFO.", name: "acronyms" },
    { text: "Our CEO hosts an AMA on ESG, DEI and B2B. ICYMI, RSVP by Friday.", name: "short non-words are acronyms" },
    { text: "Use code TRAIL25 or SAVE20 or WINTER2026 at checkout.", name: "codes with digits" },
    { text: "#BLACKFRIDAY #CYBERMONDAY #GIVINGTUESDAY #SMALLBIZ", name: "hashtags" },
    { text: "Thanks @REI_COOP @NATGEO @OUTSIDEMAG @TRAILMAG", name: "mentions" },
    { text: "ACME OUTDOORS GEAR FOR ALL", name: "the brand's name is not counted" },
    { text: "GO TO IT AND DO IT", name: "words of one or two letters" },
    { text: "GORE-TEX shell with SPF 50 sun hood, USB charging and an LED light.", name: "specifications" },
    { text: "THIS IS BIG", ruleSet: { voice: { maxCapsWords: 3 } }, name: "at the limit" },
    { text: "WOW WHAT A DAY OUT THERE", ruleSet: { voice: { maxCapsWords: 10 } }, name: "the brand allows more" },
    "我们的新款冲锋衣来了。",
  ],
  invalid: [
    {
      text: "HUGE NEWS: OUR BIGGEST SALE EVER STARTS NOW",
      findings: [{ messageId: "tooMany", excerpt: "BIGGEST", severity: "info" }],
      name: "the fourth word in capitals",
    },
    { text: "DON'T MISS OUT ON THIS", findings: [{ messageId: "tooMany", excerpt: "THIS" }], name: "a contraction in capitals counts" },
    { text: "This is HUGE.", ruleSet: { voice: { maxCapsWords: 0 } }, findings: [{ messageId: "tooMany", excerpt: "HUGE" }] },
    { text: "LAST CHANCE TO SAVE BIG", findings: [{ messageId: "tooMany", excerpt: "BIG" }] },
    { text: "ΜΕΓΑΛΗ ΠΡΟΣΦΟΡΑ ΣΗΜΕΡΑ ΜΟΝΟ ΣΤΟ ΚΑΤΑΣΤΗΜΑ", findings: [{ messageId: "tooMany", excerpt: "ΚΑΤΑΣΤΗΜΑ" }], name: "Greek capitals" },
  ],
});
