/**
 * Deterministic benchmark material: marketing prose of a given length and a team rule set with a
 * 10,000-term event list. Everything comes from a seeded PRNG and the word lists below: no
 * network, no downloaded data, the same bytes on every machine.
 */
import type { RuleSet } from "../../lib/ruleset/schema.ts";

/** mulberry32: small, fast and good enough to pick words. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;

const PRODUCTS = [
  "trail jacket", "rain shell", "hiking boots", "daypack", "camp stove", "sleeping bag", "down vest",
  "water bottle", "trekking poles", "fleece hoodie", "tent", "headlamp", "base layer", "sun hat",
  "trail runners", "duffel", "hammock", "cooler", "merino socks", "windbreaker",
];
const ADJECTIVES = [
  "lightweight", "packable", "waterproof", "breathable", "cozy", "rugged", "versatile", "bold",
  "fresh", "sustainable", "recycled", "limited-edition", "award-winning", "bright", "classic",
];
const BENEFITS = [
  "warmth without the weight", "all-day comfort", "room for everything you need", "dry feet in any weather",
  "a fit that moves with you", "less waste and more adventure", "gear that lasts for years",
  "pockets in all the right places", "style that goes from trail to town",
];
const SEASONS = ["winter", "spring", "summer", "fall", "holiday", "weekend", "back-to-school"];
const ACTIVITIES = ["hike", "camping trip", "road trip", "morning run", "ski weekend", "picnic", "city walk", "climb"];
const CITIES = ["Denver", "Portland", "Austin", "Boise", "Asheville", "Duluth", "Santa Fe", "Burlington", "Tacoma"];
const ROLES = ["designers", "guides", "athletes", "engineers", "rangers", "makers"];
const MENTIONS = ["@trailmag", "@outsideonline", "@hike_with_maya", "@REI", "@gearjunkie", "@parks_alliance", "@joe.climbs"];
const TAGS = [
  "#OutdoorLife", "#AcmeOutdoors", "#GetOutside", "#TrailTuesday", "#GearUp", "#HikeMore", "#OptOutside",
  "#WinterReady", "#BlackFriday", "#ShopSmall", "#adventuretime", "#camplife", "#Sustainability",
];
const EMOJI = ["🎉", "🔥", "❄️", "🏔️", "🥾", "🙌🏾", "👩🏽‍💻", "❤️", "⛺", "🌲", "👇", "✨", "👨‍👩‍👧‍👦", "🇺🇸"];
const URLS = ["https://acme.example/winter", "https://acme.example/shop?utm_source=x&utm_campaign=holiday", "www.acme.example/stories"];

const SENTENCES: ((r: Random) => string)[] = [
  (r) => `Acme's new ${r.pick(ADJECTIVES)} ${r.pick(PRODUCTS)} is here: ${r.pick(BENEFITS)} for every ${r.pick(SEASONS)} ${r.pick(ACTIVITIES)}. ${r.pick(EMOJI)}`,
  (r) => `Meet the ${r.pick(ADJECTIVES)} ${r.pick(PRODUCTS)}: ${r.pick(BENEFITS)}, ${r.pick(BENEFITS)}, and a lifetime warranty.`,
  (r) => `We're so proud of our team in ${r.pick(CITIES)} for cleaning up ${2 + r.int(40)} miles of trail this ${r.pick(SEASONS)}! ${r.pick(TAGS)}`,
  (r) => `Shop the ${r.pick(SEASONS)} collection at ${r.pick(URLS)} before it's gone.`,
  (r) => `Thanks to ${r.pick(MENTIONS)} for the ${r.pick(ADJECTIVES)} review of our ${r.pick(PRODUCTS)}.`,
  (r) => `Every ${r.pick(PRODUCTS)} was designed by ${r.pick(ROLES)} who spend their days outside.`,
  (r) => `Which ${r.pick(PRODUCTS)} are you taking on your next ${r.pick(ACTIVITIES)}? Tell us below ${r.pick(EMOJI)}`,
  (r) => `BIG NEWS: free shipping on every ${r.pick(PRODUCTS)} this week only!`,
  (r) => `Our ${r.pick(PRODUCTS)} is made from ${20 + r.int(80)}% recycled materials, because the places we play deserve it.`,
  (r) =>
    `Because sustainability remains fundamentally important to our organization, we continuously evaluate manufacturing partnerships, transportation logistics and packaging innovations across every international market.`,
  (r) => `Tag ${r.pick(MENTIONS)} and a friend who needs a new ${r.pick(PRODUCTS)} for ${r.pick(SEASONS)}. ${r.pick(TAGS)} ${r.pick(TAGS)}`,
  (r) => `From ${r.pick(CITIES)} to ${r.pick(CITIES)}, ${r.pick(ROLES)} trust Acme when the forecast turns.`,
  (r) => `Use code TRAIL${10 + r.int(30)} for ${10 + r.int(30)}% off the ${r.pick(PRODUCTS)} through Sunday.`,
  (r) => `Good gear is worth it, and the ${r.pick(PRODUCTS)} proves it on every ${r.pick(ACTIVITIES)}.`,
  (r) => `Café owners in ${r.pick(CITIES)} told us the ${r.pick(PRODUCTS)} survived a whole season of naïve first-timers. ${r.pick(EMOJI)}${r.pick(EMOJI)}`,
];

/** Short sentences that fill the end of a text up to its length. */
const SHORT = ["Gear up.", "See you outside!", "Link in bio.", "Stay warm.", "Go explore.", "Who's in?", "🥾", "Let's go.", "Thank you!", "Ready?"];

