import { describe, expect, test } from "vitest";
import { BADGE_HEIGHT, GAP, badgePlacement, badgeRect, panelPlacement, placementStyle } from "../../lib/ui/placement.ts";

const viewport = { width: 1280, height: 800 };
const box = (top: number, left: number, width: number, height: number) => ({ top, left, width, height });

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>) {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe("badge placement", () => {
  test("above the top-right corner when there is room", () => {
    const rect = box(200, 100, 500, 120);
    expect(badgePlacement(rect, viewport)).toEqual({ top: 200 - BADGE_HEIGHT - GAP, right: 1280 - 600 });
  });

  test("to the right of a box at the top of the page", () => {
    const rect = box(8, 100, 500, 60);
    const p = badgePlacement(rect, viewport);
    expect(p).toEqual({ top: 8, left: 604 });
    expect(overlaps(badgeRect(p, viewport), rect)).toBe(false);
  });

  test("below the left edge of a full-width box at the top, away from a Post button on the right", () => {
    const rect = box(8, 0, 1280, 60);
    const post = box(72, 1200, 70, 28);
    const p = badgePlacement(rect, viewport);
    expect(p).toEqual({ top: 72, left: GAP });
    expect(overlaps(badgeRect(p, viewport), rect)).toBe(false);
    expect(overlaps(badgeRect(p, viewport), post)).toBe(false);
  });

  test("inside the top-right corner only when the box fills the viewport", () => {
    const rect = box(0, 0, 1280, 800);
    expect(badgePlacement(rect, viewport)).toEqual({ top: GAP, right: GAP });
  });
});

describe("badge placement around what the page has there", () => {
  const rect = box(8, 0, 1280, 30);

  test("skips a spot where the page has a control (an unstyled Post button below the box's left edge)", () => {
    const post = box(40, 20, 50, 20);
    const p = badgePlacement(rect, viewport, (spot) => !overlaps(spot, post));
    expect(p).toEqual({ top: 8 + 30 + GAP, right: GAP });
    expect(overlaps(badgeRect(p, viewport), post)).toBe(false);
  });

  test("falls back inside the corner when nothing is free", () => {
    expect(badgePlacement(rect, viewport, () => false)).toEqual({ top: 8, right: GAP });
  });

  test("never tests a spot off screen", () => {
    const tested: Array<ReturnType<typeof box>> = [];
    badgePlacement(box(2, 0, 1280, 796), viewport, (spot) => {
      tested.push(spot);
      return true;
    });
    expect(tested).toEqual([]);
  });
});

describe("panel placement", () => {
  const size = { width: 360, height: 300 };
  const rect = box(130, 100, 500, 120);

  test("hangs below a right-aligned badge, its right edge aligned with the badge's", () => {
    expect(panelPlacement({ top: 100, right: 40 }, rect, viewport, size)).toEqual({ top: 100 + BADGE_HEIGHT + GAP, left: 1280 - 40 - 360 });
  });

  test("a badge near the right edge opens its panel inside the viewport", () => {
    const p = panelPlacement({ top: 8, left: 1200 }, box(8, 600, 596, 40), viewport, size);
    expect(p.left).toBe(1280 - 360 - 8);
  });

  test("a badge low on the screen opens its panel upwards", () => {
    expect(panelPlacement({ top: 700, right: 10 }, box(728, 100, 500, 40), viewport, size)).toEqual({
      top: 700 - GAP - 300,
      left: 1280 - 10 - 360,
    });
  });

  test("on a narrow screen the panel spans the width less margins", () => {
    const narrow = { width: 320, height: 600 };
    expect(panelPlacement({ top: 50, left: 200 }, box(78, 0, 200, 60), narrow, size)).toEqual({ top: 50 + BADGE_HEIGHT + GAP, left: 8 });
  });

  test("moves off the text and the Post button: above the badge, then beside the box", () => {
    const post = box(260, 100, 70, 30);
    const text = box(130, 100, 500, 120);
    const taken = [post, text];
    const free = (spot: ReturnType<typeof box>) => !taken.some((r) => overlaps(spot, r));
    // Below the badge covers the text; above it there is no room; right of the box is free.
    const p = panelPlacement({ top: 102, right: 650 }, rect, viewport, size, free);
    expect(p).toEqual({ top: 130, left: 600 + GAP });
    expect(taken.some((r) => overlaps({ top: p.top!, left: p.left!, ...size }, r))).toBe(false);
  });

  test("when nothing is free, goes where there is more room", () => {
    expect(panelPlacement({ top: 102, right: 650 }, rect, viewport, size, () => false)).toEqual({ top: 102 + BADGE_HEIGHT + GAP, left: 1280 - 650 - 360 });
  });

  test("as style values", () => {
    expect(placementStyle({ top: 1, right: 2 })).toEqual({ top: "1px", right: "2px" });
    expect(placementStyle({ bottom: 3, left: 4 })).toEqual({ bottom: "3px", left: "4px" });
  });
});
