/**
 * The language of Preflight's own pages: the browser's, unless the user chose one in the options
 * (the `uiLanguage` item, which the in-page panel follows too). Pages re-render when it changes.
 */
import { h, render, type ComponentType } from "preact";
import { resolveLocale } from "../engine/i18n.ts";
import type { Locale } from "../engine/types.ts";
import { uiLanguageItem } from "../state/items.ts";
import type { UiLanguage } from "../state/schema.ts";

export function renderInChosenLocale(root: HTMLElement, App: ComponentType<{ locale: Locale }>): void {
  const draw = (choice: UiLanguage) => {
    const locale = resolveLocale(choice, navigator.language);
    document.documentElement.lang = locale;
    render(h(App, { locale }), root);
  };
  void uiLanguageItem.get().then(draw);
  uiLanguageItem.watch(draw);
}
