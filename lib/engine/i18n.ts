import type { Locale, LocalizedText } from "./types.ts";

/** Fills `{{name}}` placeholders; a missing value stays visible rather than vanishing. */
export function formatMessage(template: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : all,
  );
}

/**
 * The UI language for a browser tag (`zh-TW`) or a POSIX locale (`zh_CN.UTF-8`): Chinese variants
 * get Simplified Chinese, everything else English.
 */
export function pickLocale(tag: string | undefined): Locale {
  return tag && /^zh(?:[-_.@]|$)/i.test(tag) ? "zh-CN" : "en";
}

/** The language the user chose in the options, or the browser's (`auto`). */
export function resolveLocale(choice: "auto" | Locale, browserLanguage: string | undefined): Locale {
  return choice === "auto" ? pickLocale(browserLanguage) : choice;
}

/** A team's own text (a crisis message, a holding statement, guidance): one string, or one per language. */
export type TeamText = string | LocalizedText;

/** The text a user reads: theirs when the team wrote one per language. */
export function localText(text: TeamText, locale: Locale): string;
export function localText(text: TeamText | undefined, locale: Locale): string | undefined;
export function localText(text: TeamText | undefined, locale: Locale): string | undefined {
  return typeof text === "object" ? text[locale] : text;
}
