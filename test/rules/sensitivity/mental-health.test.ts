import { describe, expect, it } from "vitest";
import inclusive from "../../../rules/sensitivity/inclusive.ts";
import rule from "../../../rules/sensitivity/mental-health.ts";
import { findingsBeside, testRule } from "../rule-tester.ts";

const S = "mentalHealthWithSuggestion";
const P = "mentalHealth";

testRule(rule, {
  valid: [
    "Living with obsessive-compulsive disorder: three readers share what helps. You're not alone.",
    "Bipolar disorder affects millions; our helpline partners are here 24/7.",
    "天台花园周末开放，欢迎来喝咖啡。",
    // Awareness and sincere posts.
    "If you're struggling, you're not alone. Call or text 988, any time.",
    "World Mental Health Day: our team shares what helps them. It's okay not to be okay. #WorldMentalHealthDay",
    "Our founder opens up about living with depression. Link in bio.",
    "Bipolar disorder affects 40 million people. This month we're matching donations to NAMI.",
    "Stop saying 'so OCD' about tidy desks. OCD is a serious illness. #EndTheStigma",
    "如果你正经历情绪困扰，请拨打心理援助热线12356，你并不孤单。",
    // The everyday words that only look like it.
    "Ran 10 kms this morning before the shop opened!",
    "Our dessert menu has a Death by Chocolate that's to die for.",
    "Suicide doors on the new 1967 Lincoln restoration, out in the showroom.",
    "Hitchcock's Psycho screens at our rooftop cinema on Friday.",
    "Tropical depression moving north: check your flight status before you travel.",
    "想死你们了！新店周六开业。",
    "去死皮凝胶，温和不刺激，敏感肌可用。",
    "The weather has been unpredictable: pack a rain jacket.",
    "Crazy good deals this weekend only.",
    "Our OCD support group meets on Tuesdays: free, confidential, run by a clinical psychologist.",
    "抑郁症不是矫情：世界精神卫生日，一起关注心理健康。",
    "Dying to try our new pistachio latte? It's here.",
    "Insanely soft hoodies, back in every colour.",
    // The casual adjectives stay sensitivity/inclusive's note when nothing jokes or sells with them.
    { text: "We're a little OCD about our grind size ☕", name: "a bare casual adjective is inclusive's note, not this rule's" },
    { text: "Weather's gone full schizo this week. Good thing Fizzo tastes great.", name: "inclusive's word, no joke or sale" },
    { text: "World Suicide Prevention Day: if you're feeling suicidal, you're not alone. Call 988 any time.", name: "an awareness post" },
    { text: "Her memoir on living with bipolar disorder is our book club pick this month.", name: "the condition named plainly" },
  ],
  invalid: [
    {
      text: "Level 5 deals with suicidal thoughts. Content warnings come first, and the menu lists helplines in every country we ship to.",
      findings: [{ messageId: P, excerpt: "suicidal", severity: "info" }],
      name: "a game's content warning with helplines: a note, not a sale ('deals with' is a verb)",
    },
    {
      text: "The weather's gone so bipolar this week, pack both a brolly and shades.",
      findings: [{ messageId: P, excerpt: "so bipolar", severity: "warn" }],
      name: "the casual phrase pinned on the weather, no joke or sale",
    },
    {
      text: "Deadline week making you suicidal? Our cold brew has you covered.",
      findings: [{ messageId: P, excerpt: "suicidal", severity: "warn" }],
      name: "suicidal feelings as a figure for a bad week",
    },
    { text: "Wi-fi's a bit bipolar this morning lol, fix on the way", findings: [{ messageId: S, excerpt: "a bit bipolar", severity: "block" }] },
    {
      text: "Obsessive Coffee Disorder? Our loyalty card was made for you.",
      findings: [{ messageId: S, excerpt: "Obsessive Coffee Disorder", severity: "warn" }],
      name: "OCD spelled out as a slogan",
    },
    { text: "秒杀没抢到？去天台冷静一下吧🙃", findings: [{ messageId: P, excerpt: "去天台", severity: "block" }], name: "Chinese: the rooftop as a suicide joke" },
    {
      text: "Our prices are bipolar this week: 50% off Monday, full price Tuesday!",
      findings: [{ messageId: S, excerpt: "bipolar", severity: "block" }],
      name: "a diagnosis as a pun in a sale",
    },
    { text: "Our new flavour is so bipolar: sweet then sour 😜", findings: [{ messageId: S, excerpt: "so bipolar", severity: "block", suggestions: ["changeable", "unpredictable"] }] },
    { text: "This weather is so schizophrenic.", findings: [{ messageId: S, excerpt: "schizophrenic", severity: "warn" }] },
    {
      text: "So OCD about our coffee lol 😂",
      findings: [{ messageId: S, excerpt: "So OCD", severity: "block", suggestions: ["meticulous about", "particular about"] }],
      name: "inclusive's adjective in a joke: this rule's block",
    },
    { text: "Psycho sale: everything 40% off!", findings: [{ messageId: S, excerpt: "Psycho", severity: "block" }] },
    { text: "Insane asylum party this Halloween 🎃", findings: [{ messageId: P, excerpt: "Insane asylum", severity: "warn" }] },
    { text: "Straitjacket costumes, 2 for $30 this Halloween.", findings: [{ messageId: P, excerpt: "Straitjacket", severity: "block" }] },
    { text: "Kill me now, it's Monday.", findings: [{ messageId: P, excerpt: "Kill me now", severity: "warn" }] },
    { text: "I'd rather die than drink instant coffee 😂", findings: [{ messageId: P, excerpt: "I'd rather die", severity: "block" }] },
    { text: "ugh mondays, kms", findings: [{ messageId: P, excerpt: "kms", severity: "warn" }], name: "slang" },
    { text: "Anyone who likes pineapple on pizza should kys", findings: [{ messageId: P, excerpt: "kys", severity: "warn" }] },
    { text: "Try our Suicide wings, hottest on the menu, 2 for $10!", findings: [{ messageId: S, excerpt: "Suicide", severity: "block", suggestions: ["extra hot", "rock-bottom"] }] },
    { text: "Don't kill yourself cleaning the oven: we'll do it.", findings: [{ messageId: S, excerpt: "Don't kill yourself", severity: "info" }] },
    { text: "Those nutters in accounts finally approved our budget.", findings: [{ messageId: S, excerpt: "nutters", severity: "warn" }] },
    { text: "周一好抑郁，来杯奶茶吧😂", findings: [{ messageId: S, excerpt: "抑郁", severity: "block" }], name: "Chinese: depression as a pun, in a joke" },
    { text: "自杀式降价，全场五折！", findings: [{ messageId: S, excerpt: "自杀式", severity: "block", suggestions: ["超低价", "超辣"] }] },
    { text: "加班到十点，真的想死。", findings: [{ messageId: P, excerpt: "想死", severity: "warn" }] },
    { text: "你是不是有病吧？该吃药了", findings: [
      { messageId: S, excerpt: "有病吧", severity: "warn" },
      { messageId: S, excerpt: "该吃药了", severity: "warn" },
    ] },
    {
      text: "We're sorry: our 'psycho ward' Halloween costume was wrong and is withdrawn.",
      findings: [{ messageId: P, excerpt: "psycho ward", severity: "info" }],
      name: "an apology is a note",
    },
  ],
});

describe("sensitivity/mental-health beside sensitivity/inclusive", () => {
  const findings = (text: string) => findingsBeside(rule, [inclusive.meta.id], text);
  it("leaves a bare casual adjective to inclusive's note", async () => {
    expect(await findings("We're a little OCD about our grind size.")).toEqual(["sensitivity/inclusive:a little OCD:info"]);
  });
  it("replaces inclusive's note on the same words when the post jokes or sells", async () => {
    expect(await findings("Psycho sale: 40% off!")).toEqual(["sensitivity/mental-health:Psycho:block"]);
  });
});
