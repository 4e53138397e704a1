import rule from "../../../rules/sensitivity/minors.ts";
import { testRule } from "../rule-tester.ts";

testRule(rule, {
  valid: [
    "Our sexy new espresso machine is here.",
    "Kids' raincoats in five bright colours.",
    "Toddler sneakers that light up with every step.",
    "Date night? Our sultry red lipstick, for grown-ups only.",
    "Sexy for the parents, cosy for the kids: matching pyjamas. Wait, no — just cosy for everyone.",
    "Baby steps: our first store in Lyon opens Friday.",
    "宝宝的第一双学步鞋，柔软又透气。",
    "这款口红颜色很性感，适合约会。",
    { text: "Kids eat free on Sundays. Flirty cocktails for the grown-ups at the bar.", name: "the adult word is in another sentence" },
    { text: "Rash vests and swim shorts for ages 5 to 12, with UPF 50 fabric.", name: "an age range with ordinary clothes" },
    { text: "Our 90-year-old founder still tastes every batch. Irresistible, she says.", name: "an adult's age" },
    { text: "Pottery club for 7-year-olds and up, every Wednesday after school.", name: "ages and school, nothing adult" },
    { text: "Fishnet tote bags are back for the market season.", name: "fishnet with no child" },
    { text: "The hottest sneakers of the season have landed.", name: "'hottest' about a product" },
    { text: "Mums, our anti-ageing night cream is back. Kids' sun cream is on aisle 4.", name: "anti-ageing sold to a parent" },
    { text: "这款面包香气诱人，刚出炉就卖光了。", name: "诱人 about food" },
    { text: "8岁以上的小朋友可以参加周六的烘焙课。", name: "a child's age with an ordinary class" },
    { text: "Meet Theo (9), who designed this year's charity tote for the children's ward.", name: "a child's age in brackets, nothing adult" },
    { text: "Serum trio (3) with our anti-ageing night cream, for your mum this Christmas.", name: "a count in brackets beside anti-ageing" },
    { text: "A boy of about ten wrote to ask if our buses could be painted green. So we did one.", name: "a child's age in words, nothing adult" },
    { text: "Our new perfume is ready to break hearts this Valentine's.", name: "'break hearts' with no child" },
    // Children and adult allure (glamour, an adult look, sexualised dance): the look-alikes.
    { text: "Kids' swimwear from $12: UPF 50, chlorine-proof, in five bright prints 👙", name: "kids' swimwear, nothing adult" },
    { text: "School disco tonight! Glow sticks and face paint for the kids, 6–8pm 🪩", name: "a school disco, nothing adult" },
    { text: "Hot girl summer? Hot mum summer. Cocktails for the grown-ups, a splash pad for the kids.", name: "allure for the adults, the kids beside them" },
    { text: "Bombshell news: kids eat free all August.", name: "'bombshell' as news" },
    { text: "Dance camp for 8–12-year-olds: hip-hop, jazz and ballet, every morning in July.", name: "a children's dance camp" },
    { text: "Twerk class for grown-ups on Friday; the kids' ballet class moves to Saturday.", name: "an adult dance class beside a kids' one" },
    { text: "少儿街舞班招生：6到12岁，周末上课，欢迎试听。", name: "Chinese: a children's dance class" },
    { text: "这款香水很有女人味，送给妈妈刚刚好。孩子的礼物在另一页。", name: "Chinese: allure for an adult, a child elsewhere" },
    // blind-7's family (adult swimwear for girls): the look-alikes.
    { text: "Girls' swim 7–12: rash vests, sun hats and bikinis in bright prints 🌞", name: "children's swimwear, plainly" },
    { text: "Kids' swim: no bikini body needed, just sunscreen and a bucket 🪣", name: "body-positive copy turning the idea down" },
    { text: "Push-up bikinis for your beach holiday, sizes 6–18 👙", name: "adult swimwear in adult sizes" },
  ],
  invalid: [
    {
      text: "Our littlest ambassador Mia (9) walks you through her anti-wrinkle eye cream routine.",
      findings: [{ messageId: "minors", excerpt: "anti-wrinkle", severity: "warn" }],
      name: "anti-ageing on a child named with her age in brackets",
    },
    {
      text: "Party frocks for girls aged around six, made to be flirty on the dance floor.",
      findings: [{ messageId: "minors", excerpt: "flirty", severity: "block" }],
      name: "a sexual word beside an age written as a word",
    },
    {
      text: "Heart-shaped tees for school, ages 5–9: little maneater in the making 😏",
      findings: [{ messageId: "minors", excerpt: "maneater", severity: "warn" }],
      name: "a child cast as a romantic conquest",
    },
    {
      text: "小学生穿搭 8岁女孩专属：从小就会撩汉💋",
      findings: [{ messageId: "minors", excerpt: "撩汉", severity: "warn" }],
      name: "Chinese: a child cast as a flirt",
    },
    {
      text: "Sexy little swimsuits for your toddler this summer!",
      findings: [{ messageId: "minors", excerpt: "Sexy", severity: "block" }],
    },
    {
      text: "Flirty tops for tweens, sizes 8–14.",
      findings: [{ messageId: "minors", excerpt: "Flirty", severity: "block" }],
    },
    {
      text: "Our new girls' range: seductive looks for little girls who love to pose.",
      findings: [{ messageId: "minors", excerpt: "seductive", severity: "block" }],
    },
    {
      text: "Onesie of the week: LOCK UP YOUR DAUGHTERS 😎",
      findings: [{ messageId: "minors", excerpt: "LOCK UP YOUR DAUGHTERS", severity: "block" }],
      name: "a slogan",
    },
    {
      text: "Padded bras for girls aged 8 and up, in pastel pink.",
      findings: [{ messageId: "minors", excerpt: "Padded bras", severity: "block" }],
      name: "adult underwear sold for a child's age",
    },
    {
      text: "Our kids' dance recital looks: sequinned hot pants and a fishnet top.",
      findings: [
        { messageId: "minors", excerpt: "hot pants", severity: "block" },
        { messageId: "minors", excerpt: "fishnet", severity: "block" },
      ],
      name: "fetish or adult wear styled on children",
    },
    {
      text: "Kissable lips at 8, she says? Our tinted balm agrees.",
      findings: [{ messageId: "minors", excerpt: "Kissable", severity: "block" }],
      name: "an age written as 'at 8, she'",
    },
    {
      text: "Vote for the cutest and most irresistible model of our 10-year-olds' catwalk 😘",
      findings: [{ messageId: "minors", excerpt: "irresistible", severity: "warn" }],
      name: "desirability praised with an age",
    },
    {
      text: "Who's the hottest boy in your class? Drop his name below 🔥",
      findings: [{ messageId: "minors", excerpt: "hottest boy", severity: "warn" }],
      name: "a classmate rated",
    },
    {
      text: "Smooth those first lines early: an anti-wrinkle mask made for kids.",
      findings: [{ messageId: "minors", excerpt: "anti-wrinkle", severity: "warn" }],
      name: "anti-ageing sold to children",
    },
    {
      text: "Anti-ageing for ages 8 and up: start the routine early.",
      findings: [{ messageId: "minors", excerpt: "Anti-ageing", severity: "warn" }],
      name: "anti-ageing sold for a child's age",
    },
    {
      text: "幼态妆容教程：画完像10岁一样迷人。",
      findings: [{ messageId: "minors", excerpt: "迷人", severity: "warn" }],
      name: "Chinese: a childlike look praised as alluring",
    },
    {
      text: "Little miss makeover 💄 grown-up glam for girls aged 7 to 10, smoky eyes and all.",
      findings: [{ messageId: "minors", excerpt: "grown-up glam", severity: "warn" }],
      name: "an adult look sold for a child's age",
    },
    {
      text: "Our new party dresses turn every little girl into a bombshell.",
      findings: [{ messageId: "minors", excerpt: "bombshell", severity: "warn" }],
      name: "adult allure in the sentence of a child",
    },
    {
      text: "Femme fatale in the making 🖤 Toddler sunglasses, now in store.",
      findings: [{ messageId: "minors", excerpt: "Femme fatale", severity: "warn" }],
      name: "adult allure, the child in the next sentence",
    },
    {
      text: "Make her look twenty-one at her 11th birthday party: the contour kit for tweens.",
      findings: [{ messageId: "minors", excerpt: "look twenty-one", severity: "warn" }],
      name: "a child made to look adult",
    },
    {
      text: "Watch our 9yo star twerk through the whole recital routine 🔥",
      findings: [{ messageId: "minors", excerpt: "twerk", severity: "warn" }],
      name: "a sexualised dance by a child of a given age",
    },
    {
      text: "Junior squad's pole dance showcase: the little girls steal the show 🔥",
      findings: [{ messageId: "minors", excerpt: "pole dance", severity: "warn" }],
      name: "a sexualised dance by little girls",
    },
    {
      text: "幼儿园小朋友也能穿出纯欲风✨ 童装新品上线",
      findings: [{ messageId: "minors", excerpt: "纯欲风", severity: "warn" }],
      name: "Chinese: a pure-yet-sexy look for small children",
    },
    {
      text: "10岁女孩挑战电臀舞，看谁扭得最好🍑",
      findings: [{ messageId: "minors", excerpt: "电臀舞", severity: "warn" }],
      name: "Chinese: a child's twerking challenge",
    },
    {
      text: "女童连衣裙上新，穿上就有小女人味。",
      findings: [{ messageId: "minors", excerpt: "小女人味", severity: "warn" }],
      name: "Chinese: womanly allure on a girl's dress",
    },
    {
      text: "童装新品：性感小吊带，让小女孩也能美美哒！",
      findings: [{ messageId: "minors", excerpt: "性感", severity: "block" }],
      name: "Chinese",
    },
    // blind-7's family: adult swimwear and body ideals for girls.
    {
      text: "New for girls 8–12: push-up bikinis in neon 👙",
      findings: [{ messageId: "minors", excerpt: "push-up bikinis", severity: "block" }],
      name: "an adult cut for girls of 8 to 12",
    },
    {
      text: "Tween swim drop: every girl deserves a beach body that turns heads ☀️",
      findings: [{ messageId: "minors", excerpt: "beach body", severity: "warn" }],
      name: "a body ideal for tweens",
    },
    {
      text: "童装泳衣上新：9-12岁女孩也能拥有比基尼身材👙",
      findings: [{ messageId: "minors", excerpt: "比基尼身材", severity: "warn" }],
      name: "Chinese: a bikini body for girls of 9 to 12",
    },
  ],
});
