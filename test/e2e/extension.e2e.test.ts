// Loads the production build (`npm run build` → .output/chrome-mv3, built by global-setup.ts
// when stale) into headless Chromium: its pages open, and the host pages keep working with it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  extensionId,
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

describe("the built extension (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser({ extension: extensionOutputDir });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `extension-${context.task.name}`);
    await page?.close();
    page = undefined;
  });

  test("its popup opens at chrome-extension://<id>/popup.html and renders", async () => {
    const id = await extensionId(browser.context);
    expect(id).toMatch(/^[a-p]{32}$/);
    const manifest = JSON.parse(readFileSync(join(extensionOutputDir, "manifest.json"), "utf8")) as {
      action?: { default_popup?: string };
    };
    const popup = manifest.action?.default_popup ?? "popup.html";
    const current = (page = await browser.context.newPage());
    const errors: Error[] = [];
    current.on("pageerror", (error) => errors.push(error));
    const response = await current.goto(`chrome-extension://${id}/${popup}`);
    expect(response?.ok()).toBe(true);
    await expect.poll(() => current.evaluate(() => document.getElementById("app")?.childElementCount ?? 0)).toBeGreaterThan(0);
    expect(await current.evaluate(() => location.host)).toBe(id);
    expect(errors.map(String)).toEqual([]);
  });

  test("a platform page keeps working with the extension loaded", async () => {
    const current = (page = await openFixture(browser.context, "x"));
    await typeText(current, "x", "with the extension");
    await expect.poll(() => modelText(current)).toBe("with the extension");
    await submitControl(current, "x").click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "with the extension", how: "click" }]);
    expect(pageErrors(current).map(String)).toEqual([]);
  });
});
