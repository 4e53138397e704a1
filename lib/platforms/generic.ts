/**
 * A site the user added (a scheduler's web composer): any textarea or contenteditable is a
 * composer; it is sent by its form's submit button, by a nearby button labelled like a post
 * button, or by Ctrl/Cmd+Enter. Plain Enter is treated as sending only in a contenteditable that
 * says it is a one-line message box (role=textbox without aria-multiline=true), as chat-style
 * composers do: elsewhere Enter makes a new line.
 */
import { controlLabel, pathElements, readEditableText } from "./dom.ts";
import { isComposing, isCtrlOrCmdEnter, isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

export const GENERIC_SELECTORS = {
  editor:
    'textarea:not([readonly]):not([disabled]), [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  control: 'button, [role="button"], input[type="submit"]',
  /** Autocomplete lists that take Enter while open. */
  picker: '[role="listbox"]:not([hidden]), [role="menu"]:not([hidden])',
} as const;

/** Labels of a control that posts (English and Chinese, as the user's sites are). */
const POST_LABEL = /^(?:(?:post|publish|send|tweet|reply|share)\b|发布|发送|发表|发帖|回复)/i;

/** Nested contenteditables belong to the outermost one. */
function isEditorRoot(element: HTMLElement): boolean {
  return !element.parentElement?.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
}

function isSubmitOfForm(control: Element, editor: HTMLElement): boolean {
  const form = (editor as HTMLTextAreaElement).form ?? editor.closest("form");
  if (!form) return false;
  if (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) {
    return control.form === form && control.type === "submit";
  }
  return false;
}

/**
 * Whether `control` is the labelled post button nearest `editor`: it must sit inside the smallest
 * ancestor of the editor holding a post-like button, and that ancestor holds no other composer.
 */
function isNearbyPostButton(control: Element, editor: HTMLElement): boolean {
  if (!POST_LABEL.test(controlLabel(control))) return false;
  for (let box = editor.parentElement; box; box = box.parentElement) {
    if (box.querySelectorAll(GENERIC_SELECTORS.editor).length > 1) return false;
    const labelled = [...box.querySelectorAll(GENERIC_SELECTORS.control)].filter((c) => POST_LABEL.test(controlLabel(c)));
    if (labelled.length > 0) return labelled.includes(control);
  }
  return false;
}

export const genericAdapter: PlatformAdapter = {
  id: "generic",
  // Runs only where the user granted the site (the content script is registered for it).
  matches: () => true,
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(GENERIC_SELECTORS.editor)]
      .filter(isEditorRoot)
      .map((editor): ComposerHandle => ({ editor, scope: editor, anchor: editor }));
  },
  readText: (editor) => readEditableText(editor),
  submitTargets({ editor }) {
    const oneLine =
      !(editor instanceof HTMLTextAreaElement) &&
      editor.getAttribute("role") === "textbox" &&
      editor.getAttribute("aria-multiline") !== "true";
    return {
      control(path) {
        const control = pathElements(path).find((element) => element.matches(GENERIC_SELECTORS.control));
        if (!control || isDisabledControl(control)) return undefined;
        return isSubmitOfForm(control, editor) || isNearbyPostButton(control, editor) ? (control as HTMLElement) : undefined;
      },
      isKeySubmit(event) {
        if (isComposing(event)) return false;
        if (isCtrlOrCmdEnter(event)) return true;
        if (!oneLine || event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
        return !editor.ownerDocument.querySelector(GENERIC_SELECTORS.picker);
      },
    };
  },
  detectAccount: () => undefined,
};
