/**
 * Whether a spot of the page is free for the badge: nothing there that the user reads or works
 * with (a control, a link, a field, an editor). Hit-tests a grid of points over the spot, looking
 * through the extension's own panel and into same-origin frames.
 */
import type { Rect } from "../review/shapes.ts";
import { PANEL_TAG } from "./mount.ts";

const OCCUPIED =
  'button, [role="button"], a[href], input, select, textarea, label, [role="textbox"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

function topElementAt(document: Document, x: number, y: number): Element | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    if (element.localName === PANEL_TAG) continue;
    if (element.localName === "iframe") {
      let inner: Document | null = null;
      try {
        inner = (element as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) return element;
      const frame = element.getBoundingClientRect();
      return topElementAt(inner, x - frame.left, y - frame.top) ?? element;
    }
    return element;
  }
  return undefined;
}

/** Up to a 5×5 grid of points, corners and centre included: a badge gets 9, a panel 25. */
export function isFreeSpot(document: Document, spot: Rect): boolean {
  const steps = (length: number) => Math.min(4, Math.max(2, Math.ceil(length / 40)));
  const across = steps(spot.width);
  const down = steps(spot.height);
  for (let i = 0; i <= across; i++) {
    for (let j = 0; j <= down; j++) {
      const x = spot.left + 1 + ((spot.width - 2) * i) / across;
      const y = spot.top + 1 + ((spot.height - 2) * j) / down;
      if (topElementAt(document, x, y)?.closest(OCCUPIED)) return false;
    }
  }
  return true;
}
