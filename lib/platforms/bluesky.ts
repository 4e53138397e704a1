/**
 * Bluesky (bsky.app). The composer is TipTap (ProseMirror): one editor per post of a thread, all
 * published by one button. Cmd/Ctrl+Enter publishes from ProseMirror's `handleKeyDown`, with no
 * click. Selectors and sources: notes/platforms.md (social-app `TextInput.web.tsx`).
 */
import { pathElements, readEditableText } from "./dom.ts";
import { isComposing, isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

const HOSTS = new Set(["bsky.app"]);

export const BLUESKY_SELECTORS = {
  /** ProseMirror's editing root (TipTap's Placeholder draws its text with CSS, never in the DOM). */
  editor: '.ProseMirror[contenteditable="true"]',
  /** "Publish post", "Publish reply", "Publish replies": one button for the whole thread. */
  submit: '[data-testid="composerPublishBtn"]',
  /** The composer modal, when nothing nearer holds the publish button. */
  dialog: '[role="dialog"]',
  /** TipTap's Mention node: posted as `@` + `data-id` (a handle, or a DID for a restored draft). */
  mention: 'span[data-type="mention"][data-id]',
} as const;

/** Where social-app keeps its persisted state; only `session.currentAccount.handle` is read. */
const STORAGE_KEY = "BSKY_STORAGE";
/** The handle Bluesky shows for an account whose handle does not resolve: not a name to log. */
const INVALID_HANDLE = "handle.invalid";

/**
 * What one publish posts: the nearest box holding both the editor and the publish button, which
 * is the same for every post of a thread; the dialog (or the page) when the button is not found.
 */
function scopeOf(editor: HTMLElement): Element {
  for (let box = editor.parentElement; box; box = box.parentElement) {
    if (box.querySelector(BLUESKY_SELECTORS.submit)) return box;
  }
  return editor.closest(BLUESKY_SELECTORS.dialog) ?? editor.ownerDocument.body;
}

function readStorage(document: Document): unknown {
  try {
    const raw = document.defaultView?.localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined; // storage blocked, or not JSON: the account is simply not known
  }
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

export const blueskyAdapter: PlatformAdapter = {
  id: "bluesky",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(BLUESKY_SELECTORS.editor)].map(
      (editor): ComposerHandle => ({ editor, scope: scopeOf(editor), anchor: editor }),
    );
  },
  // Paragraphs and hard breaks are lines (social-app's editorJsonToText); ProseMirror's own
  // `br.ProseMirror-trailingBreak` and `img.ProseMirror-separator` add nothing.
  readText: (editor) =>
    readEditableText(editor, {
      inline: (element) =>
        element.matches(BLUESKY_SELECTORS.mention) ? `@${element.getAttribute("data-id") ?? ""}` : undefined,
    }),
  submitTargets(composer) {
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(BLUESKY_SELECTORS.submit));
        if (!button || !composer.scope.contains(button) || isDisabledControl(button)) return undefined;
        return button as HTMLElement;
      },
      isKeySubmit(event) {
        if (isComposing(event)) return false;
        // As social-app tests it: the physical Enter key (`code`), any modifiers besides. Its
        // handleKeyDown is an editor prop, which ProseMirror asks before the mention picker's
        // plugin: the shortcut publishes even while the picker is open. Plain Enter never does.
        return (event.ctrlKey || event.metaKey) && event.code === "Enter";
      },
    };
  },
  detectAccount(document) {
    // `session.accounts` keeps every account signed in on this browser; the one posting is `currentAccount`.
    const handle = field(field(field(readStorage(document), "session"), "currentAccount"), "handle");
    return typeof handle === "string" && handle !== "" && handle !== INVALID_HANDLE ? handle : undefined;
  },
};
