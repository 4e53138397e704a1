/** Every string of the options page's audit log, in English and Simplified Chinese. */
import { formatMessage } from "../../engine/i18n.ts";
import type { Locale, LocalizedText } from "../../engine/types.ts";

export const AUDIT_STRINGS = {
  section: { en: "Audit log", "zh-CN": "审计日志" },
  intro: {
    en: "Every decision at the gate, and the findings shown while composing, kept on this device. Never the post's text, unless your team's policy allows a short excerpt.",
    "zh-CN": "发布前确认时作出的每个决定，以及撰写时显示的问题，都保存在本设备上。除非团队策略允许保留简短摘录，否则绝不保存帖子正文。",
  },
  loading: { en: "Loading the log…", "zh-CN": "正在加载日志……" },
  // filters
  filters: { en: "Filters", "zh-CN": "筛选" },
  from: { en: "From", "zh-CN": "开始日期" },
  to: { en: "To", "zh-CN": "结束日期" },
  platform: { en: "Platform", "zh-CN": "平台" },
  account: { en: "Account", "zh-CN": "账号" },
  all: { en: "All", "zh-CN": "全部" },
  unknownAccount: { en: "(not known)", "zh-CN": "（未知）" },
  unknownPerson: { en: "(not known)", "zh-CN": "（未知）" },
  clearFilters: { en: "Clear filters", "zh-CN": "清除筛选" },
  badRange: { en: "“From” is after “To”: nothing matches.", "zh-CN": "开始日期晚于结束日期：没有匹配的记录。" },
  // totals
  totals: {
    en: "Decisions at the gate: {{decisions}} ({{edit}} edited, {{override}} posted anyway, {{cancel}} cancelled; {{crisis}} during a crisis). Findings shown while composing: {{shown}}.",
    "zh-CN": "发布前确认时的决定：{{decisions}} 个（修改 {{edit}}，仍然发布 {{override}}，取消 {{cancel}}；危机期间 {{crisis}}）。撰写时显示的问题：{{shown}} 项。",
  },
  dropped: {
    en: "The log is full: its {{decisions}} oldest decisions and {{counts}} oldest count rows were dropped to make room.",
    "zh-CN": "日志已满：为腾出空间，已删除最早的 {{decisions}} 个决定和 {{counts}} 行计数。",
  },
  empty: { en: "Nothing logged yet for these filters.", "zh-CN": "在当前筛选条件下还没有记录。" },
  // charts
  chartFindings: { en: "Findings shown while composing, per day", "zh-CN": "每天撰写时显示的问题" },
  byRule: { en: "By rule", "zh-CN": "按规则" },
  byCategory: { en: "By category", "zh-CN": "按类别" },
  chartOutcomes: { en: "Decisions at the gate, per day", "zh-CN": "每天发布前确认时的决定" },
  chartPeople: { en: "Posted anyway, by person", "zh-CN": "仍然发布：按人员" },
  chartReasons: { en: "Posted anyway, by reason", "zh-CN": "仍然发布：按理由" },
  other: { en: "Other", "zh-CN": "其他" },
  outcome_edit: { en: "Edited", "zh-CN": "修改" },
  outcome_override: { en: "Posted anyway", "zh-CN": "仍然发布" },
  outcome_cancel: { en: "Cancelled", "zh-CN": "取消" },
  // Issue 13 (UI): false-positive reports, and the excerpt in its own column.
  outcome_falsePositive: { en: "Reported as not a problem", "zh-CN": "报告为误报" },
  col_excerpt: { en: "Excerpt", "zh-CN": "摘录" },
  markedWords: { en: "Marked: “{{words}}”", "zh-CN": "标记的词语：“{{words}}”" },
  chartLabel: { en: "{{title}}: {{total}} in all, {{days}} days", "zh-CN": "{{title}}：共 {{total}}，{{days}} 天" },
  barsLabel: { en: "{{title}}: {{list}}", "zh-CN": "{{title}}：{{list}}" },
  noData: { en: "None in this period.", "zh-CN": "此期间内没有。" },
  // tables
  tableRules: { en: "Rules", "zh-CN": "规则" },
  tableAccounts: { en: "Accounts", "zh-CN": "账号" },
  tableDecisions: { en: "Decisions, newest first", "zh-CN": "决定（最新在前）" },
  col_rule: { en: "Rule", "zh-CN": "规则" },
  col_shown: { en: "Shown", "zh-CN": "撰写时显示" },
  col_gated: { en: "At the gate", "zh-CN": "发布前确认" },
  col_edit: { en: "Edited", "zh-CN": "修改" },
  col_override: { en: "Posted anyway", "zh-CN": "仍然发布" },
  col_cancel: { en: "Cancelled", "zh-CN": "取消" },
  col_account: { en: "Account", "zh-CN": "账号" },
  col_decisions: { en: "Decisions", "zh-CN": "决定" },
  col_time: { en: "Time", "zh-CN": "时间" },
  col_author: { en: "Author", "zh-CN": "作者" },
  col_rules: { en: "What fired", "zh-CN": "触发的规则" },
  col_decision: { en: "Decision", "zh-CN": "决定" },
  col_reason: { en: "Reason", "zh-CN": "理由" },
  // Issue 12b: approvals
  approvedBy: { en: "Approved by {{approver}}", "zh-CN": "审批人：{{approver}}" },
  crisisTag: { en: "crisis", "zh-CN": "危机" },
  showMore: { en: "Show {{n}} more", "zh-CN": "再显示 {{n}} 条" },
  // export
  export: { en: "Export", "zh-CN": "导出" },
  exportHint: {
    en: "With the filters above. The JSON file holds everything; run `preflight report FILE` on it for the review.",
    "zh-CN": "按上方筛选条件导出。JSON 文件包含全部内容；对其运行 `preflight report FILE` 即可生成复盘报告。",
  },
  exportDecisions: { en: "Decisions (CSV)", "zh-CN": "决定（CSV）" },
  exportCounts: { en: "Finding counts (CSV)", "zh-CN": "问题计数（CSV）" },
  exportJson: { en: "Everything (JSON)", "zh-CN": "全部（JSON）" },
  // team reporting
  reporting: { en: "Team reporting", "zh-CN": "团队报告" },
  reportOff: {
    en: "Your team's rule set names no report URL: the log stays on this device.",
    "zh-CN": "团队规则集未指定报告地址：日志仅保存在本设备上。",
  },
  reportTo: { en: "Decisions are sent to {{host}}.", "zh-CN": "决定会发送到 {{host}}。" },
  reportExcerptOff: { en: "The post's text is never sent.", "zh-CN": "从不发送帖子正文。" },
  reportExcerptOn: {
    en: "Your team's policy keeps an excerpt of up to {{n}} characters with each decision.",
    "zh-CN": "团队策略会随每个决定保留最多 {{n}} 个字符的摘录。",
  },
  reportPending: { en: "Waiting to be sent: {{n}}. Sent so far: {{sent}}.", "zh-CN": "等待发送：{{n}}。已发送：{{sent}}。" },
  reportLastSent: { en: "Last sent {{time}}.", "zh-CN": "上次发送：{{time}}。" },
  reportFailing: {
    en: "The last attempt failed ({{attempts}} in a row); the next is at {{time}}.",
    "zh-CN": "上次发送失败（连续 {{attempts}} 次）；下次尝试时间：{{time}}。",
  },
  reportQueueDropped: {
    en: "{{n}} decisions waited so long that the queue dropped them.",
    "zh-CN": "有 {{n}} 个决定等待太久，已被队列删除。",
  },
  reportConsentNeeded: {
    en: "Firefox asks for your consent before an extension sends data off this device: your team's reports wait here until you allow it.",
    "zh-CN": "Firefox 要求扩展在把数据发送到本设备之外前征得你的同意：在你允许之前，团队报告会一直在这里等待。",
  },
  reportConsentAllow: { en: "Allow sending team reports", "zh-CN": "允许发送团队报告" },
  sendNow: { en: "Send now", "zh-CN": "立即发送" },
  sending: { en: "Sending…", "zh-CN": "正在发送……" },
  // --- issue 12: the review of one crisis (options page, `preflight report --crisis`) ---
  crisisReview: { en: "Crisis review", "zh-CN": "危机复盘" },
  crisisReviewIntro: {
    en: "One crisis from its declaration: what was stopped, what was posted anyway and by whom, approvals, the time to the first statement, and the checklist.",
    "zh-CN": "从宣布起回看一次危机：哪些帖子被拦下，谁在什么理由下仍然发布，审批情况，发出第一份声明用了多久，以及检查清单的完成情况。",
  },
  crisisReviewNone: { en: "No decision in the log was taken during a team crisis.", "zh-CN": "日志中没有在团队危机期间做出的决定。" },
  crisisReviewPick: { en: "Crisis", "zh-CN": "危机" },
  crisisReportTitle: { en: "Crisis review: {{crisis}}", "zh-CN": "危机复盘：{{crisis}}" },
  crisisReportDrill: { en: "Drill: {{crisis}}", "zh-CN": "演练：{{crisis}}" },
  crisisReportSince: { en: "Declared {{since}}; decisions from {{first}} to {{last}}.", "zh-CN": "宣布于 {{since}}；决定记录自 {{first}} 至 {{last}}。" },
  crisisReportTotals: {
    en: "{{decisions}} decisions: {{stopped}} stopped, {{override}} posted anyway, {{approved}} approved.",
    "zh-CN": "共 {{decisions}} 个决定：拦下 {{stopped}} 个，仍然发布 {{override}} 个，经审批 {{approved}} 个。",
  },
  crisisReportFirst: { en: "First statement: {{minutes}} minutes after the declaration ({{at}}, {{who}}).", "zh-CN": "第一份声明：宣布后 {{minutes}} 分钟发出（{{at}}，{{who}}）。" },
  crisisReportNoFirst: { en: "First statement: nothing was published during the crisis.", "zh-CN": "第一份声明：危机期间没有发布任何内容。" },
  crisisReportChecklist: { en: "Checklist: {{done}} of {{of}} done.", "zh-CN": "检查清单：已完成 {{done}} 项，共 {{of}} 项。" },
  crisisReportNoChecklist: { en: "Checklist: no ticks logged.", "zh-CN": "检查清单：没有勾选记录。" },
  crisisReportStopped: { en: "Stopped, by rule", "zh-CN": "被拦下的帖子（按规则）" },
  crisisReportOverrides: { en: "Posted anyway", "zh-CN": "仍然发布" },
  crisisReportApprovals: { en: "Approved", "zh-CN": "经审批" },
  crisisReportItems: { en: "Checklist", "zh-CN": "检查清单" },
  crisisReportOutcomes: { en: "Outcomes", "zh-CN": "结果" },
  crisisReportNone: { en: "(none)", "zh-CN": "（无）" },
  crisisReportUnknown: { en: "(unknown)", "zh-CN": "（未知）" },
  crisisReportCol_at: { en: "time", "zh-CN": "时间" },
  crisisReportCol_who: { en: "person", "zh-CN": "人员" },
  crisisReportCol_account: { en: "account", "zh-CN": "账号" },
  crisisReportCol_reason: { en: "reason", "zh-CN": "理由" },
  crisisReportCol_rules: { en: "rules", "zh-CN": "规则" },
  crisisReportCol_rule: { en: "rule", "zh-CN": "规则" },
  crisisReportCol_n: { en: "posts", "zh-CN": "帖子数" },
  crisisReportCol_approvedBy: { en: "approved by", "zh-CN": "审批人" },
  crisisReportCol_item: { en: "item", "zh-CN": "事项" },
  crisisReportCol_done: { en: "done", "zh-CN": "完成" },
  crisisReportYes: { en: "yes", "zh-CN": "是" },
  crisisReportNo: { en: "no", "zh-CN": "否" },
  crisisReportOutcome_stopped: { en: "stopped", "zh-CN": "拦下" },
  crisisReportOutcome_override: { en: "posted anyway", "zh-CN": "仍然发布" },
  crisisReportOutcome_approved: { en: "approved", "zh-CN": "经审批" },
  exportCrisisCsv: { en: "Export CSV", "zh-CN": "导出 CSV" },
  exportCrisisJson: { en: "Export JSON", "zh-CN": "导出 JSON" },
  exportCrisisHtml: { en: "Printable page", "zh-CN": "可打印页面" },
  // --- end issue 12 ---
} satisfies Record<string, LocalizedText>;

export type AuditStringId = keyof typeof AUDIT_STRINGS;

export function ta(id: AuditStringId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(AUDIT_STRINGS[id], locale, data);
}
