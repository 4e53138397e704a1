/**
 * Threads (www.threads.com, and www.threads.net, which still serves). Compose boxes are
 * plain-text Lexical editors: the inline "What's new?" box, the composer dialog (one editor per
 * post of a multi-post thread, all sent by its one Post) and reply boxes. Post is a
 * div[role=button] named only by its text; a reply box is sent by the Reply button after it
 * (the post above has a Reply button of its own). Selectors: notes/platforms.md.
 */
import { controlLabel, pathElements, readEditableText } from "./dom.ts";
import { isDisabledControl, type ComposerHandle, type PlatformAdapter, type SubmitTargets } from "./types.ts";

const HOSTS = new Set(["www.threads.com", "threads.com", "www.threads.net", "threads.net"]);

export const THREADS_SELECTORS = {
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  dialog: 'div[role="dialog"]',
  /** Post (by its text) and the reply arrow (by its icon's label). */
  control: 'div[role="button"]',
  /** English and the Simplified Chinese interface (发布, 回复: usual wording, not yet checked live). */
  postLabels: ["Post", "发布"],
  replyIcon: 'svg[aria-label="Reply"], svg[aria-label="回复"]',
  /** The profile tab of the navigation links to the signed-in account. */
  account: 'a[href^="/@"] svg[aria-label="Profile"]',
} as const;

const HANDLE = /^\/@([A-Za-z0-9._]{1,30})(?:[/?#]|$)/;

function isSubmitControl(element: Element): boolean {
  if (!element.matches(THREADS_SELECTORS.control)) return false;
  return (THREADS_SELECTORS.postLabels as readonly string[]).includes(controlLabel(element)) ||
    element.querySelector(THREADS_SELECTORS.replyIcon) !== null;
}

function follows(editor: Element, other: Element): boolean {
  return (editor.compareDocumentPosition(other) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0 && !editor.contains(other);
}

/** The submit controls under `box` that come after `editor`, in document order. */
function controlsAfter(editor: Element, box: Element): Element[] {
  return [...box.querySelectorAll(THREADS_SELECTORS.control)].filter(
    (element) => isSubmitControl(element) && follows(editor, element),
  );
}

/** Each editor's scope, worked out once: the page is searched again on every DOM change. */
const scopes = new WeakMap<HTMLElement, Element>();

/** The dialog, else the smallest box that also holds a Post/Reply control after the editor. */
function scopeOf(editor: HTMLElement): Element {
  let scope = scopes.get(editor) ?? editor.closest(THREADS_SELECTORS.dialog) ?? undefined;
  for (let box = editor.parentElement; !scope && box; box = box.parentElement) {
    if (controlsAfter(editor, box).length > 0) scope = box;
  }
  scope ??= editor.ownerDocument.body;
  scopes.set(editor, scope);
  return scope;
}

export const threadsAdapter: PlatformAdapter = {
  id: "threads",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(THREADS_SELECTORS.editor)].map(
      (editor): ComposerHandle => ({ editor, scope: scopeOf(editor), anchor: editor }),
    );
  },
  // Plain-text Lexical: one paragraph, each Enter a <br>, as the model's "\n".
  readText: (editor) => readEditableText(editor),
  submitTargets(composer): SubmitTargets {
    const { editor, scope } = composer;
    return {
      control(path) {
        const button = pathElements(path).find(isSubmitControl);
        if (!button || !scope.contains(button) || isDisabledControl(button)) return undefined;
        // Its own control is the first one after it: the Post under a thread's last item, or the
        // reply arrow under the box (not the post's Reply above, nor later posts' in the feed).
        return controlsAfter(editor, scope)[0] === button ? (button as HTMLElement) : undefined;
      },
      // No send key is documented for Threads (Enter is a line break): a gate on a key that posts
      // nothing would log an override for a post that never went out.
      isKeySubmit: () => false,
    };
  },
  detectAccount(document) {
    const href = document.querySelector(THREADS_SELECTORS.account)?.closest('a[href^="/@"]')?.getAttribute("href") ?? "";
    return HANDLE.exec(href)?.[1];
  },
};
