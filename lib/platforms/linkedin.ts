/**
 * LinkedIn (www.linkedin.com). The share box ("Start a post") and the comment and reply boxes are
 * Quill editors (`.ql-editor`); the page around them is Ember, whose `ember<n>` ids change on
 * every render, so only class names and ARIA are used. No submit shortcut exists: Enter makes a
 * new paragraph everywhere we review. Messaging is private and is left alone. Selectors:
 * notes/platforms.md.
 */
import { pathElements, readEditableText } from "./dom.ts";
import { isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

const HOSTS = new Set(["www.linkedin.com"]);

export const LINKEDIN_SELECTORS = {
  /** Quill's editing root; Quill's placeholder is a CSS `::before` from `data-placeholder`, never text. */
  editor: '.ql-editor[contenteditable="true"]',
  /** Messaging's boxes are not posts (a bare `[role=dialog]` can be the messaging overlay). */
  messaging: ".msg-form, .msg-form__contenteditable, .msg-overlay-conversation-bubble",
  /**
   * What one Post button posts, preferred first (a form inside the share dialog must not hide the
   * dialog's footer): the share dialog, or one comment/reply form.
   */
  scopes: [
    '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"], .share-box-v2__modal',
    "form.comments-comment-box__form, .comments-comment-box",
    '[role="dialog"]',
    "form",
  ],
  /** The share box's Post (later "Schedule") button, and the comment box's (classic and `--cr`). */
  submit: '.share-actions__primary-action, [class*="comments-comment-box__submit-button"]',
  /** The box the user sees around the text, preferred first. */
  anchors: [".share-creation-state__text-editor", ".comments-comment-texteditor", ".ql-container"],
  /** Its first line is the author (the person or the page posted as), its second the audience. */
  author: ".share-unified-settings-entry-button",
  /** Quill's caret placeholder (`\uFEFF`) while a format is toggled with nothing selected: not in the model. */
  caret: ".ql-cursor",
} as const;

/** The nearest ancestor matching the first of `selectors` that any ancestor matches. */
function closestOf(element: Element, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return undefined;
}

export const linkedinAdapter: PlatformAdapter = {
  id: "linkedin",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(LINKEDIN_SELECTORS.editor)]
      .filter((editor) => !editor.closest(LINKEDIN_SELECTORS.messaging))
      .map(
        (editor): ComposerHandle => ({
          editor,
          scope: closestOf(editor, LINKEDIN_SELECTORS.scopes) ?? editor.ownerDocument.body,
          anchor: closestOf(editor, LINKEDIN_SELECTORS.anchors) ?? editor,
        }),
      );
  },
  // Quill's model is one line per block (`<p>`, `<li>`), an empty line being `<p><br></p>`.
  readText: (editor) =>
    readEditableText(editor, { inline: (element) => (element.matches(LINKEDIN_SELECTORS.caret) ? "" : undefined) }),
  submitTargets(composer) {
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(LINKEDIN_SELECTORS.submit));
        if (!button || !composer.scope.contains(button) || isDisabledControl(button)) return undefined;
        return button as HTMLElement;
      },
      isKeySubmit: () => false,
    };
  },
  detectAccount(document) {
    const button = document.querySelector<HTMLElement>(LINKEDIN_SELECTORS.author);
    if (!button) return undefined;
    // innerText follows the layout (what is drawn as a block is a line); without one (no layout
    // yet), block elements are the lines.
    const drawn = typeof button.innerText === "string" ? button.innerText : "";
    const text = drawn.includes("\n") ? drawn : readEditableText(button);
    const author = text
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line !== "");
    return author || undefined;
  },
};
