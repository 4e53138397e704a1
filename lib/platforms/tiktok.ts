/**
 * TikTok (www.tiktok.com): the video caption in TikTok Studio's upload form
 * (/tiktokstudio/upload). The caption is Draft.js; the form is rendered either inside the
 * same-origin `iframe[data-tt="Upload_index_iframe"]` or straight in the page in
 * `div.upload-container`, so both are searched. Post is `button[data-e2e=post_video_button]`;
 * there is no keyboard submit. No way to read the posting handle from the page is known
 * (notes: "Account: not found"), so the panel asks once.
 * Selectors and sources: shared/notes/platforms.md, "TikTok".
 */
import { pathElements, queryAllDeep, readEditableText } from "./dom.ts";
import { isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

const HOSTS = new Set(["www.tiktok.com"]);

export const TIKTOK_SELECTORS = {
  /** The same-origin frame some versions of TikTok Studio render the upload form in. */
  frame: 'iframe[data-tt="Upload_index_iframe"]',
  /** Draft's contenteditable. The feed's comment boxes are Draft.js too: only the upload form's counts. */
  editor: ".public-DraftEditor-content",
  /** The upload form when it is rendered in the page itself. */
  form: ".upload-container",
  post: 'button[data-e2e="post_video_button"]',
  /** The box the user sees around the caption, preferred first. */
  anchors: [".caption-editor", ".DraftEditor-root"],
} as const;

/** The nearest ancestor of `element` holding a match of `selector` (what one click of it posts). */
function closestHolding(element: Element, selector: string): Element | undefined {
  for (let box = element.parentElement; box; box = box.parentElement) {
    if (box.querySelector(selector)) return box;
  }
  return undefined;
}

/** Caption editors in the upload frames' documents, whatever wraps them there. */
function framedEditors(root: Document | Element): HTMLElement[] {
  return queryAllDeep<HTMLIFrameElement>(root, TIKTOK_SELECTORS.frame, { frames: true }).flatMap((iframe) => {
    let inner: Document | null = null;
    try {
      inner = iframe.contentDocument;
    } catch {
      inner = null;
    }
    return inner ? [...inner.querySelectorAll<HTMLElement>(TIKTOK_SELECTORS.editor)] : [];
  });
}

export const tiktokAdapter: PlatformAdapter = {
  id: "tiktok",
  // The whole site, not just the upload path: the adapter is chosen once per page load and the
  // upload page can be reached without one; elsewhere the generic adapter would take every box.
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    const inForm = queryAllDeep(root, `${TIKTOK_SELECTORS.form} ${TIKTOK_SELECTORS.editor}`, { frames: true });
    const editors = [...new Set([...framedEditors(root), ...inForm])];
    return editors.map(
      (editor): ComposerHandle => ({
        editor,
        scope: closestHolding(editor, TIKTOK_SELECTORS.post) ?? editor.ownerDocument.body,
        anchor: TIKTOK_SELECTORS.anchors.map((selector) => editor.closest(selector)).find((box) => box !== null) ?? editor,
      }),
    );
  },
  readText: (editor) => readEditableText(editor),
  submitTargets(composer) {
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(TIKTOK_SELECTORS.post));
        if (!button || !composer.scope.contains(button) || isDisabledControl(button)) return undefined;
        return button as HTMLElement;
      },
      // TikTok has no keyboard submit: Enter makes a new line, and picks a hashtag or mention
      // while .mention-list-popover is open.
      isKeySubmit: () => false,
    };
  },
  detectAccount: () => undefined,
};
