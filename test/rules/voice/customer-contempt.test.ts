import rule from "../../../rules/voice/customer-contempt.ts";
import { testRule } from "../rule-tester.ts";

const C = "contempt";
const S = "contemptWithSuggestion";

const brand = { names: ["Acme"], accounts: [{ platform: "x" as const, handle: "@acme" }] };

testRule(rule, {
  ruleSet: { brand },
  context: { platform: "x", account: "@acme" },
  valid: [
    { text: "Flat-pack too hard for you? Our fitters will build it for £25, booked at checkout.", name: "'too hard for you' as an offer to everyone, aimed at no one" },
    { text: "@sam_k So sorry, that's on us: the delay was our fault and a refund is on its way today.", name: "a reply that owns the fault" },
    { text: "Our oat latte isn't for you if you like it sweet: try the honey one instead 🍯", name: "'isn't for you' as taste advice to everyone" },
    { text: "Nobody's judging you for a third croissant. We'd have four.", name: "reassurance, not judgment" },
    // Firm but polite replies, banter without an insult, policies.
    "We're sorry you were disappointed. Reply with your order number and we'll sort out a refund today.",
    "The size chart is in the third photo: happy to help you pick, just DM us.",
    "Our refund policy: returns within 30 days, no questions asked.",
    "We hear you on the price. Here's what goes into every jacket, and why it lasts ten years.",
    "Thank you people for ten years of support! 🎉",
    "Help your child learn to read with our phonics app.",
    "Brands, learn to read the room: today is not the day for a sale.",
    "Stupidly simple setup for new users: three taps and you're in.",
    "No such thing as a stupid question: ask our team anything today.",
    "Snowflake cookies for our guests this winter ❄️",
    "Bold of you to challenge our barista to a latte-art duel. Saturday, 10am. Bring your A game.",
    "价格问题我们已收到反馈，稍后会公布成本构成，感谢大家的监督。",
    "有任何问题欢迎私信客服，我们24小时在线。",
    // Brush-offs with nobody painted as a whiner: pep talk, idioms, outdoor copy.
    "Weekend forecast: sunny. Leave the phone at home and go touch grass on our new riverside trail.",
    "Watch them grow up in print: our photo books hold ten years of birthdays.",
    "Sold out in your size? Our outlet partners may have it; check there or go elsewhere in the range.",
    "Get over it in style: our hurdle trainers are back in stock.",
    "这次活动是我们自己的问题，已经在改了，谢谢提醒。",
    {
      text: "Learn to read the room, Monday. We're not ready.",
      context: { platform: "x", account: "@kai" },
      name: "a personal account: not the brand's voice",
    },
    { text: "Our customers are idiots, lol", context: { platform: "x", account: "@kai" }, name: "a team member's personal post" },
    "If you read our returns page and still have questions, just reply here and we'll help.",
    "Sorry for the mix-up: the baggage rules changed last week and our site said otherwise. We'll refund the fee.",
    // blind-6's family: a reply that mocks one customer (an @reply, a scare-quoted "customer", a
    // jab at their money, 嫌贵…没人逼你). Its look-alikes: warm replies, firm polite ones, prices explained.
    { text: "@tom_r we're crying happy tears at this photo 😭 thank you for sharing it!", name: "'crying' in a warm reply" },
    { text: "@priya.k the early exit fee is in clause 12 of your plan; DM us and we'll go through your options together.", name: "a firm, polite reply citing the contract" },
    { text: "To the regular who brings our baristas cookies every Friday: we see you 💛", name: "'we see you' as warm thanks" },
    { text: "We replaced the word 'customer' with 'guest' on every sign in our stores.", name: "a word in quotes, talked about" },
    { text: "Nobody's forcing you to choose: the duo box has both flavours 😉", name: "'nobody's forcing you' as a playful offer" },
    { text: "回复@小周：理解您觉得价格偏高，下周有第二杯半价，欢迎来试试。", name: "Chinese: a price complaint answered kindly" },
    { text: "Basic fares are our cheapest way to fly: a seat, a bag under it, and the same crew. Extra legroom is £12.", name: "a fare explained kindly" },
    // blind-7's families (insults, the mirror, 'read it next time'): the look-alikes.
    { text: "Look in the mirror: our new blush gives you a glow that lasts all day ✨", name: "a mirror in make-up copy" },
    { text: "照照镜子，今天的气色是不是好多了✨", name: "Chinese: a mirror and a glow" },
    { text: "Workout didn't work out the way you planned? Take a look in the mirror: progress is progress 💪", name: "a mirror as encouragement, nobody blamed" },
    { text: "Calling all punks: the Ramones tee is back in stock 🎸", name: "'punks' as an audience, no customers insulted" },
    { text: "Book club pick: maybe read it before the film comes out? 📖", name: "'maybe read it' to book lovers, nobody addressed" },
  ],
  invalid: [
    // blind-6's family (new wordings): mockery aimed at one customer, or at customers' money.
    {
      text: "@tom_r next time check the delivery window before throwing a tantrum in our mentions 🙄",
      findings: [{ messageId: C, excerpt: "tantrum", severity: "warn" }],
      name: "an @reply painting the customer as a child, with an eye-roll",
    },
    {
      text: "回复@阿杰：收到货才来卖惨？🙄",
      findings: [{ messageId: C, excerpt: "卖惨", severity: "warn" }],
      name: "Chinese: a reply mocking the customer's complaint",
    },
    {
      text: "Shout-out to the \"guest\" who left three stars because the pool was too wet 👀",
      findings: [{ messageId: C, excerpt: "\"guest\"", severity: "warn" }],
      name: "a scare-quoted guest, called out in public",
    },
    {
      text: "某些“顾客”吃完一整份才说难吃要退款，我们都记着呢。",
      findings: [{ messageId: C, excerpt: "“顾客”", severity: "warn" }],
      name: "Chinese: scare-quoted customers",
    },
    {
      text: "Economy is economy. Want more room? Maybe stop being such a cheapskate ✈️",
      findings: [{ messageId: C, excerpt: "cheapskate", severity: "warn" }],
      name: "customers called stingy",
    },
    {
      text: "Prices went up 50p. Think that's too much? Nobody's forcing you to order.",
      findings: [{ messageId: C, excerpt: "Nobody's forcing you", severity: "warn" }],
      name: "a price complaint waved away",
    },
    {
      text: "回复@橙子汽水：觉得贵就别来，又没人求你😊",
      findings: [{ messageId: C, excerpt: "没人求你", severity: "warn" }],
      name: "Chinese: a reply to a price complaint, 'nobody begged you'",
    },
    {
      text: "涨了两块就嚷嚷？爱喝不喝。",
      findings: [{ messageId: C, excerpt: "爱喝不喝", severity: "warn" }],
      name: "Chinese: 爱X不X",
    },
    {
      text: "@dana_w Maybe read the terms before you book next time. Seat selection was never free.",
      findings: [{ messageId: C, excerpt: "Maybe read the terms", severity: "warn" }],
      name: "a customer told to read the terms",
    },
    {
      text: "@leo_88 if pairing a speaker is too hard for you, maybe tech isn't for you 😂",
      findings: [
        { messageId: C, excerpt: "too hard for you", severity: "block" },
        { messageId: C, excerpt: "isn't for you", severity: "block" },
      ],
      name: "a jab at a customer's ability, laughing",
    },
    {
      text: "To the woman who returned a worn dress with the tags sewn back on: we saw you. We're judging you.",
      findings: [{ messageId: C, excerpt: "We're judging you", severity: "warn" }],
      name: "a customer shamed in public",
    },
    {
      text: "回复@小林：连App都不会用，这款产品不适合你🙄",
      findings: [{ messageId: C, excerpt: "不适合你" }],
      name: "Chinese: a reply mocking a customer's ability",
    },
    {
      text: "@sam_t If you'd read the size guide you'd have ordered a medium. Next time, maybe.",
      findings: [{ messageId: C, excerpt: "If you'd read", severity: "warn" }],
      name: "a complaint answered with blame",
    },
    {
      text: "Honestly, you only have yourself to blame for the late fee 🙂",
      findings: [{ messageId: C, excerpt: "you only have yourself to blame", severity: "warn" }],
      name: "the customer blamed outright",
    },
    {
      text: "Our customers are idiots who can't read a size chart.",
      findings: [{ messageId: C, excerpt: "idiots", severity: "block" }],
      name: "the brand insulting its customers",
    },
    { text: "Learn to read, the price was in the description 🙄", findings: [{ messageId: C, excerpt: "Learn to read", severity: "warn" }] },
    {
      text: "You people never stop complaining.",
      findings: [
        { messageId: S, excerpt: "You people", severity: "warn" },
        { messageId: C, excerpt: "stop complaining", severity: "warn" },
      ],
    },
    { text: "Stop being broke and treat yourself.", findings: [{ messageId: C, excerpt: "Stop being broke", severity: "warn" }] },
    { text: "Cry more 😂 the sale is over.", findings: [{ messageId: C, excerpt: "Cry more", severity: "block" }], name: "laughing makes it a block" },
    { text: "Skill issue.", findings: [{ messageId: C, excerpt: "Skill issue", severity: "warn" }] },
    { text: "Don't like the new menu? Take your business elsewhere.", findings: [{ messageId: C, excerpt: "Take your business elsewhere", severity: "warn" }] },
    { text: "爱买不买，就这个价。", findings: [{ messageId: C, excerpt: "爱买不买", severity: "warn" }] },
    {
      text: "嫌贵就别买，找找自己原因。",
      findings: [
        { messageId: C, excerpt: "嫌贵就别买", severity: "warn" },
        { messageId: C, excerpt: "找找自己原因", severity: "warn" },
      ],
      name: "Chinese: the price reply of 2023",
    },
    {
      text: "Half the replies are crying about a five-minute delay. Grow up.",
      findings: [{ messageId: C, excerpt: "Grow up", severity: "warn" }],
      name: "a brush-off in a post that calls the replies whining",
    },
    {
      text: "So entitled 🙄 if the menu bothers you, shop elsewhere.",
      findings: [
        { messageId: C, excerpt: "So entitled", severity: "warn" },
        { messageId: C, excerpt: "shop elsewhere", severity: "warn" },
      ],
    },
    {
      text: "Our app was down for ten minutes and the tantrums in here 😂 touch grass, folks.",
      findings: [{ messageId: C, excerpt: "touch grass", severity: "block" }],
      name: "a laughing brush-off blocks",
    },
    {
      text: "Some of you really think shipping is free, huh.",
      findings: [{ messageId: C, excerpt: "Some of you really think", severity: "warn" }],
    },
    {
      text: "看不清价签就去配副眼镜吧。",
      findings: [{ messageId: C, excerpt: "配副眼镜", severity: "warn" }],
      name: "Chinese: 'get glasses', the learn-to-read sneer",
    },
    {
      text: "点错了还好意思来投诉🙄",
      findings: [{ messageId: C, excerpt: "还好意思", severity: "warn" }],
    },
    { text: "有些买家就是白痴，看不懂说明。", findings: [{ messageId: C, excerpt: "白痴", severity: "block" }] },
    { text: "你们这些人真难伺候。", findings: [{ messageId: C, excerpt: "你们这些人", severity: "warn" }] },
    {
      text: "We apologise: calling our customers idiots was wrong.",
      findings: [{ messageId: C, excerpt: "idiots", severity: "info" }],
      name: "an apology that quotes the words is a note",
    },
    {
      text: "Our customers are idiots, lol",
      context: { platform: "x", account: "@kai" },
      ruleSet: { brand: { names: ["Acme"], accounts: [] } },
      findings: [{ messageId: C, excerpt: "idiots", severity: "block" }],
      name: "no brand accounts listed: every account is the brand's",
    },
    // blind-7's families: customers insulted as a group, told to look in the mirror, or told to read before complaining.
    {
      text: "You people are punks, every last one of you.",
      findings: [{ messageId: C, excerpt: "punks", severity: "block" }],
      name: "customers called punks",
    },
    {
      text: "Some of you say the serum didn't work. Maybe take a long look in the mirror first 💅",
      findings: [{ messageId: S, excerpt: "take a long look in the mirror", severity: "warn" }],
      name: "complainers told to look in the mirror",
    },
    {
      text: "有人说我们的面膜没效果？建议先照照镜子，看看自己几点睡的😅",
      findings: [{ messageId: S, excerpt: "照照镜子", severity: "block" }],
      name: "Chinese: complainers told to look in the mirror",
    },
    {
      text: "@jenny Next time read the listing properly before you order 🙄",
      findings: [{ messageId: S, excerpt: "Next time read the listing properly", severity: "warn" }],
      name: "a named customer told to read next time",
    },
    {
      text: "@sam_k It's in the FAQ. Maybe read it first before the rage-tweet, Sam.",
      findings: [
        { messageId: S, excerpt: "Maybe read it first", severity: "warn" },
        { messageId: S, excerpt: "rage-tweet", severity: "warn" },
      ],
      name: "a named customer told to read before the rage-tweet",
    },
  ],
});
