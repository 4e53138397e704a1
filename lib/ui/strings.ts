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
} satisfies Record<string, LocalizedText>;

export type StringId = keyof typeof STRINGS;

export function t(id: StringId, locale: Locale): string {
  return STRINGS[id][locale];
}
