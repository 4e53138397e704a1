/**
 * Facebook (www.facebook.com). Every compose box is a Lexical editor: the Create post dialog
 * (rich text: Enter starts a paragraph, which the model joins with a blank line) and the comment
 * and reply boxes under posts, where plain Enter sends. Labels are localized and classes
 * obfuscated, so structure and ids come first. Selectors: notes/platforms.md.
 */
import { pathElements, readEditableText } from "./dom.ts";
import { isComposing, isDisabledControl, type ComposerHandle, type PlatformAdapter, type SubmitTargets } from "./types.ts";

const HOSTS = new Set(["www.facebook.com", "facebook.com", "web.facebook.com"]);

export const FACEBOOK_SELECTORS = {
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** A comment or reply box: the form that holds it and its send arrow. */
  commentForm: 'form[role="presentation"]',
  /** The send arrow, present while the comment box is focused; the id is not localized, the label is. */
  commentSubmit:
    '#focused-state-composer-submit[role="button"], #focused-state-composer-submit [role="button"], [role="button"][aria-label="Comment"], [role="button"][aria-label="评论"]',
  /** The Create post dialog (also a post's own dialog, whose comment boxes are comment forms). */
  dialog: 'div[role="dialog"]',
  /**
   * The dialog's Post, and Next where a Page posts in two steps (Next, then Post in a separate
   * "Post settings" dialog, when the editor may already be gone): Next is the last point at which
   * the text can be reviewed. Labels in English and in the Simplified Chinese interface (发帖,
   * 下一步: from the interface's usual wording, not yet checked against a live page).
   */
  postButton:
    'div[role="button"][aria-label="Post"], div[role="button"][aria-label="Next"], div[role="button"][aria-label="发帖"], div[role="button"][aria-label="下一步"]',
  /** Lexical's mention typeahead lists people in a listbox while it is open. */
  picker: '[role="listbox"]',
  pickerOption: '[role="option"]',
  /** The left rail starts with a link to the profile the user acts as (MASK). */
  account: '[data-pagelet="LeftRail"] a[role="link"][href]',
} as const;

/** Paths that are not a profile, though the left rail links to them. */
const NOT_PROFILES = new Set([
  "home.php", "friends", "groups", "watch", "marketplace", "gaming", "events", "memories", "saved", "pages",
  "feeds", "reel", "messages", "bookmarks", "fundraisers", "ads", "settings", "help", "notifications",
]);

function isCommentBox(editor: HTMLElement): boolean {
  return editor.closest(FACEBOOK_SELECTORS.commentForm) !== null;
}

function scopeOf(editor: HTMLElement): Element {
  return (
    editor.closest(FACEBOOK_SELECTORS.commentForm) ??
    editor.closest(FACEBOOK_SELECTORS.dialog) ??
    editor.closest("form") ??
    editor.ownerDocument.body
  );
}

/** A mention typeahead is open: Enter picks a person instead of sending. */
function pickerOpen(editor: HTMLElement): boolean {
  if (editor.getAttribute("aria-expanded") === "true" || editor.getAttribute("aria-activedescendant")) return true;
  const document = editor.ownerDocument;
  return [...document.querySelectorAll(FACEBOOK_SELECTORS.picker)].some(
    (list) => !list.closest("[hidden]") && list.querySelector(FACEBOOK_SELECTORS.pickerOption) !== null,
  );
}

/** The profile a left-rail link points to: its vanity name, or the numeric id of profile.php. */
export function profileHandle(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, "https://www.facebook.com/");
  } catch {
    return undefined;
  }
  if (!HOSTS.has(url.hostname)) return undefined;
  if (url.pathname === "/profile.php") return /^\d+$/.exec(url.searchParams.get("id") ?? "")?.[0];
  const match = /^\/([A-Za-z0-9.]{5,})\/?$/.exec(url.pathname);
  return match && !NOT_PROFILES.has(match[1]!.toLowerCase()) ? match[1] : undefined;
}

export const facebookAdapter: PlatformAdapter = {
  id: "facebook",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.editor)].map(
      (editor): ComposerHandle => ({ editor, scope: scopeOf(editor), anchor: editor }),
    );
  },
  // Rich text: the model separates paragraphs with "\n\n"; Shift+Enter's <br> is one "\n".
  readText: (editor) => readEditableText(editor, { blockSeparator: "\n\n" }),
  submitTargets(composer): SubmitTargets {
    const { editor, scope } = composer;
    const comment = isCommentBox(editor);
    const submit = comment ? FACEBOOK_SELECTORS.commentSubmit : FACEBOOK_SELECTORS.postButton;
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(submit));
        if (!button || !scope.contains(button) || isDisabledControl(button)) return undefined;
        // A post's dialog also holds its comment forms: their buttons are theirs, not the post's.
        if (!comment && button.closest(FACEBOOK_SELECTORS.commentForm)) return undefined;
        return button as HTMLElement;
      },
      isKeySubmit(event) {
        if (!comment || isComposing(event) || event.key !== "Enter") return false;
        // Shift+Enter makes a new line in a comment; Ctrl/Cmd+Enter reaches the same Enter command
        // that sends. The post dialog has no send key.
        if (event.shiftKey || event.altKey) return false;
        return !pickerOpen(editor);
      },
    };
  },
  detectAccount(document) {
    // Only the rail's first link is the user's own (or the Page they act as); later ones are shortcuts.
    const first = document.querySelector(FACEBOOK_SELECTORS.account);
    return first ? profileHandle(first.getAttribute("href") ?? "") : undefined;
  },
};
