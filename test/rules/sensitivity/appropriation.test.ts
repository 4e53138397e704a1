import { describe, expect, it } from "vitest";
import rule from "../../../rules/sensitivity/appropriation.ts";
import { findingsBeside, testRule } from "../rule-tester.ts";

const A = "appropriation";
const S = "appropriationWithSuggestion";

testRule(rule, {
  valid: [
    "Vaisakhi at the gurdwara: our Sikh staff on tying a turban for the first time.",
    "Microfibre hair turban: dries curls in 20 minutes, new colours in the collection.",
    // The community's own celebration, and real partnerships.
    "Happy Diwali! Wearing my bindi with pride today 🪔",
    "Our white sage is grown and bundled by Indigenous-owned Sacred Roots farm.",
    "Our Navajo rug collection, designed by Navajo artists in partnership with the Navajo Nation.",
    "Día de los Muertos: our team built an ofrenda for the abuelos we miss.",
    "精美佛像摆件，开光供奉，保佑平安。",
    "Vesak greetings to everyone celebrating: our temple volunteers will serve lunch all day.",
    "Happy Ganesh Chaturthi to all who celebrate! 🙏",
    // Factual product names and look-alikes.
    "Panama Geisha, washed process: our rarest coffee yet.",
    "Our new kimono jacket is woven in Kyoto from Japanese silk.",
    "Our Buddha bowl is back on the lunch menu.",
    "Bridal headdress with freshwater pearls, handmade in Paris.",
    "Krishna designed our new sneakers: meet the team behind the drop.",
    "Long-wear liner that won't smudge, even at the gym.",
    "Our tribal council partners helped choose the site of the new store.",
    "Football is a religion in this town: see you at the match.",
    "旗袍定制，真丝面料，手工盘扣。",
    "Coffee is my spirit animal ☕",
    { text: "筷子礼盒上新：乌木筷子配筷架，送礼自用都合适。", name: "chopsticks as a product" },
    { text: "New on the menu: Sichuan noodles, eaten with chopsticks or a fork, your call.", name: "chopsticks with Chinese food" },
    { text: "Our museum talk: the headdress in Lakota ceremony, with curator Mary Two Bulls.", name: "a headdress in a talk, no costume" },
    // The Day of the Dead kept by the community: an altar, a Mexican chef, the ancestors honoured.
    { text: "Día de los Muertos workshop with our Mexican chef Rosa: build an altar, bake pan de muerto. Halloween is over, this is for the ancestors.", name: "an altar workshop, Halloween named in passing" },
    { text: "Day of the Dead at the store: our family altar honours our ancestors. No costumes, just memories 🌼", name: "a family altar, costumes declined" },
    { text: "Our Mexican baker's sugar skulls are back for Día de Muertos, the Halloween party range is on aisle 4.", name: "sugar skulls from a Mexican baker" },
    { text: "Straw sombreros and linen ponchos for the beach, new in the summer shop.", name: "a sombrero as a sun hat, no Day of the Dead" },
    { text: "音乐节限定礼盒上线：防晒喷雾、闪粉贴纸和渔夫帽，拍照超出片。", name: "a festival box without a headdress" },
    { text: "Diwali capsule designed with Mumbai artisans: bindis, bangles and block prints from the women who make them.", name: "a bindi from South Asian artisans, for Diwali" },
    // blind-7's families' look-alikes: a war bonnet explained, Buddhist slang, a tea named after a bodhisattva.
    { text: "The Smithsonian's new exhibit shows a Lakota war bonnet and explains why each feather is earned.", name: "a war bonnet in a museum" },
    { text: "佛系上班族的眼影盘：三个大地色，闭眼画都不会错。", name: "Chinese: 'Buddha-like' as slang for laid-back" },
    { text: "铁观音拿铁上线，口红不沾杯的清爽口感。", name: "Chinese: Tieguanyin tea beside a lipstick" },
    { text: "浴佛节到了，寺里的佛像前供满了鲜花，我们的门店也准备了素食套餐。", name: "Chinese: the Buddha's birthday at a temple" },
  ],
  invalid: [
    {
      text: "Fancy dress night? Grab a chief's headdress. Our party range ships free this week.",
      findings: [{ messageId: A, excerpt: "headdress", severity: "warn" }],
      name: "a headdress sold as fancy dress, the costume word in another sentence",
    },
    {
      text: "Pasta night, Shanghai style: how to eat with chopsticks, spaghetti edition 🥢🍝",
      findings: [{ messageId: A, excerpt: "how to eat with chopsticks", severity: "warn" }],
      name: "a chopsticks lesson with Western food",
    },
    {
      text: "第二集：教你用筷子吃汉堡，原来这么简单！",
      findings: [{ messageId: A, excerpt: "教你用筷子", severity: "warn" }],
      name: "Chinese: a chopsticks lesson with a burger",
    },
    {
      text: "The Heritage Turban in monogram silk, part of the new collection.",
      findings: [{ messageId: A, excerpt: "Turban", severity: "warn" }],
      name: "a Sikh article of faith as a fashion piece",
    },
    {
      text: "Festival season essentials: a feathered headdress and fringe boots 🪶",
      findings: [{ messageId: A, excerpt: "feathered headdress", severity: "warn" }],
      name: "a headdress as a festival look",
    },
    { text: "Bindis are the festival trend of the summer ✨", findings: [{ messageId: A, excerpt: "Bindis", severity: "warn" }] },
    { text: "Cleanse your space with our smudge kit, $24", findings: [{ messageId: A, excerpt: "smudge kit", severity: "warn" }] },
    { text: "Día de los Muertos costume for Halloween, 30% off", findings: [{ messageId: A, excerpt: "Día de los Muertos", severity: "warn" }] },
    { text: "Our new Geisha lipstick collection is here 💋", findings: [{ messageId: A, excerpt: "Geisha", severity: "warn" }] },
    { text: "Meet Kimono, our new shapewear line.", findings: [{ messageId: A, excerpt: "Kimono", severity: "warn" }], name: "Kim Kardashian, 2019" },
    { text: "Buddha bikini: the summer's must-have swimsuit 👙", findings: [{ messageId: A, excerpt: "Buddha", severity: "warn" }] },
    { text: "Ganesha print leggings, now 20% off", findings: [{ messageId: A, excerpt: "Ganesha", severity: "warn" }] },
    { text: "Hindu gods doormat: wipe your feet in style 😂", findings: [{ messageId: A, excerpt: "Hindu gods", severity: "block" }] },
    {
      text: "Sauvage: an authentic journey deep into the Native American soul. The new fragrance.",
      findings: [{ messageId: A, excerpt: "Native American", severity: "warn" }],
      name: "Dior, 2019",
    },
    { text: "Join our tribe: 10% off your first order", findings: [{ messageId: S, excerpt: "Join our tribe", severity: "info", suggestions: ["our community", "join the crew", "find your people"] }] },
    { text: "Coffee is my spirit animal ☕ Shop the new blend.", findings: [{ messageId: S, excerpt: "spirit animal", severity: "warn" }], name: "in a sale" },
    { text: "Yoga is our religion 🧘", findings: [{ messageId: S, excerpt: "is our religion", severity: "info" }] },
    { text: "佛像装饰台灯，客厅必备", findings: [{ messageId: A, excerpt: "佛像", severity: "warn" }], name: "Chinese: the Buddha as decoration" },
    { text: "万圣节旗袍情趣套装，制服诱惑", findings: [{ messageId: A, excerpt: "旗袍", severity: "warn" }], name: "Chinese: the qipao as a sexy costume" },
    // A culture as a party costume: sombreros and stick-on moustaches, "no altar, no ancestors".
    {
      text: "Día de Muertos night at the bar: fake moustaches and sombreros at the door!",
      findings: [{ messageId: A, excerpt: "Día de Muertos", severity: "warn" }],
      name: "a remembrance day as a sombrero party",
    },
    {
      text: "Day of the Dead, Halloween edition: no altars, no ancestors, just the face paint kit.",
      findings: [{ messageId: A, excerpt: "Day of the Dead", severity: "warn" }],
      name: "the tradition named only to be waved away",
    },
    {
      text: "Sugar skull glam for Halloween 💀 no altar required, just our new palette.",
      findings: [{ messageId: A, excerpt: "Sugar skull", severity: "warn" }],
      name: "'no altar' is not the community's altar",
    },
    // A religious mark as a capsule wardrobe; a headdress as a Chinese festival prop.
    {
      text: "Our Spice Route capsule: bindis, mehndi and mirror-work for a little exotic summer wardrobe.",
      findings: [{ messageId: A, excerpt: "bindis", severity: "warn" }],
      name: "a bindi in a capsule wardrobe",
    },
    { text: "露营音乐节穿搭：流苏马甲配羽毛头饰，氛围感拉满！", findings: [{ messageId: A, excerpt: "羽毛头饰", severity: "warn" }], name: "Chinese: a headdress as a festival outfit" },
    { text: "购买礼盒即送印第安头饰一个，音乐节出片神器～", findings: [{ messageId: A, excerpt: "印第安头饰", severity: "warn" }], name: "Chinese: a headdress as a free festival prop" },
    // blind-7's families: a war bonnet as a festival look, the Buddha on a make-up palette.
    {
      text: "Glastonbury-ready: suede fringe, round shades and a war bonnet to finish the look 🪶",
      findings: [{ messageId: A, excerpt: "war bonnet", severity: "warn" }],
      name: "a war bonnet as a festival look",
    },
    {
      text: "Our Buddha eyeshadow palette: twelve golden shades under a serene face on the lid ✨",
      findings: [{ messageId: A, excerpt: "Buddha", severity: "warn" }],
      name: "the Buddha on an eyeshadow palette",
    },
    {
      text: "佛像高光盘来啦，每天开盖都是开运时刻😂",
      findings: [{ messageId: A, excerpt: "佛像", severity: "block" }],
      name: "Chinese: a Buddha highlighter palette, as a joke",
    },
    {
      text: "限定口红外壳印上观音头像，拿在手里就是护身符。",
      findings: [{ messageId: A, excerpt: "观音", severity: "warn" }],
      name: "Chinese: Guanyin on a lipstick case",
    },
  ],
});

describe("sensitivity/appropriation beside sensitivity/tropes and sensitivity/inclusive", () => {
  const findings = (text: string) => findingsBeside(rule, ["sensitivity/tropes", "sensitivity/inclusive"], text);
  it("replaces tropes' finding on a headdress worn as a look", async () => {
    expect(await findings("Coachella look: Indian headdress and glitter")).toEqual(["sensitivity/appropriation:Indian headdress:warn"]);
  });
  it("leaves tropes' finding on a headdress that is not a look", async () => {
    expect(await findings("The Indian headdress is sacred to many Plains nations.")).toEqual(["sensitivity/tropes:Indian headdress:warn"]);
  });
  it("leaves inclusive's note on 'spirit animal' unless the post sells or jokes", async () => {
    expect(await findings("Coffee is my spirit animal.")).toEqual(["sensitivity/inclusive:spirit animal:info"]);
    expect(await findings("Coffee is my spirit animal. Shop now!")).toEqual(["sensitivity/appropriation:spirit animal:warn"]);
  });
});
