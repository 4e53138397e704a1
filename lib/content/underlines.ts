/**
 * Lines under each finding's words, drawn by the panel over the page (never inside the editor),
 * from the text nodes the adapter read (lib/platforms/dom.ts textRects). Textareas get none:
 * their text has no nodes to measure.
 */
import type { Finding } from "../engine/types.ts";
import { textRects } from "../platforms/dom.ts";
import type { Rect, Underline } from "../review/shapes.ts";

/** Enough for any post a person reviews; a pasted novel does not get thousands of lines. */
const MAX_UNDERLINES = 200;

/**
 * `box`: the composer's box in the top viewport, which the lines stay inside (text scrolled out
 * of an editor is not underlined); `shift`: from the editor's own viewport to the top one (a frame).
 */
export function underlinesFor(editor: HTMLElement, findings: readonly Finding[], box: Rect, shift: { top: number; left: number }): Underline[] {
  const lines: Underline[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue; // about the whole post
    for (const rect of textRects(editor, finding.start, finding.end)) {
      const top = rect.bottom + shift.top - 2;
      const left = rect.left + shift.left;
      if (rect.width === 0 || top < box.top || top > box.top + box.height) continue;
      lines.push({ top, left, width: rect.width, severity: finding.severity });
      if (lines.length >= MAX_UNDERLINES) return lines;
    }
  }
  return lines;
}
