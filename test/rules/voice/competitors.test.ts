import { describe, expect, it } from "vitest";
import rule from "../../../rules/voice/competitors.ts";
import type { RuleSet } from "../../../lib/ruleset/schema.ts";
import { testRule } from "../rule-tester.ts";
import { ORDINARY_POSTS } from "./ordinary-posts.ts";

const competitors = ["Patagonia", "REI", "The North Face", "#OptOutside"];

testRule(rule, {
  ruleSet: { brand: { names: ["Acme Outdoors", "Acme"], accounts: [] }, voice: { competitors } },
  valid: [
    ...ORDINARY_POSTS,
    "See you outside this weekend.",
    "Rain gear that works in any weather.",
    { text: "Better than Patagonia.", ruleSet: { voice: { competitors: [] } }, name: "no competitors listed" },
    { text: "We love REI.", ruleSet: { allow: ["REI"] }, name: "the team's allow-list" },
    {
      text: "The north face of the mountain was icy.",
      ruleSet: { voice: { competitors }, rules: { "voice/competitors": { options: { matchCase: true } } } },
      name: "matchCase: lower-case words are not the name",
    },
    {
      text: "An apple a day keeps the doctor away.",
      ruleSet: { voice: { competitors: ["Apple"] }, rules: { "voice/competitors": { options: { matchCase: true } } } },
      name: "matchCase: apple is not Apple",
    },
    { text: "Take the north. Face the wind.", name: "not across a full stop" },
  ],
  invalid: [
    {
      text: "Warmer than Patagonia and half the weight.",
      findings: [{ messageId: "competitor", excerpt: "Patagonia", severity: "warn" }],
    },
    { text: "Our take on the REI sale", findings: [{ messageId: "competitor", excerpt: "REI" }] },
    { text: "Unlike REI's jackets, ours pack small.", findings: [{ messageId: "competitor", excerpt: "REI's" }], name: "possessive" },
    { text: "Hey @patagonia, race you to the summit", findings: [{ messageId: "competitor", excerpt: "@patagonia" }] },
    { text: "Spotted at the trailhead #patagonia", findings: [{ messageId: "competitor", excerpt: "#patagonia" }] },
    { text: "The North Face's new shell is out.", findings: [{ messageId: "competitor", excerpt: "The North Face's" }] },
    { text: "Love this #TheNorthFace parka", findings: [{ messageId: "competitor", excerpt: "#TheNorthFace" }], name: "a hashtag spelling the name" },
    { text: "Skip the mall this Friday #OptOutside", findings: [{ messageId: "competitor", excerpt: "#OptOutside" }], name: "a competitor's campaign hashtag" },
    {
      text: "The north face of the mountain was icy.",
      findings: [{ messageId: "competitor", excerpt: "The north face" }],
      name: "terms are case-insensitive unless matchCase",
    },
    {
      text: "Spotted at the trailhead #Patagonia",
      ruleSet: { voice: { competitors }, rules: { "voice/competitors": { options: { matchCase: true } } } },
      findings: [{ messageId: "competitor", excerpt: "#Patagonia" }],
      name: "matchCase leaves hashtags alone",
    },
    {
      text: "Apple's new phone",
      ruleSet: { voice: { competitors: ["Apple"] }, rules: { "voice/competitors": { options: { matchCase: true } } } },
      findings: [{ messageId: "competitor", excerpt: "Apple's" }],
    },
  ],
});

describe("voice/competitors is switched on by the list", () => {
  const base = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-01-01T00:00:00Z" } as RuleSet;
  it("runs when the voice lists competitors", () => {
    expect(rule.meta.off).toBe(true);
    expect(rule.enabledBy?.({ ...base, voice: { competitors: ["REI"] } })).toBe(true);
  });
  it("stays off without them", () => {
    expect(rule.enabledBy?.(base)).toBe(false);
    expect(rule.enabledBy?.({ ...base, voice: { competitors: [] } })).toBe(false);
  });
});
