import rule from "../../../rules/voice/emoji.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

const family = "👨‍👩‍👧‍👦";

testRule(rule, {
  valid: [
    ...ORDINARY_POSTS,
    "🎉🎉🎉🎉🎉",
    { text: family.repeat(5), name: "five ZWJ families" },
    { text: "🇺🇸🇬🇧🇫🇷🇩🇪🇯🇵", name: "five flags" },
    { text: "👍🏽👍🏽👍🏽👍🏽👍🏽", name: "five with skin tones" },
    { text: "🏳️‍🌈 🏴‍☠️ ❤️‍🔥 👩🏽‍💻 🧑🏾‍🤝‍🧑🏻", name: "five sequences" },
    { text: "© 2026 Acme™ ✔ Done ➡ Next ‼", name: "text symbols without the emoji selector" },
    { text: "Steps: 1️⃣ 2️⃣ 3️⃣", name: "keycaps" },
    { text: "🎉🎉🎉🎉🎉🎉🎉🎉", ruleSet: { voice: { maxEmoji: 10 } }, name: "the brand allows ten" },
  ],
  invalid: [
    { text: "🎉🎉🎉🎉🎉🔥", findings: [{ messageId: "tooMany", excerpt: "🔥", severity: "info" }] },
    { text: family.repeat(6), findings: [{ messageId: "tooMany", excerpt: family }], name: "six ZWJ families" },
    { text: "🇺🇸🇬🇧🇫🇷🇩🇪🇯🇵🇨🇦", findings: [{ messageId: "tooMany", excerpt: "🇨🇦" }], name: "six flags" },
    { text: "Hi 👋", ruleSet: { voice: { maxEmoji: 0 } }, findings: [{ messageId: "tooMany", excerpt: "👋" }] },
    {
      text: "Go 🏴󠁧󠁢󠁳󠁣󠁴󠁿 team ✌🏽 ❤️ ✔️ 🎉 🥾",
      findings: [{ messageId: "tooMany", excerpt: "🥾" }],
      name: "tag sequence, modifier on a text-style base, emoji selector",
    },
  ],
});
