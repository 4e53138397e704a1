import rule from "../../../rules/crisis/statement.ts";
import { testRule } from "../rule-tester.ts";

const teamCrisis = { active: true, title: "Data breach", message: "Hold all marketing posts." };
const local = { crisis: { active: true } };

testRule(rule, {
  ruleSet: { crisis: teamCrisis },
  valid: [
    { text: "关于部分批次面霜的召回说明：责任在我们，已购用户可全额退款；如有不适请及时就医，费用由我们承担。", ruleSet: { crisis: teamCrisis }, context: local, name: "Chinese: medical advice in a recall is not 如有不适 as a non-apology" },
    // Outside a crisis the statement pack is silent.
    { text: "Sorry if anyone was offended lol. New drop Friday!", ruleSet: { crisis: { active: false } }, name: "no crisis" },
    // Updates and real apologies, the posts a team publishes during a crisis.
    "We're aware some customers can't log in. Our team is working on a fix and we'll share the next update at 3pm.",
    "Update: service has been restored for all customers. Thank you for your patience.",
    "We ran an advert that mocked people with disabilities. That was wrong, we have pulled it, and we are sorry.",
    "Update on the recall: a third-party lab confirmed the seal failed, and we are replacing every seal today.",
    "情况通报：经第三方检测机构确认，问题来自门店设备老化，相关设备已全部更换。",
    "We're sorry. We got this wrong: customer data was exposed and that is on us. Here's what we're changing, and how to reset your password.",
    "We apologise to the customers whose orders were delayed. Full refunds are on their way; no action is needed.",
    "Our stores are open as usual today. If you were affected by the outage, our helpline is open 24/7.",
    "我们已关注到部分用户无法登录的问题，技术团队正在处理，最新进展将在此发布。",
    "我们错了，对此深表歉意。受影响的用户将获得全额退款，以下是我们的整改措施。",
    { text: "An independent third party will audit our systems, and we will publish the results.", name: "an independent audit is not blame" },
    { text: "Treat yourself: 20% off today!", name: "a sale is crisis/active's block, not this rule's" },
    { text: "Update: service is back for most customers. If you still can't connect, restart your phone; if that doesn't work, we'll credit you and call you back.", name: "a fix offered with the brand's remedy, no doubt cast on the customer" },
  ],
  invalid: [
    // blind-6: a recall or a service notice that says sorry for "the inconvenience" beside the
    // remedies themselves is an apology, worded weakly: a note. "Any inconvenience" with nothing
    // done, or hedged with "any", still blocks.
    {
      text: "Some NovaHeat kettles made since March can overheat. Stop using yours, register at novaheat.example/return and we'll send a replacement free. We're sorry for the inconvenience this has caused.",
      findings: [{ messageId: "nonApology", excerpt: "for the inconvenience", severity: "info" }],
      name: "a recall with remedies: 'the inconvenience' is a note",
    },
    {
      text: "Trains between Leeds and York are cancelled while we repair the track. Replacement buses run every 20 minutes and every ticket is refunded in full. We apologise for the inconvenience.",
      findings: [{ messageId: "nonApology", excerpt: "for the inconvenience", severity: "info" }],
      name: "a service notice with remedies",
    },
    {
      text: "部分批次充电宝存在过热风险，请立即停止使用，凭订单号可全额退款或免费更换。给您带来的不便，我们深表歉意。",
      findings: [{ messageId: "nonApology", excerpt: "带来的不便", severity: "info" }],
      name: "Chinese: a recall with remedies",
    },
    {
      text: "We apologise for the inconvenience.",
      findings: [{ messageId: "nonApology", excerpt: "for the inconvenience", severity: "block" }],
      name: "'the inconvenience' with nothing done about it",
    },
    {
      text: "Refunds are being processed for affected orders. We apologise for any inconvenience.",
      findings: [{ messageId: "nonApology", excerpt: "for any inconvenience", severity: "block" }],
      name: "'any inconvenience' hedges whether there was one, remedies or not",
    },
    {
      text: "Some customers think their cards were declined today. Simply restart the app and check your settings before calling us.",
      findings: [
        { messageId: "blame", excerpt: "Some customers think", severity: "block" },
        { messageId: "blame", excerpt: "Simply restart", severity: "block" },
        { messageId: "blame", excerpt: "check your settings before", severity: "block" },
      ],
      name: "an outage cast as the customers' mistake",
    },
    {
      text: "We apologise for any offence this advert may have caused.",
      context: local,
      findings: [{ messageId: "nonApology", excerpt: "for any offence", severity: "block" }],
      name: "regret for the reader's offence, not the brand's act",
    },
    {
      text: "Our account was hacked and the posts were not ours.",
      context: local,
      findings: [{ messageId: "blame", excerpt: "account was hacked", severity: "block" }],
      name: "a hacker as the culprit",
    },
    {
      text: "我们的官方账号遭到黑客攻击，相关内容并非本公司发布。",
      context: local,
      findings: [{ messageId: "blame", excerpt: "遭到黑客攻击", severity: "block" }],
      name: "Chinese: a hacker as the culprit",
    },
    {
      text: "We're sorry if anyone was offended by our post.",
      findings: [{ messageId: "nonApology", excerpt: "sorry if anyone was offended", severity: "block" }],
    },
    {
      text: "We apologize for any inconvenience this may have caused.",
      findings: [{ messageId: "nonApology", excerpt: "for any inconvenience", severity: "block" }],
    },
    {
      text: "The comments were taken out of context. It was never our intention to hurt anyone.",
      findings: [
        { messageId: "nonApology", excerpt: "taken out of context", severity: "block" },
        { messageId: "nonApology", excerpt: "It was never our intention", severity: "block" },
      ],
    },
    {
      text: "This was the act of a rogue employee and affected only a small number of customers.",
      findings: [
        { messageId: "blame", excerpt: "a rogue employee", severity: "block" },
        { messageId: "blame", excerpt: "a small number of customers", severity: "block" },
      ],
    },
    {
      text: "Without admitting liability, we regret the incident.",
      findings: [{ messageId: "hedge", excerpt: "Without admitting liability", severity: "warn" }],
    },
    {
      text: "We're sorry. To the extent permitted by law, we will refund affected orders.",
      findings: [{ messageId: "hedge", excerpt: "To the extent permitted by law", severity: "warn" }],
      name: "a legal hedge inside an apology",
    },
    {
      text: "Well, that didn't go as planned 😅 We're on it!",
      findings: [{ messageId: "joke", excerpt: "😅", severity: "block" }],
      name: "a joke during the crisis",
    },
    {
      text: "We're hiring! Join the family and grow with us.",
      findings: [{ messageId: "businessAsUsual", excerpt: "We're hiring", severity: "block", guidance: "Hold all marketing posts." }],
      name: "a job ad during layoffs",
    },
    {
      text: "Meet Dewdrop, our new glow serum. Out Friday!",
      findings: [{ messageId: "businessAsUsual", excerpt: "our new", severity: "block" }],
      name: "a launch",
    },
    {
      text: "Stream, game, scroll: Tellio keeps up with you.",
      findings: [{ messageId: "ignoresCrisis", excerpt: "", severity: "block", guidance: "Hold all marketing posts." }],
      name: "a post that ignores the crisis",
    },
    {
      text: "Pumpkin season is officially here. What's your go-to order?",
      context: local,
      ruleSet: { crisis: { active: false } },
      findings: [{ messageId: "ignoresCrisis", excerpt: "", severity: "block" }],
      name: "a crisis declared on this install",
    },
    {
      text: "此事系临时工个人行为，不代表公司立场，给大家带来不便敬请谅解。",
      findings: [
        { messageId: "blame", excerpt: "临时工", severity: "block" },
        { messageId: "blame", excerpt: "个人行为", severity: "block" },
        { messageId: "blame", excerpt: "不代表公司立场", severity: "block" },
        { messageId: "nonApology", excerpt: "给大家带来不便", severity: "block" },
        { messageId: "nonApology", excerpt: "敬请谅解", severity: "block" },
      ],
      name: "Chinese blame-shifting",
    },
    {
      text: "限定口味本周首发上市。",
      findings: [{ messageId: "businessAsUsual", excerpt: "限定", severity: "block" }],
      name: "a Chinese launch",
    },
  ],
});
