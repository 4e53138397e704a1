import rule from "../../../rules/sensitivity/geopolitics.ts";
import { testRule } from "../rule-tester.ts";

/** Who reads the post (lib/engine/market.ts): a mainland platform or zone, India, Ukraine, the West. */
const CN = { timeZone: "Asia/Shanghai", platform: "weibo.com" };
const CN_EN = { timeZone: "Asia/Shanghai", platform: "instagram" };
const IN = { timeZone: "Asia/Kolkata", platform: "x" };
const PK = { timeZone: "Asia/Karachi", platform: "x" };
const UA = { timeZone: "Europe/Kyiv", platform: "x" };
const TW = { timeZone: "Asia/Taipei", platform: "instagram" };
const BRAND = { brand: { names: [], accounts: [{ platform: "x", handle: "@acme" }] } };

testRule(rule, {
  context: { timeZone: "Europe/London", platform: "x" },
  valid: [
    // The mainland's own wording, and places as places.
    { text: "Stores in Shanghai, Hong Kong, Taipei and Tokyo.", context: CN_EN, name: "cities" },
    { text: "Available in mainland China, Hong Kong, Macau and Taiwan.", context: CN_EN },
    { text: "我们已通过中国扶贫基金会向西藏灾区同胞送去帐篷和棉被。", context: CN, name: "relief for compatriots in Tibet" },
    { text: "Now in 30 countries and regions, including Taiwan, China.", context: CN_EN },
    { text: "Hong Kong store now open! 香港旗舰店开业", context: CN },
    { text: "我们的门店遍布日本、韩国、中国台湾等国家和地区。", context: CN },
    { text: "台湾是中国的一部分，两岸同胞一家亲。", context: CN },
    { text: "新疆、西藏、内蒙古三地自驾游线路上线！", context: CN, name: "a travel post listing Chinese regions" },
    { text: "西藏自治区林芝桃花节，三月见。", context: CN },
    { text: "1912年中华民国成立，这座老建筑见证了历史。", context: CN, name: "the Republic of China as history" },
    { text: "我支持新疆棉！抵制污蔑新疆的品牌。", context: CN, name: "the mainland's Xinjiang-cotton slogan" },
    { text: "新疆长绒棉四件套，柔软亲肤，限时优惠。", context: CN },
    { text: "People's Republic of China National Day: our Beijing office is closed.", context: CN_EN },
    // The same words outside their market.
    { text: "We ship to Japan, Taiwan and Korea in 3 days.", name: "a shipping list for Western readers" },
    { text: "Celebrate with us 🇹🇼🇯🇵🇰🇷", context: TW, name: "Taiwan's flag in Taiwan" },
    { text: "Explore Tibet: our 10-day Lhasa tour.", name: "a neutral travel post" },
    { text: "Trek the valleys of Azad Kashmir this summer.", context: PK, name: "Azad Kashmir for Pakistani readers" },
    { text: "Trek the valleys of Azad Kashmir this summer.", name: "Azad Kashmir for Western readers" },
    { text: "Explore Pakistan-administered Kashmir with our guides.", context: IN },
    { text: "Our Kyiv store reopens Monday.", context: UA },
    { text: "Since Russia annexed Crimea in 2014, our Yalta guides have worked from Odesa.", name: "Crimea reported as annexed" },
    { text: "配送范围：中国大陆 | 中国香港 | 中国澳门 | 中国台湾", context: CN, name: "Taiwan in a menu as China's" },
    { text: "钓鱼岛海域的蓝色，是这盘眼影的灵感。", context: CN, name: "the islands by their Chinese name" },
    { text: "Chicken Kiev is back on the menu.", name: "a dish" },
    "Kiev-style chicken on the lunch menu today.",
    { text: "Crimean Tatar cuisine night: chebureki and more.", context: UA },
    { text: "Flights from mainland China to Hong Kong and Macau, from ¥899.", context: CN_EN },
    { text: "Taiwan Strait crossing: ferry times for the holiday.", context: CN_EN },
    { text: "香港特别行政区成立纪念日快乐！", context: CN },
    { text: "台北、首尔、东京三城巡展，下月启程。", context: CN },
    { text: "Hong Kong SAR, Macao SAR and 40 countries: see where we ship.", context: CN_EN },
    { text: "Our first store in Taiwan opens in Taipei 101 on Friday.", context: TW },
    { text: "Yalta, Crimea, Ukraine: a photo essay from 2013.", context: UA },
    { text: "Praying for peace in the Middle East 🕊️" },
    { text: "Sunrise over Fuji: our rising sun latte art, every morning this week.", name: "a rising sun that is no flag" },
    { text: "香港自由行攻略：三天两夜吃遍中环。", context: CN, name: "自由行 is a kind of trip" },
    { text: "Freedom to roam: our new hiking range, made in Hong Kong.", name: "'freedom' in copy about Hong Kong, no struggle" },
    { text: "新疆长绒棉床品，不含荧光剂，亲肤柔软。", context: CN, name: "Xinjiang cotton praised, 不含 about something else" },
    { text: "We now ship to 12 countries and regions, including Hong Kong and Taiwan.", name: "countries and regions" },
    // Disputed territories as places, and games without them (blind-6's family: a dispute as a battle).
    { text: "Sunset cruise on the South China Sea from our Sanya resort, every evening at six.", context: CN_EN, name: "the sea as a place" },
    { text: "Kashmir pashmina scarves, woven by hand in Srinagar.", context: IN, name: "Kashmir as a craft's home" },
    { text: "Season 4 battle royale: new loot, new skins. Pick your side and drop in!", name: "a battle game with no real territory" },
    { text: "Trekking in Kashmir: conquer the Great Lakes route with our guides.", name: "a trek is not a contest for territory" },
    { text: "Crimean Tatar cuisine night: chebureki for every table.", name: "Crimea in a dish, no contest" },
    // Hong Kong, umbrellas and yellow, apart (blind-6's family: coded support for the 2014 and 2019 protests).
    { text: "香港明天有雨，出门记得带伞☂️", context: CN, name: "rain in Hong Kong" },
    { text: "黄色雨伞新品上线，雨季必备！", context: CN, name: "a yellow umbrella with no Hong Kong" },
    { text: "香港门店地址：铜锣湾、尖沙咀、旺角，欢迎光临。", context: CN, name: "a store list" },
    { text: "香港限定雨伞，下雨天一起撑伞出门吧。", context: CN, name: "撑 of an umbrella, no yellow" },
    // Humanitarian posts that take no side.
    "Our thoughts are with everyone affected in Israel and Gaza. We're donating to the Red Cross.",
    "We're matching every donation to UNICEF's emergency appeal for children in Gaza and Israel.",
    { text: "Free Palestine", ruleSet: BRAND, context: { account: "@kai" }, name: "a personal account" },
    // blind-7's families' look-alikes: Kashmir that is not sold as Pakistan's, aid that takes no side.
    { text: "Srinagar houseboats and the lakes of Kashmir: 6 nights from ₹45,000 with flights from Delhi.", context: IN, name: "Kashmir sold to Indian readers without Pakistan" },
    { text: "Our northern Pakistan tour: Gilgit, Hunza and the Karakoram Highway, 10 nights.", context: PK, name: "Gilgit in a Pakistan tour for Pakistani readers" },
    { text: "India vs Pakistan tonight! Kashmir willow bats 20% off in Pakistan and India alike 🏏", context: IN, name: "Kashmir willow is a timber" },
    { text: "Talks in Pakistan on the Kashmir ceasefire resume today; our Srinagar office stays open.", context: IN, name: "the dispute reported" },
    { text: "We matched every employee donation to the Red Cross appeal for civilians in Israel and Gaza.", name: "humanitarian aid that takes no side" },
    { text: "Our network team replaced the IDF cabinet on floor 3; thanks for your support during the outage.", name: "IDF as a wiring cabinet, with no war" },
  ],
  invalid: [
    // A live territorial dispute turned into a game or a contest (blind-6's family).
    {
      text: "Season 5 battle royale map: the Spratly Islands. Drop in and fight for control!",
      findings: [{ messageId: "flashpoint", excerpt: "Spratly Islands", severity: "warn" }],
      name: "a disputed archipelago as a battle map",
    },
    {
      text: "Choose your faction and battle for Kashmir in our new strategy game.",
      context: IN,
      findings: [{ messageId: "flashpoint", excerpt: "Kashmir", severity: "block" }],
      name: "Kashmir as a prize, for Indian readers",
    },
    {
      text: "新赛季地图：黄岩岛争夺战，选择你的阵营！",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "黄岩岛", severity: "block" }],
      name: "Chinese: a disputed shoal as a game map",
    },
    {
      text: "Crimea 1v1: who controls the peninsula? Vote in the poll 🗳️",
      findings: [{ messageId: "flashpoint", excerpt: "Crimea", severity: "warn" }],
      name: "Crimea as a pick-a-side poll",
    },
    // Coded support for the Hong Kong protests for mainland readers (blind-6's family).
    {
      text: "港人，撑住！黄雨伞系列今日在铜锣湾店发售💛",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "黄雨伞", severity: "block" }],
      name: "a yellow umbrella beside Hong Kong and 'hold on'",
    },
    {
      text: "For the Hongkongers who never give up: our yellow umbrella tote, out now.",
      context: { timeZone: "Asia/Hong_Kong", platform: "instagram" },
      findings: [{ messageId: "flashpoint", excerpt: "yellow umbrella", severity: "warn" }],
      name: "yellow umbrella and resilience, outside the mainland",
    },
    {
      text: "香港站限定黄色雨伞，下雨天也要好看。",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "黄色雨伞", severity: "warn" }],
      name: "a yellow umbrella in Hong Kong for mainland readers",
    },
    {
      text: "Lennon Wall pop-up in our Hong Kong store: leave a note!",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Lennon Wall", severity: "block" }],
      name: "a protest symbol named, for mainland readers",
    },
    {
      text: "雨伞运动十周年，纪念款雨伞今日开售。",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "雨伞运动", severity: "block" }],
      name: "the 2014 movement named, for mainland readers",
    },
    {
      text: "Five new countries on our map this spring: Vietnam, Taiwan and Thailand lead the list.",
      findings: [{ messageId: "note", excerpt: "Taiwan", severity: "info" }],
      name: "Taiwan counted as a country for Western readers: a note",
    },
    {
      text: "Our Hong Kong mugs honour a city that never stops fighting for freedom.",
      findings: [{ messageId: "flashpoint", excerpt: "fighting for freedom", severity: "warn" }],
      name: "Hong Kong's 'fight for freedom' in a product post",
    },
    {
      text: "限量款T恤：旭日旗图案，今晚八点开抢！",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "旭日旗", severity: "block" }],
      name: "the Rising Sun Flag as a print for mainland readers",
    },
    {
      text: "Rising Sun Flag bandanas, back in stock.",
      findings: [{ messageId: "flashpoint", excerpt: "Rising Sun Flag", severity: "warn" }],
      name: "the Rising Sun Flag as merchandise elsewhere",
    },
    {
      text: "我们的毛巾不含新疆棉，请放心购买。",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "不含新疆棉", severity: "block" }],
      name: "'free of Xinjiang cotton' in Chinese",
    },
    {
      text: "收货地区：中国 | 台湾 | 新加坡",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "台湾", severity: "warn" }],
      name: "Taiwan as China's peer in a menu, even under a 'regions' heading",
    },
    {
      text: "Country of origin: Taiwan",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Taiwan", severity: "block" }],
      name: "a country-of-origin label",
    },
    {
      text: "灵感来自尖阁诸岛的海。",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "尖阁诸岛", severity: "block" }],
      name: "the Japanese name of the Diaoyu Islands for mainland readers",
    },
    {
      text: "Same-day delivery now covers all of Russia, Sevastopol included 🇷🇺",
      findings: [{ messageId: "suggest", excerpt: "Sevastopol", severity: "warn" }],
      name: "occupied Ukraine counted in Russia",
    },
    {
      text: "We now ship to 12 countries: Japan, Taiwan, Korea and more.",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Taiwan", severity: "block" }],
      name: "Taiwan listed as a country, for mainland readers",
    },
    {
      text: "我们的门店遍布日本、韩国、台湾等国家。",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "台湾", severity: "block" }],
      name: "Taiwan listed as a country, in Chinese",
    },
    {
      text: "Free shipping to Japan, Hong Kong and Korea this week.",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Hong Kong", severity: "warn", suggestions: ["countries and regions"] }],
      name: "Hong Kong beside countries",
    },
    {
      text: "Countries we fly to: Nepal, Tibet, Bhutan.",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Tibet", severity: "block" }],
    },
    {
      text: "Celebrate with us 🇹🇼🇯🇵🇰🇷",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "🇹🇼", severity: "block" }],
      name: "Taiwan's flag for mainland readers",
    },
    {
      text: "Shipping now to the Republic of China.",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Republic of China", severity: "block" }],
    },
    {
      text: "台湾国的朋友们，新品来啦！",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "台湾国", severity: "block" }],
    },
    {
      text: "Taiwan is the first country to get the new model!",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Taiwan is", severity: "block" }],
    },
    {
      text: "Taiwan is the first country to get the new model!",
      findings: [{ messageId: "flashpoint", excerpt: "Taiwan is", severity: "warn" }],
      name: "a sovereignty claim outside the mainland is a stance",
    },
    {
      text: "Taiwan is an independent sovereign country 🇹🇼",
      context: TW,
      findings: [{ messageId: "note", excerpt: "Taiwan is", severity: "info" }],
      name: "a sovereignty claim in Taiwan is a note",
    },
    {
      text: "Free Tibet tees are back.",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Free Tibet", severity: "block" }],
    },
    {
      text: "Free Tibet.",
      findings: [{ messageId: "flashpoint", excerpt: "Free Tibet", severity: "warn" }],
    },
    {
      text: "#FreeTibet tees, 20% off this weekend.",
      findings: [{ messageId: "flashpoint", excerpt: "#FreeTibet", severity: "block" }],
      name: "a separatist hashtag that sells",
    },
    {
      text: "光复香港，时代革命",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "光复香港，时代革命", severity: "block" }],
    },
    {
      text: "支持港独的朋友请转发",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "港独", severity: "block" }],
    },
    {
      text: "“Happiness is not something ready made.” — Dalai Lama",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Dalai Lama", severity: "block" }],
    },
    {
      text: "“Happiness is not something ready made.” — Dalai Lama #MondayMotivation",
      findings: [{ messageId: "note", excerpt: "Dalai Lama", severity: "info" }],
      name: "the Dalai Lama for Western readers is a note",
    },
    {
      text: "We do not source any products from Xinjiang because of forced labour concerns.",
      context: CN_EN,
      findings: [{ messageId: "flashpoint", excerpt: "Xinjiang", severity: "block" }],
    },
    {
      text: "We do not source any products from Xinjiang because of forced labour concerns.",
      findings: [{ messageId: "flashpoint", excerpt: "Xinjiang", severity: "warn" }],
    },
    {
      text: "本品牌承诺不使用新疆棉。",
      context: CN,
      findings: [{ messageId: "flashpoint", excerpt: "不使用新疆棉", severity: "block" }],
    },
    {
      text: "Trek the valleys of Azad Kashmir this summer.",
      context: IN,
      findings: [{ messageId: "suggest", excerpt: "Azad Kashmir", severity: "block", suggestions: ["Pakistan-administered Kashmir"] }],
    },
    {
      text: "Hotels in Muzaffarabad and across Kashmir, Pakistan, from ₹4,000.",
      context: IN,
      findings: [{ messageId: "suggest", excerpt: "Kashmir, Pakistan", severity: "block" }],
    },
    {
      text: "#FreeKashmir",
      context: IN,
      findings: [{ messageId: "flashpoint", excerpt: "#FreeKashmir", severity: "block" }],
    },
    {
      text: "Summer in Yalta, Russia: book now.",
      context: UA,
      findings: [{ messageId: "suggest", excerpt: "Yalta, Russia", severity: "block", suggestions: ["Crimea, Ukraine"] }],
    },
    {
      text: "Summer in Yalta, Russia: book now.",
      findings: [{ messageId: "suggest", excerpt: "Yalta, Russia", severity: "warn" }],
    },
    {
      text: "Крым наш! Скидки на туры.",
      context: UA,
      findings: [{ messageId: "suggest", excerpt: "Крым наш", severity: "block" }],
    },
    {
      text: "Our Kiev store reopens Monday.",
      findings: [{ messageId: "suggest", excerpt: "Kiev", severity: "info", suggestions: ["Kyiv"] }],
    },
    {
      text: "Free Palestine 🇵🇸",
      findings: [{ messageId: "flashpoint", excerpt: "Free Palestine", severity: "warn" }],
    },
    {
      text: "We stand with Israel. 20% off today.",
      findings: [{ messageId: "flashpoint", excerpt: "stand with Israel", severity: "block" }],
      name: "taking sides while selling",
    },
    {
      text: "From the river to the sea 🍉",
      ruleSet: BRAND,
      context: { account: "@acme" },
      findings: [{ messageId: "flashpoint", excerpt: "From the river to the sea", severity: "warn" }],
      name: "on the brand account",
    },
    {
      text: "Taiwan is not part of China.",
      findings: [{ messageId: "flashpoint", excerpt: "Taiwan is not part of China", severity: "warn" }],
    },
    {
      text: "Nuking Gaza would fix it lol",
      findings: [{ messageId: "flashpoint", excerpt: "Nuking Gaza", severity: "block" }],
    },
    {
      text: "Nuke Gaza lol",
      findings: [{ messageId: "flashpoint", excerpt: "Nuke Gaza", severity: "block" }],
    },
    // blind-7's families: Kashmir sold as part of a Pakistan trip to Indian readers; a brand funding
    // one side's army.
    {
      text: "Pakistan in 5 stops: Islamabad, Lahore and the meadows of Kashmir 🏔️",
      context: IN,
      findings: [{ messageId: "suggest", excerpt: "Kashmir", severity: "warn", suggestions: ["Pakistan-administered Kashmir"] }],
      name: "Kashmir in a Pakistan trip, for Indian readers",
    },
    {
      text: "Our Pakistan itinerary takes in Gilgit and Skardu. 9 nights from ₹98,000 with flights from Mumbai.",
      findings: [{ messageId: "suggest", excerpt: "Gilgit", severity: "warn" }],
      name: "Gilgit-Baltistan in a Pakistan trip, priced in rupees",
    },
    {
      text: "Across Pakistan in 12 days: Karachi, Lahore and Kashmir's lakes.",
      findings: [{ messageId: "suggest", excerpt: "Kashmir's", severity: "info" }],
      name: "the same trip for Western readers is a note",
    },
    {
      text: "This month we're donating 5% of every order to the IDF welfare fund 🇮🇱",
      findings: [{ messageId: "flashpoint", excerpt: "IDF", severity: "warn" }],
      name: "funding an army with sales",
    },
    {
      text: "Free meals for Israeli soldiers at all our branches this week.",
      findings: [{ messageId: "flashpoint", excerpt: "Israeli soldiers", severity: "warn" }],
      name: "free meals for one side's soldiers",
    },
    {
      text: "The whole team stands with Palestine 🇵🇸",
      findings: [{ messageId: "flashpoint", excerpt: "stands with Palestine", severity: "warn" }],
      name: "'stands with', third person",
    },
  ],
});
