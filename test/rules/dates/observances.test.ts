import rule from "../../../rules/dates/observances.ts";
import { testRule } from "../rule-tester.ts";

/** A publish time and its zone; `zh` also reads the messages in Chinese. */
const at = (iso: string, timeZone = "UTC") => ({ at: new Date(iso), timeZone });
const zh = (iso: string, timeZone = "Asia/Shanghai") => ({ ...at(iso, timeZone), locale: "zh-CN" as const });

testRule(rule, {
  valid: [
    { text: "Eid al-Adha Mubarak to everyone celebrating with family this week.", context: at("2026-05-27T12:00:00Z"), name: "a greeting on Eid al-Adha" },
    // Greetings on the day, in several years: the dates move with the calendars.
    { text: "Ramadan Mubarak to everyone observing! 🌙", context: at("2025-03-01T09:00:00Z", "Asia/Riyadh"), name: "Ramadan 2025 began on 1 March" },
    { text: "Ramadan Mubarak to everyone observing! 🌙", context: at("2027-02-08T09:00:00Z", "Asia/Riyadh"), name: "Ramadan 2027 began on 8 February" },
    { text: "Ramadan Mubarak to everyone observing! 🌙", context: at("2030-12-27T09:00:00Z", "Asia/Riyadh"), name: "Ramadan comes twice in 2030: the second begins on 26 December" },
    { text: "Eid Mubarak from all of us at Crumb & Co.", context: at("2025-03-30T10:00:00Z", "Europe/London"), name: "Eid al-Fitr 2025" },
    { text: "Eid Mubarak from all of us at Crumb & Co.", context: at("2027-05-16T10:00:00Z", "Europe/London"), name: "'Eid' alone is either feast: Eid al-Adha 2027" },
    { text: "Eid Mubarak in advance! Our Eid gift boxes ship next week.", context: at("2025-03-20T10:00:00Z"), name: "an early greeting that says so" },
    { text: "新春快乐！恭喜发财，红包拿来！", context: zh("2027-02-06T02:00:00Z"), name: "Lunar New Year 2027 is 6 February (ICU alone says the 7th)" },
    { text: "Happy Lunar New Year! 20% off every gift box this week 🧧", context: at("2030-02-02T02:00:00Z", "Asia/Shanghai"), name: "a festive sale the day before Lunar New Year 2030 (3 February)" },
    { text: "Happy Lunar New Year! Our hotpot set is back 😂🐍", context: at("2025-01-29T10:00:00Z", "America/Los_Angeles"), name: "a joke on a festive day is ordinary" },
    { text: "Wishing everyone celebrating a bright and happy Diwali 🪔", context: at("2026-11-08T12:00:00Z", "Europe/London") },
    { text: "Happy Holi! 🌈 Colour-safe detergent, 2 for 1.", context: at("2026-03-04T05:00:00Z", "Asia/Kolkata") },
    { text: "Happy Easter! 🐣 Our bakery opens at noon.", context: at("2027-05-02T08:00:00Z", "Europe/Athens"), name: "Orthodox Easter 2027 is 2 May" },
    { text: "Shana Tova! Apple and honey cake, 15% off this week.", context: at("2025-09-20T15:00:00Z", "America/New_York"), name: "Shana Tova in the week before Rosh Hashanah" },
    { text: "Happy Passover to all who celebrate! Our stores close early on Tuesday.", context: at("2025-04-12T15:00:00Z", "America/New_York") },
    { text: "Passover seder wines, kosher for Passover, now in store.", context: at("2027-04-19T15:00:00Z", "America/New_York"), name: "wine is part of the seder" },
    { text: "中秋快乐！月饼礼盒全场八折。", context: zh("2030-09-12T02:00:00Z"), name: "Mid-Autumn 2030" },
    { text: "端午安康！粽子礼盒第二件半价。", context: zh("2027-06-09T02:00:00Z") },
    // Fasts: respectful posts, the meal that breaks the fast, offers that do not aim at the fasting.
    { text: "We are closed on Thursday for Yom Kippur. Wishing an easy fast to all who observe.", context: at("2025-10-01T15:00:00Z", "America/New_York") },
    { text: "G'mar chatimah tovah to our Jewish community.", context: at("2030-10-06T15:00:00Z", "America/New_York"), name: "the Yom Kippur greeting on its eve" },
    { text: "Yom Kippur break-fast platters: order by Wednesday for pickup after sundown.", context: at("2027-10-06T15:00:00Z", "America/New_York") },
    { text: "Our iftar menu is served from sunset every evening: 3 courses for AED 95.", context: at("2025-03-05T10:00:00Z", "Asia/Dubai") },
    { text: "Ramadan hours: open from sunset for iftar and until 2am for suhoor.", context: at("2027-02-15T10:00:00Z", "Asia/Riyadh") },
    { text: "Ramadan offer: 20% off all abayas this week.", context: at("2027-02-15T10:00:00Z", "Asia/Riyadh"), name: "a Ramadan offer in a Gulf market, not aimed at the fast" },
    { text: "Eid Mubarak! Our halal kitchen serves no pork, and the bar is closed all week.", context: at("2025-06-06T10:00:00Z", "Europe/London"), name: "saying what is left out" },
    { text: "Lunch deal: 2 burgers for $10, today only!", context: at("2025-05-05T10:00:00Z", "Asia/Riyadh"), name: "a Gulf market outside Ramadan" },
    { text: "Lunch deal: 2 burgers for $10, today only!", context: at("2025-03-05T12:00:00Z", "Europe/London"), name: "Ramadan, but a market where most do not fast" },
    { text: "Lunch deal: 2 burgers for $10, today only!", context: at("2025-02-28T20:30:00Z", "Africa/Cairo"), name: "22:30 on 28 February in Cairo: Ramadan starts tomorrow" },
    // Names that are ordinary words.
    { text: "Have a good Friday, everyone! 20% off all shoes.", context: at("2025-05-09T12:00:00Z"), name: "an ordinary Friday" },
    { text: "We lent a hand at the food bank this week lol", context: at("2025-03-10T12:00:00Z"), name: "'lent' during Lent" },
    { text: "Good Friday Agreement: 25 years on, a new episode of our podcast. Listen free.", context: at("2023-04-07T12:00:00Z", "Europe/London") },
    { text: "清明安康。清明假期出游特惠，机票低至5折。", context: zh("2026-04-05T02:00:00Z"), name: "Qingming holiday travel offers are ordinary" },
    { text: "政治清明、社会安定，是我们共同的期待。", context: zh("2026-06-01T02:00:00Z"), name: "'清明' as an ordinary word" },
    { text: "Ramadan lunch deal: 2 burgers for $10!", context: at("2025-03-05T12:00:00Z"), ruleSet: { rules: { "dates/observances": { options: { skip: ["ramadan"] } } } }, name: "skip switches an observance off" },
    { text: "春节自己买块新手表，新年新气象。", context: zh("2026-02-12T04:00:00Z", "Asia/Shanghai"), name: "a watch for oneself at the New Year" },
    { text: "送钟表维修券，老顾客专享。", context: zh("2026-06-12T04:00:00Z", "Asia/Shanghai"), name: "送钟表 with no New Year" },
    // A clock sold, repaired or mentioned at a festival, but not given.
    { text: "春节不打烊：北欧极简挂钟全场8折，自用装点新家。", context: zh("2026-02-10T04:00:00Z"), name: "a clock on sale at the New Year, not as a gift" },
    { text: "中秋钟表维修八折，欢迎到店。月饼礼盒另售。", context: zh("2026-09-20T04:00:00Z"), name: "clock repairs at Mid-Autumn, the gift box in another sentence" },
    { text: "Lunar New Year gifts ship round the clock from our Hong Kong warehouse 🧧", context: at("2026-02-12T04:00:00Z", "Asia/Hong_Kong"), name: "'round the clock' is not a clock" },
    // A greeting ahead of the day, in a post that gives the day itself.
    { text: "Our Tel Aviv branch closes at 1pm on Tuesday 10 October for Yom Kippur. Gmar chatima tova to all who fast.", context: at("2027-10-07T09:00:00Z", "Asia/Jerusalem"), name: "a closing notice that dates the day (Yom Kippur 2027: 11 October)" },
    { text: "Pre-order your Diwali sweets by the 25th. Happy Diwali to all who celebrate on the 29th!", context: at("2027-10-20T09:00:00Z", "Europe/London"), name: "a greeting for the day the post gives (Diwali 2027: 29 October)" },
    { text: "新春快乐！2月17日至19日门店休息，20日起照常营业。", context: zh("2026-02-05T02:00:00Z"), name: "a New Year closing notice twelve days ahead (春节 2026: 17 February)" },
    // Fasts: the respectful look-alikes of a joke about them.
    { text: "Ramadan Kareem 🌙 Our fasting-friendly suhoor bowls are served from 2am to 4am, 15% off all month.", context: at("2026-02-25T12:00:00Z", "Asia/Dubai"), name: "a suhoor offer" },
    { text: "To everyone fasting this Ramadan: our Dubai stores open until 2am, and iftar boxes ship before sunset.", context: at("2026-02-25T12:00:00Z", "Asia/Dubai"), name: "store hours during Ramadan" },
    { text: "We are closed for Yom Kippur. May everyone atoning today find peace.", context: at("2026-09-21T12:00:00Z", "America/New_York"), name: "'atoning' on the day, nothing sold" },
    { text: "Have you tried our new cold brew? It's the atonement for last year's iced latte 😅", context: at("2026-06-10T12:00:00Z", "America/New_York"), name: "'atonement' far from Yom Kippur is an ordinary word" },
    // The Day of the Dead kept as it is, and festive days called festive.
    { text: "Día de los Muertos altar workshop with chef Rosa Morales: build an ofrenda, bake pan de muerto. $40, book now.", context: at("2026-10-25T12:00:00Z", "America/Los_Angeles"), name: "a paid workshop on the Day of the Dead" },
    { text: "Happy Holi! The best excuse to throw colour at your friends 🌈", context: at("2026-03-04T05:00:00Z", "Asia/Kolkata"), name: "a festive excuse, not 'just an excuse'" },
    { text: "Happy Hanukkah! Eight nights of gifts, 20% off all week 🕎", context: at("2026-12-05T15:00:00Z", "America/New_York") },
  ],
  invalid: [
    // A solemn fast greeted as a party.
    {
      text: "Happy Yom Kippur to all our Jewish friends!",
      context: at("2025-10-02T12:00:00Z", "America/New_York"),
      findings: [{ messageId: "happy", excerpt: "Happy Yom Kippur", severity: "warn", suggestions: ["Have an easy fast", "G'mar chatimah tovah", "Wishing a meaningful Yom Kippur to all who observe it"] }],
      name: "NYC Council 2022",
    },
    { text: "#HappyYomKippur from the team", context: at("2027-10-11T12:00:00Z"), findings: [{ messageId: "happy", excerpt: "#HappyYomKippur", severity: "warn" }] },
    { text: "HAPPY GOOD FRIDAY TO ALL!", context: at("2020-04-10T15:00:00Z", "America/New_York"), findings: [{ messageId: "happy", excerpt: "HAPPY GOOD FRIDAY", severity: "warn" }], name: "Trump 2020" },
    { text: "Happy Ashura, everyone!", context: at("2025-07-05T09:00:00Z", "Asia/Baghdad"), findings: [{ messageId: "happy", excerpt: "Happy Ashura", severity: "warn" }] },
    { text: "中元节快乐！", context: zh("2025-09-06T02:00:00Z"), findings: [{ messageId: "preferredGreeting", excerpt: "中元节快乐", severity: "info" }] },
    { text: "端午节快乐，粽子买起来！", context: zh("2025-05-31T02:00:00Z"), findings: [{ messageId: "preferredGreeting", excerpt: "端午节快乐", severity: "info", suggestions: ["端午安康"] }] },
    // A solemn day used to sell.
    { text: "Yom Kippur sale: 20% off everything!", context: at("2025-10-02T12:00:00Z"), findings: [{ messageId: "sells", excerpt: "Yom Kippur", severity: "block" }] },
    { text: "It's a really really good Friday | Flat 40% Off", context: at("2016-03-25T04:00:00Z", "Asia/Kolkata"), findings: [{ messageId: "sells", excerpt: "good Friday", severity: "block" }], name: "Snapdeal 2016" },
    { text: "Great offers on beer and cider. Good Friday just got better.", context: at("2017-04-13T12:00:00Z", "Europe/London"), findings: [{ messageId: "sells", excerpt: "Good Friday", severity: "warn" }], name: "Tesco 2017: the offer in the next sentence" },
    { text: "This Good Friday, shop with your loved ones: mid-season sale now on.", context: at("2019-04-19T04:00:00Z", "Asia/Kolkata"), findings: [{ messageId: "sells", excerpt: "Good Friday", severity: "block" }], name: "Marks & Spencer India 2019" },
    { text: "Good Friday deals start now: 30% off Easter baskets.", context: at("2027-02-01T12:00:00Z"), findings: [{ messageId: "sells", excerpt: "Good Friday", severity: "block" }], name: "far from the day, next to the Christian year" },
    { text: "清明节特惠，全场五折！", context: zh("2025-04-04T02:00:00Z"), findings: [{ messageId: "sells", excerpt: "清明节", severity: "block" }] },
    { text: "清明大促，踏青装备全场五折！", context: zh("2030-04-05T02:00:00Z"), findings: [{ messageId: "sells", excerpt: "清明", severity: "block" }], name: "'清明' on Qingming 2030" },
    {
      text: "We are closed on Saturday for Yom Kippur. The fall sale continues online.",
      context: at("2027-10-08T15:00:00Z", "America/New_York"),
      findings: [{ messageId: "sells", excerpt: "Yom Kippur", severity: "info" }],
      name: "a closure, and a sale in another sentence: a note",
    },
    // Jokes about a solemn day.
    { text: "Yom Kippur? More like Yom Kip-pour another drink 😂", context: at("2025-10-02T12:00:00Z"), findings: [{ messageId: "joke", excerpt: "Yom Kippur", severity: "block" }] },
    {
      text: "Eid al-Adha: sheep everywhere are hiding lol 🐑",
      context: at("2026-05-27T12:00:00Z"),
      findings: [{ messageId: "joke", excerpt: "Eid al-Adha", severity: "block" }],
      name: "a joke about the sacrifice",
    },
    { text: "Ramadan diet: skip lunch, keep the snacks lol", context: at("2025-03-05T12:00:00Z"), findings: [{ messageId: "joke", excerpt: "Ramadan", severity: "warn" }] },
    { text: "清明节扫墓也要美美的 [doge]", context: zh("2026-04-05T02:00:00Z"), findings: [{ messageId: "joke", excerpt: "清明节", severity: "block" }] },
    // Food and drink offered to people who are fasting.
    { text: "Can't wait for iftar? Sneak a bite of our new burger 🍔", context: at("2025-03-05T12:00:00Z"), findings: [{ messageId: "fastCheat", excerpt: "Can't wait for iftar", severity: "block" }] },
    { text: "Ramadan lunch deal: 2 burgers for $10!", context: at("2025-03-05T12:00:00Z"), findings: [{ messageId: "fastFood", excerpt: "lunch", severity: "block" }] },
    { text: "斋月午餐特惠，两份只要50元！", context: zh("2026-02-25T04:00:00Z"), findings: [{ messageId: "fastFood", excerpt: "午餐", severity: "block" }] },
    {
      text: "Our Yom Kippur brunch special: bottomless coffee and bagels, $25.",
      context: at("2027-10-01T15:00:00Z", "America/New_York"),
      findings: [
        { messageId: "sells", excerpt: "Yom Kippur", severity: "block" },
        { messageId: "fastFood", excerpt: "brunch", severity: "block" },
      ],
    },
    // During the fast, in a market that keeps it, without naming it; each side of midnight.
    { text: "Lunch deal: 2 burgers for $10, today only!", context: at("2025-03-05T10:00:00Z", "Asia/Riyadh"), findings: [{ messageId: "fastMarket", excerpt: "Lunch", severity: "warn" }], name: "Riyadh, day 5 of Ramadan 2025" },
    { text: "Lunch deal: 2 burgers for $10, today only!", context: at("2025-02-28T20:30:00Z", "Asia/Dubai"), findings: [{ messageId: "fastMarket", excerpt: "Lunch", severity: "warn" }], name: "the same instant is 00:30 on 1 March in Dubai" },
    { text: "Breakfast special: any coffee and croissant for AED 15.", context: at("2030-01-10T05:00:00Z", "Asia/Dubai"), findings: [{ messageId: "fastMarket", excerpt: "Breakfast", severity: "warn" }], name: "Ramadan 2030, McDonald's Dubai 2015" },
    { text: "Brunch deal today: shakshuka and coffee for ₪49.", context: at("2025-10-02T07:00:00Z", "Asia/Jerusalem"), findings: [{ messageId: "fastMarket", excerpt: "Brunch", severity: "warn" }], name: "Yom Kippur in Israel" },
    // What those who keep a feast do not eat or drink.
    { text: "Eid Mubarak! Toast the day with our rosé, 2 for £20.", context: at("2025-03-30T10:00:00Z", "Europe/London"), findings: [{ messageId: "avoid", excerpt: "rosé", severity: "block" }] },
    { text: "Ramadan Mubarak! Smoky bacon crisps, 2 for £3.", context: at("2025-03-02T10:00:00Z", "Europe/London"), findings: [{ messageId: "avoid", excerpt: "bacon", severity: "block" }], name: "Tesco 2015" },
    { text: "Delicious for Chanukah: boneless spiral ham, $6.99 a pound.", context: at("2007-12-03T15:00:00Z", "America/New_York"), findings: [{ messageId: "avoid", excerpt: "ham", severity: "block" }], name: "Balducci's 2007" },
    { text: "Happy Diwali! Our wagyu beef feast is back.", context: at("2025-10-20T12:00:00Z", "Asia/Kolkata"), findings: [{ messageId: "avoid", excerpt: "wagyu", severity: "block" }] },
    { text: "Passover pizza night: 2 large pizzas for $20!", context: at("2025-04-14T22:00:00Z", "America/New_York"), findings: [{ messageId: "avoid", excerpt: "pizza", severity: "warn" }] },
    {
      text: "Guilt-free brownies for the fast? #YomKippur",
      context: at("2025-10-02T12:00:00Z", "America/New_York"),
      findings: [{ messageId: "sells", excerpt: "#YomKippur", severity: "warn" }],
      name: "a diet slogan sells on a fast day (the day named in a hashtag after it: a step lower)",
    },
    {
      text: "春节送礼指南：给爷爷送个钟，复古座钟限时8折。",
      context: zh("2026-02-12T04:00:00Z", "Asia/Shanghai"),
      findings: [{ messageId: "avoidGift", excerpt: "送个钟", severity: "warn" }],
      name: "a clock as a New Year gift for an elder (送钟 sounds like 送终)",
    },
    { text: "开斋节快乐！啤酒第二件半价。", context: zh("2026-03-20T04:00:00Z", "Asia/Urumqi"), findings: [{ messageId: "avoid", excerpt: "啤酒", severity: "block" }] },
    { text: "中秋礼盒推荐：复古座钟，孝敬父母首选。", context: zh("2026-09-20T04:00:00Z"), findings: [{ messageId: "avoidGift", excerpt: "座钟", severity: "warn" }], name: "a clock as a Mid-Autumn gift for parents" },
    { text: "新春好礼：送爸妈一台实木落地钟，寓意步步高升！", context: zh("2026-02-10T04:00:00Z"), findings: [{ messageId: "avoidGift", excerpt: "落地钟", severity: "warn" }], name: "a clock as a New Year gift, 新春 naming the festival" },
    {
      text: "Lunar New Year gift ideas: a brass wall clock for Grandpa 🧧",
      context: at("2026-02-10T04:00:00Z", "Asia/Singapore"),
      findings: [{ messageId: "avoidGift", excerpt: "wall clock", severity: "warn" }],
      name: "in English",
    },
    // The fast waved away or cheated on.
    { text: "Fasting this Ramadan? Our iced mocha is technically not food 🤫", context: at("2026-02-25T12:00:00Z", "Asia/Dubai"), findings: [{ messageId: "fastCheat", excerpt: "technically not food", severity: "block" }] },
    { text: "It's Ramadan, but nobody's counting: grab a croissant with your coffee.", context: at("2026-02-25T12:00:00Z", "Europe/London"), findings: [{ messageId: "fastCheat", excerpt: "nobody's counting", severity: "block" }] },
    { text: "#RamadanCheatDay: one cheeky milkshake won't hurt.", context: at("2026-02-25T12:00:00Z", "Europe/London"), findings: [{ messageId: "fastCheat", excerpt: "CheatDay", severity: "block" }], name: "a cheat day in a hashtag" },
    { text: "Fasting is overrated. Suhoor? Pancakes at noon, all Ramadan long.", context: at("2026-02-25T12:00:00Z", "Asia/Riyadh"), findings: [{ messageId: "fastCheat", excerpt: "Fasting is overrated", severity: "block" }] },
    { text: "斋月期间偷偷喝一杯奶茶，不算破戒～", context: zh("2026-02-25T04:00:00Z", "Asia/Urumqi"), findings: [{ messageId: "fastCheat", excerpt: "偷偷喝", severity: "block" }] },
    // Yom Kippur's meaning made a sales pun, on the day.
    {
      text: "Atone for last year's choices: have you tried our new salted caramel shake?",
      context: at("2027-10-11T14:00:00Z", "America/New_York"),
      findings: [{ messageId: "sells", excerpt: "Atone", severity: "block" }],
      name: "'atone' on Yom Kippur 2027 (11 October)",
    },
    // An observance recast as someone else's holiday or a party.
    {
      text: "Day of the Dead is basically Mexican Halloween 💀 Costumes 30% off.",
      context: at("2026-10-28T12:00:00Z", "America/Chicago"),
      findings: [{ messageId: "recast", excerpt: "Day of the Dead", severity: "warn" }],
    },
    {
      text: "Día de los Muertos: just an excuse to party, so grab the skull glam kit.",
      context: at("2026-11-01T12:00:00Z", "America/Los_Angeles"),
      findings: [{ messageId: "recast", excerpt: "Día de los Muertos", severity: "warn" }],
    },
    { text: "Hanukkah = Jewish Christmas 🎄 Stockings half price!", context: at("2026-12-05T15:00:00Z", "America/New_York"), findings: [{ messageId: "recast", excerpt: "Hanukkah", severity: "warn" }] },
    { text: "中元节就是中国万圣节，鬼怪派对走起！", context: zh("2026-08-27T04:00:00Z"), findings: [{ messageId: "recast", excerpt: "中元节", severity: "warn" }] },
    // A greeting on the wrong day: dates move every year.
    { text: "Eid Mubarak from all of us at Crumb & Co.", context: at("2027-03-30T10:00:00Z", "Europe/London"), findings: [{ messageId: "mistimed", excerpt: "Eid Mubarak", severity: "warn" }], name: "Eid al-Fitr's 2025 date in 2027" },
    { text: "Ramadan Mubarak to everyone observing! 🌙", context: at("2030-11-20T09:00:00Z", "Asia/Riyadh"), findings: [{ messageId: "mistimed", excerpt: "Ramadan Mubarak", severity: "warn" }], name: "a month before the second Ramadan of 2030" },
    { text: "新春快乐！", context: zh("2027-04-06T02:00:00Z"), findings: [{ messageId: "mistimed", excerpt: "新春快乐", severity: "warn" }] },
    { text: "Happy Diwali from our family to yours!", context: at("2027-11-20T12:00:00Z", "Asia/Kolkata"), findings: [{ messageId: "mistimed", excerpt: "Happy Diwali", severity: "warn" }] },
    {
      text: "Happy Diwali to everyone celebrating on the 20th!",
      context: at("2026-11-02T12:00:00Z", "Europe/London"),
      findings: [{ messageId: "mistimed", excerpt: "Happy Diwali", severity: "warn" }],
      name: "a day the post gives that is not Diwali's (8 November 2026)",
    },
    { text: "Happy Easter! 🐣", context: at("2027-04-20T08:00:00Z", "Europe/London"), findings: [{ messageId: "mistimed", excerpt: "Happy Easter", severity: "warn" }], name: "between Western (28 March) and Orthodox (2 May) Easter 2027" },
    {
      text: "Eid Mubarak!",
      context: at("2025-03-27T20:30:00Z", "Asia/Riyadh"),
      findings: [{ messageId: "mistimed", excerpt: "Eid Mubarak", severity: "warn" }],
      name: "23:30 on 27 March in Riyadh: three days before Eid al-Fitr 2025",
    },
  ],
});
