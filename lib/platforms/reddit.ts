/**
 * Reddit (shreddit, www.reddit.com). Compose boxes are web components: the body is Lexical rich
 * text (paragraphs joined by a blank line in its model) inside `shreddit-composer`, in its open
 * shadow root (post form) or slotted into it (comment and reply boxes); markdown mode swaps it for
 * a plain textarea. A post also has a title, `faceplate-textarea-input` → shadow `<textarea>`,
 * which is posted too: it is its own composer in the post form's scope, so the Post button
 * reviews title and body together and a blocking word in either stops the post.
 * Selectors: notes/platforms.md.
 */
import { pathElements, queryAllDeep, readEditableText } from "./dom.ts";
import { isComposing, isCtrlOrCmdEnter, isDisabledControl, type ComposerHandle, type PlatformAdapter } from "./types.ts";

const HOSTS = new Set(["www.reddit.com", "sh.reddit.com"]);

export const REDDIT_SELECTORS = {
  /** The web components that hold a body or comment editor (light DOM or shadow root). */
  composerHost: "shreddit-composer, shreddit-simple-composer, shreddit-comment-composer",
  /** The editor inside a composer host: Lexical's root, or the markdown-mode textarea. */
  editor: '[contenteditable="true"], textarea:not([hidden])',
  /** The post title: a textarea in this component's shadow root. */
  titleHost: 'faceplate-textarea-input[name="title"]',
  titleField: "textarea",
  /** What one Post posts: the post form (title and body), else one comment box. */
  postForm: "r-post-composer-form",
  commentForm: "comment-composer-host, faceplate-form, form",
  /** The post form's Post: a button in the shadow root of this component. */
  postSubmitHost: 'r-post-form-submit-button#submit-post-button, r-post-form-submit-button[post-action-type="submit"]',
  /** Post (by id) and Comment/Reply (the button slotted into the composer). */
  submit: '#inner-post-submit-button, button[slot="submit-button"]',
  /**
   * Hosts whose shadow roots may render a compose box after they are attached (markdown mode
   * replaces the editor, comment boxes expand): the content script watches inside them.
   */
  renderingHosts:
    'shreddit-composer, shreddit-simple-composer, shreddit-comment-composer, comment-composer-host, faceplate-textarea-input, r-post-composer-form',
  /** Lexical's mention typeahead (u/, r/): Enter and Ctrl+Enter pick an entry while it is open. */
  picker: '#typeahead-menu, [role="listbox"][aria-label="Typeahead menu"]',
  /** The logged-in flag, and current-user components that carry the username (light DOM). */
  loggedIn: 'shreddit-app[user-logged-in="true"]',
  account: "after-login-toast-dispatcher[username], achievements-entrypoint[username]",
} as const;

/** `closest()` that continues past shadow roots to their hosts. */
function closestComposed(start: Element, selector: string): Element | null {
  for (let element: Element | null = start; element; ) {
    const found = element.closest(selector);
    if (found) return found;
    const root = element.getRootNode() as Partial<ShadowRoot>;
    element = root.host ?? null;
  }
  return null;
}

/** The post form, else the comment box, else the composer component itself. */
function scopeOf(element: Element): Element {
  return (
    closestComposed(element, REDDIT_SELECTORS.postForm) ??
    closestComposed(element, REDDIT_SELECTORS.commentForm) ??
    closestComposed(element, REDDIT_SELECTORS.composerHost) ??
    element.ownerDocument.body
  );
}

function isOutermostEditor(editor: HTMLElement): boolean {
  return !editor.parentElement?.closest('[contenteditable="true"]');
}

function composerOf(editor: HTMLElement): ComposerHandle {
  return { editor, scope: scopeOf(editor), anchor: editor };
}

/** The Post or Comment button a click went to, if enabled. */
function submitControl(path: readonly EventTarget[]): HTMLElement | undefined {
  for (const element of pathElements(path)) {
    const host = (element.getRootNode() as Partial<ShadowRoot>).host;
    const postButton = element.tagName === "BUTTON" && host?.matches(REDDIT_SELECTORS.postSubmitHost) === true;
    if (!postButton && !element.matches(REDDIT_SELECTORS.submit)) continue;
    if (isDisabledControl(element) || host?.hasAttribute("disabled")) return undefined;
    return element as HTMLElement;
  }
  return undefined;
}

function pickerOpen(editor: HTMLElement): boolean {
  const roots = new Set<ParentNode>([editor.getRootNode() as ParentNode, editor.ownerDocument]);
  return [...roots].some((root) => root.querySelector(REDDIT_SELECTORS.picker) !== null);
}

export const redditAdapter: PlatformAdapter = {
  id: "reddit",
  matches: (location) => HOSTS.has(location.hostname),
  findComposers(root) {
    const editors = new Set<HTMLElement>();
    const titles: HTMLElement[] = [];
    // One walk of the page (shadow roots included) for both kinds of host.
    for (const host of queryAllDeep(root, `${REDDIT_SELECTORS.composerHost}, ${REDDIT_SELECTORS.titleHost}`, { shadow: true })) {
      if (host.matches(REDDIT_SELECTORS.titleHost)) {
        titles.push(...(host.shadowRoot?.querySelectorAll<HTMLElement>(REDDIT_SELECTORS.titleField) ?? []));
        continue;
      }
      const inside = [...host.querySelectorAll<HTMLElement>(REDDIT_SELECTORS.editor)];
      if (host.shadowRoot) inside.push(...host.shadowRoot.querySelectorAll<HTMLElement>(REDDIT_SELECTORS.editor));
      for (const editor of inside) if (isOutermostEditor(editor)) editors.add(editor);
    }
    // Bodies first: the body is the post's main box, so it comes first in the panel and the gate.
    return [...[...editors].map(composerOf), ...titles.map(composerOf)];
  },
  readText: (editor) => readEditableText(editor, { blockSeparator: "\n\n" }),
  submitTargets(composer) {
    return {
      control(path) {
        const control = submitControl(path);
        return control && scopeOf(control) === composer.scope ? control : undefined;
      },
      isKeySubmit(event) {
        // Ctrl/Cmd+Enter is reported to post on Reddit (unverified here): gating a shortcut that
        // turns out to do nothing costs a dialog, missing one that posts lets a blocked post out.
        // Plain Enter starts a paragraph (the title takes no line breaks).
        return !isComposing(event) && isCtrlOrCmdEnter(event) && !pickerOpen(composer.editor);
      },
    };
  },
  detectAccount(document) {
    if (!document.querySelector(REDDIT_SELECTORS.loggedIn)) return undefined;
    const name = document.querySelector(REDDIT_SELECTORS.account)?.getAttribute("username")?.trim().replace(/^u\//, "");
    return name ? name : undefined;
  },
  shadowRoots(root) {
    return queryAllDeep(root, REDDIT_SELECTORS.renderingHosts, { shadow: true }).flatMap((host) =>
      host.shadowRoot ? [host.shadowRoot] : [],
    );
  },
};
