/**
 * Where the badge and the findings panel go, from the compose box's rectangle and the viewport.
 * The badge never covers the text or the Post button: above the box's top-right corner where
 * there is room, else to its right, else below it (left, then right: whichever side of the
 * toolbar has no control), and only as a last resort inside the top-right corner. The panel
 * opens from the badge and always stays inside the viewport.
 */
import type { Rect } from "../review/shapes.ts";

export const BADGE_HEIGHT = 24;
/** The widest badge (three severity counts). */
export const BADGE_WIDTH = 96;
export const GAP = 4;
/** As .pf-panel's CSS: at most 360px wide and 60vh tall, 8px from the viewport's edges. */
const PANEL_WIDTH = 360;
const PANEL_EDGE = 8;
const PANEL_HEIGHT_SHARE = 0.6;

export interface Viewport {
  width: number;
  height: number;
}

/** Fixed-position offsets: `top` or `bottom`, and `left` or `right`. */
export interface Placement {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

export type BadgePlacement = Placement & { top: number };

/**
 * The first spot, in order of preference, that is on screen and `isFree` (nothing the user works
 * with underneath: the content script tests the page there); inside the top-right corner when no
 * spot is.
 */
export function badgePlacement(rect: Rect, viewport: Viewport, isFree: (spot: Rect) => boolean = () => true): BadgePlacement {
  const right = rect.left + rect.width;
  const bottom = rect.top + rect.height;
  const fromRight = Math.max(GAP, viewport.width - right);
  const candidates: BadgePlacement[] = [
    { top: rect.top - BADGE_HEIGHT - GAP, right: fromRight },
    { top: rect.top, left: right + GAP },
    { top: bottom + GAP, left: Math.max(GAP, rect.left) },
    { top: bottom + GAP, right: fromRight },
  ];
  for (const candidate of candidates) {
    const spot = badgeRect(candidate, viewport);
    const onScreen =
      spot.top >= 0 && spot.left >= 0 && spot.top + spot.height <= viewport.height && spot.left + spot.width <= viewport.width;
    if (onScreen && isFree(spot)) return candidate;
  }
  return { top: Math.max(GAP, rect.top), right: fromRight };
}

/** The rectangle a badge at `placement` can take (as wide as the widest badge). */
export function badgeRect(placement: BadgePlacement, viewport: Viewport): Rect {
  const left = placement.left ?? viewport.width - (placement.right ?? 0) - BADGE_WIDTH;
  return { top: placement.top, left, width: BADGE_WIDTH, height: BADGE_HEIGHT };
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The panel hangs from the badge: below it, or above it, or beside the box (right, then left),
 * the first of these that is free (`isFree`, as for the badge) once clamped into the viewport;
 * below or above, wherever there is more room, when none is.
 */
export function panelPlacement(
  badge: BadgePlacement,
  box: Rect,
  viewport: Viewport,
  size: Size = { width: PANEL_WIDTH, height: viewport.height * PANEL_HEIGHT_SHARE },
  isFree: (spot: Rect) => boolean = () => true,
): Placement {
  const width = Math.min(size.width, viewport.width - 2 * PANEL_EDGE);
  const height = Math.min(size.height, viewport.height - 2 * PANEL_EDGE);
  const clampLeft = (left: number) => Math.min(Math.max(PANEL_EDGE, left), Math.max(PANEL_EDGE, viewport.width - width - PANEL_EDGE));
  const clampTop = (top: number) => Math.min(Math.max(PANEL_EDGE, top), Math.max(PANEL_EDGE, viewport.height - height - PANEL_EDGE));
  const badgeLeft = badgeRect(badge, viewport).left;
  // Aligned with the badge's right edge when the badge is right-aligned, else with its left edge.
  const alignedLeft = clampLeft(badge.right !== undefined ? viewport.width - badge.right - width : badgeLeft);
  const below = badge.top + BADGE_HEIGHT + GAP;
  const above = badge.top - GAP - height;
  const boxRight = box.left + box.width;
  const candidates: Array<{ top: number; left: number; fits: boolean }> = [
    { top: below, left: alignedLeft, fits: below + height <= viewport.height },
    { top: above, left: alignedLeft, fits: above >= 0 },
    { top: clampTop(box.top), left: boxRight + GAP, fits: boxRight + GAP + width <= viewport.width },
    { top: clampTop(box.top), left: box.left - GAP - width, fits: box.left - GAP - width >= 0 },
  ];
  const free = candidates.find((c) => c.fits && isFree({ top: c.top, left: c.left, width, height }));
  const chosen = free ?? (viewport.height - below >= badge.top ? candidates[0]! : { ...candidates[1]!, top: Math.max(PANEL_EDGE, above) });
  return { top: chosen.top, left: chosen.left };
}

/** As inline style values. */
export function placementStyle(placement: Placement): Record<string, string> {
  const style: Record<string, string> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const value = placement[side];
    if (value !== undefined) style[side] = `${value}px`;
  }
  return style;
}
