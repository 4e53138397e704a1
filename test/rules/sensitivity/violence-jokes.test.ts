import rule from "../../../rules/sensitivity/violence-jokes.ts";
import { testRule } from "../rule-tester.ts";

const V = "violence";
const S = "violenceWithSuggestion";

testRule(rule, {
  valid: [
    "Travel crate with air holes on every side: your cat rides in comfort.",
    "Huge boot: three suitcases and the dog's bed, no problem.",
    "Our 5G follows you everywhere, from the Tube to the top of Snowdon.",
    "Tonight's episode: a crime of passion in 1920s Paris, told by the detective who solved it.",
    // Support, prevention and storytelling.
    "If he hits her, it's abuse. Call the National Domestic Violence Hotline: 1-800-799-7233.",
    "Learn to punch back: self-defence classes for women, Saturdays at 10.",
    "This week on the podcast: the man who beat his wife for years, and the survivors who spoke up. New episode out now.",
    "反家暴，从不沉默开始。遭遇家暴请拨打12338。",
    // Game vocabulary and idioms that only look violent.
    "Headshot tips and a brand-new battle pass this season.",
    "Can she beat her score? New levels out now.",
    "Hit her up in the guild chat if you need a raid partner.",
    "Would you rather punch a shark or fight a bear? Wrong answers only.",
    "Would you rather kill it at work or kill it at the gym? Why not both.",
    "Kiss, marry, kill: our three new flavours. Vote below!",
    "Would You Rather Punch Sharks Or Kick Bears?",
    "She won't say no to a second slice of our lemon tart.",
    "She can't say no to a bargain: 20% off sitewide.",
    "What's better than one pizza? Two pizzas!",
    "Our support team won't take no for an answer until your issue is fixed.",
    "Celery stalks, hummus and a cold drink: your Valentine's picnic sorted.",
    "打她电话也没人接？试试我们的一键呼叫手表。",
    "打女人的男人不配被原谅。",
    "Follow us for daily deals!",
    { text: "这道红烧肉欠火候，我们重新做一份给您。", name: "欠 in the kitchen, no partner" },
    { text: "If your partner hits you, call the National Domestic Violence Hotline: 1-800-799-7233.", name: "a helpline post" },
    { text: "老公说这杯拿铁太好喝了，又续了一杯。", name: "a husband and a latte" },
    { text: "Our trail runners grip wet rock and trample mud without a slip.", name: "'trample' with no sale" },
    { text: "Ten years after the crowd crush at the store opening, we still staff every door and cap entry at 200.", name: "a crowd-safety post" },
    { text: "Treat your husband to our Damascus chef's knife set this Father's Day, 20% off.", name: "a knife set as a gift for a partner, no grievance" },
    { text: "Wife forgot her keys again? Our smart lock opens with a tap.", name: "a grievance with no weapon" },
    { text: "老公总忘带伞？这款折叠伞只有手机大小。", name: "Chinese: a forgetful husband and an umbrella" },
    { text: "She'll learn to surf in a week at our Newquay camp.", name: "'she'll learn' with no partner" },
  ],
  invalid: [
    {
      text: "Boyfriend forgot your birthday? Our cast-iron frying pan is 30% off this week. No reason 😇",
      findings: [{ messageId: V, excerpt: "frying pan", severity: "block" }],
      name: "a pan offered for a forgetful boyfriend, in a sale",
    },
    {
      text: "老婆又不听话？来把菜刀，保证好用😏",
      findings: [{ messageId: V, excerpt: "菜刀", severity: "block" }],
      name: "Chinese: a cleaver for a wife who won't listen, as a joke",
    },
    {
      text: "He threw the remote at his wife when she changed the channel. She'll learn 😂",
      findings: [{ messageId: V, excerpt: "She'll learn", severity: "block" }],
      name: "'she'll learn' after a blow at a wife, as a joke",
    },
    {
      text: "He flicks a bottle cap at his girlfriend's ear every time she talks over the film. She'll learn 😂",
      findings: [{ messageId: V, excerpt: "She'll learn", severity: "block" }],
      name: "a partner named in the possessive",
    },
    {
      text: "Doors open at 6 for the Boxing Day sale: 50% off TVs. Trample anyone in your way 😂",
      findings: [{ messageId: V, excerpt: "Trample anyone", severity: "block" }],
      name: "trampling urged as a sale joke",
    },
    {
      text: "Boyfriend forgot your anniversary? Slap him and send him to our flower stall 💐",
      findings: [{ messageId: V, excerpt: "Slap him", severity: "warn" }],
      name: "hitting a boyfriend as the fix",
    },
    {
      text: "老婆又乱花钱？欠揍！不如给她办张我们的储值卡。",
      findings: [{ messageId: V, excerpt: "欠揍", severity: "warn" }],
      name: "Chinese: a wife 'asking for a beating'",
    },
    {
      text: "Room in the trunk for your ex. No air holes needed.",
      findings: [{ messageId: "violence", excerpt: "No air holes", severity: "warn" }],
      name: "a person locked in the boot",
    },
    {
      text: "Like a jealous ex, our tracker never lets you go.",
      findings: [{ messageId: "violence", excerpt: "never lets you go", severity: "warn" }],
      name: "stalking by an ex as devotion",
    },
    {
      text: "Domestic dispute season pass, out now 👊",
      findings: [{ messageId: "violence", excerpt: "Domestic dispute", severity: "block" }],
      name: "domestic violence as a launch theme",
    },
    {
      text: "Would you rather: Slap Rihanna or Punch Chris Brown",
      findings: [{ messageId: V, excerpt: "Slap Rihanna", severity: "block" }],
      name: "Snapchat 2018: a named woman as the target of a game",
    },
    {
      text: "would you rather slap @kanyewest or lose your wifi for a week?",
      findings: [{ messageId: V, excerpt: "slap @kanyewest", severity: "block" }],
      name: "a mention as the target",
    },
    {
      text: "Kiss, marry, kill: Taylor, Selena, Ariana. Go!",
      findings: [{ messageId: V, excerpt: "Kiss, marry, kill", severity: "block" }],
      name: "a violent game with named people",
    },
    {
      text: "Would you rather slap your girlfriend or lose your phone?",
      findings: [{ messageId: V, excerpt: "slap your girlfriend", severity: "block" }],
      name: "a game frame makes it a block",
    },
    { text: "Slap her with this bouquet and she'll forgive anything.", findings: [{ messageId: V, excerpt: "Slap her", severity: "warn" }] },
    { text: "Wife beater vests, 3 for $20", findings: [{ messageId: V, excerpt: "Wife beater", severity: "block" }], name: "in a sale" },
    { text: "Buy her this and she won't say no 😉", findings: [{ messageId: V, excerpt: "she won't say no", severity: "block" }] },
    { text: "Girls love a man who won't take no for an answer 😉", findings: [{ messageId: V, excerpt: "won't take no for an answer", severity: "warn" }] },
    { text: "Stalk your crush on our app this Valentine's.", findings: [{ messageId: S, excerpt: "Stalk", severity: "warn", suggestions: ["follow", "check out"] }] },
    { text: "We know where you live 😏 Free delivery to your door.", findings: [{ messageId: V, excerpt: "We know where you live", severity: "block" }] },
    { text: "Those rapey vibes at the office party, lol", findings: [{ messageId: V, excerpt: "rapey", severity: "block" }] },
    {
      text: "What's better than one girl? Two girls in bed lol",
      findings: [{ messageId: V, excerpt: "What's better than", severity: "block" }],
    },
    { text: "打是亲骂是爱，这个情人节送她一束花。", findings: [{ messageId: V, excerpt: "打是亲骂是爱", severity: "warn" }], name: "Chinese: beating as love" },
    { text: "打是亲，骂是爱。", findings: [{ messageId: V, excerpt: "打是亲", severity: "warn" }], name: "the saying with a comma" },
    { text: "这价格简直被强奸了哈哈", findings: [{ messageId: V, excerpt: "被强奸", severity: "block" }] },
    { text: "老婆不听话？打老婆不如送她这款包😂", findings: [{ messageId: V, excerpt: "打老婆", severity: "block" }] },
    { text: "喜欢她就跟踪她，直到她答应为止", findings: [{ messageId: S, excerpt: "跟踪", severity: "warn", suggestions: ["关注"] }] },
  ],
});
