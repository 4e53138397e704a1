/**
 * YouTube (www.youtube.com). Comments and replies are typed into `ytd-commentbox`, an unmanaged
 * contenteditable (`#contenteditable-root`) that appears once the placeholder is clicked; YouTube
 * posts the box's text. Its Polymer elements render into the light DOM, so no shadow roots are
 * entered. Selectors: notes/platforms.md.
 */
import { pathElements, readEditableText } from "./dom.ts";
import { isComposing, isCtrlOrCmdEnter, isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

const HOSTS = new Set(["www.youtube.com", "youtube.com"]);

export const YOUTUBE_SELECTORS = {
  editor: 'ytd-commentbox #contenteditable-root[contenteditable="true"], ytd-comment-simplebox-renderer #contenteditable-root[contenteditable="true"]',
  /** One comment or reply box: what its Comment/Reply button posts. */
  scope: "ytd-commentbox, ytd-comment-simplebox-renderer",
  /** The Comment/Reply button's renderer; the clickable element inside it varies by generation. */
  submitRenderer: "#submit-button",
  submitClickable: 'button, tp-yt-paper-button, [role="button"]',
  /** The @-mention suggestions: Ctrl/Cmd+Enter picks one while they are open. */
  picker: '[role="listbox"]:not([hidden])',
  /**
   * The channel the comment goes out as, in the account menu's header. YouTube renders it once
   * the account menu has been opened; before that the page shows no handle.
   */
  account: "ytd-active-account-header-renderer #channel-handle",
} as const;

function pickerOpen(scope: Element): boolean {
  return scope.querySelector(YOUTUBE_SELECTORS.picker) !== null;
}

export const youtubeAdapter: PlatformAdapter = {
  id: "youtube",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(YOUTUBE_SELECTORS.editor)].map(
      (editor): ComposerHandle => ({
        editor,
        scope: editor.closest(YOUTUBE_SELECTORS.scope) ?? editor,
        anchor: editor,
      }),
    );
  },
  readText: (editor) => readEditableText(editor),
  submitTargets(composer) {
    return {
      control(path) {
        const elements = pathElements(path);
        const renderer = elements.find((element) => element.matches(YOUTUBE_SELECTORS.submitRenderer));
        if (!renderer || !composer.scope.contains(renderer)) return undefined;
        // The innermost clickable between the click target and the renderer is what acts.
        const inner = elements.slice(0, elements.indexOf(renderer)).find((element) => element.matches(YOUTUBE_SELECTORS.submitClickable));
        const control = inner ?? renderer;
        if (isDisabledControl(control) || isDisabledControl(renderer) || renderer.hasAttribute("disabled")) return undefined;
        return control as HTMLElement;
      },
      isKeySubmit(event) {
        // Enter makes a new line in a comment. Ctrl/Cmd+Enter is reported to post (unverified
        // here): gating a shortcut that turns out to do nothing costs a dialog, missing one that
        // posts lets a blocked comment out.
        return !isComposing(event) && isCtrlOrCmdEnter(event) && !pickerOpen(composer.scope);
      },
    };
  },
  detectAccount(document) {
    const handle = document.querySelector(YOUTUBE_SELECTORS.account)?.textContent?.trim().replace(/^@/, "");
    return handle ? handle : undefined;
  },
};
