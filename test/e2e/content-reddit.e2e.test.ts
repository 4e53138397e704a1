// Reddit's own cases, with the production build: the title is posted with the body, so a blocking
// word in the title alone stops the post; the body lives in a web component's shadow root, where
// switching to the markdown editor swaps the editor without any change the document can observe;
// and keys pressed inside that shadow root reach the gate.
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { editor, modelText, openFixture, saveScreenshot, submitControl, submitted, typeText } from "./harness.ts";
import { decisions, gate, reviewed, extensionSuite } from "./content-kit.ts";

const TITLE = 'faceplate-textarea-input[name="title"] textarea#innerTextArea';
const MARKDOWN = 'shreddit-composer[name="body"] textarea[name="body"]';

function badges(page: Page): Locator {
  return page.locator('preflight-panel [data-testid="pf-badge"]');
}

/** Every badge's count of `block` findings, in the panel's order. */
async function blockCounts(page: Page): Promise<number[]> {
  return badges(page).evaluateAll((all) =>
    all.map((badge) => Number(badge.querySelector('[data-testid="pf-count-block"]')?.getAttribute("data-count") ?? 0)),
  );
}

async function allReviewed(page: Page): Promise<boolean> {
  const count = await badges(page).count();
  for (let i = 0; i < count; i++) if (!(await reviewed(page, i))) return false;
  return count > 0;
}

describe("Preflight on Reddit (run with npm run test:e2e)", () => {
  const suite = extensionSuite("content-reddit");

  test("the title and the body each get a badge; a blocking word in the title alone stops the post", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "reddit"));
    await typeText(current, "reddit", "Good morning, friends");
    await current.locator(TITLE).click();
    await current.keyboard.type("Bluefin update");
    await expect.poll(() => badges(current).count()).toBe(2);
    await expect.poll(() => blockCounts(current).then((counts) => [...counts].sort())).toEqual([0, 1]);

    await submitControl(current, "reddit").click();
    await gate(current).waitFor({ state: "visible" });
    expect(await gate(current).textContent()).toContain("Bluefin recall");
    await saveScreenshot(current, "reddit-title-gate");
    await gate(current).locator('[data-testid="pf-gate-edit"]').click();
    await gate(current).waitFor({ state: "detached" });
    expect(await submitted(current)).toEqual([]);
    expect(await current.locator(TITLE).inputValue()).toBe("Bluefin update");
    expect(await modelText(current)).toBe("Good morning, friends");

    await submitControl(current, "reddit").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Title approved");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "Good morning, friends", how: "click", title: "Bluefin update" }]);
    await expect.poll(() => decisions(suite.worker)).toHaveLength(2);
    const log = await decisions(suite.worker);
    expect(log.map((d) => d.decision)).toEqual(["edit", "override"]);
    expect(log[1]).toMatchObject({ platform: "reddit", account: "annexample", reason: "Title approved" });
    expect(log[1]!.rules).toContainEqual({ id: "events/match", severity: "block" });
    await current.waitForTimeout(300);
    expect(await submitted(current)).toHaveLength(1);
  });

  test("a clean title and body go out untouched, exactly once", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "reddit"));
    await current.locator(TITLE).click();
    await current.keyboard.type("Weekly thread");
    await typeText(current, "reddit", "Good morning, friends");
    await expect.poll(() => allReviewed(current)).toBe(true);
    expect(await blockCounts(current)).toEqual([0, 0]);
    await submitControl(current, "reddit").click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "Good morning, friends", how: "click", title: "Weekly thread" }]);
    expect(await gate(current).count()).toBe(0);
    expect(await decisions(suite.worker)).toEqual([]);
  });

  test("the markdown editor that replaces the body inside the shadow root is followed, and gated", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "reddit"));
    await typeText(current, "reddit", "Big news");
    await expect.poll(() => allReviewed(current)).toBe(true);
    await current.locator('shreddit-composer [aria-label="Switch to Markdown Editor"]').click();
    await current.locator(MARKDOWN).waitFor();
    expect(await editor(current, "reddit").count()).toBe(0);
    await current.locator(MARKDOWN).press("End");
    await current.keyboard.type(": the bluefin");
    await expect.poll(() => blockCounts(current).then((counts) => counts.reduce((a, b) => a + b, 0))).toBe(1);
    expect(await badges(current).count()).toBe(2); // the Lexical box's badge went with it
    await submitControl(current, "reddit").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Checked");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "Big news: the bluefin", how: "click", title: "" }]);
  });

  test("Ctrl/Cmd+Enter inside the shadow root reaches the gate; Edit keeps the draft", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "reddit"));
    await typeText(current, "reddit", "Bluefin news");
    await expect.poll(() => blockCounts(current).then((counts) => counts.reduce((a, b) => a + b, 0))).toBe(1);
    await current.keyboard.press("ControlOrMeta+Enter");
    await gate(current).waitFor({ state: "visible" });
    await current.keyboard.press("Escape");
    await gate(current).waitFor({ state: "detached" });
    expect(await modelText(current)).toBe("Bluefin news");
    expect(await submitted(current)).toEqual([]);
  });
});
