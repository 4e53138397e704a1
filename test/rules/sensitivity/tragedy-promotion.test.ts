import rule from "../../../rules/sensitivity/tragedy-promotion.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
    { text: "Content warning: episode 3 deals with sexual assault. Support resources are linked below.", name: "'deals with' a subject is not a deal, and a content warning is care" },
    { text: "If your farm has been hit by the floods, our hardship team can arrange a payment holiday with no late fees.", name: "help for people hit by a flood" },
    { text: "地震受灾地区的用户：本月通话和流量全部免费，无需任何操作。", name: "Chinese: free service for the areas hit, nothing to do" },
    { text: "纪念馆推出线上展览，收录了大屠杀幸存者的口述与遇难者的家书。", name: "Chinese: a memorial's exhibition is not a product launch" },
    { text: "For the flood appeal we'll give £5 for every share. There's nothing to buy: just share the post.", name: "a donation with a sale word said not to be one" },
    { text: "Our New Zealand team will observe two minutes' silence today for the victims of the earthquake.", name: "'Our New' before a place is no launch" },
    { text: "Out of respect for those killed in the shooting, we've postponed our launch to next week.", name: "a launch postponed for a tragedy" },
    { text: "【服务公告】受台风影响，部分门店暂停营业，已下单的外卖订单将全额退款。", name: "orders already placed, in a closure notice" },
    "The ground shook with cheers when the home side scored: match-day pies are £3 at the kiosk.",
    "Our savings account pays 4.2% AER, fixed for a year.",
    // A shop as a place, opening hours and a bake sale for relief are not a sale.
    "Our co-founder Ray died on Monday, aged 88. He opened our first shop in 1971. Our shops will close at noon on Thursday for his funeral.",
    "Every pound from Saturday's bake sale at our Leeds shop goes to the earthquake appeal.",
    "Black Friday starts now: 30% off sitewide.",
    "Killer deals: shoot us a DM for the promo code.",
    "This cake is to die for. Order now!",
    "Storm-proof jacket now 20% off.",
    "Weather the storm in our waterproof shell, free shipping today.",
    "Stay safe on the trails this weekend — shop headlamps.",
    "Stay safe and warm: fleece is 20% off.",
    "Our launch was a landslide victory. Shop the collection.",
    "Pumpkin spice is trending — shop now!",
    "Since the pandemic, our team works remotely. Shop our home-office sale.",
    "Catch the Carolina Hurricanes tonight with $5 beers.",
    "Our thoughts are with everyone affected by the earthquake. We are donating to the Red Cross.",
    "#WhyIStayed You had pizza.",
    // Respectful registers: no sale, no launch, no joke.
    "Today we remember the 2,977 people killed on 9/11. Our stores open at noon.",
    "We're matching every donation to flood relief in Valencia, up to €50,000.",
    "Typhoon Gaemi: all flights to Taipei are cancelled today. Rebook free of charge in the app.",
    "Devastated by the news from Uvalde. We are closed today.",
    "我们向地震灾区捐款100万元，愿平安。",
    "A flood of orders this morning: thank you! Shop the restock.",
    {
      text: "Hurricane Sandy Sale: 20% off everything",
      ruleSet: { rules: { "sensitivity/tragedy-promotion": { options: { skip: ["disaster"] } } } },
      name: "a group of the tragedy list switched off",
    },
    // Names that are also flowers, cities, words and dates (rules/sensitivity/tragedies.json), in sales.
    { text: "Columbine seeds, 2 for $5.", context: { at: new Date("2025-05-05T15:00:00Z"), timeZone: "America/Denver" }, name: "'Columbine' the flower" },
    { text: "Paradise found: 30% off all swimwear.", context: { at: new Date("2025-11-08T15:00:00Z"), timeZone: "America/Los_Angeles" }, name: "'Paradise' on the Camp Fire's anniversary" },
    { text: "Camp fire s'mores kit, 20% off this weekend.", context: { at: new Date("2025-11-08T15:00:00Z"), timeZone: "America/Los_Angeles" } },
    { text: "Nice, France: spring fares from €49.", context: { at: new Date("2025-07-14T10:00:00Z"), timeZone: "Europe/Paris" }, name: "'Nice' on Bastille Day" },
    { text: "Orlando getaway: 3 nights from $299.", context: { at: new Date("2025-03-01T15:00:00Z"), timeZone: "America/New_York" } },
    { text: "Charleston cooking class, $45 a seat.", context: { at: new Date("2025-09-10T15:00:00Z"), timeZone: "America/New_York" } },
    { text: "Maui vacation packages from $999.", context: { at: new Date("2025-08-08T18:00:00Z"), timeZone: "Pacific/Honolulu" } },
    { text: "Buffalo wings are back! $10 a basket.", context: { at: new Date("2025-05-14T15:00:00Z"), timeZone: "America/New_York" } },
    { text: "Sale ends October 7!", context: { at: new Date("2026-10-06T15:00:00Z"), timeZone: "America/New_York" }, name: "a bare date" },
    { text: "Our Manchester Arena gig: tickets on sale Friday!", context: { at: new Date("2025-06-22T10:00:00Z"), timeZone: "Europe/London" } },
    { text: "Itaewon Halloween party: 20% off all drinks before midnight 🎃", context: { at: new Date("2023-10-10T10:00:00Z"), timeZone: "Asia/Seoul" }, name: "a district, away from the anniversary" },
    // A disaster's places and its imagery evoke it only on its anniversary (blind-6's family).
    { text: "Surf camp in Banda Aceh: June waves are the best of the year 🌊 20% off.", context: { at: new Date("2026-06-10T03:00:00Z"), timeZone: "Asia/Jakarta" }, name: "waves at a tsunami's place, away from the anniversary" },
    { text: "Boxing Day sale: 30% off flights to Bali and Krabi.", context: { at: new Date("2026-12-26T03:00:00Z"), timeZone: "Asia/Bangkok" }, name: "a place on the anniversary, with no waves" },
    { text: "Maui sunsets and mai tais, every evening at our beach bar: happy hour 5–7.", context: { at: new Date("2026-08-08T03:00:00Z"), timeZone: "Pacific/Honolulu" }, name: "Maui on the anniversary, with no fire" },
    { text: "天津店周年庆，爆款五折！", context: { at: new Date("2026-08-12T03:00:00Z"), timeZone: "Asia/Shanghai" }, name: "爆款 in Tianjin is a bestseller" },
    // Travel waivers after a disaster sell nothing (blind-6's false flag).
    { text: "After the floods in Valencia, guests booked at our Valencia hotels until 30 November can move their dates or cancel at no cost.", name: "a hotel's flood waiver" },
    { text: "Typhoon notice: if you hold a ticket to or from Taipei between 3 and 5 September, you can change your flight once with no change fee.", name: "an airline's typhoon waiver" },
    { text: "受地震影响，3月1日至10日往返西宁的已购票旅客可免费改期或取消，无需补差价。", name: "Chinese: an earthquake waiver" },
    { text: "玉树临风的新款西装，限时八折。", context: { at: new Date("2025-06-01T02:00:00Z"), timeZone: "Asia/Shanghai" } },
  ],
  invalid: [
    // A disaster evoked by its place and its imagery on the anniversary, to sell (blind-6's family).
    {
      text: "Surf's up in Banda Aceh 🌊 Book your December getaway: 20% off with code SWELL.",
      context: { at: new Date("2026-12-26T03:00:00Z"), timeZone: "Asia/Jakarta" },
      findings: [{ messageId: "newsjacking", excerpt: "Banda Aceh", severity: "block" }],
      name: "the 2004 tsunami: a surf sale at Banda Aceh on 26 December",
    },
    {
      text: "Maui's hottest deals are here 🔥 Resort nights from $199.",
      context: { at: new Date("2026-08-08T20:00:00Z"), timeZone: "Pacific/Honolulu" },
      findings: [{ messageId: "newsjacking", excerpt: "Maui's", severity: "block" }],
      name: "the Lahaina fire: 'hottest deals' on Maui on 8 August",
    },
    {
      text: "Sendai seafront hotel: ride the waves this weekend, 30% off rooms!",
      context: { at: new Date("2026-03-11T01:00:00Z"), timeZone: "Asia/Tokyo" },
      findings: [{ messageId: "newsjacking", excerpt: "Sendai", severity: "block" }],
      name: "the 2011 tsunami: waves at Sendai on 11 March",
    },
    {
      text: "NOLA's underwater prices: 40% off everything this weekend!",
      context: { at: new Date("2026-08-29T15:00:00Z"), timeZone: "America/Chicago" },
      findings: [{ messageId: "newsjacking", excerpt: "NOLA's", severity: "block" }],
      name: "Katrina: 'underwater' in New Orleans on 29 August",
    },
    {
      text: "天津店开业大爆炸💥全场五折！",
      context: { at: new Date("2026-08-12T03:00:00Z"), timeZone: "Asia/Shanghai" },
      findings: [{ messageId: "newsjacking", excerpt: "天津", severity: "block" }],
      name: "Chinese: the Tianjin port explosion, an 'explosion' sale on 12 August",
    },
    {
      text: "After the earthquake in Crete, we're waiving change fees, and fares to Athens are 30% off this week!",
      findings: [{ messageId: "newsjacking", excerpt: "earthquake", severity: "block" }],
      name: "a waiver beside a fare sale still blocks",
    },
    {
      text: "Flood deals this weekend: 40% off all wellies!",
      findings: [{ messageId: "newsjacking", excerpt: "Flood", severity: "block" }],
      name: "a flood sold as 'deals' still blocks",
    },
    {
      text: "After the earthquake, our New York store has emergency radios at 30% off.",
      findings: [{ messageId: "newsjacking", excerpt: "earthquake", severity: "block" }],
      name: "a place name shields 'new', not the sale beside it",
    },
    {
      text: "Six months since the bridge came down. Beat the detour with our e-bike, 15% off this week.",
      findings: [{ messageId: "newsjacking", excerpt: "bridge came down", severity: "block" }],
      name: "a collapse told without the word 'disaster', beside a sale",
    },
    {
      text: "The ground shook overnight. Our new Quake Latte will shake up your morning, out now.",
      findings: [{ messageId: "newsjacking", excerpt: "The ground shook", severity: "block" }],
      name: "an earthquake as a launch pun",
    },
    {
      text: "Since the bridge fell, commutes are long: our saver now pays 4.2% AER.",
      findings: [{ messageId: "newsjacking", excerpt: "bridge fell", severity: "block" }],
      name: "a savings rate is a promotion",
    },
    {
      text: "All impacted by #Sandy, stay safe! We'll be doing lots of Gap.com shopping today. How about you?",
      findings: [{ messageId: "newsjacking", excerpt: "All impacted by", severity: "block" }],
      name: "Gap, Hurricane Sandy 2012: two milder signs and a promotion",
    },
    {
      text: "This storm blows (but free shipping doesn't) Shop #UOnline",
      findings: [{ messageId: "newsjacking", excerpt: "This storm", severity: "block" }],
      name: "Urban Outfitters, Hurricane Sandy 2012",
    },
    {
      text: "Hurricane Sandy Sale: 20% off everything for the next 36 hours",
      findings: [{ messageId: "newsjacking", excerpt: "Hurricane", severity: "block" }],
      name: "American Apparel, Hurricane Sandy 2012",
    },
    {
      text: "After the Boston Marathon bombing, may we suggest: whole-grain cranberry scones!",
      findings: [{ messageId: "newsjacking", excerpt: "Boston Marathon bombing", severity: "block" }],
      name: "Epicurious 2013",
    },
    {
      text: "Millions are in uproar in #Cairo. Rumor is they heard our new spring collection is now available online",
      findings: [{ messageId: "newsjacking", excerpt: "uproar", severity: "warn" }],
      name: "Kenneth Cole 2011: one milder sign",
    },
    {
      text: "#Aurora is trending, clearly about our Kim K inspired #Aurora dress ;) Shop: http://bit.ly/KCXXd6",
      findings: [{ messageId: "newsjacking", excerpt: "#Aurora", severity: "block" }],
      name: "Celeb Boutique 2012: a tragedy hashtag that is trending",
    },
    {
      text: "Our thoughts are with everyone in Florida. Use code SAFE for 10% off.",
      findings: [{ messageId: "newsjacking", excerpt: "Our thoughts are with", severity: "block" }],
      name: "words of mourning imply a tragedy: with a sale, newsjacking",
    },
    {
      text: "RIP to a legend. Our tribute tee is $25.",
      findings: [{ messageId: "newsjacking", excerpt: "RIP", severity: "block" }],
      name: "a price is a promotion",
    },
    {
      text: "#PrayForParis 💙 Use code PARIS for free shipping",
      findings: [{ messageId: "newsjacking", excerpt: "#PrayForParis", severity: "block" }],
    },
    {
      text: "Stay safe out there during the storm, everyone! While you wait it out, our cozy fleece is 20% off with code STAYIN. #Delia",
      findings: [{ messageId: "newsjacking", excerpt: "during the storm", severity: "block" }],
      name: "the README's storm sale, with the built-in rules alone",
    },
    {
      text: "Stay cozy: the storm hits tonight. Shop fleece, 20% off. Weather the storm in style.",
      findings: [{ messageId: "newsjacking", excerpt: "the storm hits", severity: "warn" }],
      name: "one milder sign",
    },
    {
      text: "The war rages on, but our Spring Sale rages harder: 60% off.",
      findings: [{ messageId: "newsjacking", excerpt: "war rages", severity: "warn" }],
    },
    {
      text: "Tough week after the mall shooting. Treat yourself: any latte for $2 today.",
      findings: [{ messageId: "newsjacking", excerpt: "mall shooting", severity: "block" }],
    },
    // The tragedy word singular or indirect, or only a name.
    {
      text: "Devastated by the news from Uvalde. Our summer sale starts today: 25% off.",
      findings: [{ messageId: "newsjacking", excerpt: "Uvalde", severity: "block" }],
      context: { at: new Date("2022-05-25T15:00:00Z"), timeZone: "America/Chicago" },
    },
    {
      text: "Too many lives lost in the crash. Fares to Denver from $59 this week.",
      findings: [{ messageId: "newsjacking", excerpt: "Too many lives", severity: "block" }],
    },
    {
      text: "The war in Ukraine breaks our hearts. 30% off everything blue and yellow.",
      findings: [{ messageId: "newsjacking", excerpt: "war in Ukraine", severity: "block" }],
    },
    {
      text: "Stuck inside during the typhoon? Order in: 20% off all deliveries.",
      findings: [{ messageId: "newsjacking", excerpt: "typhoon", severity: "block" }],
    },
    {
      text: "The flood won't stop our flash sale! Everything 40% off.",
      findings: [{ messageId: "newsjacking", excerpt: "flood", severity: "block" }],
    },
    {
      text: "飓风期间全场五折，宅家也要美美的！",
      findings: [{ messageId: "newsjacking", excerpt: "飓风", severity: "block" }],
      name: "Chinese, hurricane",
    },
    {
      text: "Too soon? Our new Tsunami Wave smoothie 😂",
      findings: [{ messageId: "newsjacking", excerpt: "Tsunami", severity: "block" }],
      name: "a joke",
    },
    {
      text: "Thoughts with everyone hit by the wildfire. We're hiring: join the family!",
      findings: [{ messageId: "newsjacking", excerpt: "wildfire", severity: "block" }],
      name: "a job ad",
    },
    {
      text: "Hurricane relief sale: 10% of every order this week goes to the Red Cross. Shop now.",
      findings: [{ messageId: "cause", excerpt: "Hurricane", severity: "warn" }],
      name: "cause marketing warns",
    },
    {
      text: "Bring down the towers in our new level 🏙️💥 Out Friday!",
      findings: [{ messageId: "newsjacking", excerpt: "Bring down", severity: "block" }],
      name: "9/11 imagery in a launch",
    },
    {
      text: "地震无情，人间有爱。全场打折！",
      findings: [{ messageId: "newsjacking", excerpt: "地震", severity: "block" }],
      name: "Chinese",
    },
    // Named tragedies next to a sale, a joke or a plug.
    {
      text: "Our thoughts are with Orlando. Use code PULSE for 15% off.",
      context: { at: new Date("2016-06-13T15:00:00Z"), timeZone: "America/New_York" },
      findings: [{ messageId: "newsjacking", excerpt: "Orlando", severity: "block" }],
      name: "an ambiguous city next to words of mourning",
    },
    { text: "Remembering Grenfell. Our summer sale starts today.", context: { at: new Date("2024-06-14T10:00:00Z"), timeZone: "Europe/London" }, findings: [{ messageId: "newsjacking", excerpt: "Grenfell", severity: "block" }] },
    { text: "MH370 is still missing, but our deals aren't: 30% off flights to KL.", context: { at: new Date("2024-03-08T10:00:00Z"), timeZone: "Asia/Kuala_Lumpur" }, findings: [{ messageId: "newsjacking", excerpt: "MH370", severity: "block" }] },
    {
      text: "Titan sub? More like Titan SUB-par. Our subs are 2 for $10 😂",
      context: { at: new Date("2023-06-22T15:00:00Z"), timeZone: "America/New_York" },
      findings: [{ messageId: "newsjacking", excerpt: "Titan sub", severity: "block" }],
      name: "a joke during the search",
    },
    { text: "Hurricane Helene couldn't stop our sale: 40% off everything.", context: { at: new Date("2024-09-28T15:00:00Z"), timeZone: "America/New_York" }, findings: [{ messageId: "newsjacking", excerpt: "Hurricane Helene", severity: "block" }] },
    { text: "The Lahaina fire was heartbreaking. Book Maui for 20% off this fall.", context: { at: new Date("2023-08-20T18:00:00Z"), timeZone: "Pacific/Honolulu" }, findings: [{ messageId: "newsjacking", excerpt: "Lahaina fire", severity: "block" }] },
    { text: "9/11 attacks: never forget. 20% off today only.", context: { at: new Date("2025-09-11T15:00:00Z"), timeZone: "America/New_York" }, findings: [{ messageId: "newsjacking", excerpt: "9/11 attacks", severity: "block" }] },
    {
      text: "RIP Kobe Bryant. Mamba forever. Our tribute jersey is $49.",
      context: { at: new Date("2020-01-27T15:00:00Z"), timeZone: "America/Los_Angeles" },
      findings: [{ messageId: "newsjacking", excerpt: "Kobe Bryant", severity: "block" }],
      name: "a death that brands newsjacked",
    },
    {
      text: "Itaewon Halloween party: 20% off all drinks before midnight 🎃",
      context: { at: new Date("2023-10-28T10:00:00Z"), timeZone: "Asia/Seoul" },
      findings: [{ messageId: "newsjacking", excerpt: "Itaewon", severity: "block" }],
      name: "a district on the eve of the anniversary of the crush",
    },
    { text: "郑州7·20暴雨也挡不住我们的热情！全场五折！", context: { at: new Date("2021-07-22T02:00:00Z"), timeZone: "Asia/Shanghai" }, findings: [{ messageId: "newsjacking", excerpt: "郑州7·20暴雨", severity: "block" }] },
    { text: "东航MU5735事故后，我们的机票依然特价！", context: { at: new Date("2022-03-23T02:00:00Z"), timeZone: "Asia/Shanghai" }, findings: [{ messageId: "newsjacking", excerpt: "东航MU5735", severity: "block" }] },
  ],
});
