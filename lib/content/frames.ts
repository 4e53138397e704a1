/**
 * Same-origin iframes, reached from the content script in the top frame (TikTok Studio renders
 * its upload form in `iframe[data-tt="Upload_index_iframe"]`). The script runs in the top frame
 * only, so the panel is drawn once, over the whole page, and never clipped by a frame. But events
 * inside a frame never reach the top window's listeners, and a frame's document is replaced when
 * the frame navigates or is re-inserted: so every frame document is announced as it comes, with a
 * signal aborted when it goes, and whoever needs to listen there (edits, the gate, scrolling)
 * attaches through `each`.
 */
import type { Rect } from "../review/shapes.ts";

export interface FrameWatch {
  /**
   * Calls `listener` for every same-origin frame document (nested ones included) now and as they
   * come; `signal` aborts when that document leaves (its iframe removed, or the frame navigated).
   */
  each(listener: (document: Document, signal: AbortSignal) => void): void;
  /** The iframe element showing `document`, for the frame documents being watched. */
  host(document: Document): HTMLIFrameElement | undefined;
  /** Looks for frames now (the watch also does on its own, after DOM changes and frame loads). */
  rescan(): void;
}

/** How long DOM churn is coalesced before the page is searched for frames again. */
const RESCAN_MS = 100;

interface Watched {
  host: HTMLIFrameElement;
  controller: AbortController;
  signal: AbortSignal;
}

export function watchFrames(options: { document: Document; signal: AbortSignal }): FrameWatch {
  const { document, signal } = options;
  const watched = new Map<Document, Watched>();
  const listeners: Array<(document: Document, signal: AbortSignal) => void> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      rescan();
    }, RESCAN_MS);
  };

  /** Notices iframes being added or removed, and frames finishing a load (a new document). */
  const observe = (root: Document, until: AbortSignal) => {
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true });
    until.addEventListener("abort", () => observer.disconnect(), { once: true });
    // `load` does not bubble, but a capture listener sees the iframe's. Looked at at once: the
    // frame's new document must be listened to before the author can click in it.
    root.addEventListener(
      "load",
      (event) => {
        if ((event.target as Element | null)?.tagName === "IFRAME") rescan();
      },
      { capture: true, signal: until },
    );
  };

  /** Every same-origin frame document reachable from the top one, with its iframe. */
  const reachable = (): Map<Document, HTMLIFrameElement> => {
    const found = new Map<Document, HTMLIFrameElement>();
    const queue: Document[] = [document];
    for (let current = queue.shift(); current; current = queue.shift()) {
      for (const iframe of current.getElementsByTagName("iframe")) {
        let inner: Document | null = null;
        try {
          inner = iframe.contentDocument; // null (or a throw) when cross-origin
        } catch {
          inner = null;
        }
        if (inner && !found.has(inner)) {
          found.set(inner, iframe);
          queue.push(inner);
        }
      }
    }
    return found;
  };

  function rescan() {
    if (signal.aborted) return;
    const now = reachable();
    // Gone first: a reused window (about:blank → the frame's page) gets its listeners again below.
    for (const [frameDocument, entry] of [...watched]) {
      if (now.get(frameDocument) !== entry.host) {
        watched.delete(frameDocument);
        entry.controller.abort();
      }
    }
    for (const [frameDocument, host] of now) {
      if (watched.has(frameDocument)) continue;
      const controller = new AbortController();
      const entry = { host, controller, signal: AbortSignal.any([signal, controller.signal]) };
      watched.set(frameDocument, entry);
      observe(frameDocument, entry.signal);
      for (const listener of listeners) listener(frameDocument, entry.signal);
    }
  }

  observe(document, signal);
  signal.addEventListener(
    "abort",
    () => {
      clearTimeout(timer);
      for (const entry of watched.values()) entry.controller.abort();
      watched.clear();
    },
    { once: true },
  );
  rescan();

  return {
    each(listener) {
      listeners.push(listener);
      for (const [frameDocument, entry] of watched) listener(frameDocument, entry.signal);
    },
    host: (frameDocument) => watched.get(frameDocument)?.host,
    rescan,
  };
}

/**
 * Where `element` is in the top window's viewport: its box inside its frame, moved by each
 * frame's position (iframe box, border and padding) up to the top document. Undefined when it is
 * not in a watched frame, or is scrolled out of its frame's view.
 */
export function rectInTopViewport(element: Element, top: Document, frames: FrameWatch | undefined): Rect | undefined {
  const box = element.getBoundingClientRect();
  let rect: Rect = { top: box.top, left: box.left, width: box.width, height: box.height };
  for (let inner = element.ownerDocument; inner !== top; ) {
    const host = frames?.host(inner);
    const view = inner.defaultView;
    if (!host || !view) return undefined;
    const outside =
      rect.top + rect.height < 0 || rect.top > view.innerHeight || rect.left + rect.width < 0 || rect.left > view.innerWidth;
    if (outside) return undefined;
    const frameBox = host.getBoundingClientRect();
    const style = host.ownerDocument.defaultView?.getComputedStyle(host);
    const padding = (side: "Top" | "Left") => Number.parseFloat(style?.[`padding${side}`] ?? "") || 0;
    rect = {
      ...rect,
      top: rect.top + frameBox.top + host.clientTop + padding("Top"),
      left: rect.left + frameBox.left + host.clientLeft + padding("Left"),
    };
    inner = host.ownerDocument;
  }
  return rect;
}