/** Sentences that mention a term from the event list, so the big matcher has work to do. */
const EVENT_SENTENCES: ((term: string, r: Random) => string)[] = [
  (t) => `Our thoughts are with everyone affected by ${t}.`,
  (t, r) => `Stay safe out there during ${t}, and check on your neighbours in ${r.pick(CITIES)}.`,
  (t) => `We are donating to local shelters helping with ${t}.`,
  (t, r) => `Beat the ${t} blues with a new ${r.pick(PRODUCTS)}!`,
];

export interface ProseOptions {
  /** Sentences that use an event term, about one in this many. */
  eventEvery?: number;
}

/**
 * Prose of at most `length` UTF-16 units and close to it, in paragraphs, ending with hashtags.
 * `eventTerms` feed the sentences that mention a current event.
 */
export function marketingProse(r: Random, length: number, eventTerms: readonly string[], options: ProseOptions = {}): string {
  const eventEvery = options.eventEvery ?? 6;
  const tail = ` ${r.pick(TAGS)} ${r.pick(TAGS)}`;
  const budget = length - tail.length;
  let out = "";
  let inParagraph = 0;
  for (let misses = 0; misses < 50; ) {
    const sentence =
      misses > 20
        ? r.pick(SHORT)
        : eventTerms.length > 0 && r.chance(1 / eventEvery)
          ? r.pick(EVENT_SENTENCES)(r.pick(eventTerms), r)
          : r.pick(SENTENCES)(r);
    const sep = out === "" ? "" : inParagraph >= 4 && r.chance(0.5) ? "\n\n" : " ";
    if (out.length + sep.length + sentence.length > budget) {
      misses++;
      continue;
    }
    out += sep + sentence;
    inParagraph = sep === "\n\n" ? 1 : inParagraph + 1;
  }
  return out + tail;
}

const EDIT_WORDS = [
  "bold", "bright", "quiet", "simple", "warm", "clever", "steady", "gentle", "sharp", "honest", "lively",
  "sturdy", "tidy", "humble", "swift", "calm", "brave", "merry", "plain", "rare",
];

/**
 * An author's small edit: one lower-case word of one sentence replaced by another word, giving a
 * text not produced before (so exactly one sentence is new to the NLP cache). `spans` are the
 * sentences of `text`.
 */
