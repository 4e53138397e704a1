import rule from "../../../rules/sensitivity/translation.ts";
import { testRule } from "../rule-tester.ts";

const CN = { timeZone: "Asia/Shanghai", platform: "weibo.com" };

testRule(rule, {
  context: { timeZone: "Europe/London", platform: "instagram" },
  valid: [
    "Exfoliating gel that lifts dead skin gently. Your skin will thank you.",
    "Best value phone case on the market.",
    "Waterproof shell: the storm won't make you wet.",
    "Little girls' rain boots in four colours.",
    // Idiomatic English, including English idioms with death and violence in them.
    "Rock-bottom prices on every sofa this weekend.",
    "Flash sale at 8pm: 50 units only ⚡",
    "Killer deals, lightning deals and our bestsellers, all in one place.",
    "This chocolate cake is to die for.",
    "Our die-hard fans already know the drill.",
    "The explosive flavour of Sichuan pepper, in a crisp.",
    "Explosive sales growth in Q3, thanks to you.",
    "Shopping spree? Treat yourself, you earned it.",
    "Chop the herbs by hand for the best pesto.",
    "Drive home safe this Thanksgiving 😉",
    // The literal words in their literal sense.
    "That was his second kill of the match, what a play.",
    "Kids eat dirt, and that's OK. Our parenting podcast, episode 4.",
    "Vomiting blood can be a sign of a serious condition. See a doctor.",
    "Car insurance for old drivers: get a quote in two minutes.",
    "Plant grass seed now for a green lawn by June.",
    "If you think your child has been poisoned, call the poison control line.",
    "Open car, open road: the convertible is back.",
    "The ceilings feel so high in our new lofts.",
    "Explosive items are not allowed in checked luggage.",
    "Our spray will kill in seconds: ants, roaches, flies. 20% off.",
    "Calling all Grateful Dead fans: tie-dye tees are in.",
    "Massive bleeding? Apply pressure and call 999. First aid kits in store.",
    "Feel high-end without the high-end price.",
    "Don't jump off the building: the roof terrace is closed for repairs.",
    // Chinese posts use the Chinese idioms as they are.
    { text: "今晚8点秒杀开启，爆款面膜限量500份！", context: CN },
    { text: "跳楼价清仓，全场一折起！", context: CN },
    { text: "双十一又要剁手了，购物车已经塞满。", context: CN },
    { text: "吮指原味鸡，限时特惠。", context: CN, name: "KFC's own idiomatic Chinese" },
    { text: "Our white sneakers come in off-white, white and cream.", name: "a colour named twice, not doubled" },
    { text: "The mountain air and the sea breeze: two days in Qingdao.", name: "mountain and sea as places" },
    { text: "这块蛋糕太好吃了，来一块蛋糕配拿铁吧。", context: CN, name: "a slice of cake is cake" },
    { text: "滑雪季到了，注意安全，别摔断了腿。", context: CN, name: "a real safety warning, not a calque" },
    { text: "Every price broken down line by line, so you know what you pay for.", name: "a price broken down is a breakdown" },
    { text: "Our winter coats run 30% off, and this week's fracture clinic hours are on the website.", name: "fracture without a price" },
    { text: "We've got a cat, a bear and a back garden: the new Wanderly cabin sleeps six.", name: "a cat and a bear, no idiom" },
    { text: "买一送一，本周每天下午三点后。", context: CN, name: "the idiomatic 买一送一" },
    { text: "她今天光彩照人，像一位电影明星。", context: CN, name: "idiomatic praise" },
  ],
  invalid: [
    {
      text: "Year-end clearance: every jacket priced broken to the bone, grab one fast!",
      findings: [{ messageId: "literal", excerpt: "broken to the bone", severity: "warn" }],
      name: "骨折价 word for word",
    },
    {
      text: "Last call! Hand slow no have, only 40 left in the warehouse.",
      findings: [{ messageId: "literalRephrase", excerpt: "Hand slow no have", severity: "info" }],
      name: "手慢无 word for word",
    },
    {
      text: "Our new e-bike runs like Schmidt's cat on every hill.",
      findings: [{ messageId: "literalRephrase", excerpt: "like Schmidt's cat", severity: "info" }],
      name: "a German idiom word for word",
    },
    {
      text: "Setting up the router? It's not the sea to drink, three steps and you're online.",
      findings: [{ messageId: "literalRephrase", excerpt: "It's not the sea to drink", severity: "info" }],
      name: "a French idiom word for word",
    },
    {
      text: "周末特惠：买两杯，得一个免费的可颂！",
      context: CN,
      findings: [{ messageId: "literal", excerpt: "得一个免费", severity: "info" }],
      name: "Chinese: 'buy one get one free' word for word",
    },
    {
      text: "这款新外套让你看起来像一百万美元✨",
      context: CN,
      findings: [{ messageId: "literal", excerpt: "看起来像一百万美元", severity: "info" }],
      name: "Chinese: 'look like a million dollars' word for word",
    },
    {
      text: "Weekend market is people mountain people sea, come early!",
      findings: [{ messageId: "literalRephrase", excerpt: "people mountain people sea", severity: "info" }],
      name: "人山人海 word for word",
    },
    {
      text: "New toner: skin soft soft, glow all day.",
      findings: [{ messageId: "literalRephrase", excerpt: "soft soft", severity: "info" }],
      name: "a doubled adjective (软软)",
    },
    {
      text: "首演之夜，祝大家打断一条腿！",
      context: CN,
      findings: [{ messageId: "literal", excerpt: "打断一条腿", severity: "warn" }],
      name: "'break a leg' word for word",
    },
    {
      text: "周末大促，买到你倒下！",
      context: CN,
      findings: [{ messageId: "literal", excerpt: "买到你倒下", severity: "warn" }],
      name: "'shop till you drop' word for word",
    },
    { text: "Go die scrub for smooth skin!", findings: [{ messageId: "literal", excerpt: "Go die", severity: "warn" }], name: "去死皮 as 'go die'" },
    { text: "Best sex price ratio in town.", findings: [{ messageId: "literal", excerpt: "sex price ratio", severity: "warn" }], name: "性价比" },
    { text: "Serum make you wet and tight 😏", findings: [{ messageId: "literal", excerpt: "make you wet", severity: "warn" }], name: "水润紧致 beside a wink" },
    { text: "Vibrating massager, young girl love it.", findings: [{ messageId: "literal", excerpt: "young girl", severity: "block" }], name: "少女 beside an intimate product" },
    {
      text: "Jump-off-building prices! Everything must go 🔥",
      findings: [{ messageId: "literal", excerpt: "Jump-off-building", severity: "block", suggestions: ["rock-bottom prices", "clearance prices", "lowest prices of the year"] }],
    },
    {
      text: "Jumping building big sale this weekend only.",
      findings: [{ messageId: "literal", excerpt: "Jumping building", severity: "block" }],
      name: "跳楼大甩卖",
    },
    {
      text: "SUICIDE PRICES on all sofas!",
      findings: [{ messageId: "literal", excerpt: "SUICIDE PRICES", severity: "block" }],
    },
    {
      text: "Seckill at 8pm: 50 units only.",
      findings: [{ messageId: "literal", excerpt: "Seckill", severity: "warn", suggestions: ["flash deal", "lightning deal", "flash sale"] }],
    },
    {
      text: "#seckill tonight!",
      findings: [{ messageId: "literal", excerpt: "#seckill", severity: "warn" }],
      name: "a hashtag",
    },
    {
      text: "Second kill event tonight, 50% off.",
      findings: [{ messageId: "literal", excerpt: "Second kill", severity: "warn" }],
    },
    {
      text: "Come and kill price with us at the night market.",
      findings: [{ messageId: "literal", excerpt: "kill price", severity: "warn" }],
    },
    {
      text: "Bloody shopping festival is here!",
      findings: [{ messageId: "literal", excerpt: "Bloody shopping", severity: "warn" }],
    },
    {
      text: "Spent it all on 11.11, now I eat dirt lol",
      findings: [{ messageId: "literal", excerpt: "eat dirt", severity: "warn" }],
    },
    {
      text: "Double 11 is coming, time to chop hands!",
      findings: [{ messageId: "literal", excerpt: "chop hands", severity: "warn" }],
    },
    {
      text: "Prices so low we vomit blood. Clearance now.",
      findings: [{ messageId: "literal", excerpt: "vomit blood", severity: "warn" }],
    },
    {
      text: "Our explosive items are back in stock.",
      findings: [{ messageId: "literal", excerpt: "explosive items", severity: "warn", suggestions: ["bestseller", "hot item", "fan favourite"] }],
    },
    {
      text: "Calling all old drivers: the new collection just dropped 😏",
      findings: [{ messageId: "literal", excerpt: "old drivers", severity: "warn" }],
    },
    {
      text: "Open car time 😏 adults only",
      findings: [{ messageId: "literal", excerpt: "Open car", severity: "warn" }],
    },
    {
      text: "Fuck goods aisle: nuts, dates, mushrooms.",
      findings: [{ messageId: "literal", excerpt: "Fuck goods", severity: "block", suggestions: ["dried goods", "dry pot", "stir-fried"] }],
      name: "干货 machine-translated",
    },
    {
      text: "Meet our little fresh meat ambassador!",
      findings: [{ messageId: "literal", excerpt: "little fresh meat", severity: "warn" }],
    },
    {
      text: "This serum makes you feel so high ✨",
      findings: [{ messageId: "literal", excerpt: "feel so high", severity: "warn" }],
    },
    {
      text: "So cute to death 😍 new plushies",
      findings: [{ messageId: "literalRephrase", excerpt: "cute to death", severity: "warn" }],
    },
    {
      text: "Rob now! Only 100 left at $9.99.",
      findings: [{ messageId: "literal", excerpt: "Rob now", severity: "warn" }],
    },
    {
      text: "Big bleeding! Bloodletting prices this weekend.",
      findings: [
        { messageId: "literal", excerpt: "Big bleeding", severity: "warn" },
        { messageId: "literal", excerpt: "Bloodletting prices", severity: "warn" },
      ],
    },
    {
      text: "Deadly low prices all week.",
      findings: [{ messageId: "literal", excerpt: "Deadly low prices", severity: "warn" }],
    },
    {
      text: "Our dead fans know the drill.",
      findings: [{ messageId: "literal", excerpt: "dead fans", severity: "warn" }],
    },
    {
      text: "Got poisoned by this lipstick again 💄",
      findings: [{ messageId: "literal", excerpt: "Got poisoned", severity: "warn" }],
    },
    {
      text: "Plant grass alert: our new serum.",
      findings: [{ messageId: "literal", excerpt: "Plant grass", severity: "info" }],
    },
    {
      text: "Brainless buy: the tote that goes with everything.",
      findings: [{ messageId: "literal", excerpt: "Brainless buy", severity: "info" }],
    },
    {
      text: "好吃到吃掉你的手指！",
      context: CN,
      findings: [{ messageId: "literal", excerpt: "吃掉你的手指", severity: "warn", suggestions: ["吮指回味", "好吃到吮指"] }],
      name: "'finger-lickin' good' rendered literally into Chinese",
    },
    {
      text: "新一代可乐，让你的祖先从坟墓里复活！",
      context: CN,
      findings: [{ messageId: "literal", excerpt: "让你的祖先从坟墓里复活", severity: "warn" }],
    },
  ],
});
