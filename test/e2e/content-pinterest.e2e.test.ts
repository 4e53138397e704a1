// Pinterest publishes a pin's title with its description, so the title is reviewed as a composer
// of its own in the same scope: a blocking word in the title alone stops Publish.
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  extensionOutputDir,
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
import { BLOCKING_RULESET, blockCount, decisions, gate, resetStorage, seedStorage, serviceWorker } from "./content-kit.ts";

const TITLE = "input#storyboard-selector-title";

describe("Preflight in Pinterest's pin creation tool (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser({ extension: extensionOutputDir });
    worker = await serviceWorker(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await resetStorage(worker);
    await seedStorage(worker, { teamRuleSet: BLOCKING_RULESET });
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `content-pinterest-${context.task.name}`);
    if (page) expect(pageErrors(page).map(String)).toEqual([]);
    await page?.close();
    page = undefined;
  });

  test("a blocking word in the title stops Publish though the description is clean; Post anyway publishes both once", async () => {
    const current = (page = await openFixture(browser.context, "pinterest"));
    await typeText(current, "pinterest", "Good morning");
    await current.locator(TITLE).click();
    await current.keyboard.type("Bluefin week");
    // The description's badge comes first, the title's second.
    await expect.poll(() => blockCount(current, 1)).toBe(1);
    expect(await blockCount(current, 0)).toBe(0);
    await saveScreenshot(current, "pinterest-title-badge");

    await submitControl(current, "pinterest").click();
    await gate(current).waitFor({ state: "visible" });
    expect(await gate(current).textContent()).toContain("Bluefin recall");
    await gate(current).locator('[data-testid="pf-gate-edit"]').click();
    await gate(current).waitFor({ state: "detached" });
    expect(await submitted(current)).toEqual([]);
    expect(await current.locator(TITLE).inputValue()).toBe("Bluefin week");
    expect(await modelText(current)).toBe("Good morning");

    await submitControl(current, "pinterest").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Approved by legal");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "Good morning", how: "click", title: "Bluefin week" }]);
    await expect.poll(() => decisions(worker)).toHaveLength(2);
    expect((await decisions(worker))[1]).toMatchObject({ decision: "override", platform: "pinterest", account: "annexample" });
    await current.waitForTimeout(300);
    expect(await submitted(current)).toHaveLength(1);
  });
});
