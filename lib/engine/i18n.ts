import type { Locale, LocalizedText } from "./types.ts";

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * A template cut at its placeholders, once: text, then (placeholder as written, its name, the text
 * after it) per placeholder. Every finding formats a message, so the template is not scanned again.
 */
const parsedTemplates = new Map<string, string[]>();
const PARSED_TEMPLATES_LIMIT = 2_000;

function partsOf(template: string): string[] {
  let parts = parsedTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(at, m.index), m[0], m[1]!);
    at = m.index + m[0].length;
  }
  parts.push(template.slice(at));
  if (parsedTemplates.size >= PARSED_TEMPLATES_LIMIT) parsedTemplates.clear();
  parsedTemplates.set(template, parts);
  return parts;
}

/** Fills `{{name}}` placeholders; a missing value stays visible rather than vanishing. */
export function formatMessage(template: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  const parts = partsOf(template[locale]);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    out += (Object.hasOwn(data, name) ? String(data[name]) : parts[i]!) + parts[i + 2]!;
  }
  return out;
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
