/**
 * Why an approval code is refused, in every language the UI speaks. One catalogue for the gate,
 * the popup and `preflight approve`: the same code fails for the same reason everywhere.
 */
import { formatMessage } from "../engine/i18n.ts";
import type { Locale, LocalizedText } from "../engine/types.ts";
import type { ApprovalProblem } from "./answer.ts";

// --- Issue 12b: approvals ---------------------------------------------------------------------
export const APPROVAL_MESSAGES = {
  requestNotACode: {
    en: "This is not an approval request: a request starts with PF1-R-. Ask the author to copy it again.",
    "zh-CN": "这不是审批请求：请求代码以 PF1-R- 开头。请让作者重新复制一次。",
  },
  requestVersion: {
    en: "This request was made by another version of Preflight. Update Preflight on both sides, then ask again.",
    "zh-CN": "此请求由另一版本的 Preflight 生成。请双方都更新 Preflight 后重新发起请求。",
  },
  requestDamaged: {
    en: "This request is incomplete or damaged. Ask the author to copy the whole code again.",
    "zh-CN": "此请求不完整或已损坏。请让作者重新复制完整的代码。",
  },
  answerNotACode: {
    en: "This is not an approval: an approval starts with PF1-A-. Paste the code the approver sent you.",
    "zh-CN": "这不是审批码：审批码以 PF1-A- 开头。请粘贴审批人发给您的代码。",
  },
  answerVersion: {
    en: "This approval was made by another version of Preflight. Update Preflight on both sides, then ask again.",
    "zh-CN": "此审批码由另一版本的 Preflight 生成。请双方都更新 Preflight 后重新申请。",
  },
  answerDamaged: {
    en: "This approval is incomplete or damaged. Ask the approver to copy the whole code again.",
    "zh-CN": "此审批码不完整或已损坏。请让审批人重新复制完整的代码。",
  },
  unknownApprover: {
    en: "{{approver}} is not a spokesperson in the rules in force, so cannot approve posts.",
    "zh-CN": "{{approver}} 不是当前规则中的发言人，无权审批帖子。",
  },
  approverWithoutKey: {
    en: "The rules in force list no key for {{approver}}: the admin must add their public key before they can approve.",
    "zh-CN": "当前规则中没有 {{approver}} 的密钥：管理员须先添加其公钥，对方才能审批。",
  },
  otherKey: {
    en: "This approval was signed with a key (id {{key}}) the rules in force do not list for {{approver}}.",
    "zh-CN": "此审批码所用的密钥（ID {{key}}）并非当前规则为 {{approver}} 登记的密钥。",
  },
  badSignature: {
    en: "This approval has been changed since {{approver}} signed it. Ask for a new one.",
    "zh-CN": "此审批码在 {{approver}} 签发后被改动过。请重新申请。",
  },
  wrongPost: {
    en: "This approval is for another post, or the text, account or findings changed since you asked. Ask for a new approval.",
    "zh-CN": "此审批码对应的是另一条帖子，或者在您申请后，文字、账号或检查结果有了变化。请重新申请审批。",
  },
  expired: {
    en: "This approval expired at {{at}}. Ask for a new one.",
    "zh-CN": "此审批码已于 {{at}} 过期。请重新申请。",
  },
  notYetValid: {
    en: "This approval is dated {{at}}, in the future: check the clock of this computer or the approver's.",
    "zh-CN": "此审批码的签发时间为 {{at}}，晚于当前时间：请检查本机或审批人电脑的时钟。",
  },
  validTooLong: {
    en: "This approval claims to be valid for more than {{max}} minutes, which Preflight never signs. Ask for a new one.",
    "zh-CN": "此审批码声称有效期超过 {{max}} 分钟，而 Preflight 从不签发这样的审批码。请重新申请。",
  },
  answerUsed: {
    en: "This approval has already let its post through once. Ask for a new one to post again.",
    "zh-CN": "此审批码已放行过一次帖子。如需再次发布，请重新申请。",
  },
  badValidity: {
    en: "The validity must be a whole number of minutes from 1 to {{max}}; got {{got}}.",
    "zh-CN": "有效期必须是 1 到 {{max}} 之间的整数分钟，收到的是 {{got}}。",
  },
  notAnApprover: {
    en: "{{approver}} is not a spokesperson in these rules (approvers: {{known}}).",
    "zh-CN": "{{approver}} 不是这些规则中的发言人（可审批的人：{{known}}）。",
  },
  keyMismatch: {
    en: "This private key is not the one the rules list for {{approver}}: answers signed with it would be refused.",
    "zh-CN": "此私钥与规则中为 {{approver}} 登记的密钥不符：用它签发的审批码会被拒绝。",
  },
} satisfies Record<ApprovalProblem, LocalizedText>;

export function approvalMessage(problem: ApprovalProblem, locale: Locale, params: Record<string, string | number> = {}): string {
  return formatMessage(APPROVAL_MESSAGES[problem], locale, params);
}
