/**
 * Mastodon's official web UI. The compose form is a React textarea (react-textarea-autosize) in
 * `form.compose-form`, with an optional content-warning input whose text is published too. Ctrl/
 * Cmd+Enter in either calls the form's submit handler directly: no click, no `submit` event.
 * Sources: notes/platforms.md (mastodon `compose_form.jsx`, `autosuggest_textarea.jsx`).
 *
 * Mastodon is federated: `matches` knows only the instances run by the Mastodon project itself
 * (always on the official UI); any other instance is a site the user adds, recognised by its page
 * (`isMastodonPage`, used by `userSiteAdapter`).
 */
import { pathElements } from "./dom.ts";
import { isComposing, isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

/** mastodon.social and mastodon.online, the flagship instances Mastodon gGmbH runs. */
export const MASTODON_HOSTS: readonly string[] = ["mastodon.social", "mastodon.online"];
const HOSTS = new Set(MASTODON_HOSTS);

export const MASTODON_SELECTORS = {
  /** The post's text; the content warning (a text input) only while it is shown. In Mastodon ≤ 4.2 the CW input stays in the DOM, hidden by `aria-hidden`. */
  editor:
    'form.compose-form textarea.autosuggest-textarea__textarea, form.compose-form .spoiler-input:not([aria-hidden="true"]) input.spoiler-input__input',
  /** What one Publish button posts. */
  scope: "form.compose-form",
  /** Any submit button submits the form: `.compose-form__submit` (4.3+), `.compose-form__publish-button-wrapper` (older). */
  submit: 'button[type="submit"]',
  /** The box the user sees around the text, preferred first (the CW input is its own box). */
  anchors: [".compose-form__highlightable", ".autosuggest-textarea"],
  /**
   * The open suggestion list (Enter/Tab/Ctrl+Enter pick an entry and stop there). 4.3+ mounts it
   * only while open, in a portal outside the field's wrapper; older versions keep it inside,
   * marked `--visible` while open.
   */
  suggestions: ".autosuggest-textarea__suggestions",
  suggestionsVisible: ".autosuggest-textarea__suggestions--visible",
  suggestionsWrapper: ".autosuggest-textarea, .autosuggest-input",
  /** Server-rendered JSON; it also holds the session's access token, which is never read. */
  initialState: 'script#initial-state[type="application/json"]',
} as const;

function suggestionsOpen(document: Document): boolean {
  if (document.querySelector(MASTODON_SELECTORS.suggestionsVisible)) return true;
  return [...document.querySelectorAll(MASTODON_SELECTORS.suggestions)].some(
    (list) => !list.closest(MASTODON_SELECTORS.suggestionsWrapper),
  );
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;

function initialState(document: Document): unknown {
  const script = document.querySelector(MASTODON_SELECTORS.initialState);
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether this page is Mastodon's web app: its server-rendered `initial-state` with a `meta`
 * block. Known once the `<head>` is parsed, where Mastodon puts it.
 */
export function isMastodonPage(document: Document): boolean {
  const meta = field(initialState(document), "meta");
  return meta !== null && typeof meta === "object";
}

export const mastodonAdapter: PlatformAdapter = {
  id: "mastodon",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    return [...root.querySelectorAll<HTMLElement>(MASTODON_SELECTORS.editor)].map((editor): ComposerHandle => {
      const isWarning = editor.tagName === "INPUT";
      const anchor = isWarning
        ? editor
        : (MASTODON_SELECTORS.anchors.map((selector) => editor.closest(selector)).find((box) => box !== null) ?? editor);
      return { editor, scope: editor.closest(MASTODON_SELECTORS.scope) ?? editor.ownerDocument.body, anchor };
    });
  },
  // handleSubmit re-reads the textarea's value before posting: the DOM value is what goes out.
  readText: (editor) => (editor as HTMLTextAreaElement | HTMLInputElement).value ?? "",
  submitTargets(composer) {
    return {
      control(path) {
        const button = pathElements(path).find((element) => element.matches(MASTODON_SELECTORS.submit));
        if (!button || !composer.scope.contains(button) || isDisabledControl(button)) return undefined;
        return button as HTMLElement;
      },
      isKeySubmit(event) {
        if (isComposing(event)) return false;
        // compose_form.jsx: `keyCode === 13 && (ctrlKey || metaKey)`, Alt and Shift allowed.
        // Plain Enter in the CW input submits the form by a click on its button (seen by `control`).
        if (!(event.key === "Enter" || event.keyCode === 13) || !(event.ctrlKey || event.metaKey)) return false;
        return !suggestionsOpen(composer.editor.ownerDocument);
      },
    };
  },
  detectAccount(document) {
    const state = initialState(document);
    const meta = field(state, "meta");
    const me = field(meta, "me") ?? field(field(state, "compose"), "me");
    if (typeof me !== "string" || me === "") return undefined;
    const account = field(field(state, "accounts"), me);
    const acct = field(account, "acct") ?? field(account, "username");
    if (typeof acct !== "string" || acct === "") return undefined;
    // A local account's acct has no domain; qualified, it names one account across the fediverse
    // (the brand's `acme@mastodon.social`). meta.domain is the handles' domain, which may differ
    // from the web host.
    const domain = field(meta, "domain");
    return acct.includes("@") || typeof domain !== "string" || domain === "" ? acct : `${acct}@${domain}`;
  },
};
