// One scenario, run on every platform's fixture with the production build: what a person does in
// a compose box (type, paste, a line break, Post, the keyboard shortcut) and what Preflight must
// do about it (the badge and panel, the gate, Edit, Post anyway exactly once, a clean post left
// alone), with the editor's own model text checked after every step.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { fixtures, type FixtureName, type FixtureSpec } from "./fixtures/catalog.ts";
import {
  composerFrame,
  editor,
  keySubmit,
  modelText,
  openFixture,
  pasteText,
  saveScreenshot,
  submitControl,
  submitted,
  typeText,
} from "./harness.ts";
import { badge, blockCount, decisions, gate, panel, reviewed, extensionSuite } from "./content-kit.ts";

/** Sites the user adds have their own suite (content-generic.e2e.test.ts): they need a permission first. */
const PLATFORM_FIXTURES = (Object.keys(fixtures) as FixtureName[]).filter((name) => fixtures[name].page !== "generic");

const CLEAN = "Good morning, friends";

/** What the editor's model holds after `typed` was typed with the fixture's line-break key. */
function asModel(spec: FixtureSpec, typed: string): string {
  return typed.replaceAll("\n", spec.modelLineBreak);
}

/** Counts clicks and key presses that something cancelled, after every listener ran (bubble phase, in the composer's frame). */
async function watchCancelled(page: Page, name: FixtureName): Promise<() => Promise<string[]>> {
  const frame = await composerFrame(page, name);
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __cancelled: string[] }).__cancelled = seen;
    for (const type of ["click", "keydown"] as const) {
      window.addEventListener(type, (event) => {
        if (event.defaultPrevented) seen.push(type);
      });
    }
  });
  return () => frame.evaluate(() => [...(window as unknown as { __cancelled: string[] }).__cancelled]);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where the composer's text is drawn, in page coordinates (a textarea: its whole box). */
async function textRects(page: Page, name: FixtureName): Promise<Box[]> {
  const spec: FixtureSpec = fixtures[name];
  const offset = spec.frame ? await page.locator(spec.frame).boundingBox() : { x: 0, y: 0 };
  const rects = await editor(page, name).evaluate((element) => {
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      const r = element.getBoundingClientRect();
      return [{ x: r.x, y: r.y, width: r.width, height: r.height }];
    }
    const range = document.createRange();
    range.selectNodeContents(element);
    return [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  });
  return rects.map((r) => ({ ...r, x: r.x + (offset?.x ?? 0), y: r.y + (offset?.y ?? 0) }));
}

/** Where the editor draws `word`, in page coordinates. */
async function wordRect(page: Page, name: FixtureName, word: string): Promise<Box | undefined> {
  const spec: FixtureSpec = fixtures[name];
  const offset = spec.frame ? await page.locator(spec.frame).boundingBox() : { x: 0, y: 0 };
  const rect = await editor(page, name).evaluate((element, sought) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(sought);
      if (at < 0) continue;
      const range = element.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + sought.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return undefined;
  }, word);
  return rect && { ...rect, x: rect.x + (offset?.x ?? 0), y: rect.y + (offset?.y ?? 0) };
}

