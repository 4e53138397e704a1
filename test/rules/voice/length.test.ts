import rule from "../../../rules/voice/length.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

const on = (platform: string) => ({ platform });
const a = (n: number) => "a".repeat(n);
const family = "👨‍👩‍👧‍👦";
const longUrl = "https://acme.example/stories/2026/winter/the-long-way-round-through-the-mountains?utm_source=x";

testRule(rule, {
  valid: [
    ...ORDINARY_POSTS.map((text) => ({ text, context: on("x") })),
    ...ORDINARY_POSTS.map((text) => ({ text, context: on("bluesky") })),
    { text: a(280), context: on("x"), name: "X: exactly 280" },
    { text: "好".repeat(140), context: on("x"), name: "X: 140 CJK characters weigh 280" },
    { text: "🎉".repeat(140), context: on("x"), name: "X: 140 emoji weigh 280" },
    { text: family.repeat(140), context: on("x"), name: "X: a ZWJ family weighs 2" },
    { text: `${a(256)} ${longUrl}`, context: on("x"), name: "X: a long link counts 23" },
    { text: `${"’".repeat(280)}`, context: on("x"), name: "X: punctuation in U+2010-U+201F weighs 1" },
    { text: a(281), context: on("x"), ruleSet: { rules: { "voice/length": { options: { limits: { x: 25_000 } } } } }, name: "X Premium" },
    { text: family.repeat(300), context: on("bluesky"), name: "Bluesky: 300 graphemes" },
    { text: `${a(270)} ${longUrl}`, context: on("bluesky"), name: "Bluesky: the link is shortened before counting" },
    { text: `${a(476)} @ann@example.social`, context: on("mastodon"), name: "Mastodon: a remote mention counts its user name" },
    { text: `${a(476)} ${longUrl}`, context: on("mastodon"), name: "Mastodon: a link counts 23" },
    { text: "é".repeat(500), context: on("threads"), name: "Threads: 500" },
    { text: "e\u0301".repeat(500), context: on("threads"), name: "combining accents belong to their letter" },
    { text: a(3000), context: on("linkedin") },
    { text: a(2200), context: on("instagram") },
    { text: a(50_000), name: "no platform: no limit" },
    { text: a(50_000), context: on("forum.example"), name: "a site without a limit" },
  ],
  invalid: [
    {
      text: a(281),
      context: on("x"),
      findings: [{ messageId: "tooLongX", excerpt: "a", severity: "warn" }],
      name: "X: one over, from the 281st character",
    },
    {
      text: "好".repeat(141),
      context: on("x"),
      findings: [{ messageId: "tooLongX", excerpt: "好" }],
      name: "X: CJK weighs 2",
    },
    {
      text: `${"🎉".repeat(140)}!`,
      context: on("x"),
      findings: [{ messageId: "tooLongX", excerpt: "!" }],
    },
    {
      text: `${a(257)} ${longUrl}`,
      context: on("x"),
      findings: [{ messageId: "tooLongX", excerpt: longUrl }],
      name: "X: the link is what does not fit",
    },
    {
      text: family.repeat(301),
      context: on("bluesky"),
      findings: [{ messageId: "tooLong", excerpt: family }],
      name: "Bluesky: 301 graphemes",
    },
    {
      text: `${a(300)}\n\nMore`,
      context: on("bluesky"),
      findings: [{ messageId: "tooLong", excerpt: "\n\nMore" }],
    },
    { text: `${a(477)} ${longUrl}`, context: on("mastodon"), findings: [{ messageId: "tooLong", excerpt: longUrl }] },
    { text: a(501), context: on("threads"), findings: [{ messageId: "tooLong", excerpt: "a" }] },
    { text: a(3001), context: on("linkedin"), findings: [{ messageId: "tooLong", excerpt: "a" }] },
    { text: a(2201), context: on("instagram"), findings: [{ messageId: "tooLong", excerpt: "a" }] },
    { text: a(501), context: on("pinterest"), findings: [{ messageId: "tooLong", excerpt: "a" }] },
    {
      text: "12345678901",
      context: on("forum.example"),
      ruleSet: { rules: { "voice/length": { options: { limits: { "forum.example": 10 } } } } },
      findings: [{ messageId: "tooLong", excerpt: "1" }],
      name: "a limit the team set for a site",
    },
  ],
});
