import { describe, expect, it } from "vitest";
import rule, { mockForms } from "../../../rules/sensitivity/tropes.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
    "聚会时请小心饮料被人动手脚，离开座位前喝完或带走你的杯子。",
    "Our Chinese customers love the new app.",
    "Spiking can happen to anyone: grab free drink covers and testing strips at the welfare tent, and tell a steward if you feel unwell.",
    "Shout out to our Indian engineers in Bangalore for shipping this.",
    "GG to the Seoul squad: champions of the autumn league!",
    "All women are welcome at our workshop.",
    "All Asians are invited to apply for the scholarship.",
    "All Americans are eligible for free shipping.",
    "We hold these truths: all men are created equal.",
    "Women can't get enough of our new serum.",
    "Girls just want to have fun.",
    "Ladies night is Thursday!",
    "Our guys in the warehouse packed 10,000 orders.",
    "Typical Italian restaurant vibes, atypical prices.",
    "Chinese food delivered in 20 minutes.",
    "Spike your eggnog with our bourbon this holiday.",
    "A spike in sales this quarter.",
    "We won't take no for an answer on quality.",
    "Man, what a week!",
    "Step up your game.",
    "Our kitchen is open late.",
    "Mexican food night: tacos for everyone.",
    "Muslims and Jews celebrate together at our iftar dinner.",
    "Get back to the office in style.",
    "So easy even a child can use it.",
    "Even your dog will love it.",
    "Even my wife can't resist these cookies.",
    "Our wife-and-husband founders bake every loaf by hand.",
    "Channel your inner child this summer.",
    "Unleash your inner artist at our pottery class.",
    "Indian costume jewellery, handmade in Jaipur.",
    "Dress up as a pumpkin for our Halloween parade.",
    "Happy Diwali to everyone celebrating 🪔",
    "Lunar New Year box: red bean buns and egg tarts 🧧",
    "Fresh sushi and fried rice, delivered in 20 minutes 🍣",
    "Taco Tuesday: three tacos and a margarita, amigos! 🌮",
    "Festival essentials: rain poncho, sunscreen and a map 🌵",
    "Our tomahawk steak is back on the grill.",
    "Velly Street Market opens on Saturday.",
    "Sorry for the delay, and thank you for your patience!",
    "Our new kimono jacket is woven in Kyoto from Japanese silk.",
    // Drugging phrased softly: the look-alikes (tropes-context.json).
    "The ring that makes her say yes 💍 Engagement rings from $900.",
    "Spike in sales this quarter: thank you, team!",
    "Our espresso martini: two shots, one pour of cold brew, a little something extra on top. Recipe below.",
    "Protect your drink: never leave it unattended, and ask for Angela at the bar if you feel unsafe.",
    "Buy the car today and she's yours: 0% finance for 36 months.",
    "对症下药，精准护肤。",
    "夜店安全提示：警惕迷药，不要离开你的酒杯。",
    // Chores and a women's day: the look-alikes.
    "Spring cleaning sale: 20% off mops and vacuums.",
    "This Women's Day, meet the women engineering our next-generation batteries.",
    "Mother's Day: we'll do the cleaning so mum doesn't have to. Book a free deep clean.",
    "This Women's Day, let's talk about the unequal share of household chores.",
    "母亲节，把妈妈请出厨房：今天家务我来。",
    "Vacuum-sealed coffee, fresh for Mother's Day brunch.",
  ],
  invalid: [
    {
      text: "约会小技巧：趁对方不注意，往TA的杯子里偷偷加点料。",
      findings: [{ messageId: "drugging", excerpt: "TA的杯子", severity: "warn" }],
      name: "Chinese: the gender-neutral TA as the target",
    },
    {
      text: "No surprise our Asian players top every leaderboard 🧠 built different.",
      findings: [{ messageId: "generalization", excerpt: "No surprise our Asian players", severity: "warn" }],
      name: "a compliment that generalises about a group",
    },
    {
      text: "Mexican drivers always win the night races.",
      findings: [{ messageId: "generalization", excerpt: "Mexican drivers always win", severity: "warn" }],
      name: "a group and a verb of superiority",
    },
    {
      text: "Women belong in the kitchen.",
      findings: [{ messageId: "generalization", excerpt: "Women belong in the kitchen", severity: "warn" }],
      name: "Burger King UK, International Women's Day 2021",
    },
    {
      text: "Spike your best friend's eggnog when they're not looking.",
      findings: [
        { messageId: "consent", excerpt: "Spike your best friend's", severity: "warn" },
        { messageId: "consent", excerpt: "when they're not looking", severity: "info" },
      ],
      name: "Bloomingdale's 2015",
    },
    {
      text: "The perfect beer for removing \"no\" from your vocabulary for the night. #UpForWhatever",
      findings: [{ messageId: "consent", excerpt: "removing \"no\" from your vocabulary", severity: "warn" }],
      name: "Bud Light 2015",
    },
    { text: "Slip something into her drink.", findings: [{ messageId: "consent", excerpt: "Slip something into her drink" }] },
    { text: "Roofies not included lol", findings: [{ messageId: "consent", excerpt: "Roofies" }] },
    { text: "No means yes, right?", findings: [{ messageId: "consent", excerpt: "No means yes" }] },
    { text: "Man up and try our extra-hot wings!", findings: [{ messageId: "trope", excerpt: "Man up", severity: "info" }] },
    { text: "You throw like a girl!", findings: [{ messageId: "trope", excerpt: "throw like a girl", severity: "info" }] },
    { text: "A woman's place is in the kitchen.", findings: [{ messageId: "trope", excerpt: "A woman's place is in the kitchen", severity: "warn" }] },
    { text: "Boys will be boys.", findings: [{ messageId: "trope", excerpt: "Boys will be boys", severity: "info" }] },
    { text: "Get back in the kitchen and make me a sandwich.", findings: [{ messageId: "trope", excerpt: "Get back in the kitchen" }, { messageId: "trope", excerpt: "make me a sandwich" }] },
    { text: "All Asians are good at math, right?", findings: [{ messageId: "generalization", excerpt: "All Asians are", severity: "warn" }] },
    { text: "Mexicans are lazy.", findings: [{ messageId: "generalization", excerpt: "Mexicans are lazy", severity: "warn" }] },
    { text: "Women can't drive.", findings: [{ messageId: "generalization", excerpt: "Women can't drive", severity: "warn" }] },
    { text: "All girls are princesses.", findings: [{ messageId: "generalization", excerpt: "All girls are", severity: "info" }], name: "a gender generalisation is information" },
    { text: "They all look the same. Asians all look alike.", findings: [{ messageId: "generalization", excerpt: "Asians all look alike" }] },
    { text: "The Chinese virus shut down our stores.", findings: [{ messageId: "trope", excerpt: "Chinese virus", severity: "warn" }] },
    { text: "Go back to your country.", findings: [{ messageId: "trope", excerpt: "Go back to your country" }] },
    { text: "Don't be a grammar nazi.", findings: [{ messageId: "trope", excerpt: "grammar nazi", severity: "info" }] },
    {
      text: "Rear camera so clear, even the wife can reverse it into the garage.",
      findings: [{ messageId: "generalization", excerpt: "even the wife can", severity: "warn" }],
      name: "a competence jab at a wife",
    },
    {
      text: "Self-parking mode: so easy a woman can do it.",
      findings: [{ messageId: "generalization", excerpt: "so easy a woman can", severity: "warn" }],
    },
    {
      text: "So simple, even your girlfriend could set it up.",
      findings: [{ messageId: "generalization", excerpt: "even your girlfriend could", severity: "warn" }],
    },
    {
      text: "Our grill is so easy even your husband can cook on it.",
      findings: [{ messageId: "generalization", excerpt: "even your husband can", severity: "warn" }],
      name: "a jab at men is a stereotype too",
    },
    {
      text: "Women can't reverse? Our rear camera says otherwise.",
      findings: [{ messageId: "generalization", excerpt: "Women can't reverse", severity: "warn" }],
    },
    {
      text: "Ordering online is so simple your grandma could do it.",
      findings: [{ messageId: "generalization", excerpt: "so simple your grandma could", severity: "info" }],
      name: "an age jab is information",
    },
    { text: "Dress up as a geisha for our Halloween party!", findings: [{ messageId: "generalization", excerpt: "Dress up as a geisha" }] },
    { text: "Unleash your inner Eskimo in our new parka.", findings: [{ messageId: "generalization", excerpt: "your inner Eskimo" }] },
    { text: "Best-selling Pocahontas costumes, now 2 for £30.", findings: [{ messageId: "generalization", excerpt: "Pocahontas costumes" }] },
    { text: "Rock a war bonnet at the festival this year.", findings: [{ messageId: "trope", excerpt: "war bonnet", severity: "warn" }] },
    {
      text: "Throw on a sombrero and shake those maracas this Cinco de Mayo!",
      findings: [{ messageId: "costume", excerpt: "sombrero", severity: "warn" }],
      name: "a costume prop next to another sign of the culture",
    },
    {
      text: "Festival drop: headdresses and war paint for your wild side 🪶",
      findings: [{ messageId: "costume", excerpt: "war paint" }],
    },
    {
      text: "Conical hat and chopsticks at the ready: our Lunar New Year menu is here!",
      findings: [{ messageId: "costume", excerpt: "Conical hat" }],
    },
    {
      text: "Herro fliends! Our new noodle bowl is velly good 🍜",
      findings: [{ messageId: "accent", excerpt: "Herro", severity: "warn" }],
      name: "a mocked accent, two swapped words",
    },
    {
      text: "So solly, we sold out of fortune cookies!",
      findings: [{ messageId: "accent", excerpt: "solly" }],
      name: "a mocked accent next to a cue",
    },
    {
      text: "Plice drop on sushi platters, rucky you!",
      findings: [{ messageId: "accent", excerpt: "Plice" }],
    },
    { text: "No tickee, no washee: collect your dry cleaning by 5pm.", findings: [{ messageId: "trope", excerpt: "No tickee, no washee" }] },
    { text: "Ching chong, our bubble tea is back!", findings: [{ messageId: "trope", excerpt: "Ching chong" }], name: "a slur that is also a mocked accent" },
    {
      text: "Slip a little something in her drink and watch the night take off 😉",
      findings: [{ messageId: "drugging", excerpt: "her drink", severity: "warn" }],
      name: "drugging phrased softly",
    },
    {
      text: "Slip a little something in her drink lol",
      findings: [{ messageId: "drugging", excerpt: "her drink", severity: "block" }],
      name: "drugging phrased softly, as a joke",
    },
    { text: "One more round and she's yours 🍸", findings: [{ messageId: "drugging", excerpt: "and she's yours", severity: "warn" }] },
    { text: "Two shots of our tequila makes her say yes.", findings: [{ messageId: "drugging", excerpt: "makes her say yes", severity: "warn" }] },
    { text: "Loosen her up with our strongest margarita, 2 for $12.", findings: [{ messageId: "drugging", excerpt: "Loosen her up", severity: "block" }] },
    { text: "约会的时候给她下药？开个玩笑😂", findings: [{ messageId: "drugging", excerpt: "下药", severity: "block" }], name: "Chinese: drugging a date as a joke" },
    { text: "把她灌醉就好办了", findings: [{ messageId: "drugging", excerpt: "把她灌醉", severity: "warn" }] },
    { text: "失身酒买一送一，今晚约起", findings: [{ messageId: "drugging", excerpt: "失身酒", severity: "block" }] },
    {
      text: "Happy Women's Day! 🌷 Treat her to our best-selling robot vacuum, 30% off.",
      findings: [{ messageId: "chores", excerpt: "robot vacuum", severity: "warn" }],
      name: "a vacuum as the Women's Day gift",
    },
    { text: "Happy Mother's Day to the queen of the kitchen 👑", findings: [{ messageId: "chores", excerpt: "queen of the kitchen", severity: "warn" }] },
    { text: "女神节快乐！拖把买一送一", findings: [{ messageId: "chores", excerpt: "拖把", severity: "warn" }], name: "Chinese: a mop for 女神节" },
    { text: "三八妇女节，致敬上得厅堂下得厨房的你！", findings: [{ messageId: "chores", excerpt: "上得厅堂下得厨房", severity: "warn" }] },
    {
      text: "Women can't drive.",
      ruleSet: { rules: { "sensitivity/tropes": "block" } },
      findings: [{ messageId: "generalization", excerpt: "Women can't drive", severity: "block" }],
      name: "the rule set overrides the severity",
    },
  ],
});

describe("mockForms", () => {
  it("swaps l and r as a mocked accent spells them, leaving out real words", () => {
    expect(mockForms("very")).toEqual(["vely", "velly"]);
    expect(mockForms("hello")).toEqual(["herro"]); // "hero" is a word
    expect(mockForms("rice")).toEqual([]); // "lice" is a word
    expect(mockForms("fried")).toEqual(["flied"]); // no doubled letter after a consonant
  });
});
