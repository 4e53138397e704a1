import rule from "../../../rules/voice/disclosure.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

const brand = { names: ["Acme Outdoors", "Acme"], accounts: [{ platform: "instagram", handle: "@acmeoutdoors" }] };
const asBrand = { platform: "instagram", account: "acmeoutdoors" };
const asCreator = { platform: "instagram", account: "@ann.hikes" };

testRule(rule, {
  ruleSet: { brand },
  valid: [
    ...ORDINARY_POSTS,
    "Gifted by @acmeoutdoors, thank you! #ad",
    "#AD Gifted by @acmeoutdoors and I love them.",
    "Ad: my favourite boots this season, gifted by @acmeoutdoors",
    "AD | Use my code ANN10 for 10% off the Trailhead jacket",
    "[Ad] PR package from @acmeoutdoors 📦",
    "Paid partnership with @acmeoutdoors: the trail run that changed my mind about mornings.",
    "Sponsored by @acmeoutdoors. Use my code ANN10.",
    "Use my code ANN10. I earn a commission on purchases through it.",
    "Thanks to @acmeoutdoors for the free product! Honest review below: kindly gifted, but my opinions are my own.",
    "Use my code ANN10 #AcmePartner",
    "My new favourite jacket, gifted by @acmeoutdoors #AcmeAmbassador",
    "Werbung | Danke @acme für das PR package",
    "广告：感谢 @acme 送来的 PR package",
    "广告｜收到品牌方寄来的新款冲锋衣。",
    "本周全场买一赠一，赠送的小样数量有限。",
    "She is a gifted climber and a generous teammate.",
    "We gifted 500 jackets to shelters this winter.",
    { text: "In partnership with @forest_trust, we're planting 10,000 trees.", context: asBrand, name: "the brand's own account" },
    { text: "Use my code ANN10 for 10% off!", context: asBrand, name: "the brand's own account, whatever it says" },
    {
      text: "Gifted by @acme 💚 #AcmeCrew",
      ruleSet: { voice: { disclosures: ["#AcmeCrew"] } },
      name: "the team's own disclosure",
    },
  ],
  invalid: [
    {
      text: "Gifted by @acmeoutdoors, loving these boots",
      findings: [{ messageId: "missing", excerpt: "Gifted by", severity: "warn" }],
    },
    { text: "Use my code ANN10 for 10% off!", findings: [{ messageId: "missing", excerpt: "Use my code" }] },
    { text: "Shop my affiliate link in bio", findings: [{ messageId: "missing", excerpt: "my affiliate" }] },
    { text: "Loving my new boots #gifted", findings: [{ messageId: "missing", excerpt: "#gifted" }] },
    { text: "PR package unboxing 📦", findings: [{ messageId: "missing", excerpt: "PR package" }] },
    { text: "Thanks @acme for sending me these boots!", findings: [{ messageId: "missing", excerpt: "for sending me" }] },
    { text: "Big thanks to Acme for lending me their new tent for a month!", findings: [{ messageId: "missing", excerpt: "for lending me" }], name: "a loan" },
    { text: "Acme hooked me up with this jacket 🧥", findings: [{ messageId: "missing", excerpt: "hooked me up with" }] },
    { text: "收到品牌方寄来的新款冲锋衣，太好看了！", findings: [{ messageId: "missing", excerpt: "品牌方寄来" }], name: "Chinese" },
    { text: "New boots c/o @acmeoutdoors", findings: [{ messageId: "missing", excerpt: "c/o @" }] },
    {
      text: "Trail day with @acmeoutdoors #sp",
      findings: [{ messageId: "unclear", excerpt: "#sp", severity: "warn" }],
      name: "an ambiguous label is not a disclosure",
    },
    { text: "Trail day with @acmeoutdoors #collab", findings: [{ messageId: "unclear", excerpt: "#collab" }] },
    {
      text: "Ad-free weekend, gifted by @acme",
      findings: [{ messageId: "missing", excerpt: "gifted by" }],
      name: "“Ad-free” is not “Ad:”",
    },
    {
      text: "In partnership with @acmeoutdoors, I tested their new tent.",
      findings: [{ messageId: "partnership", excerpt: "In partnership with", severity: "info" }],
      name: "a partnership from an unknown account is information",
    },
    {
      text: "In partnership with @acmeoutdoors, I tested their new tent.",
      context: asCreator,
      findings: [{ messageId: "partnership", excerpt: "In partnership with", severity: "warn" }],
      name: "a partnership from a personal account is a warning",
    },
    {
      text: "Our new collab with the artist Mia Chen lands Friday.",
      findings: [{ messageId: "partnership", excerpt: "collab with", severity: "info" }],
      name: "a brand's own collaboration, account unknown: information only",
    },
    {
      text: "In partnership with @acmeoutdoors: use my code ANN10",
      findings: [{ messageId: "missing", excerpt: "use my code", severity: "warn" }],
      name: "the clearest sign is reported, once",
    },
    {
      text: "Gifted by @acme. This is not an ad, just love.",
      findings: [{ messageId: "missing", excerpt: "Gifted by" }],
      name: "the word “ad” alone is no label",
    },
  ],
});
