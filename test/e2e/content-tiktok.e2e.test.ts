// TikTok Studio renders its upload form in a same-origin iframe. The content script runs in the
// top frame only and reaches into the frame: one panel over the whole page, its badge where the
// caption really is on screen (following scrolls of the page and of the frame), and everything
// found again or released when the frame is replaced, navigates or goes away.
import type { Frame, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { fixtures } from "./fixtures/catalog.ts";
import { composerFrame, editor, openFixture, saveScreenshot, submitControl, typeText } from "./harness.ts";
import { badge, blockCount, gate, extensionSuite } from "./content-kit.ts";
import type { Submission } from "./fixtures/src/kit.ts";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box the badge is placed against: Draft's root, as the adapter anchors it on this page. */
const ANCHOR = ".DraftEditor-root";
/** lib/ui/placement.ts: the gap between the box and the badge. */
const GAP = 4;
const NEAR = 2;

/**
 * Which of the badge's places beside `anchor` it takes (lib/ui/placement.ts: above its right
 * end, right of it, below its left or right end), matched to within 2 px; undefined when it is
 * in none of them, as when the frame's offset was left out.
 */
function placeBeside(drawn: Box, anchor: Box): string | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) <= NEAR;
  const right = anchor.x + anchor.width;
  const bottom = anchor.y + anchor.height;
  if (near(drawn.x + drawn.width, right) && near(drawn.y + drawn.height + GAP, anchor.y)) return "above";
  if (near(drawn.x, right + GAP) && near(drawn.y, anchor.y)) return "right";
  if (near(drawn.y, bottom + GAP) && (near(drawn.x, anchor.x) || near(drawn.x + drawn.width, right))) return "below";
  return undefined;
}

async function placement(page: Page, frame: Frame): Promise<string | undefined> {
  const [drawn, anchor] = await Promise.all([badge(page).boundingBox(), frame.locator(ANCHOR).boundingBox()]);
  return drawn && anchor ? placeBeside(drawn, anchor) : "missing";
}

function frameSubmissions(frame: Frame): Promise<Submission[]> {
  return frame.evaluate(() => structuredClone(window.__fixture.submitted));
}

describe("Preflight in TikTok Studio's upload iframe (run with npm run test:e2e)", () => {
  const suite = extensionSuite("content-tiktok");

  test("one panel, in the top document, its badge where the caption is on screen, following scrolls", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "tiktok"));
    const frame = await composerFrame(current, "tiktok");
    await typeText(current, "tiktok", "The bluefin is back");
    await expect.poll(() => blockCount(current)).toBe(1);
    expect(await current.evaluate(() => document.querySelectorAll("preflight-panel").length)).toBe(1);
    expect(await frame.evaluate(() => document.querySelectorAll("preflight-panel").length)).toBe(0);
    expect(await current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(1);
    const frameTop = (await current.locator(fixtures.tiktok.frame).boundingBox())!.y;
    expect(frameTop).toBeGreaterThan(40); // the frame sits below the page's heading: its offset matters
    await expect.poll(() => placement(current, frame)).not.toBeUndefined();
    expect(await placement(current, frame)).not.toBe("missing");

    // The page scrolls: the frame, and the caption in it, move up.
    await current.evaluate(() => {
      document.body.style.minHeight = "3000px";
      window.scrollTo(0, 30);
    });
    await expect.poll(() => current.locator(fixtures.tiktok.frame).boundingBox().then((box) => box!.y)).toBeCloseTo(frameTop - 30, 0);
    await expect.poll(() => placement(current, frame)).not.toBeUndefined();

    // The frame scrolls inside itself.
    const before = (await frame.locator(ANCHOR).boundingBox())!.y;
    await frame.evaluate(() => {
      document.body.style.minHeight = "2000px";
      window.scrollTo(0, 20);
    });
    await expect.poll(() => frame.locator(ANCHOR).boundingBox().then((box) => box!.y)).toBeCloseTo(before - 20, 0);
    await expect.poll(() => placement(current, frame)).not.toBeUndefined();

    // The frame is resized and moved: the caption's right end moves with it.
    await current.evaluate((selector) => {
      const iframe = document.querySelector<HTMLIFrameElement>(selector)!;
      iframe.style.width = "700px";
      iframe.style.marginLeft = "120px";
    }, fixtures.tiktok.frame);
    await expect.poll(() => frame.locator(ANCHOR).boundingBox().then((box) => box!.x)).toBeGreaterThan(120);
    await expect.poll(() => placement(current, frame)).not.toBeUndefined();
    await saveScreenshot(current, "tiktok-frame-badge");
  });

  test("a frame replaced later is found again, its Post gated and released once; the old one leaves nothing", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "tiktok"));
    await typeText(current, "tiktok", "Morning");
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(1);
    await current.evaluate((selector) => {
      const old = document.querySelector(selector)!;
      old.replaceWith(old.cloneNode());
    }, fixtures.tiktok.frame);
    await editor(current, "tiktok").waitFor({ state: "visible" });
    const frame = await composerFrame(current, "tiktok");
    await frame.waitForFunction(() => window.__fixture?.ready === true);
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(1);

    await typeText(current, "tiktok", "bluefin season");
    await expect.poll(() => blockCount(current)).toBe(1);
    await submitControl(current, "tiktok").click();
    await gate(current).waitFor({ state: "visible" });
    expect(await frameSubmissions(frame)).toEqual([]);
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Approved by legal");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => frameSubmissions(frame)).toEqual([{ text: "bluefin season", how: "click" }]);
    await gate(current).waitFor({ state: "detached" });
    // Nothing fires twice: not the gate, not the page's own submit.
    await current.waitForTimeout(300);
    expect(await frameSubmissions(frame)).toHaveLength(1);
  });

  test("a frame that navigates gets its new caption reviewed; a removed frame takes its badge with it", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "tiktok"));
    await typeText(current, "tiktok", "bluefin");
    await expect.poll(() => blockCount(current)).toBe(1);
    await (await composerFrame(current, "tiktok")).evaluate(() => location.reload());
    const frame = await composerFrame(current, "tiktok");
    await frame.waitForFunction(() => window.__fixture?.ready === true);
    await editor(current, "tiktok").waitFor({ state: "visible" });
    // The new page's caption is empty: its badge shows no block, and typing is reviewed again.
    await expect.poll(() => blockCount(current)).toBe(0);
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(1);
    await typeText(current, "tiktok", "more bluefin");
    await expect.poll(() => blockCount(current)).toBe(1);

    await current.evaluate((selector) => document.querySelector(selector)!.remove(), fixtures.tiktok.frame);
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(0);
  });
});
