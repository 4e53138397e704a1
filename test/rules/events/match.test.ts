import rule from "../../../rules/events/match.ts";
import { testRule } from "../rule-tester.ts";

const storm = {
  id: "delia",
  title: "Hurricane Delia",
  terms: ["hurricane", "#Delia", "storm surge", "why I stayed", "evacuation"],
  from: "2026-11-20T00:00:00Z",
  until: "2026-12-10T00:00:00Z",
  severity: "block" as const,
  guidance: "Do not mention the storm in marketing posts.",
};
const death = {
  id: "obit",
  title: "Death of a beloved actor",
  terms: ["rest in peace", "/\\bRIP\\b/", "legend"],
  from: "2026-11-23T00:00:00Z",
  severity: "warn" as const,
};
const inWindow = { at: new Date("2026-11-24T12:00:00Z") };

testRule(rule, {
  ruleSet: { events: [storm, death] },
  context: inWindow,
  valid: [
    "Our new fleece keeps you warm on every trail.",
    "A brainstorm with the design team gave us this colour.", // "storm" inside a word is not "storm surge"
    "Check out the new collection at https://example.com/hurricane-sale", // URLs are not prose
    { text: "Stay safe in the hurricane.", context: { at: new Date("2026-11-19T23:59:59Z") }, name: "before the window" },
    { text: "Stay safe in the hurricane.", context: { at: new Date("2026-12-10T00:00:00Z") }, name: "at the end of the window" },
    { text: "Legend has it our founder hiked here.", context: { at: new Date("2026-11-22T00:00:00Z") }, name: "open-ended event before it starts" },
    { text: "Legends of the trail.", ruleSet: { allow: ["legends of the trail"] }, name: "allow-listed phrase" },
  ],
  invalid: [
    {
      text: "Stay safe during the hurricane!",
      findings: [{ messageId: "eventRespectful", excerpt: "hurricane", severity: "info", guidance: storm.guidance }],
      name: "a safety notice is respectful: a note",
    },
    {
      text: "Hurricane Delia: stay warm with 20% off fleece.",
      findings: [
        { messageId: "eventUsed", excerpt: "Hurricane", severity: "block", guidance: storm.guidance },
        { messageId: "eventUsed", excerpt: "Delia", severity: "block" },
      ],
      name: "a sale: the event's severity",
    },
    {
      text: "The hurricane is coming lol 😂",
      findings: [{ messageId: "eventUsed", excerpt: "hurricane", severity: "block" }],
      name: "a joke: the event's severity",
    },
    {
      text: "The hurricane made landfall this morning.",
      findings: [{ messageId: "event", excerpt: "hurricane", severity: "warn" }],
      name: "a bare mention: at most a warning",
    },
    {
      text: "We're matching donations to hurricane relief.",
      findings: [{ messageId: "eventRespectful", excerpt: "hurricane", severity: "info" }],
      name: "a donation",
    },
    {
      text: "Our stores are closed tomorrow because of the hurricane.",
      ruleSet: { events: [{ ...storm, mention: "never" as const }] },
      findings: [{ messageId: "event", excerpt: "hurricane", severity: "block" }],
      name: "mention: never, whatever the tone",
    },
    { text: "Two HURRICANES in a month.", findings: [{ messageId: "event", excerpt: "HURRICANES" }], name: "case and plural" },
    { text: "Storm surges expected tonight", findings: [{ messageId: "event", excerpt: "Storm surges" }], name: "inflected last word of a phrase" },
    { text: "Thoughts with everyone #Delia", findings: [{ messageId: "event", excerpt: "#Delia" }] },
    { text: "Delia is coming", findings: [{ messageId: "event", excerpt: "Delia" }], name: "a hashtag term matches the word" },
    { text: "#WhyIStayed in the city", findings: [{ messageId: "event", excerpt: "#WhyIStayed" }], name: "camel-case hashtag spells a phrase" },
    { text: "#whyistayed", findings: [{ messageId: "event", excerpt: "#whyistayed" }], name: "run-together hashtag" },
    { text: "#why_i_stayed", findings: [{ messageId: "event", excerpt: "#why_i_stayed" }], name: "underscored hashtag" },
    { text: "why I stayed home", findings: [{ messageId: "event", excerpt: "why I stayed" }] },
    { text: "ｈｕｒｒｉｃａｎｅ ahead", findings: [{ messageId: "event", excerpt: "ｈｕｒｒｉｃａｎｅ" }], name: "full-width letters" },
    { text: "evacuatión routes", findings: [{ messageId: "event", excerpt: "evacuatión" }], name: "accents" },
    { text: "hurri\u200bcane", findings: [{ messageId: "event", excerpt: "hurri\u200bcane" }], name: "zero-width space inside a word" },
    {
      text: "RIP to a legend, rest in peace.",
      findings: [
        { messageId: "event", excerpt: "RIP", severity: "warn" },
        { messageId: "event", excerpt: "legend" },
        { messageId: "event", excerpt: "rest in peace" },
      ],
      name: "regex and open-ended window",
    },
    {
      text: "Sale! 🌀 hurricane prices",
      context: { locale: "zh-CN" },
      findings: [{ messageId: "eventUsed", excerpt: "hurricane" }],
      name: "offsets after an emoji",
    },
  ],
});

