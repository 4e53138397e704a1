import { describe, expect, it } from "vitest";
import rule from "../../../rules/sensitivity/trivialising.ts";
import { findingsBeside, testRule } from "../rule-tester.ts";

const T = "trivialising";
const S = "trivialisingWithSuggestion";

testRule(rule, {
  valid: [
    { text: "Ten years on, we still run the Boston Marathon for the three who never got home, and we remember the survivors.", name: "the marathon remembered, with survivors" },
    { text: "We survived the Monday rush: 412 flat whites before 9am ☕", name: "'survived' with no tragedy site" },
    { text: "Six million Jews were murdered in the Holocaust. Never forget: our team visits the museum this week.", name: "the count in a Holocaust remembrance post" },
    { text: "Our app passed 6 million downloads this year. Thank you!", name: "6 million with no remembrance words" },
    { text: "Our documentary on Chernobyl's fallout and the families who moved away premieres Sunday.", name: "Chernobyl in a documentary" },
    "A new exhibit tells the stories of people enslaved by the plantation's owners.",
    // Stars, triangles and stripes that are not the camps' uniform; a memorial visited (blind-3/6's families).
    { text: "Pink triangle enamel pin for Pride: all profits go to an LGBTQ+ youth helpline 🏳️‍🌈", name: "a reclaimed Pride symbol" },
    { text: "Star of David pendant in 14k gold, a bat mitzvah gift she'll keep forever.", name: "Judaica" },
    { text: "Hanukkah jumper: blue and white stripes with a Star of David on the front.", name: "a star on festive stripes" },
    { text: "Breton top in navy-and-white stripes, knitted in Brittany since 1951.", name: "a Breton stripe" },
    { text: "Our Harbin team visited the Unit 731 museum today. History must not be forgotten.", name: "a visit to a war-crimes museum" },
    { text: "武汉门店的同事们周末去了细菌战罪证陈列馆，以史为鉴。", name: "Chinese: a visit to a war-crimes museum" },
    { text: "Patch notes for our history game now credit the survivors who advised on the genocide chapter.", name: "a game's patch notes about a genocide taught with survivors" },
    // History and remembrance.
    "Our team visited the Auschwitz museum and listened to a survivor's testimony.",
    "Visit the Whitney Plantation museum to learn about the lives of enslaved people.",
    "Our Poland tours include a day at the Auschwitz memorial with a licensed guide; please leave the camera in your bag.",
    "Holocaust Memorial Day: we remember the six million. Never again.",
    "今天是南京大屠杀死难者国家公祭日，铭记历史，缅怀遇难同胞。",
    "The genocide in Rwanda killed 800,000 people; we remember them today.",
    "Read The Diary of a Young Girl with our book club: Anne Frank's words, 80 years on.",
    // Ordinary words that only look like it.
    "Made-to-measure plantation shutters, fitted in a week.",
    "Single-origin beans from a family coffee plantation in Huila.",
    "Our tea plantation tour ends with a tasting: book your spot.",
    "Slave to the Rhythm is on our Friday playlist.",
    "Happy Juneteenth. Our stores close early so our teams can celebrate with their families.",
    "A spike in sales this quarter: thank you!",
    "The final solution to the equation is x = 4.",
    "Grammar tips for the new term: our free guide.",
    "Massive savings on coffee beans this week: up to 30% off.",
    "The Nanjing Massacre, told through survivors' testimony: our documentary premieres tonight.",
    "Our founder's grandparents survived the Holocaust. Today we light a candle with them.",
    { text: "Family-run since 1940, and our scones still hit the spot.", name: "a founding year" },
    { text: "Our Blitz exhibition opens with letters from Londoners who sheltered in the Underground since 1940's first raids.", name: "the Blitz in an exhibition" },
    // blind-7's families: the camps' gate slogans, Unit 731 and Anne Frank, and their ordinary look-alikes.
    { text: "Unsere Backstube sucht Verstärkung: Arbeit macht Spaß, wenn es nach frischem Brot duftet.", name: "everyday German 'work is fun'" },
    { text: "Order #731 is on its way: our experiment with compostable mailers continues 📦", name: "731 as an order number beside an experiment" },
    { text: "731路公交改线通知：实验中学站本周暂停使用。", name: "Chinese: a bus route numbered 731" },
    { text: "本月读书会：《安妮日记》。一起聊聊她躲在阁楼里写下的两年。", name: "Chinese: a book club on the diary" },
    { text: "This month's book club reads Anne Frank's diary; our store hosts the discussion on Thursday.", name: "a book club on the diary" },
    { text: "哈尔滨团建：参观侵华日军第七三一部队罪证陈列馆，了解当年的人体实验，以史为鉴。", name: "Chinese: a visit to the Unit 731 museum" },
  ],
  invalid: [
    {
      text: "You survived the Grenfell Tower walk! Treat yourself to a smoothie 🥤",
      findings: [{ messageId: "trivialising", excerpt: "You survived" }],
      name: "'you survived' at the site of a deadly fire",
    },
    {
      text: "Lost 6 million coins at the casino table again 😭 never forget #NeverAgain",
      findings: [{ messageId: "trivialising", excerpt: "6 million" }],
      name: "the Holocaust's count for a game loss",
    },
    {
      text: "Hiroshima vibes: our Atomic Orange soda is so radioactive it glows ☢️ 20% off",
      findings: [{ messageId: "trivialising", excerpt: "Hiroshima", severity: "block" }],
      name: "a nuclear disaster as a soda pun, in a sale",
    },
    {
      text: "Our new speaker drops bass like nothing since the Blitz 💣 Out Friday.",
      findings: [{ messageId: T, excerpt: "since the Blitz", severity: "block" }],
      name: "the air raids as a launch boast",
    },
    {
      text: "Enslaved by your phone bill? Switch and break free.",
      findings: [{ messageId: S, excerpt: "Enslaved by", severity: "warn" }],
      name: "slavery as a figure for a bill",
    },
    {
      text: "It's a genocide of prices this weekend!",
      findings: [{ messageId: S, excerpt: "genocide", severity: "warn", suggestions: ["a huge drop", "a clear-out"] }],
      name: "genocide as hyperbole",
    },
    { text: "Holocaust of carbs: our pizza buffet is back, $9.99", findings: [{ messageId: S, excerpt: "Holocaust", severity: "block" }], name: "in a sale" },
    { text: "Our office is basically a concentration camp lol", findings: [{ messageId: T, excerpt: "concentration camp", severity: "block" }] },
    { text: "The final solution to frizz.", findings: [{ messageId: T, excerpt: "final solution", severity: "warn" }] },
    {
      text: "The final solution to frizz: our new serum.",
      findings: [{ messageId: T, excerpt: "final solution", severity: "block" }],
      name: "in a launch (\"our new\"): a block",
    },
    { text: "Selfie at Auschwitz 😎 #travel", findings: [{ messageId: T, excerpt: "Auschwitz", severity: "warn" }] },
    { text: "Anne Frank costume, kids' sizes, $29.99", findings: [{ messageId: T, excerpt: "Anne Frank", severity: "block" }], name: "HalloweenCostumes.com, 2017" },
    {
      text: "Book your dream plantation wedding at Oak Hill: southern charm at its finest.",
      findings: [{ messageId: T, excerpt: "plantation", severity: "warn" }],
      name: "a plantation as a wedding venue",
    },
    { text: "I'm a slave to fashion 💅", findings: [{ messageId: S, excerpt: "slave to", severity: "warn" }] },
    { text: "We work like slaves so you don't have to 💪", findings: [{ messageId: S, excerpt: "like slaves", severity: "warn" }] },
    { text: "Our interns do slave labour lol", findings: [{ messageId: S, excerpt: "slave labour", severity: "block" }] },
    {
      text: "Celebration Edition: Juneteenth Ice Cream. Share and celebrate African-American culture, emancipation and enduring hope.",
      findings: [{ messageId: T, excerpt: "Juneteenth", severity: "warn" }],
      name: "Walmart, 2022",
    },
    { text: "南京大屠杀？哈哈哈哈", findings: [{ messageId: T, excerpt: "南京大屠杀", severity: "block" }] },
    { text: "价格大屠杀，全场五折！", findings: [{ messageId: S, excerpt: "大屠杀", severity: "block", suggestions: ["大降价", "清仓"] }] },
    { text: "731部队同款白大褂，万圣节必备", findings: [{ messageId: T, excerpt: "731部队", severity: "warn" }] },
    { text: "Hitler would approve of our discipline 😂", findings: [{ messageId: T, excerpt: "Hitler", severity: "block" }] },
    // An atrocity as hyperbole for a game.
    {
      text: "The new season nerfed my main into the ground. Total massacre on the leaderboard 😂",
      findings: [{ messageId: S, excerpt: "massacre", severity: "block" }],
      name: "a massacre for a game patch",
    },
    { text: "版本更新后排位简直是大屠杀😂", findings: [{ messageId: S, excerpt: "大屠杀", severity: "block" }], name: "Chinese: a massacre for ranked play" },
    // The camps' badges and uniform as fashion.
    {
      text: "[image: a model with a shaved head in a grey-and-white striped shirt, a yellow star sewn on the chest] The Heritage tee, out Friday.",
      findings: [{ messageId: T, excerpt: "yellow star", severity: "block" }],
      name: "a yellow star on camp stripes, in a launch",
    },
    {
      text: "Yellow six-pointed star patch tee, in three washes.",
      findings: [{ messageId: T, excerpt: "Yellow six-pointed star", severity: "warn" }],
      name: "the yellow star as a patch",
    },
    {
      text: "Pink triangle throw blanket in grey-and-white stripes 🛋️",
      findings: [{ messageId: T, excerpt: "Pink triangle", severity: "warn" }],
      name: "a pink triangle on camp stripes",
    },
    // blind-7's families: a camp's gate slogan parodied, Unit 731 as a 'mode', Anne Frank as a make-up look.
    {
      text: "[image: our baristas under a sign reading 'KAFFEE MACHT FREI'] Start the week strong ☕",
      findings: [{ messageId: T, excerpt: "MACHT FREI", severity: "warn" }],
      name: "the Auschwitz gate's slogan parodied",
    },
    {
      text: "Arbeit macht Pizza 🍕 our night shift, now hiring",
      findings: [{ messageId: T, excerpt: "Arbeit macht", severity: "block" }],
      name: "the slogan parodied in a job ad",
    },
    {
      text: "Jedem das Seine: build your own burger, 20% off tonight only 🍔",
      findings: [{ messageId: T, excerpt: "Jedem das Seine", severity: "block" }],
      name: "the Buchenwald gate's slogan in a sale",
    },
    {
      text: "客服团队进入731模式，拿自己当小白鼠测试新系统😂",
      findings: [{ messageId: T, excerpt: "731", severity: "block" }],
      name: "Chinese: Unit 731 as a work mode, as a joke",
    },
    {
      text: "Lab team in 731 mode this week: human guinea pigs for every new flavour 🧪",
      findings: [{ messageId: T, excerpt: "731", severity: "block" }],
      name: "Unit 731 as a work mode, for a launch",
    },
    {
      text: "Anne Frank inspired makeup look: soft 1940s brows and a muted lip 💄",
      findings: [{ messageId: T, excerpt: "Anne Frank", severity: "warn" }],
      name: "Anne Frank as a make-up look",
    },
    {
      text: "安妮日记仿妆教程来啦，复古少女感拿捏～",
      findings: [{ messageId: T, excerpt: "安妮日记", severity: "warn" }],
      name: "Chinese: Anne Frank as a make-up look",
    },
  ],
});

describe("sensitivity/trivialising beside sensitivity/tragedy", () => {
  const findings = (text: string) => findingsBeside(rule, ["sensitivity/tragedy", "sensitivity/tragedy-promotion"], text);
  it("replaces the tragedy finding on a genocide used as hyperbole", async () => {
    expect(await findings("It's a genocide of prices this weekend!")).toEqual(["sensitivity/trivialising:genocide:warn"]);
  });
  it("leaves the tragedy finding alone when the word is not a figure of speech", async () => {
    expect(await findings("The genocide in Rwanda killed 800,000 people.")).toEqual(["sensitivity/tragedy:genocide:warn"]);
  });
});
