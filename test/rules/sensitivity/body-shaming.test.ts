import rule from "../../../rules/sensitivity/body-shaming.ts";
import { testRule } from "../rule-tester.ts";

const S = "shamingWithSuggestion";
const P = "shaming";

testRule(rule, {
  valid: [
    { text: "不追求A4腰，这季新品请了不同身型的素人模特，照片零修图。", name: "Chinese: a body ideal named to reject it, with diverse models" },
    { text: "No retouching and different body types in every shot: no A4 waists, no thigh-gap rules.", name: "a body ideal named to reject it" },
    "Shaving, waxing or leaving it: your body hair, your call. Our razors are here if you want them.",
    "Size guide: our jeans come in sizes 6 to 24, with three leg lengths.",
    "This dress only goes up to a size 16 for now; we're adding 18 to 26 in March.",
    // Words that only look like body-shaming.
    "Fat-free Greek yoghurt, now in mango.",
    "Blueberry muffin tops, fresh from the oven every morning.",
    "Our muffin tops are back at the bakery counter 🧁",
    "Ugly Christmas sweater party on Friday: prizes for the loudest knit!",
    "Wonky, ugly produce at half the price: it tastes just as good.",
    "The good, the bad and the ugly of remote work: our team's honest take.",
    "A factual note: 100 g of our granola has 420 kcal and 9 g of fat.",
    "Leg day done. Arms tomorrow. Who's with us? 💪",
    "Burn fat, build strength: our new 6-week programme starts Monday.",
    "Lift heavy, eat well, sleep more: the boring secrets that work.",
    "Teeth whitening strips, now with sensitive formula.",
    "Say goodbye to dry skin this winter with our barrier cream.",
    "Hide your valuables in our anti-theft backpack.",
    // Body-positive copy quotes the words to reject them.
    "Every body is a beach body. Swimwear in sizes 6 to 30.",
    "No more 'bikini body' talk: all bodies belong on the beach. #bodypositive",
    "We retired 'flabby arms' from our vocabulary. Strong is the only goal. #bodypositivity",
    "拒绝身材焦虑：每一种身材都值得被看见。",
    "告别腰酸背痛，这款人体工学椅帮你坐得更舒服。",
    "儿童游泳圈，加厚安全，海边戏水必备。",
    "新品美白精华，温和提亮肤色。",
    "美白不是唯一的美：每一种肤色都好看。",
    "You're never too old to wear sneakers. New colours in store.",
    "Ask our skin team anything in today's live Q&A.",
    { text: "Is your body ready for race day? Our coaches build your plan week by week.", name: "'is your body ready' for a race, no deadline jab" },
    { text: "Sizes stop at a UK 22 this season; the extended range lands in March.", name: "a size range stated as a fact" },
    { text: "Our fat friend the avocado is back in the salad bar.", name: "a food called a fat friend" },
    { text: "微胖女孩穿搭指南：每一种身材都值得被好好打扮。", name: "微胖 in body-positive copy" },
    { text: "Summer's here and so is our pool: swim lessons for every age, no excuses needed.", name: "summer and 'no excuses' without a body" },
  ],
  invalid: [
    {
      text: "Bikini season is close. Is your body ready? No excuses 😉",
      findings: [{ messageId: P, excerpt: "Is your body ready", severity: "warn" }],
      name: "a body told to be ready by summer",
    },
    {
      text: "Our sizes stop at a UK 8: we design for women who look after themselves.",
      findings: [{ messageId: P, excerpt: "sizes stop at", severity: "warn" }],
      name: "a size limit cast as a verdict on effort",
    },
    {
      text: "Don't be the fat kid at the pool party: try our shake.",
      findings: [{ messageId: P, excerpt: "fat kid", severity: "warn" }],
      name: "a weight label used as a threat",
    },
    {
      text: "胖MM看过来，显瘦神器帮你遮肉，穿上立刻瘦十斤！",
      context: { timeZone: "Asia/Shanghai", platform: "weibo.com" },
      findings: [{ messageId: S, excerpt: "遮肉", severity: "warn" }],
      name: "Chinese: a fat body hidden",
    },
    {
      text: "Hairy legs? Don't look like a man this summer: wax at home.",
      findings: [{ messageId: "shaming", excerpt: "look like a man", severity: "warn" }],
      name: "body hair called manly",
    },
    {
      text: "Our swimsuits only go up to a size 12. No excuses 😉",
      findings: [{ messageId: "shaming", excerpt: "only go up to a size", severity: "warn" }],
      name: "a size limit as a verdict",
    },
    {
      text: "Mom bod? Not for long lol 😂",
      findings: [{ messageId: "shaming", excerpt: "Mom bod", severity: "block" }],
      name: "a body type laughed at",
    },
    {
      text: "Get rid of those flabby arms before summer!",
      findings: [
        { messageId: S, excerpt: "Get rid of those", severity: "warn" },
        { messageId: S, excerpt: "flabby", severity: "warn" },
      ],
      name: "weight-loss copy: a verb of getting rid of, and a pejorative",
    },
    {
      text: "No one wants to see your muffin top. Try our 30-day shred.",
      findings: [
        { messageId: P, excerpt: "No one wants to see", severity: "warn" },
        { messageId: S, excerpt: "muffin top", severity: "warn" },
      ],
    },
    {
      text: "Are you beach body ready?",
      findings: [{ messageId: S, excerpt: "beach body ready", severity: "warn" }],
      name: "Protein World, 2015",
    },
    { text: "#BeachBodyReady starts now 💪", findings: [{ messageId: S, excerpt: "#BeachBodyReady", severity: "warn" }], name: "a hashtag" },
    { text: "A fat-free you by June!", findings: [{ messageId: S, excerpt: "fat-free you", severity: "warn" }] },
    {
      text: "Bye bye bingo wings 😂 our arm workout is here",
      findings: [{ messageId: P, excerpt: "bingo wings", severity: "block" }],
      name: "a joke makes it a block",
    },
    { text: "Ugly skin? Our serum fixes that.", findings: [{ messageId: S, excerpt: "Ugly", severity: "warn" }] },
    { text: "Cankles? Not anymore.", findings: [{ messageId: P, excerpt: "Cankles", severity: "warn" }] },
    { text: "Lift saggy skin in four weeks.", findings: [{ messageId: S, excerpt: "saggy", severity: "info" }], name: "a milder word is a note" },
    { text: "Nothing tastes as good as skinny feels.", findings: [{ messageId: S, excerpt: "Nothing tastes as good as skinny feels", severity: "warn" }] },
    {
      text: "Skin whitening cream for a brighter you.",
      findings: [{ messageId: S, excerpt: "Skin whitening", severity: "warn", suggestions: ["even skin tone", "brightening", "radiant skin"] }],
      name: "skin lightening",
    },
    {
      text: "Whitening cream for fairer skin, shipped worldwide.",
      context: { timeZone: "Asia/Shanghai", platform: "instagram" },
      findings: [
        { messageId: S, excerpt: "Whitening cream", severity: "warn" },
        { messageId: S, excerpt: "fairer skin", severity: "warn" },
      ],
      name: "a seller in Shanghai writing English for buyers abroad",
    },
    { text: "Old hag? Not with our night cream.", findings: [{ messageId: S, excerpt: "Old hag", severity: "warn" }] },
    { text: "Don't look old before your time: anti-ageing serum.", findings: [{ messageId: S, excerpt: "look old", severity: "info" }] },
    { text: "告别拜拜肉，夏天穿无袖！", findings: [{ messageId: P, excerpt: "拜拜肉", severity: "warn" }], name: "Chinese: a mocking label" },
    {
      text: "甩掉肚子上的赘肉！",
      findings: [{ messageId: S, excerpt: "甩掉", severity: "warn", suggestions: ["练出力量"] }],
      name: "Chinese: the suggestion in Chinese",
    },
    { text: "挑战A4腰，你敢吗？", findings: [{ messageId: P, excerpt: "A4腰", severity: "warn" }] },
    { text: "没有丑女人只有懒女人，今天你护肤了吗？", findings: [{ messageId: P, excerpt: "没有丑女人只有懒女人", severity: "warn" }] },
    { text: "没有丑女人，只有懒女人。", findings: [{ messageId: P, excerpt: "没有丑女人", severity: "warn" }], name: "the slogan with a comma" },
    { text: "白幼瘦才是王道，瘦身茶买二送一", findings: [{ messageId: P, excerpt: "白幼瘦", severity: "warn" }] },
    { text: "夏天到了，还在为腰上的游泳圈发愁吗？", findings: [{ messageId: S, excerpt: "游泳圈", severity: "warn" }] },
    { text: "死胖子也想穿裙子？哈哈", findings: [{ messageId: P, excerpt: "死胖子", severity: "block" }] },
    {
      text: "We're sorry. Our 'beach body ready' ad was wrong.",
      findings: [{ messageId: S, excerpt: "beach body ready", severity: "info" }],
      name: "an apology that quotes the words is a note",
    },
  ],
});
