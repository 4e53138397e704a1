/** DOM helpers shared by the adapters: reading editor text, and looking into shadow roots and frames. */

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "TABLE", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

export interface ReadOptions {
  /** What separates two block elements (paragraphs): "\n", or "\n\n" where the editor's model says so (Lexical rich text). */
  blockSeparator?: string;
  /**
   * The text an element posts as, where that differs from what it shows (Bluesky posts a mention
   * node as `@` + its id, whatever label it draws), or `undefined` to read it as usual.
   */
  inline?(element: Element): string | undefined;
}

/** A text node's place in the text last read from its editor. */
interface Piece {
  node: Text;
  start: number;
  length: number;
}
/** Where each text node of a contenteditable went in its last reading: findings map back to the page. */
const lastReadings = new WeakMap<HTMLElement, Piece[]>();

/**
 * The on-screen rectangles (in the editor's own viewport) of `text.slice(start, end)`, for the text
 * last read from `editor` by readEditableText. Empty for textareas (their text has no nodes),
 * for text drawn by images or rewritten by `inline`, and for nodes gone since the reading.
 */
export function textRects(editor: HTMLElement, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const { node, from, to } of textSpans(editor, start, end)) {
    const range = node.ownerDocument.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    rects.push(...range.getClientRects());
  }
  return rects;
}

/** The text nodes, and the offsets in each, that hold `text.slice(start, end)` of the last reading. */
export function textSpans(editor: HTMLElement, start: number, end: number): Array<{ node: Text; from: number; to: number }> {
  const spans: Array<{ node: Text; from: number; to: number }> = [];
  for (const piece of lastReadings.get(editor) ?? []) {
    const from = Math.max(start, piece.start);
    const to = Math.min(end, piece.start + piece.length);
    if (from >= to || !piece.node.isConnected) continue;
    const length = piece.node.length;
    spans.push({ node: piece.node, from: Math.min(from - piece.start, length), to: Math.min(to - piece.start, length) });
  }
  return spans;
}

/**
 * The text of a textarea, input or contenteditable as the site posts it. Contenteditables are
 * walked rather than read with innerText (layout-dependent, and slow) or textContent (loses line
 * breaks): each block is a line, `<br>` ends a line and a block's trailing `<br>` is only its
 * placeholder, emoji images count as their `alt`, NBSP (how plain contenteditables store runs of
 * spaces) is a space, and zero-width characters are kept.
 */
export function readEditableText(editor: HTMLElement, options: ReadOptions = {}): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  const separator = options.blockSeparator ?? "\n";
  // Lines, with the separator that precedes each; `current` is the open line (null: none open).
  const lines: string[] = [];
  const separators: string[] = [];
  let current: string | null = null;
  let pendingSeparator = "\n";
  // Each text node's line and offset in it; made absolute once the lines are joined.
  const placed: Array<{ node: Text; line: number; at: number }> = [];
  const close = () => {
    if (current === null) return;
    separators.push(pendingSeparator);
    lines.push(current);
    current = null;
    pendingSeparator = "\n";
  };
  const append = (s: string) => {
    if (s) current = (current ?? "") + s;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data) placed.push({ node: child as Text, line: lines.length, at: current?.length ?? 0 });
        append(data.replace(/\u00a0/g, " "));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      const posted = options.inline?.(element);
      if (posted !== undefined) {
        append(posted);
        continue;
      }
      if (tag === "BR") {
        current ??= "";
        close();
        continue;
      }
      if (tag === "IMG") {
        append(element.getAttribute("alt") ?? "");
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) {
        const hadLine = current !== null || lines.length > 0;
        close();
        if (hadLine) pendingSeparator = separator;
      }
      walk(element);
      if (block) {
        close();
        pendingSeparator = separator;
      }
    }
  };
  walk(editor);
  close();
  let text = "";
  const lineStarts: number[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += separators[i] ?? "\n";
    lineStarts.push(text.length);
    text += line;
  });
  lastReadings.set(
    editor,
    placed.map(({ node, line, at }) => ({ node, start: (lineStarts[line] ?? 0) + at, length: node.data.length })),
  );
  return text;
}

/** The elements of an event path, innermost first (composedPath crosses shadow roots). */
export function pathElements(path: readonly EventTarget[]): Element[] {
  return path.filter((t): t is Element => typeof (t as Element).tagName === "string");
}

export interface DeepOptions {
  /** Look inside open shadow roots. */
  shadow?: boolean;
  /** Look inside same-origin iframes. */
  frames?: boolean;
  /** Hosts never entered (the extension's own panel). */
  skip?: string;
}

/** `querySelectorAll` that also enters open shadow roots and same-origin iframes when asked. */
export function queryAllDeep<T extends Element = HTMLElement>(
  root: Document | Element | ShadowRoot,
  selector: string,
  options: DeepOptions = {},
): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (!options.shadow && !options.frames) return found;
  const walker = (root instanceof Document ? root : (root.ownerDocument ?? document)).createTreeWalker(
    root,
    1 /* NodeFilter.SHOW_ELEMENT */,
  );
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (options.skip && node.matches(options.skip)) continue;
    if (options.shadow && node.shadowRoot) found.push(...queryAllDeep<T>(node.shadowRoot, selector, options));
    if (options.frames && node.tagName === "IFRAME") {
      let inner: Document | null = null;
      try {
        inner = (node as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
      } catch {
        inner = null;
      }
      if (inner) found.push(...queryAllDeep<T>(inner, selector, options));
    }
  }
  return found;
}

/** The trimmed text a control shows, or its accessible label. */
export function controlLabel(element: Element): string {
  return (element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
}
