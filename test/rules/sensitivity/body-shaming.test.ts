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
    // Before/after, deadlines, outcomes and weights that are not about a body (blind-5/6's families).
    { text: "Before and after: our customer's kitchen, from cluttered to calm. She's thrilled.", name: "a before/after of a room" },
    { text: "[image: before/after of a velvet sofa after our deep clean] Booked in Leeds, done in two hours.", name: "a before/after of a sofa" },
    { text: "Before & after: her hair, from flat to full of volume with our keratin treatment.", name: "a before/after of hair" },
    { text: "[image: a plus-size model and a slim model in the same wrap dress] One cut, one price, sizes 4 to 28.", name: "two bodies side by side, no before/after" },
    { text: "Love your curves, every size: our jeans run from 4 to 32 and were fitted on real bodies.", name: "a curves slogan backed by the range" },
    { text: "Is your body ready for summer? Stay hydrated with our electrolyte tabs.", name: "'is your body ready' with no fix or jab" },
    { text: "What the gym didn't fix, our physio can: book a knee assessment.", name: "a gym that did not fix an injury" },
    { text: "So you don't end up looking like a lobster after the beach: SPF 50 is back.", name: "a sunburn, not a body, as the outcome" },
    "Zero sugar, full flavour, whatever you're counting 🥤",
    { text: "Kids shouldn't wear wool in this heat: our linen range is in.", name: "'shouldn't wear' with no weight" },
    { text: "100斤以下选S码，100到120斤选M码，按体重选就好。", name: "Chinese: a size chart by weight" },
    { text: "雨天就别穿白鞋了，试试我们的防水鞋套。", name: "Chinese: 'don't wear' with no weight" },
    { text: "胖不是你的错，身材没有标准答案。", name: "Chinese: weight not blamed" },
    // blind-7's families (a diet pun on the body, 'less of you'): the look-alikes.
    { text: "Blueberry muffin tops, now sugar-free 🧁", name: "muffin tops the pastry, with a diet claim" },
    { text: "Less of you waiting in line: order ahead in the app ☕", name: "'less of you' about a queue" },
    { text: "Zero sugar, same taste. New year, less sugar in you 🥤", name: "less sugar, not less of you" },
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
    // A curves slogan is as good as the bodies shown with it (Zara, Ireland, 2017).
    { text: "Embrace your curves with the new Contour jeans.", findings: [{ messageId: P, excerpt: "Embrace your curves", severity: "info" }], name: "a curves slogan alone is a note" },
    {
      text: "[image: two very thin models in bikinis] Celebrate your curves this summer!",
      findings: [{ messageId: P, excerpt: "Celebrate your curves", severity: "warn" }],
      name: "a curves slogan over very thin models",
    },
    // A larger body shown as the 'before'.
    {
      text: "[image: before/after: a heavier man in a loose shirt frowning; the same man slimmer and grinning] Thirty days of our shakes.",
      findings: [{ messageId: P, excerpt: "before/after", severity: "warn" }],
      name: "an image described as a before/after",
    },
    {
      text: "Our 'Before' shot: a plus-size woman in a hoodie. Our 'After': a slim model in the Riva dress.",
      findings: [{ messageId: P, excerpt: "'Before'", severity: "warn" }],
      name: "a labelled 'Before'",
    },
    {
      text: "瘦身前后：左边的她微胖，右边的她瘦了20斤，全靠这款代餐。",
      findings: [{ messageId: P, excerpt: "瘦身前后", severity: "warn" }],
      name: "Chinese: a slimming before/after",
    },
    // A body as a defect a product covers, or a deadline it must meet.
    {
      text: "Our shapewear hides what your workouts couldn't fix.",
      findings: [{ messageId: S, excerpt: "what your workouts couldn't fix", severity: "warn" }],
      name: "a body as a failed repair",
    },
    { text: "减不掉的小肚子，交给这条收腹裤。", findings: [{ messageId: S, excerpt: "减不掉的", severity: "warn" }], name: "Chinese: a belly that would not go" },
    {
      text: "Summer is six weeks out. Is your body ready? Our firming gel tightens while you sleep.",
      findings: [{ messageId: P, excerpt: "Is your body ready", severity: "warn" }],
      name: "a summer deadline and a product that firms the body",
    },
    // A fat body as the outcome to fear.
    {
      text: "Low-carb pasta, so you won't look like your flatmate by Christmas.",
      findings: [{ messageId: P, excerpt: "so you won't look like", severity: "warn" }],
      name: "a diet product against becoming someone's body",
    },
    { text: "无糖可乐，小心变成圆滚滚的样子。", findings: [{ messageId: P, excerpt: "小心变成", severity: "warn" }], name: "Chinese: the outcome to fear" },
    // Weight as a bar to a garment, or a personal failing.
    { text: "过了120斤就别穿吊带了，选我们的宽松款吧～", findings: [{ messageId: P, excerpt: "就别穿", severity: "warn" }], name: "Chinese: a weight past which a garment is off limits" },
    {
      text: "Anyone over a size 14 has no business wearing crop tops. Shop our tunics.",
      findings: [{ messageId: P, excerpt: "has no business wearing", severity: "warn" }],
      name: "a size past which a garment is off limits",
    },
    { text: "胖就是懒，私教课今天开始报名。", findings: [{ messageId: P, excerpt: "胖就是懒", severity: "warn" }], name: "Chinese: weight as laziness" },
    { text: "不运动就是你自己的错，年卡8折。", findings: [{ messageId: P, excerpt: "不运动就是你自己的错", severity: "warn" }], name: "Chinese: the body blamed on its owner" },
    {
      text: "Being fat is a choice. Make a better one with our meal plans.",
      findings: [{ messageId: P, excerpt: "Being fat is a choice", severity: "warn" }],
      name: "weight as a choice",
    },
    {
      text: "We're sorry. Our 'beach body ready' ad was wrong.",
      findings: [{ messageId: S, excerpt: "beach body ready", severity: "info" }],
      name: "an apology that quotes the words is a note",
    },
    // blind-7's families: a diet pun that lands on the waist, and 'less of you'.
    {
      text: "Low-cal lattes: all of the muffin, none of the muffin top 😉 [image: a woman pulling at her waistband]",
      findings: [{ messageId: S, excerpt: "muffin top", severity: "warn" }],
      name: "the pastry pun next to a diet claim and a body",
    },
    {
      text: "New year, a little less of you 😂 Our slimming shakes start at £2.",
      findings: [{ messageId: S, excerpt: "a little less of you", severity: "block" }],
      name: "'less of you' next to a diet product",
    },
    {
      text: "新年新气象，0糖奶茶喝出小一号的你🧋",
      findings: [{ messageId: S, excerpt: "小一号的你", severity: "warn" }],
      name: "Chinese: 'a smaller you' next to a zero-sugar drink",
    },
  ],
});