testRule(rule, {
  ruleSet: {
    events: [
      { id: "a", title: "Storm A", terms: ["storm"], from: "2026-01-01T00:00:00Z", severity: "info" },
      { id: "b", title: "Storm B", terms: ["storm"], from: "2026-01-01T00:00:00Z", severity: "block" },
      { id: "c", title: "Storm C", terms: ["storm", "storm surge"], from: "2026-01-01T00:00:00Z", severity: "warn" },
    ],
  },
  context: inWindow,
  valid: ["A calm day."],
  invalid: [
    {
      text: "storm, then a storm surge: 20% off",
      findings: [
        { messageId: "eventUsed", excerpt: "storm", severity: "block" },
        { messageId: "eventUsed", excerpt: "storm surge", severity: "warn" },
      ],
      name: "one finding per span: the most severe of the events sharing it, the longest phrase",
    },
  ],
});

testRule(rule, {
  ruleSet: {
    events: [
      {
        id: "storm",
        title: { en: "Hurricane Delia", "zh-CN": "飓风迪莉娅" },
        terms: ["hurricane", "飓风"],
        from: "2026-01-01T00:00:00Z",
        severity: "warn",
        guidance: { en: "Check with the comms lead.", "zh-CN": "请先与传播负责人确认。" },
      },
    ],
  },
  context: inWindow,
  valid: ["A calm day."],
  invalid: [
    {
      text: "The hurricane is here.",
      findings: [{ messageId: "event", excerpt: "hurricane", guidance: "Check with the comms lead." }],
      name: "a team text in the reader's language: English",
    },
    {
      text: "飓风来了。",
      context: { ...inWindow, locale: "zh-CN" },
      findings: [{ messageId: "event", excerpt: "飓风", guidance: "请先与传播负责人确认。" }],
      name: "a team text in the reader's language: Chinese",
    },
  ],
});

// A named storm by its bare name: "Nora" counts beside a storm word or a storm emoji, inside the window.
const nora = {
  id: "nora",
  title: "Hurricane Nora",
  terms: ["Hurricane Nora", "#HurricaneNora", "台风诺拉"],
  from: "2026-11-20T00:00:00Z",
  until: "2026-12-10T00:00:00Z",
  severity: "block" as const,
};
testRule(rule, {
  ruleSet: { events: [nora] },
  context: inWindow,
  valid: [
    { text: "Happy birthday, Nora! 🎂 Cake in the staff room at 3.", name: "a colleague who shares the storm's name" },
    { text: "Meet Nora, our new head baker. Her sourdough is a storm of flavour? No: it's just very good.", context: { at: new Date("2026-12-11T00:00:00Z") }, name: "the name and a storm word after the window" },
    { text: "Nora from our Leeds store is barista of the year.", name: "a name alone" },
  ],
  invalid: [
    {
      text: "Riding out Nora tonight? 🌀 Candles and board games are 25% off until midnight.",
      findings: [{ messageId: "eventUsed", excerpt: "Nora", severity: "block" }],
      name: "the bare name with a storm emoji, in a sale",
    },
    {
      text: "Hunkering down for Nora? Our stores stay open late with free charging.",
      findings: [{ messageId: "event", excerpt: "Nora" }],
      name: "the bare name with 'hunkering down'",
    },
  ],
});

// blind-6's family: a closed structure (a bridge, a tunnel) that the team listed by its name,
// referred to by its head noun beside a word of disruption ("while the bridge is closed"), inside
// the window. Look-alikes: the noun with no disruption, another sense, outside the window.
const tunnel = {
  id: "kingsway",
  title: "Kingsway Tunnel fire",
  terms: ["Kingsway Tunnel", "tunnel fire"],
  from: "2026-11-20T00:00:00Z",
  until: "2026-12-10T00:00:00Z",
  severity: "block" as const,
  mention: "never" as const,
};
const eastgate = {
  id: "eastgate",
  title: "Eastgate Bridge collapse",
  terms: ["Eastgate Bridge", "东门大桥"],
  from: "2026-11-20T00:00:00Z",
  until: "2026-12-10T00:00:00Z",
  severity: "block" as const,
  mention: "never" as const,
};
testRule(rule, {
  ruleSet: { events: [tunnel, eastgate] },
  context: inWindow,
  valid: [
    { text: "The tunnel ride at the aquarium is back, with new sharks 🦈", name: "the noun with no disruption" },
    { text: "Tunnel vision? Our new wide-angle lens fixes that.", name: "another sense" },
    { text: "Our pop-up under the bridge is open all weekend 🎪", name: "'open' is no disruption" },
    { text: "While the tunnel stays closed, allow an extra day for deliveries.", context: { at: new Date("2026-11-19T12:00:00Z") }, name: "before the window" },
  ],
  invalid: [
    {
      text: "Heading to our Dock Road shop? The tunnel is shut, so hop on the ferry and get 10% off at the till 🚢",
      findings: [{ messageId: "event", excerpt: "The tunnel", severity: "block" }],
      name: "the tunnel, shut, in a sale",
    },
    {
      text: "While the tunnel stays closed our vans take the long way round: allow an extra day for deliveries.",
      findings: [{ messageId: "event", excerpt: "the tunnel", severity: "block" }],
      name: "a delivery notice (mention: never)",
    },
    {
      text: "Diversions around the bridge all week? Treat yourself to a pastry on the way 🥐",
      findings: [{ messageId: "event", excerpt: "the bridge", severity: "block" }],
      name: "diversions and the bridge, as a joke",
    },
    {
      text: "大桥封闭期间，请绕行滨江路前往门店。",
      findings: [{ messageId: "event", excerpt: "大桥", severity: "block" }],
      name: "Chinese: 大桥 beside 封闭 and 绕行",
    },
  ],
});
