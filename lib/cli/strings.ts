/** The words of the text report, in every language the UI speaks (`--lang`). */
import { formatMessage, pickLocale } from "../engine/i18n.ts";
import type { Locale, LocalizedText } from "../engine/types.ts";
import { addNotes, hasNotes } from "../engine/notes.ts";
import zhNotes from "../../rules/notes.zh-CN.json" with { type: "json" };
import type { CliIO } from "./io.ts";

export const STRINGS = {
  wholePost: { en: "(post)", "zh-CN": "（整条帖子）" },
  why: { en: "Why: {{text}}", "zh-CN": "原因：{{text}}" },
  try: { en: "Try: {{text}}", "zh-CN": "建议：{{text}}" },
  pass: { en: "pass: nothing to flag", "zh-CN": "通过：没有发现问题" },
  verdict: { en: "{{verdict}}: {{counts}}", "zh-CN": "{{verdict}}：{{counts}}" },
  count_block: { en: "{{n}} block", "zh-CN": "{{n}} 项拦截" },
  count_warn: { en: "{{n}} warn", "zh-CN": "{{n}} 项警告" },
  count_info: { en: "{{n}} info", "zh-CN": "{{n}} 项提示" },
  verdict_pass: { en: "pass", "zh-CN": "通过" },
  severity_info: { en: "info", "zh-CN": "提示" },
  severity_warn: { en: "warn", "zh-CN": "警告" },
  severity_block: { en: "block", "zh-CN": "拦截" },
  verdict_warn: { en: "warn", "zh-CN": "警告" },
  verdict_block: { en: "block", "zh-CN": "拦截" },
  error: { en: "error: {{text}}", "zh-CN": "错误：{{text}}" },
  batch: {
    en: "{{total}} posts: {{block}} block, {{warn}} warn, {{pass}} pass, {{error}} not checked",
    "zh-CN": "共 {{total}} 条帖子：{{block}} 条拦截，{{warn}} 条警告，{{pass}} 条通过，{{error}} 条未能检查",
  },
} satisfies Record<string, LocalizedText>;

export type CliStringId = keyof typeof STRINGS;

export function say(id: CliStringId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(STRINGS[id], locale, data);
}

/** The environment's language: LC_ALL, LC_MESSAGES or LANG (`zh*` gives zh-CN). */
export function envLocale(env: CliIO["env"]): Locale {
  const e = env ?? {};
  return pickLocale(e["LC_ALL"] || e["LC_MESSAGES"] || e["LANG"]);
}

/** The rules' notes in Chinese for the "why" lines (lib/engine/notes.ts); the command carries them. */
export function addZhNotes(): void {
  if (!hasNotes("zh-CN")) addNotes("zh-CN", zhNotes);
}
