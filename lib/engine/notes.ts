/**
 * The notes of the built-in rules' data (a finding's "why" line) in other languages than English.
 * Rule data is written once, in English (`note` beside each entry's terms and source); a catalogue
 * per language maps each English note to its translation, the way gettext maps a msgid
 * (`rules/notes.zh-CN.json`). `test/rules/notes-catalogue.test.ts` keeps every catalogue complete:
 * an edited or new note without its translation fails there, naming the note and its file.
 *
 * Catalogues are added at run time rather than imported here, so that the content script's engine
 * bundle carries none of them: a page loads the Chinese one only for a user who reads Chinese
 * (entrypoints/notes-zh.ts); the command line and the options page add it when they start.
 */
import type { Locale } from "./types.ts";

export type NoteCatalogue = Readonly<Record<string, string>>;

const catalogues = new Map<Locale, ReadonlyMap<string, string>>();

/** Makes `catalogue` the translations of the notes into `locale` (replacing an earlier one). */
export function addNotes(locale: Locale, catalogue: NoteCatalogue): void {
  catalogues.set(locale, new Map(Object.entries(catalogue)));
}

/** Whether notes in `locale` are available (English always is). */
export function hasNotes(locale: Locale): boolean {
  return locale === "en" || catalogues.has(locale);
}

/** The note in the reader's language when its catalogue has it; the English note otherwise. */
export function localNote(note: string, locale: Locale): string {
  return (locale === "en" ? undefined : catalogues.get(locale)?.get(note)) ?? note;
}
