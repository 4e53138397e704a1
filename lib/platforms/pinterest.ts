/**
 * Pinterest (pinterest.com and its country domains): the pin creation tool. A pin is published
 * with a title (a React `input#storyboard-selector-title`) and a description (Draft.js in
 * `#dweb-comment-editor-container`, behind an overlay that must be clicked first). Both are
 * published, so both are composers in the same scope: the gate reviews them together when
 * Publish is clicked, and a blocking word in the title stops the pin. The description comes first,
 * so its badge is the first one: it is the pin's text. Publish is a button labelled "Publish"
 * (older pages: in `[data-test-id="storyboard-creation-nav-done"]`). There is no keyboard submit.
 * Selectors and sources: shared/notes/platforms.md, "Pinterest".
 */
import { controlLabel, pathElements, readEditableText } from "./dom.ts";
import { isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

/** Domains Pinterest serves the pin creation tool on (each with its subdomains: www., uk., ...). */
const DOMAINS = [
  "pinterest.com",
  "pinterest.co.uk",
  "pinterest.ca",
  "pinterest.com.au",
  "pinterest.de",
  "pinterest.fr",
  "pinterest.es",
  "pinterest.it",
  "pinterest.jp",
  "pinterest.com.mx",
];

export const PINTEREST_SELECTORS = {
  title: "input#storyboard-selector-title",
  description: "#dweb-comment-editor-container .public-DraftEditor-content",
  /** The bordered box around the description. */
  descriptionBox: "#dweb-comment-editor-container",
  /** The older hook of Publish; current pages are matched by its label too. */
  publish: '[data-test-id="storyboard-creation-nav-done"] button',
  control: 'button, [role="button"]',
  /** The header's link to the signed-in user's profile, `/<username>/`. */
  account: '[data-test-id="header-profile"] a[href]',
} as const;

/** Publish's label in the languages Preflight speaks (Pinterest localizes it). */
const PUBLISH_LABEL = /^(?:publish|发布)$/i;

/** First path segments of Pinterest's own pages, never a username. */
const RESERVED_PATHS = new Set([
  "pin", "pin-builder", "pin-creation-tool", "idea-pin-builder", "search", "ideas", "today", "settings", "business",
  "login", "signup", "news_hub", "notifications", "messages", "homefeed", "videos", "all",
]);

function isPublish(element: Element): boolean {
  if (!element.matches(PINTEREST_SELECTORS.control)) return false;
  return element.matches(PINTEREST_SELECTORS.publish) || PUBLISH_LABEL.test(controlLabel(element));
}

/** The nearest ancestor of `element` holding the Publish button: what one click publishes. */
function pinScope(element: Element): Element {
  for (let box = element.parentElement; box; box = box.parentElement) {
    if (box.querySelector(PINTEREST_SELECTORS.publish)) return box;
    if ([...box.querySelectorAll(PINTEREST_SELECTORS.control)].some(isPublish)) return box;
  }
  return element.ownerDocument.body;
}

export const pinterestAdapter: PlatformAdapter = {
  id: "pinterest",
  matches: ({ hostname }) => DOMAINS.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`)),
  findComposers(root) {
    const descriptions = [...root.querySelectorAll<HTMLElement>(PINTEREST_SELECTORS.description)];
    const titles = [...root.querySelectorAll<HTMLElement>(PINTEREST_SELECTORS.title)];
    return [...descriptions, ...titles].map(
      (editor): ComposerHandle => ({
        editor,
        scope: pinScope(editor),
        anchor: editor.closest(PINTEREST_SELECTORS.descriptionBox) ?? editor,
      }),
    );
  },
  readText: (editor) => readEditableText(editor),
  submitTargets(composer) {
    return {
      control(path) {
        const button = pathElements(path).find(isPublish);
        if (!button || !composer.scope.contains(button) || isDisabledControl(button)) return undefined;
        return button as HTMLElement;
      },
      // No keyboard submit: Enter in the description makes a new line. (Enter in the title, were
      // it in a form, would click Publish, and that click is gated.)
      isKeySubmit: () => false,
    };
  },
  detectAccount(document) {
    const href = document.querySelector(PINTEREST_SELECTORS.account)?.getAttribute("href") ?? "";
    const match = /^(?:https?:\/\/[^/]+)?\/([^/?#]+)\/?(?:[?#].*)?$/.exec(href);
    let handle = match?.[1] ?? "";
    try {
      handle = decodeURIComponent(handle);
    } catch {
      return undefined; // not a path Pinterest wrote
    }
    return handle && !handle.startsWith("_") && !RESERVED_PATHS.has(handle.toLowerCase()) ? handle : undefined;
  },
};
