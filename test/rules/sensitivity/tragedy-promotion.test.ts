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
      findings: [{ messageId: "newsjacking", excerpt: "Our thoughts are with", severity: "warn" }],
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
      findings: [{ messageId: "newsjacking", excerpt: "Stay safe", severity: "block" }],
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
    {
      text: "地震无情，人间有爱。全场打折！",
      findings: [{ messageId: "newsjacking", excerpt: "地震", severity: "block" }],
      name: "Chinese",
    },
  ],
});
