import rule from "../../../rules/sensitivity/tragedy-promotion.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
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
  ],
  invalid: [
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
      findings: [{ messageId: "newsjacking", excerpt: "bombing", severity: "block" }],
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
  ],
});
