/**
 * Instagram (www.instagram.com). The caption of the Create dialog is a plain-text Lexical editor
 * shared by "Share"; comments are a React `<textarea>` in a form under each post, sent by its
 * "Post" button or by Enter. Labels are localized. Selectors: notes/platforms.md.
 */
import { controlLabel, pathElements, readEditableText } from "./dom.ts";
import { isComposing, isDisabledControl, type ComposerHandle, type PlatformAdapter, type SubmitTargets } from "./types.ts";

const HOSTS = new Set(["www.instagram.com", "instagram.com"]);

export const INSTAGRAM_SELECTORS = {
  /** The caption box: Lexical marks its root; older builds are known only by the label. */
  caption:
    'div[role="dialog"] div[role="textbox"][contenteditable="true"], div[aria-label="Write a caption..."][contenteditable="true"]',
  /** The comment box under a post (feed, post page, post dialog). */
  comment: "form textarea:not([readonly]):not([disabled])",
  dialog: 'div[role="dialog"]',
  /** Share is a div[role=button] named by its text, in the dialog's header. */
  captionSubmit: 'div[role="button"]',
  /** English and the Simplified Chinese interface (分享, 发布: usual wording, not yet checked live). */
  captionSubmitLabels: ["Share", "分享"],
  commentSubmit: 'div[role="button"], button[type="submit"]',
  commentSubmitLabels: ["Post", "发布"],
  /** The @mention/#hashtag suggestions take Enter while open. */
  picker: '[role="listbox"], [role="dialog"] [role="option"]',
  /** The caption step shows the account's picture and name above the caption. */
  accountPicture: "img[alt]",
  accountName: "span",
} as const;

/** Instagram usernames: letters, digits, periods and underscores, at most 30. */
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const HANDLE_CHARS = /[A-Za-z0-9._]+/g;

function scopeOf(editor: HTMLElement): Element {
  if (editor instanceof HTMLTextAreaElement) return editor.form ?? editor.closest("form") ?? editor;
  return editor.closest(INSTAGRAM_SELECTORS.dialog) ?? editor.ownerDocument.body;
}

function labelled(element: Element, labels: readonly string[]): boolean {
  return labels.includes(controlLabel(element));
}

/** A suggestion list is open for this box: Enter picks from it. */
function pickerOpen(editor: HTMLElement): boolean {
  if (editor.getAttribute("aria-expanded") === "true" || editor.getAttribute("aria-activedescendant")) return true;
  return [...editor.ownerDocument.querySelectorAll(INSTAGRAM_SELECTORS.picker)].some((list) => !list.closest("[hidden]"));
}

export const instagramAdapter: PlatformAdapter = {
  id: "instagram",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    const editors = new Set([
      ...root.querySelectorAll<HTMLElement>(INSTAGRAM_SELECTORS.caption),
      ...root.querySelectorAll<HTMLElement>(INSTAGRAM_SELECTORS.comment),
    ]);
    // Both caption selectors may name the box, or a labelled wrapper and the editor in it: one composer.
    return [...editors]
      .filter((editor) => ![...editors].some((other) => other !== editor && other.contains(editor)))
      .map((editor): ComposerHandle => ({ editor, scope: scopeOf(editor), anchor: editor }));
  },
  // Plain-text Lexical: one paragraph, each Enter a <br>, as the model's "\n".
  readText: (editor) => readEditableText(editor),
  submitTargets(composer): SubmitTargets {
    const { editor, scope } = composer;
    const comment = editor instanceof HTMLTextAreaElement;
    const [selector, labels] = comment
      ? [INSTAGRAM_SELECTORS.commentSubmit, INSTAGRAM_SELECTORS.commentSubmitLabels]
      : [INSTAGRAM_SELECTORS.captionSubmit, INSTAGRAM_SELECTORS.captionSubmitLabels];
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(selector));
        if (!button || !scope.contains(button) || isDisabledControl(button)) return undefined;
        if (!(button instanceof HTMLButtonElement && button.type === "submit") && !labelled(button, labels)) return undefined;
        return button as HTMLElement;
      },
      isKeySubmit(event) {
        // Enter sends a comment (Shift+Enter is a new line); the caption has no send key.
        if (!comment || isComposing(event) || event.key !== "Enter") return false;
        if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
        return !pickerOpen(editor);
      },
    };
  },
  detectAccount(document) {
    // The caption step names the account beside its picture, whose alt text holds the username
    // in every language ("annexample's profile picture"): a name that is in both is the handle.
    for (const caption of document.querySelectorAll(INSTAGRAM_SELECTORS.caption)) {
      const dialog = caption.closest(INSTAGRAM_SELECTORS.dialog);
      if (!dialog) continue;
      const pictured = new Set(
        [...dialog.querySelectorAll(INSTAGRAM_SELECTORS.accountPicture)].flatMap(
          (img) => img.getAttribute("alt")?.match(HANDLE_CHARS) ?? [],
        ),
      );
      for (const name of dialog.querySelectorAll(INSTAGRAM_SELECTORS.accountName)) {
        if (caption.contains(name)) continue;
        const text = (name.textContent ?? "").trim();
        if (HANDLE.test(text) && pictured.has(text)) return text;
      }
    }
    return undefined;
  },
};
