import rule from "../../../rules/spokesperson/unapproved.ts";
import { testRule } from "../rule-tester.ts";

const ruleSet = {
  brand: {
    names: ["Acme", "Acme Outdoors"],
    accounts: [
      { platform: "x", handle: "@acme" },
      { platform: "linkedin", handle: "acme-outdoors" },
      { platform: "social.example.org", handle: "acme" },
    ],
  },
  spokespeople: [
    { id: "ann@acme.example", accounts: ["x:acme", "linkedin:*"] },
    { id: "raj@acme.example", accounts: ["*"] },
  ],
};
const asBrand = (author?: string) => ({ platform: "x", account: "@Acme", ...(author ? { author } : {}) });

testRule(rule, {
  ruleSet,
  valid: [
    { text: "New trail guide is out.", context: asBrand("ann@acme.example"), name: "approved for this account" },
    { text: "New trail guide is out.", context: asBrand("RAJ@acme.example"), name: "approved for every account, id case-insensitive" },
    { text: "New trail guide.", context: { platform: "linkedin", account: "acme-outdoors", author: "ann@acme.example" }, name: "platform wildcard" },
    { text: "Love my new Acme jacket!", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "a spokesperson on a personal account" },
    { text: "Great hike today.", context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" }, name: "personal post without the brand" },
    { text: "Posting as Acme.", context: { platform: "x", author: "bob@acme.example" }, name: "account unknown: the panel asks first" },
    { text: "Posting as Acme.", context: asBrand("bob@acme.example"), ruleSet: { spokespeople: undefined }, name: "no spokespeople configured" },
  ],
  invalid: [
    {
      text: "New trail guide is out.",
      context: asBrand("bob@acme.example"),
      findings: [{ messageId: "unapprovedAccount", excerpt: "", severity: "block" }],
    },
    {
      text: "Hello from the team.",
      context: { platform: "linkedin", account: "acme-outdoors", author: "bob@acme.example" },
      findings: [{ messageId: "unapprovedAccount", excerpt: "" }],
    },
    {
      text: "Hello.",
      context: { platform: "x", account: "acme" },
      findings: [{ messageId: "unknownAuthor", excerpt: "", severity: "warn" }],
      name: "brand account, author unknown",
    },
    {
      text: "Hello.",
      context: { platform: "social.example.org", account: "acme", author: "ann@acme.example" },
      findings: [{ messageId: "unapprovedAccount", excerpt: "" }],
      name: "a user-added site",
    },
    {
      text: "Honestly, Acme Outdoors messed up this launch.",
      context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" },
      findings: [{ messageId: "personalMention", excerpt: "Acme Outdoors", severity: "warn" }],
      name: "brand talk from a personal account",
    },
    {
      text: "Can't wait for the #Acme launch",
      context: { platform: "x", account: "bob_hikes" },
      findings: [{ messageId: "personalMentionUnknownAuthor", excerpt: "#Acme", severity: "warn" }],
      name: "brand hashtag, unknown author: asked to say who they are, never shown as “?”",
    },
  ],
});
