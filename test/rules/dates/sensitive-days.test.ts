import { describe, expect, it } from "vitest";
import { validateRuleSet } from "../../../lib/ruleset/parse.ts";
import rule from "../../../rules/dates/sensitive-days.ts";
import { testRule } from "../rule-tester.ts";

const at = (iso: string, timeZone = "UTC") => ({ at: new Date(iso), timeZone });
const zh = (iso: string, timeZone = "Asia/Shanghai") => ({ ...at(iso, timeZone), locale: "zh-CN" as const });
const nineEleven = at("2026-09-11T12:00:00Z");

testRule(rule, {
  valid: [
    { text: "年中大促，全场7.7折！", context: zh("2026-07-07T02:00:00Z"), name: "a 7.7 discount on 7 July without the bridge" },
    { text: "Summer menu lands 7/7: iced chai and lemon tarts.", context: at("2026-06-20T12:00:00Z", "Europe/London"), name: "7/7 as a date before the day" },
    { text: "512GB 版本今日开售。", context: zh("2026-06-01T02:00:00Z"), name: "512 outside 12 May" },
    // 4 June is a day of the mainland Chinese market only: elsewhere "6.4" is a number.
    { text: "Version 6.4 is out, with dark mode.", context: at("2026-06-04T15:00:00Z", "America/New_York"), name: "4 June outside its market" },
    { text: "618预售开启，全场满300减50！", context: zh("2026-06-04T04:00:00Z"), name: "an ordinary promotion on 4 June in China" },
    { text: "Happy 64th birthday to our founder!", context: at("2026-06-04T12:00:00Z", "Europe/London"), name: "64 elsewhere" },
    // A day turned into a product is checked whatever the date; respectful mentions are not products.
    { text: "Our Freedom flavour is back: mango and chili.", context: at("2026-03-02T12:00:00Z"), name: "a flavour without a day" },
    { text: "Anzac biscuits, baked to the traditional recipe, are back this week.", context: at("2026-03-02T12:00:00Z", "Australia/Sydney"), name: "Anzac biscuits are exempt" },
    // Ordinary posts on and near the days.
    { text: "Remember to hydrate today!", context: nineEleven, name: "'remember' alone is not a 9/11 reference" },
    { text: "Never forget to pack water for the trail.", context: nineEleven, name: "'never forget to …' is ordinary advice" },
    { text: "Call 911 if you see smoke.", context: nineEleven, name: "the emergency number is not the date" },
    { text: "We will never forget our first customers. #NeverForget", context: at("2026-06-01T12:00:00Z"), name: "terms far from the day" },
    { text: "Poppy seed muffins are back!", context: at("2026-11-11T12:00:00Z"), name: "poppy seeds are not the remembrance poppy" },
    { text: "清明安康，注意出行安全。", context: zh("2026-04-05T02:00:00Z"), name: "the right Qingming greeting" },
    { text: "Hydration tips for the heatwave.", context: at("2026-08-06T03:00:00Z", "Asia/Tokyo") },

    // Promotions: blocked only on a solemn day, and only on that local day.
    { text: "Flash sale: 20% off everything!", context: at("2026-09-12T12:00:00Z"), name: "the day after 9/11" },
    { text: "Flash sale: 20% off everything!", context: at("2026-09-11T02:00:00Z", "America/New_York"), name: "Sept 11 02:00 UTC is Sept 10 in New York" },
    { text: "Flash sale: 20% off everything!", context: at("2026-09-11T16:00:00Z", "Asia/Tokyo"), name: "Sept 11 16:00 UTC is Sept 12 in Tokyo" },
    { text: "Our spring sale starts now.", context: at("2026-04-07T12:00:00Z"), name: "a day of remembrance that is not marked solemn" },
    { text: "双十一狂欢，全场打折！", context: zh("2026-11-11T02:00:00Z"), name: "11 November is Singles' Day: promotions are not stopped" },
    { text: "Mattresses 30% off. Shop now.", context: at("2026-05-25T15:00:00Z"), name: "a sale on Memorial Day that does not refer to it" },

    // Days of mourning are observed somewhere: their promotions are blocked there only.
    { text: "Holiday gift guide: 20% off everything this weekend.", context: at("2026-12-13T15:00:00Z", "America/New_York"), name: "13 December in New York, in English" },
    { text: "Christmas jumpers, 2 for £30 this week.", context: at("2026-12-07T10:00:00Z", "Europe/London"), name: "7 December in London" },
    { text: "Autumn sale: 25% off boots.", context: at("2026-04-25T10:00:00Z", "America/Chicago"), name: "25 April in Chicago" },
    { text: "Summer sale: 30% off linen.", context: at("2026-08-06T10:00:00Z", "Europe/Paris"), name: "6 August in Paris" },
    { text: "Black Friday week starts early: 40% off.", context: at("2026-11-08T15:00:00Z", "America/New_York"), name: "Remembrance Sunday is a UK day" },
    { text: "门店营业时间调整：本周起每天9:00-21:00。", context: zh("2026-12-13T01:00:00Z"), name: "a neutral notice on 13 December" },
    { text: "今晚直播，带你看看新门店的装修进度。", context: zh("2026-12-13T11:00:00Z"), name: "no offer on 13 December" },
    { text: "全场观众起立鼓掌。", context: zh("2026-12-10T11:00:00Z"), name: "'全场' without an offer is the whole audience" },

    // A sincere mention of a day of celebration is a reminder (information, no finding at warn).
    { text: "Today we're proud to spotlight the women who run our network.", context: at("2026-03-08T10:00:00Z", "Europe/London"), name: "no term" },

    // Movable days in two years.
    { text: "See you at the lake this #MemorialDay weekend", context: at("2026-05-29T15:00:00Z"), name: "2026-05-29 is after Memorial Day 2026 (May 25)" },
    { text: "I have a dream: a world without cold feet.", context: at("2026-01-18T15:00:00Z"), name: "MLK Day 2026 is January 19" },
    { text: "Our autumn sale ends tonight.", context: at("2027-11-08T12:00:00Z"), name: "Remembrance Sunday 2027 is November 14, not the 8th" },

    // Switching days off.
    {
      text: "Never forget. 20% off today.",
      context: nineEleven,
      ruleSet: { rules: { "dates/sensitive-days": { options: { skip: ["nine-eleven"] } } } },
      name: "skip switches a built-in day off",
    },
    {
      text: "Never forget. 20% off today.",
      context: nineEleven,
      ruleSet: { dates: [{ id: "nine-eleven", title: "9/11", on: "09-11", terms: ["twin towers"], severity: "info" }] },
      name: "a team date with the same id replaces the built-in day",
    },
  ],
  invalid: [
    {
      text: "7/7 breakfast deal: two coffees for a fiver.",
      context: at("2026-07-07T07:00:00Z", "Europe/London"),
      findings: [{ messageId: "dateTerm", excerpt: "7/7", severity: "warn" }],
      name: "7/7 on the day of the London bombings",
    },
    {
      text: "14:28 开抢！限定套装今日开售。",
      context: zh("2026-05-12T06:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "14:28", severity: "warn" }],
      name: "the minute of the Wenchuan earthquake as a countdown",
    },
    {
      text: "卢沟桥边的夏日市集，今天开张！",
      context: zh("2026-07-07T02:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "卢沟桥", severity: "warn" }],
      name: "the Marco Polo Bridge on 7 July",
    },
    {
      text: "听到防空警报了吗？那是我们的开抢信号！",
      context: zh("2026-12-13T02:00:00Z"),
      findings: [
        { messageId: "dateTerm", excerpt: "防空警报", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "开抢", severity: "block" },
      ],
      name: "the Nanjing sirens as a sale signal",
    },
    {
      text: "九一八，警钟长鸣，以史为鉴。",
      context: zh("2026-09-18T02:00:00Z"),
      findings: [{ messageId: "dateRespectful", excerpt: "九一八", severity: "info" }],
      name: "the day's slogans of resolve are remembrance",
    },
    {
      text: "今天不上新，也不做直播。九一八，勿忘。",
      context: zh("2026-09-18T02:00:00Z"),
      findings: [{ messageId: "dateRespectful", excerpt: "九一八", severity: "info" }],
      name: "marketing withheld on the day is respect, not a launch",
    },
    {
      text: "We open at 1pm today, after the Remembrance Sunday service. Lest we forget.",
      context: at("2026-11-08T09:00:00Z", "Europe/London"),
      findings: [
        { messageId: "dateRespectful", excerpt: "Remembrance Sunday", severity: "info" },
        { messageId: "dateRespectful", excerpt: "Lest we forget", severity: "info" },
      ],
      name: "opening hours around a service",
    },
    {
      text: "Our limited-edition 9/11 tribute tee is back in stock.",
      context: at("2026-03-02T12:00:00Z"),
      findings: [{ messageId: "commodified", excerpt: "9/11", severity: "block" }],
      name: "a day of mourning on merchandise",
    },
    {
      text: "国家公祭日限定礼盒上线！",
      context: zh("2026-11-01T02:00:00Z"),
      findings: [{ messageId: "commodified", excerpt: "国家公祭日", severity: "block" }],
      name: "Chinese: a memorial day turned into a gift box",
    },
    {
      text: "Anzac Day cocktails: 2 for 1 at the bar.",
      context: at("2026-03-02T12:00:00Z", "Australia/Sydney"),
      findings: [{ messageId: "commodified", excerpt: "Anzac", severity: "warn" }],
      name: "the protected word Anzac in trade",
    },
    {
      text: "6月4日限定 香薰蜡烛专场全场6.4折，今晚点亮你的家～",
      context: zh("2026-06-04T04:00:00Z"),
      findings: [
        { messageId: "dateSells", excerpt: "蜡烛", severity: "block" },
        { messageId: "dateSells", excerpt: "6.4", severity: "block" },
      ],
      name: "a candle sale at 6.4折 on 4 June, for a mainland audience",
    },
    {
      text: "坦克造型冰淇淋蛋糕，今晚直播间见！",
      context: zh("2026-06-03T12:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "坦克", severity: "warn" }],
      name: "a tank the day before 4 June (Li Jiaqi, 2022)",
    },
    {
      text: "We're closed today to honor the victims of 9/11. We will never forget.",
      context: nineEleven,
      findings: [
        { messageId: "dateRespectful", excerpt: "9/11", severity: "info" },
        { messageId: "dateRespectful", excerpt: "never forget", severity: "info" },
      ],
      name: "a closure for a day of remembrance",
    },
    {
      text: "9/11? More like 9/11 out of 10 for our new burger 😂",
      context: nineEleven,
      findings: [
        { messageId: "dateTerm", excerpt: "9/11", severity: "block" },
        { messageId: "dateTerm", excerpt: "9/11", severity: "block" },
      ],
      name: "a joke on a day of mourning",
    },
    {
      text: "We remember. 9/11 #NeverForget",
      context: nineEleven,
      findings: [
        { messageId: "dateRespectful", excerpt: "9/11", severity: "info" },
        { messageId: "dateRespectful", excerpt: "#NeverForget", severity: "info" },
      ],
      name: "'we remember' with 9/11: a remembrance is a note",
    },
    {
      text: "Never forget. Shop now: 20% off.",
      context: nineEleven,
      findings: [
        { messageId: "dateTerm", excerpt: "Never forget", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "Shop now", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "20% off", severity: "block" },
      ],
      name: "a promotion that rides on 9/11",
    },
    {
      text: "Flash sale: 20% off everything!",
      context: at("2026-09-12T02:00:00Z", "America/Los_Angeles"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "Flash sale", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "20% off" },
      ],
      name: "Sept 12 02:00 UTC is still Sept 11 in Los Angeles",
    },
    {
      text: "Flash sale: 20% off everything!",
      context: at("2026-09-10T16:00:00Z", "Asia/Tokyo"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "Flash sale" },
        { messageId: "solemnPromotion", excerpt: "20% off" },
      ],
      name: "Sept 10 16:00 UTC is already Sept 11 in Tokyo",
    },
    {
      text: "Twin Towers sale! #911",
      context: nineEleven,
      findings: [
        { messageId: "dateTerm", excerpt: "Twin Towers" },
        { messageId: "solemnPromotion", excerpt: "sale" },
        { messageId: "dateTerm", excerpt: "#911" },
      ],
      name: "Miracle Mattress, 2016",
    },
    {
      text: "Take a moment to remember #PearlHarbor with us.",
      context: at("2026-12-07T17:00:00Z", "America/New_York"),
      findings: [
        {
          messageId: "dateTerm",
          excerpt: "#PearlHarbor",
          severity: "warn",
          guidance:
            "Remembers the 2,403 Americans killed in the attack of 7 December 1941. Hold promotions for the day, and don't pair it with a mascot, product or offer; if the brand posts, a plain tribute only.",
        },
      ],
      name: "SpaghettiOs, 2013",
    },
    {
      text: "Women belong in the kitchen. #IWD2026",
      context: at("2026-03-08T09:00:00Z", "Europe/London"),
      findings: [{ messageId: "dateTerm", excerpt: "#IWD", severity: "info" }],
      name: "Burger King UK, 2021: the day is a reminder here; sensitivity/tropes warns on the stereotype",
    },
    {
      text: "女神节限时特惠，宠爱自己！",
      context: zh("2026-03-08T02:00:00Z"),
      findings: [{ messageId: "dateSells", excerpt: "女神节", severity: "warn" }],
      name: "8 March rebranded as a shopping festival",
    },
    {
      text: "Anzac biscuits, 2 for $5 today only",
      context: at("2026-04-24T22:00:00Z", "Australia/Sydney"),
      findings: [
        { messageId: "dateTerm", excerpt: "Anzac" },
        { messageId: "solemnPromotion", excerpt: "$5", severity: "block" },
      ],
      name: "Anzac Day in Sydney while it is still April 24 in UTC",
    },
    {
      text: "清明节快乐！",
      context: zh("2026-04-05T02:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "清明节快乐", severity: "warn" }],
      name: "Qingming 2026 falls on April 5, inside the approximated window",
    },
    {
      text: "Happy Tomb-Sweeping Day!",
      context: at("2027-04-04T02:00:00Z", "Asia/Taipei"),
      findings: [{ messageId: "dateTerm", excerpt: "Happy Tomb-Sweeping Day" }],
    },
    {
      text: "全场打折，优惠不停",
      context: zh("2026-12-13T02:00:00Z"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "打折", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "优惠", severity: "block" },
      ],
      name: "a promotion on the Nanjing Massacre memorial day",
    },
    {
      text: "勿忘国耻，铭记南京大屠杀。",
      context: zh("2026-12-13T02:00:00Z"),
      findings: [
        { messageId: "dateRespectful", excerpt: "勿忘国耻" },
        { messageId: "dateRespectful", excerpt: "南京大屠杀" },
      ],
    },
    {
      text: "9.18限时秒杀",
      context: zh("2026-09-18T02:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "9.18" }],
      name: "a '918' promotion on September 18",
    },
    {
      text: "広島の平和記念式典に参列しました。",
      context: at("2026-08-05T23:30:00Z", "Asia/Tokyo"),
      findings: [{ messageId: "dateTerm", excerpt: "広島" }],
    },
    {
      text: "Wear a red ribbon today.",
      context: at("2026-12-01T12:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "red ribbon", severity: "info" }],
    },
    {
      text: "Happy #TDoR, everyone!",
      context: at("2026-11-20T18:00:00Z", "America/Chicago"),
      findings: [{ messageId: "dateTerm", excerpt: "#TDoR" }],
    },
    {
      text: "Juneteenth sale: 15% off!",
      context: at("2026-06-17T15:00:00Z", "America/Chicago"),
      findings: [{ messageId: "dateSells", excerpt: "Juneteenth", severity: "warn" }],
      name: "two days before Juneteenth; not solemn, so the sale itself is not stopped",
    },
    {
      text: "Veterans Day deals: 20% off for vets.",
      context: at("2026-11-11T15:00:00Z", "America/New_York"),
      findings: [{ messageId: "dateTerm", excerpt: "Veterans Day", severity: "info" }],
      name: "Veterans Day offers are customary",
    },

    // A day of celebration: a sincere mention is a reminder; a mention that sells warns.
    {
      text: "For International Women's Day we're sharing how our engineers built the new 5G network.",
      context: at("2026-03-08T10:00:00Z", "Europe/London"),
      findings: [{ messageId: "dateTerm", excerpt: "International Women's Day", severity: "info" }],
      name: "a sincere IWD spotlight",
    },
    {
      text: "Happy International Women's Day! Treat yourself: 20% off all lipsticks.",
      context: at("2026-03-08T10:00:00Z", "Europe/London"),
      findings: [{ messageId: "dateSells", excerpt: "International Women's Day", severity: "warn" }],
      name: "IWD used to sell",
    },
    {
      text: "三八妇女节快乐！致敬每一位女性员工。",
      context: zh("2026-03-08T02:00:00Z"),
      findings: [{ messageId: "dateRespectful", excerpt: "妇女节", severity: "info" }],
      name: "a sincere greeting in Chinese",
    },
    // blind-7: a day's sales given away is a donation, not a sale; an archive a post works with is remembrance.
    {
      text: "Juneteenth: our stores are closed today and we're giving a day's sales to a Black history museum.",
      context: at("2026-06-19T13:00:00Z", "America/New_York"),
      findings: [{ messageId: "dateRespectful", excerpt: "Juneteenth", severity: "info" }],
      name: "a day's sales donated",
    },
    {
      text: "Juneteenth weekend sale: 20% off everything, and we're donating 5% of sales to a Black history museum.",
      context: at("2026-06-19T13:00:00Z", "America/New_York"),
      findings: [{ messageId: "dateSells", excerpt: "Juneteenth", severity: "warn" }],
      name: "a sale with a donation still sells the day",
    },
    {
      text: "For Holocaust Memorial Day our studio recorded three testimonies with the Holocaust Centre in Nottinghamshire.",
      context: at("2026-01-27T12:00:00Z", "Europe/London"),
      findings: [
        { messageId: "dateRespectful", excerpt: "Holocaust", severity: "info" },
        { messageId: "dateRespectful", excerpt: "Holocaust", severity: "info" },
      ],
      name: "remembrance made with a Holocaust centre",
    },
    {
      text: "We're closed on Juneteenth so our team can take the day.",
      context: at("2026-06-19T13:00:00Z", "America/Chicago"),
      findings: [{ messageId: "dateRespectful", excerpt: "Juneteenth", severity: "info" }],
    },
    {
      text: "World AIDS Day: wear the red ribbon, and our Ruby lipstick is 15% off today.",
      context: at("2026-12-01T12:00:00Z"),
      findings: [
        { messageId: "dateSells", excerpt: "World AIDS Day", severity: "warn" },
        { messageId: "dateSells", excerpt: "red ribbon", severity: "warn" },
      ],
      name: "World AIDS Day used to sell",
    },

    // Days of mourning, where they are observed; Chinese terms and Chinese offers.
    {
      text: "今天全场狂欢，满299减150，手慢无！",
      context: zh("2026-12-13T03:00:00Z"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "全场狂欢", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "满299减150", severity: "block" },
      ],
      name: "a Chinese sale on the Nanjing memorial day",
    },
    {
      text: "年终大促，全场七折起",
      context: zh("2026-12-13T03:00:00Z"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "大促", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "全场七折", severity: "block" },
      ],
    },
    {
      text: "新品上新，限量发售！",
      context: zh("2026-12-13T20:00:00Z", "America/Los_Angeles"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "新品", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "上新", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "限量", severity: "block" },
      ],
      name: "written in Chinese, from Los Angeles on 13 December",
    },
    {
      text: "铭记历史，悼念南京大屠杀遇难同胞。",
      context: zh("2026-12-13T02:00:00Z"),
      findings: [
        { messageId: "dateRespectful", excerpt: "南京大屠杀", severity: "info" },
        { messageId: "dateRespectful", excerpt: "遇难同胞", severity: "info" },
      ],
    },
    {
      text: "珍珠港事件85周年，我们铭记历史。",
      context: zh("2026-12-07T02:00:00Z"),
      findings: [{ messageId: "dateRespectful", excerpt: "珍珠港", severity: "info" }],
    },
    {
      text: "纪念九一一事件遇难者。",
      context: zh("2026-09-11T02:00:00Z"),
      findings: [{ messageId: "dateRespectful", excerpt: "九一一", severity: "info" }],
    },
    {
      text: "Surprise deals all day: 25% off sitewide!",
      context: at("2026-12-07T20:00:00Z", "Pacific/Honolulu"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "deals", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "25% off", severity: "block" },
      ],
      name: "Pearl Harbor Day in Honolulu",
    },
    {
      text: "Long weekend getaway: 25% off Bali.",
      context: at("2026-04-24T23:00:00Z", "Australia/Sydney"),
      findings: [{ messageId: "solemnPromotion", excerpt: "25% off", severity: "block" }],
      name: "Anzac Day in Sydney",
    },

    // Movable days in two years.
    {
      text: "See you at the lake this #MemorialDay weekend",
      context: at("2027-05-29T15:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "#MemorialDay" }],
      name: "2027-05-29 is two days before Memorial Day 2027 (May 31)",
    },
    {
      text: "Honoring our fallen heroes. Mattresses 30% off.",
      context: at("2026-05-25T15:00:00Z", "America/Denver"),
      findings: [{ messageId: "dateTerm", excerpt: "fallen heroes", severity: "warn" }],
      name: "Memorial Day 2026: the tribute is flagged, the sale is not blocked",
    },
    {
      text: "I have a dream: a world without cold feet.",
      context: at("2026-01-19T15:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "I have a dream", severity: "info" }],
      name: "MLK Day 2026 (January 19)",
    },
    {
      text: "I have a dream: a world without cold feet.",
      context: at("2027-01-18T15:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "I have a dream" }],
      name: "MLK Day 2027 (January 18)",
    },
    {
      text: "Our autumn sale ends tonight.",
      context: at("2026-11-08T12:00:00Z", "Europe/London"),
      findings: [{ messageId: "solemnPromotion", excerpt: "sale", severity: "block" }],
      name: "Remembrance Sunday 2026 (November 8)",
    },
    {
      text: "Our autumn sale ends tonight. Wear your poppy with pride.",
      context: at("2027-11-14T12:00:00Z", "Europe/London"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "sale" },
        { messageId: "dateTerm", excerpt: "poppy", severity: "block" },
      ],
      name: "Remembrance Sunday 2027 (November 14)",
    },
    {
      text: "Lest we forget.",
      context: at("2029-11-11T12:00:00Z", "Europe/London"),
      findings: [{ messageId: "dateTerm", excerpt: "Lest we forget", severity: "warn" }],
      name: "Remembrance Sunday on November 11 (2029): one finding, at the graver day's severity",
    },

    // The team's dates and the options.
    {
      text: "Never forget. 20% off today.",
      context: nineEleven,
      ruleSet: { dates: [{ id: "our-9-11", title: "9/11", on: "09-11", terms: ["never forget"], severity: "info" }] },
      findings: [
        { messageId: "dateTerm", excerpt: "Never forget" },
        { messageId: "solemnPromotion", excerpt: "20% off" },
      ],
      name: "a team date with another id does not replace the built-in day",
    },
    {
      text: "Lest we forget. Our sale ends Sunday.",
      context: at("2026-04-25T01:00:00Z", "Pacific/Auckland"),
      ruleSet: { rules: { "dates/sensitive-days": { options: { skip: ["remembrance-sunday"] } } } },
      findings: [
        { messageId: "dateTerm", excerpt: "Lest we forget" },
        { messageId: "solemnPromotion", excerpt: "sale" },
      ],
      name: "skipping one day leaves the others",
    },
  ],
});

describe("dates/sensitive-days options", () => {
  it("refuses a day it does not know, naming the field and the days it knows", () => {
    const result = validateRuleSet({
      schema: "preflight.ruleset/1",
      id: "test",
      version: 1,
      issuedAt: "2026-01-01T00:00:00Z",
      rules: { "dates/sensitive-days": { options: { skip: ["nine-elevn"] } } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ path: 'rules["dates/sensitive-days"].options.skip[0]', message: expect.stringContaining("nine-eleven") }),
    ]);
  });
});
