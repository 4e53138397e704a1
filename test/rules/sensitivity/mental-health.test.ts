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
    // blind-7: 'to die for' rendered into Chinese praises a product; sensitivity/translation says how to put it.
    { text: "新品冷萃，值得为它去死的一杯。", name: "Chinese: 'to die for' calqued, no death wished on anyone" },
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
    // Indecision, self-harm, cures and denial without the illness (blind-3/5/6's families).
    { text: "Can't decide between the blue and the green? Get both: 2 for £30.", name: "indecision with no diagnosis" },
    { text: "Schizophrenia is not a split personality. Our podcast with Rethink Mental Illness explains why.", name: "the myth named to correct it" },
    { text: "Our cat loves to jump out of the window onto the porch roof.", name: "a cat, not the writer, jumps" },
    { text: "A man was rescued after threatening to jump off a building in the city centre on Tuesday.", name: "news of a rescue" },
    { text: "Stuntwoman Mia will jump off the building in tonight's episode, onto a 40-metre airbag.", name: "a stunt" },
    { text: "跳楼价清仓！全场3折，最后一天。", name: "Chinese: the shop idiom 跳楼价" },
    { text: "Exercise won't cure depression on its own, but it can help. Talk to your GP if you're struggling.", name: "a cure denied, with a doctor" },
    { text: "Depression is real, and it is not weakness. If you need to talk, Samaritans are on 116 123.", name: "depression affirmed" },
    { text: "Our new research on treatments for depression is out: 2,000 patients, three years.", name: "research" },
    { text: "抑郁症不是矫情。", name: "Chinese: the stigma denied" },
    // blind-7's family (a psychiatric patient as a costume): the look-alikes.
    { text: "Our psychiatric hospital nurses won the regional care award this Halloween week.", name: "a psychiatric hospital in the news, Halloween in the date" },
    { text: "护理培训：约束衣的正确使用与患者权利。", name: "Chinese: restraints in nurse training" },
    { text: "Costume drive for the children's ward at St Mary's psychiatric hospital: donate a superhero cape!", name: "a costume drive for a hospital" },
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
    // A diagnosis as a figure for indecision.
    {
      text: "Torn between the two colours? We're so bipolar about it too, so we made both.",
      findings: [{ messageId: S, excerpt: "so bipolar", severity: "warn", suggestions: ["torn", "can't decide"] }],
      name: "bipolar as a word for being torn",
    },
    {
      text: "Sweet or spicy? Can't pick? Our bipolar burger has both sauces 🌶️🍯",
      findings: [{ messageId: S, excerpt: "bipolar", severity: "warn" }],
      name: "bipolar for two flavours",
    },
    {
      text: "Can't make up your mind? Go full schizo: the sampler is 20% off this week.",
      findings: [{ messageId: S, excerpt: "schizo", severity: "block" }],
      name: "schizo for indecision, in a sale",
    },
    { text: "纠结选哪个口味？我们也精分了，干脆两个都要！", findings: [{ messageId: S, excerpt: "精分", severity: "warn", suggestions: ["纠结"] }], name: "Chinese: 精分 for indecision" },
    // Suicide as a groan about an annoyance.
    {
      text: "This printer makes me want to throw myself out the window. Ours just works.",
      findings: [{ messageId: S, excerpt: "throw myself out", severity: "warn" }],
      name: "a printer as a reason to die",
    },
    { text: "这网速真让我想跳楼，还好换了新宽带。", findings: [{ messageId: S, excerpt: "跳楼", severity: "warn", suggestions: ["抓狂"] }], name: "Chinese: slow internet as a reason to die" },
    {
      text: "Another all-hands at 8am? I'm about to jump off a building.",
      findings: [{ messageId: S, excerpt: "jump off a building", severity: "warn" }],
      name: "a meeting as a reason to die",
    },
    // A product sold as a cure; the illness denied.
    {
      text: "Our juice cleanse cures depression and brain fog.",
      findings: [{ messageId: S, excerpt: "depression", severity: "warn", suggestions: ["a lift", "a pick-me-up"] }],
      name: "a cure for depression",
    },
    { text: "一杯奶茶专治抑郁症，第二杯半价！", findings: [{ messageId: S, excerpt: "抑郁症", severity: "block" }], name: "Chinese: a drink that cures depression, on sale" },
    { text: "抑郁症就是矫情，出去跑两圈就好了。", findings: [{ messageId: P, excerpt: "抑郁症", severity: "warn" }], name: "Chinese: depression called drama" },
    {
      text: "Depression isn't real, it's a bad attitude. Fix it with our planner.",
      findings: [{ messageId: P, excerpt: "Depression", severity: "warn" }],
      name: "depression waved away",
    },
    {
      text: "We're sorry: our 'psycho ward' Halloween costume was wrong and is withdrawn.",
      findings: [{ messageId: P, excerpt: "psycho ward", severity: "info" }],
      name: "an apology is a note",
    },
    // blind-7's family: a psychiatric hospital, its patients or their restraints as a costume.
    {
      text: "万圣节仿妆：精神病院逃出来的少女，约束衣＋黑眼圈🎃",
      findings: [
        { messageId: P, excerpt: "精神病院逃出来", severity: "warn" },
        { messageId: P, excerpt: "约束衣", severity: "warn" },
      ],
      name: "Chinese: an asylum escapee as a make-up look",
    },
    {
      text: "Halloween SFX look: escaped psych patient, complete with a restraint jacket and our bruise palette 🎃",
      findings: [
        { messageId: P, excerpt: "escaped psych patient", severity: "warn" },
        { messageId: P, excerpt: "restraint jacket", severity: "warn" },
      ],
      name: "an escaped patient as a costume",
    },
    {
      text: "万圣节主题派对：约束衣免费借，来当一晚疯子🎃",
      findings: [
        { messageId: P, excerpt: "约束衣", severity: "warn" },
        { messageId: S, excerpt: "疯子", severity: "warn" },
      ],
      name: "Chinese: a restraint jacket lent as a party costume",
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
