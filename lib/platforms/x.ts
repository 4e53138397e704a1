/**
 * X (x.com, twitter.com). Desktop composes in Draft.js (`tweetTextarea_<n>`, one per thread
 * item); mobile web in a React `<textarea>` under the same test id. Selectors: notes/platforms.md.
 */
import { isComposing, isCtrlOrCmdEnter, isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";
import { pathElements, readEditableText } from "./dom.ts";

const HOSTS = new Set(["x.com", "mobile.x.com", "twitter.com", "mobile.twitter.com"]);

export const X_SELECTORS = {
  /** Draft's contenteditable carries the test id; on mobile web the id is on a wrapper of the textarea. */
  editor: '[data-testid^="tweetTextarea_"][role="textbox"], div[data-testid^="tweetTextarea_"] > textarea',
  /** The modal/compose page button ("Post", "Post all"), and the inline one on home and replies. */
  submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  /** What one Post button posts: the modal, or the timeline column holding the inline composer. */
  scope: '[role="dialog"], [data-testid="primaryColumn"], main, form',
  /** The box the user sees around the text, preferred first. */
  anchors: ['[data-testid$="RichTextInputContainer"]', ".DraftEditor-root"],
  /** X's mention/hashtag typeahead: Enter picks an entry while it is open. */
  typeahead: '[id^="typeaheadDropdown"], [data-testid="typeaheadDropdown"]',
  account: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
} as const;

const ACCOUNT_PREFIX = "UserAvatar-Container-";

export const xAdapter: PlatformAdapter = {
  id: "x",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(X_SELECTORS.editor)].map(
      (editor): ComposerHandle => ({
        editor,
        scope: editor.closest(X_SELECTORS.scope) ?? editor.ownerDocument.body,
        anchor: X_SELECTORS.anchors.map((selector) => editor.closest(selector)).find((box) => box !== null) ?? editor,
      }),
    );
  },
  readText: (editor) => readEditableText(editor),
  submitTargets(composer) {
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(X_SELECTORS.submit));
        if (!button || !composer.scope.contains(button) || isDisabledControl(button)) return undefined;
        return button as HTMLElement;
      },
      isKeySubmit(event) {
        if (isComposing(event)) return false;
        // Ctrl/Cmd+Enter posts even with the typeahead open; plain Enter never posts on X.
        return isCtrlOrCmdEnter(event);
      },
    };
  },
  detectAccount(document) {
    const testId = document.querySelector(X_SELECTORS.account)?.getAttribute("data-testid");
    const handle = testId?.startsWith(ACCOUNT_PREFIX) ? testId.slice(ACCOUNT_PREFIX.length) : "";
    return handle ? handle : undefined;
  },
};
