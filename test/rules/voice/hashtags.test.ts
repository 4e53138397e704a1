import rule from "../../../rules/voice/hashtags.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

const x = { platform: "x" };
const instagram = { platform: "instagram" };
const threads = { platform: "threads" };
const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${String.fromCharCode(97 + (i % 26))}${i}`).join(" ");

testRule(rule, {
  valid: [
    ...ORDINARY_POSTS,
    ...ORDINARY_POSTS.map((text) => ({ text, context: x })),
    { text: "Fresh snow. #GetOutside #SkiSeason", context: x },
    { text: "We're #1 in your hearts #2026 #GetOutside #SkiSeason", context: x, name: "#1 and #2026 are not hashtags" },
    { text: "Email abc#def and #GetOutside #SkiSeason", context: x, name: "a # inside a word is not a hashtag" },
    { text: `New drop ${tags(5)}`, context: instagram, name: "Instagram's five" },
    { text: "Trail day #GetOutside", context: threads },
    { text: `Tagged ${tags(5)}`, name: "no platform: five" },
    { text: `Tagged ${tags(8)}`, context: x, ruleSet: { voice: { maxHashtags: 10 } }, name: "the brand allows more than X advises" },
    { text: `Tagged ${tags(15)}`, context: { platform: "youtube" } },
  ],
  invalid: [
    {
      text: "Fresh snow. #GetOutside #SkiSeason #Powder",
      context: x,
      findings: [{ messageId: "platformAdvice", excerpt: "#Powder", severity: "info" }],
      name: "X advises two",
    },
    {
      text: `New drop ${tags(6)}`,
      context: instagram,
      findings: [{ messageId: "overLimit", excerpt: "#tagf5", severity: "warn" }],
      name: "Instagram accepts five",
    },
    {
      text: `New drop ${tags(6)}`,
      context: instagram,
      ruleSet: { voice: { maxHashtags: 10 } },
      findings: [{ messageId: "overLimit", excerpt: "#tagf5", severity: "warn" }],
      name: "the brand cannot allow more than the platform accepts",
    },
    {
      text: "Trail day #GetOutside #HikeMore",
      context: threads,
      findings: [{ messageId: "platformAdvice", excerpt: "#HikeMore" }],
      name: "Threads: one topic tag",
    },
    { text: `Tagged ${tags(6)}`, findings: [{ messageId: "tooMany", excerpt: "#tagf5", severity: "info" }], name: "no platform" },
    {
      text: "Snow day #GetOutside #SkiSeason",
      ruleSet: { voice: { maxHashtags: 1 } },
      findings: [{ messageId: "voiceLimit", excerpt: "#SkiSeason" }],
    },
    {
      text: `Tagged ${tags(61)}`,
      context: { platform: "youtube" },
      findings: [{ messageId: "overLimit", excerpt: "#tagi60", severity: "warn" }],
      name: "YouTube ignores all past 60",
    },
    {
      text: "Snow day ＃GetOutside ＃SkiSeason ＃Powder",
      context: x,
      findings: [{ messageId: "platformAdvice", excerpt: "＃Powder" }],
      name: "full-width hash",
    },
  ],
});
