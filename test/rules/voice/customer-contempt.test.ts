import rule from "../../../rules/voice/customer-contempt.ts";
import { testRule } from "../rule-tester.ts";

const C = "contempt";
const S = "contemptWithSuggestion";

const brand = { names: ["Acme"], accounts: [{ platform: "x" as const, handle: "@acme" }] };

testRule(rule, {
  ruleSet: { brand },
  context: { platform: "x", account: "@acme" },
  valid: [
    // Firm but polite replies, banter without an insult, policies.
    "We're sorry you were disappointed. Reply with your order number and we'll sort out a refund today.",
    "The size chart is in the third photo: happy to help you pick, just DM us.",
    "Our refund policy: returns within 30 days, no questions asked.",
    "We hear you on the price. Here's what goes into every jacket, and why it lasts ten years.",
    "Thank you people for ten years of support! 🎉",
    "Help your child learn to read with our phonics app.",
    "Brands, learn to read the room: today is not the day for a sale.",
    "Stupidly simple setup for new users: three taps and you're in.",
    "No such thing as a stupid question: ask our team anything today.",
    "Snowflake cookies for our guests this winter ❄️",
    "Bold of you to challenge our barista to a latte-art duel. Saturday, 10am. Bring your A game.",
    "价格问题我们已收到反馈，稍后会公布成本构成，感谢大家的监督。",
    "有任何问题欢迎私信客服，我们24小时在线。",
    {
      text: "Learn to read the room, Monday. We're not ready.",
      context: { platform: "x", account: "@kai" },
      name: "a personal account: not the brand's voice",
    },
    { text: "Our customers are idiots, lol", context: { platform: "x", account: "@kai" }, name: "a team member's personal post" },
  ],
  invalid: [
    {
      text: "Our customers are idiots who can't read a size chart.",
      findings: [{ messageId: C, excerpt: "idiots", severity: "block" }],
      name: "the brand insulting its customers",
    },
    { text: "Learn to read, the price was in the description 🙄", findings: [{ messageId: C, excerpt: "Learn to read", severity: "warn" }] },
    {
      text: "You people never stop complaining.",
      findings: [
        { messageId: S, excerpt: "You people", severity: "warn" },
        { messageId: C, excerpt: "stop complaining", severity: "warn" },
      ],
    },
    { text: "Stop being broke and treat yourself.", findings: [{ messageId: C, excerpt: "Stop being broke", severity: "warn" }] },
    { text: "Cry more 😂 the sale is over.", findings: [{ messageId: C, excerpt: "Cry more", severity: "block" }], name: "laughing makes it a block" },
    { text: "Skill issue.", findings: [{ messageId: C, excerpt: "Skill issue", severity: "warn" }] },
    { text: "Don't like the new menu? Take your business elsewhere.", findings: [{ messageId: C, excerpt: "Take your business elsewhere", severity: "warn" }] },
    { text: "爱买不买，就这个价。", findings: [{ messageId: C, excerpt: "爱买不买", severity: "warn" }] },
    {
      text: "嫌贵就别买，找找自己原因。",
      findings: [
        { messageId: C, excerpt: "嫌贵就别买", severity: "warn" },
        { messageId: C, excerpt: "找找自己原因", severity: "warn" },
      ],
      name: "Chinese: the price reply of 2023",
    },
    { text: "有些买家就是白痴，看不懂说明。", findings: [{ messageId: C, excerpt: "白痴", severity: "block" }] },
    { text: "你们这些人真难伺候。", findings: [{ messageId: C, excerpt: "你们这些人", severity: "warn" }] },
    {
      text: "We apologise: calling our customers idiots was wrong.",
      findings: [{ messageId: C, excerpt: "idiots", severity: "info" }],
      name: "an apology that quotes the words is a note",
    },
    {
      text: "Our customers are idiots, lol",
      context: { platform: "x", account: "@kai" },
      ruleSet: { brand: { names: ["Acme"], accounts: [] } },
      findings: [{ messageId: C, excerpt: "idiots", severity: "block" }],
      name: "no brand accounts listed: every account is the brand's",
    },
  ],
});