export function editOneSentence(
  r: Random,
  text: string,
  spans: readonly { start: number; end: number }[],
  seen: Set<string>,
): { text: string; sentence: number } {
  for (;;) {
    const sentence = r.int(spans.length);
    const { start, end } = spans[sentence]!;
    const words = [...text.slice(start, end).matchAll(/(?<![\w#@/.-])[a-z]{3,}(?![\w/.-])/g)];
    if (words.length === 0) continue;
    const w = r.pick(words);
    const at = start + (w.index ?? 0);
    const edited = text.slice(0, at) + r.pick(EDIT_WORDS) + text.slice(at + w[0].length);
    if (edited === text || seen.has(edited)) continue;
    seen.add(edited);
    return { text: edited, sentence };
  }
}

const SYLLABLES = [
  "al", "bra", "cor", "del", "ev", "fen", "gar", "hal", "ir", "jo", "kel", "lum", "mar", "nor", "os",
  "pel", "quin", "ros", "sel", "tam", "ul", "ver", "wyn", "xa", "yor", "zan", "bel", "dra", "mon", "ta",
];
const HAZARDS = [
  "storm", "hurricane", "flood", "wildfire", "earthquake", "tornado", "blizzard", "heat wave", "landslide",
  "shooting", "explosion", "outage", "recall", "strike", "protest", "data breach", "oil spill", "derailment",
  "evacuation", "power outage", "boil water notice", "mudslide", "typhoon", "cyclone", "drought",
];
const FIRST_NAMES = ["Maria", "James", "Aisha", "Wei", "Carlos", "Priya", "Tom", "Fatima", "Liam", "Yuki", "Olga", "Kwame"];
const AFTERMATH = ["relief fund", "victims", "aftermath", "recovery", "memorial", "vigil", "survivors", "cleanup", "death toll"];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string) => s.split(/\s+/).map(capitalize).join("");

function uniqueName(r: Random, taken: Set<string>, syllables: number): string {
  for (let attempt = 0; ; attempt++) {
    if (attempt > 10_000) throw new Error(`no unused name of ${syllables} syllables left`);
    let w = "";
    for (let i = 0; i < syllables; i++) w += r.pick(SYLLABLES);
    if (!taken.has(w)) {
      taken.add(w);
      return capitalize(w);
    }
  }
}

export interface EventListOptions {
  events: number;
  termsPerEvent: number;
  /** The publish time the bench analyses at: most events are in force then, some have ended. */
  at: Date;
}

/**
 * A current-events list the way a busy comms team would keep it: named storms and places,
 * hashtags, people, and generic hazard words shared between events. No regexes.
 */
export function eventList(r: Random, options: EventListOptions): NonNullable<RuleSet["events"]> {
  const taken = new Set<string>();
  const day = 86_400_000;
  const events: NonNullable<RuleSet["events"]> = [];
  for (let i = 0; i < options.events; i++) {
    const name = uniqueName(r, taken, 3);
    const place = uniqueName(r, taken, 3) + r.pick(["ville", "ford", " Bay", " Springs", "ton", " County"]);
    const person = `${r.pick(FIRST_NAMES)} ${uniqueName(r, taken, 3)}`;
    const hazard = r.pick(HAZARDS);
    const kinds = [
      `${capitalize(hazard)} ${name}`,
      name,
      `#${name}${camel(hazard)}`,
      `#PrayFor${place.replace(/\s/g, "")}`,
      `${place} ${hazard}`,
      // A hazard word shared with other events only now and then: each event would report it.
      i % 20 === 0 ? hazard : `${name} ${hazard} warning`,
      person,
      `${place} ${r.pick(AFTERMATH)}`,
      `#${camel(place)}Strong`,
      `${name} ${r.pick(AFTERMATH)}`,
      `${place}`,
      `${person.split(" ")[1]} family`,
    ];
    const terms = kinds.slice(0, options.termsPerEvent);
    while (terms.length < options.termsPerEvent) terms.push(`${name} ${r.pick(HAZARDS)} ${terms.length}`);
    const ended = i % 10 === 9;
    const from = new Date(options.at.getTime() - (5 + r.int(40)) * day);
    const until = new Date(ended ? options.at.getTime() - day : options.at.getTime() + (10 + r.int(60)) * day);
    events.push({
      id: `evt-${i}`,
      title: `${capitalize(hazard)} ${name}`,
      terms,
      from: from.toISOString(),
      until: until.toISOString(),
      severity: i % 3 === 0 ? "block" : "warn",
      guidance: `Do not mention ${capitalize(hazard)} ${name} in marketing posts until the comms lead says so.`,
    });
  }
  return events;
}

/** The team rule set of the benchmark: brand, spokespeople, events, dates, terms and voice. */
export function benchRuleSet(r: Random, at: Date, events: NonNullable<RuleSet["events"]>): RuleSet {
  return {
    schema: "preflight.ruleset/1",
    id: "bench-team",
    version: 3,
    issuedAt: new Date(at.getTime() - 86_400_000).toISOString(),
    brand: {
      names: ["Acme", "Acme Outdoors"],
      accounts: [
        { platform: "x", handle: "@acme" },
        { platform: "linkedin", handle: "acme-outdoors" },
      ],
    },
    spokespeople: [
      { id: "ann@acme.example", name: "Ann Lee", accounts: ["x:acme", "linkedin:*"] },
      { id: "raj@acme.example", accounts: ["*"] },
    ],
    crisis: { active: false },
    events,
    dates: [
      { id: "nine-eleven", title: "September 11", on: "09-11", before: 1, after: 1, terms: ["never forget", "twin towers"], severity: "warn" },
      { id: "pearl-harbor", title: "Pearl Harbor Remembrance Day", on: "12-07", before: 7, after: 1, terms: ["Pearl Harbor", "day of infamy"], severity: "warn" },
      { id: "giving-tuesday", title: "Giving Tuesday", on: "12-02", before: 3, after: 3, severity: "info" },
      { id: "womens-day", title: "International Women's Day", on: "03-08", before: 2, after: 0, terms: ["#IWD", "women's day"], severity: "warn" },
    ],
    terms: [
      { id: "cheap", match: ["cheap", "dirt cheap", "bargain bin"], suggest: ["affordable", "great value"], severity: "info", message: 'Say "affordable".' },
      { id: "guarantee", match: ["guaranteed", "lifetime warranty", "risk-free"], severity: "warn", message: "Claims need legal review." },
      { id: "competitors", match: ["REI", "Patagonia", "The North Face", "#Patagonia"], severity: "info", message: "Competitor mention." },
      { id: "sustain", match: ["100% sustainable", "carbon neutral", "eco-friendly"], severity: "warn", message: "Green claims need evidence." },
    ],
    voice: { readingGrade: 8 },
    rules: { "voice/passive-voice": "info" },
  };
}

/** Ten patterns of the kind admins write, for the separate regex figure. */
export const ADMIN_REGEXES = [
  "/\\b\\d{1,3} ?% ?off\\b/",
  "/free ?ship(ping)?/",
  "/\\bbuy \\d+ get \\d+\\b/",
  "/(black|cyber) ?(friday|monday)/",
  "/\\blast chance\\b/",
  "/\\bpromo(tion)? ?code\\b/",
  "/\\$\\d+(\\.\\d\\d)? off/",
  "/\\b(storm|hurricane) ?sale\\b/",
  "/limited[- ]time/",
  "/\\bdoorbuster(s)?\\b/",
];

const ZH_PRODUCTS = ["冲锋衣", "徒步鞋", "睡袋", "背包", "帐篷", "保温杯", "羽绒背心", "头灯", "登山杖", "抓绒外套"];
const ZH_SENTENCES: ((r: Random) => string)[] = [
  (r) => `我们的新款${r.pick(ZH_PRODUCTS)}来了，轻便防水，适合每一次冬季徒步。`,
  (r) => `感谢 ${r.pick(MENTIONS)} 对${r.pick(ZH_PRODUCTS)}的精彩测评！${r.pick(EMOJI)}`,
  (r) => `限时优惠：全场包邮，${r.pick(ZH_PRODUCTS)}本周八折。`,
  () => `台风过境，请大家注意安全，照顾好身边的人。`,
  (r) => `你准备好下一次露营了吗？带上${r.pick(ZH_PRODUCTS)}出发吧。`,
  (r) => `我们在${r.pick(["成都", "杭州", "昆明", "大理", "西安"])}的团队今年清理了${2 + r.int(40)}公里山路！${r.pick(TAGS)}`,
  (r) => `每一件${r.pick(ZH_PRODUCTS)}都由热爱户外的设计师精心打造，经得起风雨的考验。`,
  (r) => `了解更多：${r.pick(URLS)}`,
  (r) => `#户外生活 #AcmeOutdoors ${r.pick(EMOJI)}`,
];

/** Simplified Chinese marketing prose: the UI's second language, and a script without spaces. */
export function chineseProse(r: Random, length: number): string {
  let out = "";
  for (let misses = 0; misses < 50; ) {
    const sentence = r.pick(ZH_SENTENCES)(r);
    if (out.length + sentence.length > length) {
      misses++;
      continue;
    }
    out += sentence;
  }
  return out;
}
