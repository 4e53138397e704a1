import rule from "../../../rules/sensitivity/hate-codes.ts";
import { testRule } from "../rule-tester.ts";

const SHANGHAI = { timeZone: "Asia/Shanghai", platform: "weibo.com" };
const TOKYO = { timeZone: "Asia/Tokyo" };

testRule(rule, {
  context: { timeZone: "Europe/London", platform: "instagram" },
  valid: [
    { text: "Total eclipse on 12 August: the black sun rises over Spain at 20:27. Glasses in store.", name: "the eclipse, no emblem" },
    { text: "Sizes 14 to 18 are back in stock, and 88 new colours landed today.", name: "14 and 88 apart, as sizes and a count" },
    { text: "Our Iron Cross biker rings come in sterling silver.", name: "an Iron Cross with no Reich" },
    { text: "博物馆新展：一战铁十字勋章背后的士兵家书。", name: "Chinese: an Iron Cross in a museum, no Wehrmacht or Reich" },
    // Swastikas in faith, lightning without the letters, 44 off the pitch.
    "Diwali puja set: brass diya, rangoli stencils and a swastika charm for the temple shelf.",
    "⚡⚡ Double-speed charging is here. Meet the new Volt Mini.",
    "Order 44 ships today: thanks for your patience!",
    "Our SS25 collection lands in March.",
    // Numbers that are only numbers.
    "88 keys, one grand piano, and lessons from $14.88.",
    "New fleece, only $14.88 this week.",
    "Room 88, second floor. See you at 10:30.",
    "Jersey no. 88 is back for the derby 🏟️",
    "Order #1488 has shipped: track it in the app.",
    "Route 88 diner opens Friday: burgers, shakes, jukebox.",
    "Call us on +44 20 1488 2233 for bookings.",
    "Brewing since 1488 — Europe's oldest abbey ale.",
    "Happy 88th birthday to our founder, Grandma Rosa!",
    "Class of '88 reunion merch is live.",
    "Open 18 hours a day, 14 days straight for the holidays.",
    "311 days until Christmas. Not that we're counting.",
    "Our 109 stores are open on Easter Monday.",
    "Week 13/52 of our photo challenge: reflections.",
    "Tell us your perfect Sunday in 14 words or fewer.",
    { text: "新款羽绒服，到手价1488元！", context: SHANGHAI, name: "a Chinese price ending in 88" },
    { text: "今天的直播就到这里啦，拜拜88～明天见！", context: SHANGHAI, name: "88 as 'bye-bye' in Chinese slang" },
    { text: "全场88折，满888减88", context: SHANGHAI, name: "lucky eights in a Chinese sale" },
    // Letters, emoji and words that only look like codes.
    "hh that was funny, you guys are the best",
    "SS27 campaign, shot on 35mm in Porto.",
    "Fast charge ⚡⚡ — 0 to 80% in 18 minutes.",
    "Only 88 left! Grab yours ⚡⚡",
    "Race wars between departments at our annual 10K fun run 🏃",
    "Got milk? 🥛👌 Our oat latte is back.",
    "👌 Perfect fit, every time.",
    "Gen Z shoppers in Russia love our app.",
    "From A to Z: the Zara spring edit.",
    "Galaxy Z Fold, now in Moscow stores.",
    "(((BASS))) you can feel. New speakers out now.",
    "Sending you (((hugs))) on a rainy Monday.",
    "((( LIVE ))) now on Twitch: the finals.",
    "White Power Bank 10000mAh ⚡⚡ only $29.",
    "Great Replacement Sale: new windows and doors 30% off.",
    "A history of the Third Reich, in 12 episodes: our new podcast.",
    "Sale ends at 8:18 on 8/8. Code SUMMER88 for 20% off.",
    "Our globalist outlook: 40 countries, one team.",
    "Château Mouton Rothschild 2015, now in our cellar.",
    "Race Wars drag meet this Saturday: 200 cars on the track.",
    "Remove kebab from the grill, rest for 5 minutes and serve with rice.",
    "Blood orange and honey: the new spritz.",
    "Zog, the dragon who learns to fly, is our book of the week.",
    // The swastika as a sacred sign.
    "卐 Happy Diwali from all of us 🪔 May Lakshmi bless your home.",
    "卍 Visit the temple at dawn: the monks begin chanting at six.",
    { text: "卍 寺庙祈福，新年平安", context: SHANGHAI, name: "卍 at a temple in Chinese" },
    { text: "卍 新作スニーカー 発売中", context: TOKYO, name: "卍 in a Japanese post" },
    { text: "二战纪录片：希特勒如何走上权力巅峰，今晚八点播出。", context: SHANGHAI, name: "Hitler in a Chinese history post" },
    { text: "Black sunflower seeds, roasted and salted, back in the snack aisle.", name: "black sunflower is not the black sun" },
    { text: "Skull-print scarves for Halloween, in black and bone.", name: "a skull that is no emblem" },
    // blind-7's families' look-alikes: white milk, an OK hand, three K-words that are not the Klan's.
    { text: "Fresh pure white milk from our own farm 🥛👌 #KeepItPure", name: "a dairy ad: milk that is white and pure" },
    { text: "Extra-hot sauce: not for everyone 🌶️👌 pure fire", name: "'not for everyone' with the OK hand and no whiteness" },
    { text: "White chocolate lovers, this one's for you 🥛🍫 our people know 👌", name: "white chocolate and 'our people'" },
    { text: "Kids' Karate Club starts Saturday at 10am, all belts welcome.", name: "a club with one K" },
  ],
  invalid: [
    {
      text: "Season drop: earn the Black Sun guild emblem for your banner 🔥",
      findings: [{ messageId: "signal", excerpt: "Black Sun", severity: "warn" }],
      name: "the Black Sun as a game emblem",
    },
    {
      text: "Bonus crates for everyone at rank 14 and 88 this weekend.",
      findings: [{ messageId: "signal", excerpt: "14 and 88", severity: "warn" }],
      name: "14 and 88 side by side",
    },
    {
      text: "新款皮夹克：致敬德军美学，背后一枚铁十字，够硬朗！",
      findings: [{ messageId: "signal", excerpt: "铁十字", severity: "warn" }],
      name: "Chinese: the Iron Cross as Wehrmacht style",
    },
    {
      text: "Drop 3 is live: the Wolfsangel hoodie in charcoal.",
      findings: [{ messageId: "code", excerpt: "Wolfsangel", severity: "block" }],
      name: "a neo-Nazi emblem as a product name",
    },
    {
      text: "Unlock the Totenkopf helmet decal in this week's pass.",
      findings: [{ messageId: "code", excerpt: "Totenkopf", severity: "block" }],
      name: "the SS death's head as a game item",
    },
    {
      text: "We have removed the Sonnenrad print from our store: it is a hate symbol and should never have been listed.",
      findings: [{ messageId: "named", excerpt: "Sonnenrad", severity: "info" }],
      name: "an emblem named to condemn it",
    },
    { text: "Silver swastika ring, adjustable size.", findings: [{ messageId: "code", excerpt: "swastika", severity: "block" }], name: "a swastika as merchandise" },
    {
      text: "⚡⚡ Two bolts, two turbos. The GT SS is here.",
      findings: [{ messageId: "signal", excerpt: "⚡⚡", severity: "warn" }],
      name: "a lightning pair beside SS",
    },
    {
      text: "Print any number on your Germany away kit, 44 included.",
      findings: [{ messageId: "signal", excerpt: "44", severity: "warn" }],
      name: "44 on a Germany shirt",
    },
    {
      text: "Our new 1488 sneaker drops Friday.",
      findings: [{ messageId: "code", excerpt: "1488", severity: "block" }],
      name: "1488 in a product name",
    },
    {
      text: "Meet the Model 1488: our lightest jacket yet.",
      findings: [{ messageId: "code", excerpt: "1488", severity: "block" }],
      name: "a product number is no excuse",
    },
    {
      text: "14/88 forever, brothers.",
      findings: [{ messageId: "code", excerpt: "14/88", severity: "block" }],
    },
    {
      text: "Limited run: the HH88 jacket.",
      findings: [{ messageId: "code", excerpt: "HH88", severity: "block" }],
    },
    {
      text: "#1488 #whitepride",
      findings: [
        { messageId: "code", excerpt: "#1488", severity: "block" },
        { messageId: "code", excerpt: "#whitepride", severity: "block" },
      ],
      name: "hashtags",
    },
    {
      text: "Drop 88: the Heil edition.",
      findings: [{ messageId: "code", excerpt: "88", severity: "block" }],
      name: "88 next to 'Heil'",
    },
    {
      text: "Adolf would be proud. Restock of drop 88 tonight.",
      findings: [{ messageId: "code", excerpt: "88", severity: "block" }],
      name: "88 with a Nazi name elsewhere in the post",
    },
    {
      text: "18 ⚡⚡ Hitler",
      findings: [
        { messageId: "code", excerpt: "18", severity: "block" },
        { messageId: "code", excerpt: "⚡⚡", severity: "block" },
      ],
      name: "18 and lightning bolts beside Hitler",
    },
    {
      text: "KKK 311 hoodie",
      findings: [
        { messageId: "signal", excerpt: "KKK", severity: "warn" },
        { messageId: "code", excerpt: "311", severity: "block" },
      ],
    },
    {
      text: "HH 88 crew",
      findings: [{ messageId: "code", excerpt: "HH", severity: "block" }],
      name: "a letter code beside a number code (lower-case 'hh', laughter, is no cue for 88)",
    },
    {
      text: "It's okay to be white — new tee out now.",
      findings: [{ messageId: "code", excerpt: "It's okay to be white", severity: "block" }],
    },
    {
      text: "its ok to be white tbh",
      findings: [{ messageId: "code", excerpt: "its ok to be white", severity: "block" }],
      name: "slogan, misspelt and lower case",
    },
    {
      text: "RAHOWA hoodie, limited run.",
      findings: [{ messageId: "code", excerpt: "RAHOWA", severity: "block" }],
    },
    {
      text: "Seig Heil! Our Oktoberfest lager is here 🍺",
      findings: [{ messageId: "code", excerpt: "Seig Heil", severity: "block" }],
      name: "a misspelt salute as a joke",
    },
    {
      text: "We must secure the existence of our people and a future for white children.",
      findings: [
        { messageId: "code", excerpt: "We must secure the existence of our people", severity: "block" },
        { messageId: "code", excerpt: "a future for white children", severity: "block" },
      ],
    },
    {
      text: "Remember the 14 words. White pride worldwide.",
      findings: [
        { messageId: "code", excerpt: "14 words", severity: "block" },
        { messageId: "code", excerpt: "White pride worldwide", severity: "block" },
      ],
    },
    {
      text: "Despite being 13% of the population, they commit half the crimes.",
      findings: [{ messageId: "code", excerpt: "Despite being 13", severity: "block" }],
    },
    {
      text: "109 countries expelled the Jews. Think about it.",
      findings: [{ messageId: "code", excerpt: "109", severity: "block" }],
    },
    {
      text: "(((Goldberg))) and the globalist bankers control the media.",
      findings: [
        { messageId: "code", excerpt: "(((Goldberg)))", severity: "block" },
        { messageId: "signal", excerpt: "globalist", severity: "warn" },
      ],
      name: "the echo and 'globalist' with a conspiracy frame",
    },
    {
      text: "Meet (((Sarah))), our new head of design.",
      findings: [{ messageId: "signal", excerpt: "(((Sarah)))", severity: "warn" }],
      name: "the echo alone around a name",
    },
    {
      text: "The globalist elites want you to own nothing.",
      findings: [{ messageId: "signal", excerpt: "globalist", severity: "warn" }],
    },
    {
      text: "Rothschild bankers control the world's money, wake up.",
      findings: [{ messageId: "signal", excerpt: "Rothschild", severity: "warn" }],
    },
    {
      text: "SS Totenkopf patch, part of our Waffen collection.",
      findings: [
        { messageId: "code", excerpt: "SS", severity: "block" },
        { messageId: "code", excerpt: "Totenkopf", severity: "block" },
      ],
    },
    {
      text: "New tee: ᛋᛋ in gold foil.",
      findings: [{ messageId: "code", excerpt: "ᛋᛋ", severity: "block" }],
      name: "SS runes",
    },
    {
      text: "卐 new streetwear drop, link in bio",
      findings: [{ messageId: "code", excerpt: "卐", severity: "block" }],
      name: "a swastika on fashion",
    },
    {
      text: "卍 new streetwear drop, link in bio",
      findings: [{ messageId: "signal", excerpt: "卍", severity: "warn" }],
      name: "卍 for Western readers, without a temple",
    },
    {
      text: "88 🥛👌 white power",
      findings: [
        { messageId: "code", excerpt: "88", severity: "block" },
        { messageId: "code", excerpt: "🥛", severity: "block" },
        { messageId: "code", excerpt: "👌", severity: "block" },
        { messageId: "code", excerpt: "white power", severity: "block" },
      ],
      name: "milk and the OK sign beside white power",
    },
    {
      text: "Z 🇷🇺 we stand with our boys",
      findings: [{ messageId: "code", excerpt: "Z", severity: "block" }],
      name: "Z beside Russia's flag",
    },
    {
      text: "Zа победу! New collection in stores.",
      findings: [{ messageId: "code", excerpt: "Zа победу", severity: "block" }],
    },
    {
      text: "Deus Vult! Crusader skins are live.",
      findings: [{ messageId: "signal", excerpt: "Deus Vult", severity: "warn" }],
    },
    {
      text: "The great replacement is happening. Wake up.",
      findings: [{ messageId: "signal", excerpt: "great replacement", severity: "warn" }],
    },
    {
      text: "(((Goldberg))) runs the banks.",
      findings: [{ messageId: "code", excerpt: "(((Goldberg)))", severity: "block" }],
      name: "the echo with the conspiracy it signals",
    },
    {
      text: "remove kebab 😂",
      findings: [{ messageId: "code", excerpt: "remove kebab", severity: "block" }],
    },
    {
      text: "cosplay大赛：纳粹制服主题，欢迎报名！",
      context: SHANGHAI,
      findings: [{ messageId: "code", excerpt: "纳粹制服", severity: "block" }],
      name: "Nazi uniforms as a theme, in Chinese",
    },
    {
      text: "嗨，希特勒！新款皮靴上架",
      context: SHANGHAI,
      findings: [{ messageId: "code", excerpt: "希特勒", severity: "block" }],
      name: "'Heil Hitler' in Chinese",
    },
    {
      text: "希特勒万岁",
      context: SHANGHAI,
      findings: [{ messageId: "code", excerpt: "希特勒", severity: "block" }],
    },
    {
      text: "新品T恤印有卐和88，限量发售",
      context: SHANGHAI,
      findings: [
        { messageId: "code", excerpt: "卐", severity: "block" },
        { messageId: "code", excerpt: "88", severity: "block" },
      ],
      name: "a swastika and 88 together, in Chinese",
    },
    {
      text: "We have removed a listing that used the hate code 1488. We apologise.",
      findings: [{ messageId: "named", excerpt: "1488", severity: "info" }],
      name: "naming a code to condemn it is a note",
    },
    // blind-7's families: the Klan's initials in a promotion, a white-purity dog whistle, a
    // moderation post that quotes a code to ban it.
    {
      text: "Join the Kool Kids Klan this summer! Free sprinkles every Friday 🍩",
      findings: [{ messageId: "signal", excerpt: "Kool Kids Klan", severity: "warn" }],
      name: "three K-words spelling the Klan's initials",
    },
    {
      text: "KKK Club Day: 3 doughnuts for £2 this Saturday only!",
      findings: [{ messageId: "code", excerpt: "KKK", severity: "block" }],
      name: "KKK as a promotion's name",
    },
    {
      text: "Our documentary on the civil rights movement shows how the KKK terrorised Black families.",
      findings: [{ messageId: "named", excerpt: "KKK", severity: "info" }],
      name: "the Klan in a history post is a note",
    },
    {
      text: "Finally a latte for the white crowd only 🥛👌 not for everyone.",
      findings: [
        { messageId: "signal", excerpt: "🥛", severity: "warn" },
        { messageId: "signal", excerpt: "👌", severity: "warn" },
      ],
      name: "milk and the OK hand with whiteness and a people set apart",
    },
    {
      text: "New drop for our kind 👌 pure-bred, white, unmixed. Out Friday.",
      findings: [{ messageId: "code", excerpt: "👌", severity: "block" }],
      name: "the OK hand in a launch for 'our kind'",
    },
    {
      text: "Our moderators ban usernames with codes like 1488 or 14 words; here is how to report them.",
      findings: [
        { messageId: "named", excerpt: "1488", severity: "info" },
        { messageId: "named", excerpt: "14 words", severity: "info" },
      ],
      name: "a moderation post quoting a code to ban it is a note",
    },
  ],
});