describe("Preflight in every platform's compose box (run with npm run test:e2e)", () => {
  const suite = extensionSuite("platform");

  describe.each(PLATFORM_FIXTURES)("%s", (name) => {
    const spec: FixtureSpec = fixtures[name];
    const typed = "Big news:\nthe bluefin is back";

    test("typing shows the block finding on the badge and in the panel", async () => {
      const current = (suite.page = await openFixture(suite.browser.context, name));
      await typeText(current, name, typed);
      await expect.poll(() => blockCount(current)).toBe(1);
      expect(await modelText(current, spec.composer)).toBe(asModel(spec, typed));
      await badge(current).click();
      const finding = panel(current).locator('[data-testid="pf-finding"][data-rule="events/match"]');
      await expect.poll(() => finding.count()).toBe(1);
      expect(await finding.getAttribute("data-severity")).toBe("block");
      expect(await finding.textContent()).toContain("bluefin");
      await saveScreenshot(current, `${name}-panel`);
      // The badge never covers the text or the Post button; the panel stays on screen.
      const drawn = await badge(current).boundingBox();
      const post = await submitControl(current, name).boundingBox();
      expect(drawn).not.toBeNull();
      for (const covered of [...(await textRects(current, name)), ...(post ? [post] : [])]) {
        expect(overlaps(drawn!, covered), `badge ${JSON.stringify(drawn)} over ${JSON.stringify(covered)}`).toBe(false);
      }
      // The words are underlined over the page, where the editor draws them (textareas excepted).
      if (spec.engine !== "textarea") {
        const word = await wordRect(current, name, "bluefin");
        const line = await current.locator('preflight-panel [data-testid="pf-underline"].pf-underline--block').boundingBox();
        expect(word && line).toBeTruthy();
        expect(Math.abs(line!.x - word!.x)).toBeLessThan(2);
        expect(Math.abs(line!.width - word!.width)).toBeLessThan(2);
        expect(line!.y).toBeGreaterThan(word!.y);
        expect(line!.y).toBeLessThanOrEqual(word!.y + word!.height + 1);
      }
      const opened = await panel(current).boundingBox();
      const size = current.viewportSize();
      expect(opened && size && opened.x >= 0 && opened.x + opened.width <= size.width).toBe(true);
      expect(await modelText(current, spec.composer)).toBe(asModel(spec, typed));
    });

    test("Post is stopped by the gate; Edit keeps the draft; Post anyway submits exactly once and is logged", async () => {
      const current = (suite.page = await openFixture(suite.browser.context, name));
      await typeText(current, name, typed);
      await expect.poll(() => blockCount(current)).toBe(1);
      await submitControl(current, name).click();
      await gate(current).waitFor({ state: "visible" });
      expect(await gate(current).textContent()).toContain("Bluefin recall");
      await saveScreenshot(current, `${name}-gate`);
      expect(await submitted(current)).toEqual([]);

      await gate(current).locator('[data-testid="pf-gate-edit"]').click();
      await gate(current).waitFor({ state: "detached" });
      expect(await modelText(current, spec.composer)).toBe(asModel(spec, typed));
      expect(await submitted(current)).toEqual([]);

      await submitControl(current, name).click();
      await gate(current).waitFor({ state: "visible" });
      await gate(current).locator('[data-testid="pf-gate-override"]').click();
      await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Approved by legal");
      await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
      await expect.poll(async () => (await submitted(current)).length).toBe(1);
      expect((await submitted(current))[0]).toMatchObject({ text: asModel(spec, typed), how: "click" });
      await gate(current).waitFor({ state: "detached" });

      await expect.poll(() => decisions(suite.worker)).toHaveLength(2);
      const log = await decisions(suite.worker);
      expect(log.map((d) => d.decision)).toEqual(["edit", "override"]);
      expect(log[1]).toMatchObject({ platform: spec.platform, reason: "Approved by legal", crisis: false });
      expect(log[1]!.account).toBe(spec.account);
      expect(log[1]!.rules).toContainEqual({ id: "events/match", severity: "block" });
      expect(JSON.stringify(log)).not.toContain("is back"); // never the text
      await current.waitForTimeout(300);
      expect(await submitted(current)).toHaveLength(1);
    });

    test.runIf(spec.keySubmit)("the keyboard submit is gated the same way", async () => {
      const current = (suite.page = await openFixture(suite.browser.context, name));
      const text = "Bluefin news all week";
      await typeText(current, name, text);
      await expect.poll(() => blockCount(current)).toBe(1);
      await keySubmit(current, name);
      await gate(current).waitFor({ state: "visible" });
      await current.keyboard.press("Escape"); // Escape is Edit
      await gate(current).waitFor({ state: "detached" });
      expect(await submitted(current)).toEqual([]);
      expect(await modelText(current, spec.composer)).toBe(text);

      await editor(current, name).focus();
      await keySubmit(current, name);
      await gate(current).waitFor({ state: "visible" });
      await gate(current).locator('[data-testid="pf-gate-override"]').click();
      await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Checked with the comms lead");
      await current.keyboard.press("Enter");
      await expect.poll(async () => (await submitted(current)).length).toBe(1);
      expect((await submitted(current))[0]).toMatchObject({
        text,
        how: spec.keySubmit === "shortcut" ? "shortcut" : "enter",
      });
      // Both decisions are logged (and land before the next test resets the storage).
      await expect.poll(async () => (await decisions(suite.worker)).map((d) => d.decision)).toEqual(["edit", "override"]);
    });

    test("a clean post goes out untouched, exactly once, with no dialog", async () => {
      const current = (suite.page = await openFixture(suite.browser.context, name));
      const cancelled = await watchCancelled(current, name);
      await typeText(current, name, CLEAN);
      await expect.poll(() => reviewed(current)).toBe(true);
      expect(await blockCount(current)).toBe(0);
      await submitControl(current, name).click();
      await expect.poll(async () => (await submitted(current)).length).toBe(1);
      expect((await submitted(current))[0]).toMatchObject({ text: CLEAN, how: "click" });
      expect(await gate(current).count()).toBe(0);
      expect(await cancelled()).toEqual([]);
      expect(await decisions(suite.worker)).toEqual([]);
    });

    test("an IME commit, undo and a script's insertion are seen like typing", async () => {
      const current = (suite.page = await openFixture(suite.browser.context, name));
      await typeText(current, name, "Big news ");
      await expect.poll(() => reviewed(current)).toBe(true);
      expect(await blockCount(current)).toBe(0);
      // What an IME sends when the author commits a word: text input without key events.
      await current.keyboard.insertText("bluefin");
      await expect.poll(() => blockCount(current)).toBe(1);
      await current.keyboard.press("ControlOrMeta+Z");
      await expect.poll(() => blockCount(current)).toBe(0);
      // A script of the page (or another extension) inserting text through the editing commands.
      // Draft.js takes no edit it did not make (its reconciler throws), so sites change it through
      // its own API: X's reset after posting is that case, in content-x.e2e.test.ts.
      if (spec.engine === "draft") return;
      const frame = await composerFrame(current, name);
      await frame.evaluate(() => document.execCommand("insertText", false, " bluefin"));
      await expect.poll(() => blockCount(current)).toBe(1);
      expect(await modelText(current, spec.composer)).toContain("bluefin");
    });

    test("a paste is seen like typing", async () => {
      const current = (suite.page = await openFixture(suite.browser.context, name));
      await typeText(current, name, "Big news: ");
      await expect.poll(() => reviewed(current)).toBe(true);
      expect(await blockCount(current)).toBe(0);
      await pasteText(current, name, "bluefin");
      await expect.poll(() => blockCount(current)).toBe(1);
      // A plain contenteditable keeps a typed trailing space as NBSP, and posts it as a space.
      const model = await modelText(current, spec.composer);
      expect(spec.engine === "contenteditable" ? model.replaceAll("\u00a0", " ") : model).toBe("Big news: bluefin");
    });
  });
});
