import type { Locale, LocalizedText } from "../engine/types.ts";

/** Every string the UI shows, in English and Simplified Chinese. */
export const STRINGS = {
  title: { en: "Preflight", "zh-CN": "Preflight 发布前检查" },
  tryItLabel: { en: "Paste a post to check it", "zh-CN": "粘贴帖子内容进行检查" },
  tryItPlaceholder: { en: "Write or paste a post…", "zh-CN": "撰写或粘贴帖子……" },
  loading: { en: "Loading the rules…", "zh-CN": "正在加载规则……" },
  noFindings: { en: "Nothing to flag.", "zh-CN": "没有发现问题。" },
  severity_info: { en: "Note", "zh-CN": "提示" },
  severity_warn: { en: "Warning", "zh-CN": "警告" },
  severity_block: { en: "Stop", "zh-CN": "拦截" },
  suggestions: { en: "Try:", "zh-CN": "建议：" },
  whole_post: { en: "Whole post", "zh-CN": "整条帖子" },
  // The in-page panel
  badgeLabel: { en: "Preflight review: {{summary}}", "zh-CN": "Preflight 检查：{{summary}}" },
  badgeClean: { en: "nothing to flag", "zh-CN": "没有问题" },
  count_block: { en: "{{n}} to stop", "zh-CN": "{{n}} 项拦截" },
  count_warn: { en: "{{n}} warnings", "zh-CN": "{{n}} 项警告" },
  count_info: { en: "{{n}} notes", "zh-CN": "{{n}} 项提示" },
  panelTitle: { en: "Preflight review", "zh-CN": "Preflight 检查" },
  close: { en: "Close", "zh-CN": "关闭" },
  copy: { en: "Copy", "zh-CN": "复制" },
  copied: { en: "Copied", "zh-CN": "已复制" },
  copySuggestion: { en: "Copy “{{text}}”", "zh-CN": "复制“{{text}}”" },
  crisisOn: { en: "Crisis mode is on: every post is reviewed.", "zh-CN": "危机模式已开启：每条帖子都需复核。" },
  crisisBadge: { en: "Crisis", "zh-CN": "危机" },
  accountAsk: { en: "Posting as …?", "zh-CN": "以哪个账号发布？" },
  accountPlaceholder: { en: "@handle", "zh-CN": "@账号" },
  save: { en: "Save", "zh-CN": "保存" },
  gateTitle: { en: "Check this post before it goes out", "zh-CN": "发布前请再检查一下" },
  gateIntro: { en: "Preflight held this post because:", "zh-CN": "Preflight 暂停了发布，原因如下：" },
  gateAlso: { en: "Also found:", "zh-CN": "另外发现：" },
  gateEdit: { en: "Edit", "zh-CN": "修改" },
  gatePostAnyway: { en: "Post anyway", "zh-CN": "仍然发布" },
  gateReasonLabel: { en: "Why post it anyway? (required, kept in the log)", "zh-CN": "为什么仍要发布？（必填，将记入日志）" },
  gateConfirm: { en: "Post now", "zh-CN": "立即发布" },
  gateDraftSafe: { en: "Your draft stays as it is.", "zh-CN": "您的草稿不会被改动。" },
  sitesLabel: { en: "Check posts on another site (a scheduler's composer)", "zh-CN": "在其他网站上检查帖子（如排程工具的编辑器）" },
  sitesAdd: { en: "Add site", "zh-CN": "添加网站" },
  sites_added: { en: "Added: reload that site's tab.", "zh-CN": "已添加：请刷新该网站的标签页。" },
  sites_invalid: { en: "Enter a web address, such as https://scheduler.example.com", "zh-CN": "请输入网址，例如 https://scheduler.example.com" },
  sites_denied: { en: "Not added: Chrome's permission was not given.", "zh-CN": "未添加：未获得 Chrome 的权限。" },
  crisisToggle: { en: "Crisis mode on this browser", "zh-CN": "在此浏览器上开启危机模式" },
} satisfies Record<string, LocalizedText>;

export type StringId = keyof typeof STRINGS;

export function t(id: StringId, locale: Locale, data: Record<string, string | number> = {}): string {
  return STRINGS[id][locale].replace(/\{\{(\w+)\}\}/g, (all, name: string) => (name in data ? String(data[name]) : all));
}
