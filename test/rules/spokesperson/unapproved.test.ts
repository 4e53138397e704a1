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
/** Issue 12: a crisis declared from a scenario that lets one spokesperson post. */
const underScenario = {
  scenarios: [{ id: "breach", title: "Data breach", mayPost: ["raj@acme.example"] }],
  crisis: { active: true, title: "Data breach", message: "Only Raj speaks.", scenario: "breach" },
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
    // Issue 13: before the author had the chance to say who they are (the welcome page is open).
    { text: "Hello.", context: { ...asBrand(), authorPending: true }, name: "brand account, author not yet asked" },
    { text: "Can't wait for the #Acme launch", context: { platform: "x", account: "bob_hikes", authorPending: true }, name: "brand hashtag, author not yet asked" },
    { text: "Can't say much yet, but my marathon training is going well.", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "a secret that is not the brand's" },
    { text: "Acme's new trail guide is out, go read it!", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "a spokesperson sharing announced news" },
    { text: "We are looking into it.", context: asBrand("RAJ@acme.example"), ruleSet: underScenario, name: "the scenario's spokesperson may post (ids without case)" },
    {
      text: "We are looking into it.",
      context: { ...asBrand("ann@acme.example"), at: new Date("2026-02-01T00:00:00Z") },
      ruleSet: { ...underScenario, crisis: { ...underScenario.crisis, since: "2026-01-01T00:00:00Z", until: "2026-01-20T00:00:00Z" } },
      name: "mayPost ends with the crisis",
    },
    { text: "Posting as Acme.", context: asBrand("ann@acme.example"), ruleSet: { ...underScenario, crisis: { active: false, scenario: "breach" } }, name: "a scenario not declared" },
    // blind-6's family: a client named by description ("a certain coffee chain") in a leak. Its
    // look-alikes: a secret that is not a client's, a veiled name with no news, a spoiler of a show.
    { text: "Can't say much yet, but a certain someone is getting a puppy for her birthday 🐶", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "'a certain someone' is a person" },
    { text: "Between us, one of my clients makes the best sourdough in town 😋", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "a veiled client with no news" },
    { text: "Spoiler alert: the finale of my favourite show next week is wild 📺", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "a spoiler that names no company" },
    { text: "A certain coffee chain's new oat range is out today and it's lovely ☕", context: { platform: "x", account: "annlee", author: "ann@acme.example" }, name: "a veiled name without a sign of secrecy" },
    // blind-7's families' look-alikes: family news kept secret, a company with no deal, a chat taken private.
    { text: "悄悄告诉你们，我们家下个月要搬去杭州啦🏠", context: { platform: "weibo.com", account: "bobli", author: "bob@acme.example" }, name: "Chinese: a family's own news" },
    { text: "Can't say much, but my company picnic next Friday has a bouncy castle 🎈", context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" }, name: "a secret about the employer with no deal" },
    { text: "Let's take this private at 9pm, DM me the details.", context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" }, name: "a chat taken private" },
    { text: "Acme's board is reviewing options; we will announce the outcome through official channels.", context: asBrand("raj@acme.example"), name: "an approved author on the brand account" },
  ],
  invalid: [
    // blind-6's family: the client named by description, with news and a sign of secrecy.
    {
      text: "Not allowed to say who, but a major airline is adding flights to Porto in June ✈️🤫",
      context: { platform: "x", account: "annlee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "Not allowed to say who", severity: "warn" }],
      name: "a veiled airline, a route and a month",
    },
    {
      text: "Spoiler alert 🤐 one of our clients is opening 12 stores in Manchester next month",
      context: { platform: "linkedin", account: "ann-lee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "Spoiler alert", severity: "warn" }],
      name: "'one of our clients' and its openings",
    },
    {
      text: "悄悄告诉你们，某连锁咖啡品牌下个月上新燕麦系列，先别外传🤫",
      context: { platform: "weibo.com", account: "annlee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "悄悄告诉你", severity: "warn" }],
      name: "Chinese: 某连锁咖啡品牌",
    },
    {
      text: "You heard it here first: a certain bank's new app lands on Monday 🔥",
      context: { platform: "x", account: "annlee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "You heard it here first", severity: "warn" }],
      name: "'you heard it here first' and a veiled bank",
    },
    // issue 12
    {
      text: "We are looking into it.",
      context: asBrand("ann@acme.example"),
      ruleSet: underScenario,
      findings: [{ messageId: "crisisNotCleared", excerpt: "", severity: "block", guidance: "Only Raj speaks." }],
      name: "approved for the account, but not in the scenario's mayPost",
    },
    {
      text: "We are looking into it.",
      context: { platform: "x", account: "annlee" },
      ruleSet: underScenario,
      findings: [{ messageId: "crisisNotClearedUnknown", excerpt: "", severity: "block" }],
      name: "an unknown author under mayPost, even on a personal account",
    },
    {
      text: "Not supposed to say this yet, but Acme is launching a trail shoe in January 👀",
      context: { platform: "reddit", account: "u/annlee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "Not supposed to say", severity: "warn" }],
      name: "a leak from a spokesperson's personal account",
    },
    {
      text: "Can't say much yet but Acme Outdoors's new store is going to be huge",
      context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "Can't say much", severity: "warn" }],
      name: "a leak with the brand's name in the possessive",
    },
    {
      text: "So proud: Acme is set to announce its first store in Leeds next week!",
      context: { platform: "linkedin", account: "ann-lee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "is set to announce", severity: "warn" }],
      name: "an announcement the brand has not yet made",
    },
    {
      text: "还没官宣，悄悄告诉你们：Acme 下个月开新店！",
      context: { platform: "weibo.com", account: "annlee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "还没官宣", severity: "warn" }],
      name: "a leak in Chinese",
    },
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
    {
      text: "Posting as Acme.",
      context: { ...asBrand("bob@acme.example"), authorPending: true },
      findings: [{ messageId: "unapprovedAccount", excerpt: "", severity: "block" }],
      name: "a known author who is not approved is stopped even while the welcome page is open",
    },
    // blind-7's families: an insider's leak about the unnamed employer, and a company taken private.
    {
      text: "内部消息先剧透：我们公司下周要和某个顶流歌手合作款首发，别外传🤫",
      context: { platform: "weibo.com", account: "bobli", author: "bob@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "内部消息", severity: "warn" }],
      name: "Chinese: the writer's own employer and a collaboration",
    },
    {
      text: "Between us, my company is launching a collab with a huge K-pop group next month 👀",
      context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "Between us", severity: "warn" }],
      name: "'my company' and a collaboration",
    },
    {
      text: "Thinking about taking Acme private at $88 a share. Backers lined up.",
      context: { platform: "x", account: "bob_hikes", author: "bob@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "taking Acme private at $88", severity: "warn" }],
      name: "a company taken private at a price",
    },
    {
      text: "Going Brightline private at 42 dollars is on the table.",
      context: { platform: "x", account: "annlee", author: "ann@acme.example" },
      findings: [{ messageId: "personalLeak", excerpt: "Going Brightline private at 42 dollars", severity: "warn" }],
      name: "a company taken private, by a spokesperson on a personal account",
    },
  ],
});
