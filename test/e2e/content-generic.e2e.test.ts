// The in-page product on a site the user added (the generic adapter): a textarea in a form and a
// contenteditable that sends on Enter, with the production build and its run-time registration.
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  editor,
  extensionId,
  extensionOutputDir,
  keySubmit,
  launchBrowser,
  modelText,
  openFixture,
  pageErrors,
  saveScreenshot,
  submitControl,
  submitted,
  typeText,
  type BrowserSession,
} from "./harness.ts";
import { BLOCKING_RULESET, addUserSite, badge, blockCount, decisions, gate, panel, resetStorage, seedStorage, serviceWorker } from "./content-kit.ts";

describe("Preflight on a user-added site (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let id: string;
  let page: Page | undefined;
  let added: Promise<void> | undefined;
  /** Adds the fixture's site once (the first test checks the page before that). */
  const siteAdded = () => (added ??= addUserSite(browser.context, id, worker, "https://localhost"));

  beforeAll(async () => {
    browser = await launchBrowser({ extension: extensionOutputDir });
    worker = await serviceWorker(browser.context);
    id = await extensionId(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await resetStorage(worker);
    await seedStorage(worker, { teamRuleSet: BLOCKING_RULESET });
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `content-generic-${context.task.name}`);
    if (page) expect(pageErrors(page).map(String)).toEqual([]);
    await page?.close();
    page = undefined;
  });

  test("nothing runs on a site until the user adds it; then the panel mounts", async () => {
    const before = (page = await openFixture(browser.context, "generic-textarea"));
    await typeText(before, "generic-textarea", "bluefin");
    expect(await before.locator("preflight-panel").count()).toBe(0);
    await before.close();
    await siteAdded();
    const current = (page = await openFixture(browser.context, "generic-textarea"));
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(2);
  });

  test("the textarea: asks once who is posting; Schedule is gated; Post anyway submits once", async () => {
    await siteAdded();
    const current = (page = await openFixture(browser.context, "generic-textarea"));
    const text = "Bluefin week news";
    await typeText(current, "generic-textarea", text);
    await expect.poll(() => blockCount(current)).toBe(1);
    await badge(current).click();
    await panel(current).locator('[data-testid="pf-account-input"]').fill("@acme");
    await current.keyboard.press("Enter");
    await expect.poll(() => panel(current).locator('[data-testid="pf-account"]').count()).toBe(0);
    await current.keyboard.press("Escape");

    await submitControl(current, "generic-textarea").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Approved");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toEqual([{ text, how: "click", composer: "textarea" }]);
    await expect.poll(() => decisions(worker)).toHaveLength(1);
    expect((await decisions(worker))[0]).toMatchObject({ platform: "localhost", account: "@acme", decision: "override" });
  });

  test("“Not now” to “Posting as …?” stops the question on this page; the post is still reviewed", async () => {
    await siteAdded();
    const current = (page = await openFixture(browser.context, "generic-textarea"));
    await typeText(current, "generic-textarea", "A note on the bluefin");
    await expect.poll(() => blockCount(current)).toBe(1);
    await badge(current).click();
    await panel(current).locator('[data-testid="pf-account-skip"]').click();
    await expect.poll(() => panel(current).locator('[data-testid="pf-account"]').count()).toBe(0);
    // The keyboard stays in the panel: Escape closes it.
    await current.keyboard.press("Escape");
    await expect.poll(() => panel(current).count()).toBe(0);
    await typeText(current, "generic-textarea", " and more bluefin");
    await expect.poll(() => blockCount(current)).toBe(2);
    await badge(current).click();
    expect(await panel(current).locator('[data-testid="pf-account"]').count()).toBe(0);
  });

  test("the textarea: Ctrl/Cmd+Enter is gated, and Edit keeps the text", async () => {
    await siteAdded();
    const current = (page = await openFixture(browser.context, "generic-textarea"));
    const text = "Fish news\nbluefin update";
    await typeText(current, "generic-textarea", text);
    await expect.poll(() => blockCount(current)).toBe(1);
    await keySubmit(current, "generic-textarea");
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-edit"]').click();
    await gate(current).waitFor({ state: "detached" });
    expect(await modelText(current, 0)).toBe(text);
    expect(await submitted(current)).toEqual([]);
    await keySubmit(current, "generic-textarea");
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Fine");
    await current.keyboard.press("Enter");
    await expect.poll(() => submitted(current)).toEqual([{ text, how: "shortcut", composer: "textarea" }]);
  });

  test("the contenteditable: Enter is gated, Send on a clean message is untouched", async () => {
    await siteAdded();
    const current = (page = await openFixture(browser.context, "generic-editable"));
    await typeText(current, "generic-editable", "Line one\nbluefin  notes");
    await expect.poll(() => blockCount(current, 1)).toBe(1);
    await keySubmit(current, "generic-editable");
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("OK");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toEqual([
      { text: "Line one\nbluefin\u00a0 notes", how: "enter", composer: "contenteditable" },
    ]);
    await typeText(current, "generic-editable", "All good here");
    await expect.poll(() => blockCount(current, 1)).toBe(0);
    await submitControl(current, "generic-editable").click();
    await expect.poll(async () => (await submitted(current)).length).toBe(2);
    expect((await submitted(current))[1]).toEqual({ text: "All good here", how: "click", composer: "contenteditable" });
    expect(await gate(current).count()).toBe(0);
    await saveScreenshot(current, "generic-panel");
  });

  test("a composer that leaves takes its badge and listeners with it; one that comes back gets one badge", async () => {
    await siteAdded();
    const current = (page = await openFixture(browser.context, "generic-editable"));
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(2);
    await current.evaluate(() => {
      const box = document.getElementById("generic-editable")!;
      (window as unknown as { __box: HTMLElement }).__box = box;
      box.remove();
    });
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(1);
    await current.evaluate(() => document.querySelector("main")!.append((window as unknown as { __box: HTMLElement }).__box));
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(2);
    await typeText(current, "generic-editable", "bluefin");
    await expect.poll(() => blockCount(current, 1)).toBe(1);
    expect(await editor(current, "generic-editable").textContent()).toBe("bluefin");
  });
});
