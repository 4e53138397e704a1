/**
 * One adapter per platform behind this interface (DESIGN.md, Architecture). Every selector and
 * quirk of a platform lives in its adapter; the content script never names a site's markup.
 */

/** One compose box on the page. */
export interface ComposerHandle {
  /** The editable element: a textarea, or the root of a contenteditable editor. */
  editor: HTMLElement;
  /**
   * What one submit posts together: composers with the same scope (X's thread items) are checked
   * together at the gate. Also the box the badge anchors to.
   */
  scope: Element;
  /** The box the badge is drawn next to (the editor, or a wrapper with its border). */
  anchor: Element;
}

/** How a composer's post is sent. */
export interface SubmitTargets {
  /** The control in `event.composedPath()` that would submit this composer, if any. */
  control(path: readonly EventTarget[]): HTMLElement | undefined;
  /**
   * Whether this keydown (already known to come from the composer's editor) submits the post:
   * Ctrl/Cmd+Enter, or Enter where the site sends on Enter. IME composition and an open mention
   * picker never submit.
   */
  isKeySubmit(event: KeyboardEvent): boolean;
}

export interface PlatformAdapter {
  /** A built-in platform id (`x`), or `generic` for a site the user added. */
  id: string;
  matches(location: Pick<Location, "hostname" | "pathname">): boolean;
  /** Every compose box under `root` (several at once), including in open shadow roots and same-origin iframes where the platform needs it. */
  findComposers(root: Document | Element): ComposerHandle[];
  /** The text exactly as the platform will post it. */
  readText(editor: HTMLElement): string;
  submitTargets(composer: ComposerHandle): SubmitTargets;
  /** The handle the post will be published as, when the page shows it. */
  detectAccount(document: Document): string | undefined;
  /**
   * Open shadow roots under `root` in which a compose box may appear or go later (web components
   * that render lazily). The content script watches inside them: an observer on the document
   * does not see changes in shadow roots.
   */
  shadowRoots?(root: Document | Element): ShadowRoot[];
}

/** True for a key event that belongs to an IME composition, which must never submit. */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

export function isCtrlOrCmdEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey && !isComposing(event);
}

/** A control the site would not act on (X disables Post while the box is empty). */
export function isDisabledControl(element: Element): boolean {
  return (
    (element as HTMLButtonElement).disabled === true || element.getAttribute("aria-disabled") === "true"
  );
}
