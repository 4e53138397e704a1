// Issue 13: installing Preflight opens the welcome page; until it is answered, compose boxes do
// not warn that Preflight does not know the author; finishing it with an id sets who one is.
import type { Page, Worker } from "playwright-core";
import { afterEach, describe, expect, test } from "vitest";
import { badge, panel, reviewed, seedStorage, serviceWorker } from "./content-kit.ts";
import { extensionOutputDir, launchBrowser, openFixture, pageErrors, saveScreenshot, typeText, type BrowserSession } from "./harness.ts";

/** A brand account on X with one approved spokesperson: whoever posts as it must be known. */
const TEAM = {
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 1,
  issuedAt: "2026-11-01T00:00:00Z",
  brand: { names: ["Acme"], accounts: [{ platform: "x", handle: "annexample" }] },
  spokespeople: [{ id: "ann@acme.example", name: "Ann", accounts: ["x:annexample"] }],
};

let browser: BrowserSession | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function install(): Promise<{ welcome: Page; worker: Worker }> {
  browser = await launchBrowser({ extension: extensionOutputDir, welcome: true });
  const { context } = browser;
  const worker = await serviceWorker(context);
  const isWelcome = (page: Page) => page.url().endsWith("/welcome.html");
  const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent("page", { predicate: isWelcome, timeout: 10_000 }));
  await welcome.locator('[data-testid="welcome"]').waitFor();
  await seedStorage(worker, { teamRuleSet: TEAM });
  return { welcome, worker };
}

const stored = (worker: Worker, key: string) =>
  worker.evaluate(
    async (k) => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k],
    key,
  );

/** The spokesperson findings on the compose box's panel. */
async function spokesperson(page: Page): Promise<number> {
  if ((await panel(page).count()) === 0) await badge(page).click();
  return panel(page).locator('[data-testid="pf-finding"][data-rule="spokesperson/unapproved"]').count();
}

describe("the welcome page (run with npm run test:e2e)", () => {
  test("opens on install; no unknown-author warning before it is answered; finishing it sets who I am", async () => {
    const { welcome, worker } = await install();
    expect(await stored(worker, "welcome")).toEqual({ state: "pending" });
    await saveScreenshot(welcome, "welcome-en");

    const compose = await openFixture(browser!.context, "x");
    await typeText(compose, "x", "Team update from the store");
    await expect.poll(() => reviewed(compose)).toBe(true);
    expect(await spokesperson(compose)).toBe(0);

    await welcome.bringToFront();
    await welcome.locator('[data-testid="identity-input"]').fill("ann@acme.example");
    await welcome.locator('[data-testid="identity-save"]').click();
    await welcome.locator('[data-testid="identity-status"][data-state="saved"]').waitFor();
    await welcome.locator('[data-testid="welcome-finish"]').click();
    await welcome.locator('[data-testid="welcome-done"]').waitFor();
    expect(await stored(worker, "identity")).toEqual({ author: "ann@acme.example" });
    expect(await stored(worker, "welcome")).toEqual({ state: "done" });
    // Ann may post as @annexample: still nothing to say about who posts.
    await compose.bringToFront();
    await expect.poll(() => spokesperson(compose)).toBe(0);
    expect(pageErrors(welcome).map(String)).toEqual([]);
  });

  test("skipping it: the unknown-author warning comes back on the open compose box", async () => {
    const { welcome } = await install();
    const compose = await openFixture(browser!.context, "x");
    await typeText(compose, "x", "Team update from the store");
    await expect.poll(() => reviewed(compose)).toBe(true);
    expect(await spokesperson(compose)).toBe(0);
    await welcome.bringToFront();
    await welcome.locator('[data-testid="welcome-skip"]').click();
    await welcome.locator('[data-testid="welcome-done"]').waitFor();
    await compose.bringToFront();
    await expect.poll(() => spokesperson(compose), { timeout: 10_000 }).toBe(1);
  });

  test("its try-it checks a Chinese sample post in the Chinese UI", async () => {
    const { welcome, worker } = await install();
    await seedStorage(worker, { uiLanguage: "zh-CN" });
    await welcome.locator('html[lang="zh-CN"]').waitFor();
    await welcome.locator('[data-testid="welcome-sample-welcomeSampleZh"]').click();
    await welcome.locator('[data-testid="try-verdict"][data-stops="true"]').waitFor();
    expect(await welcome.locator('[data-testid="findings"] li').first().getAttribute("data-severity")).toBe("block");
    expect(await welcome.locator("h1").textContent()).toBe("欢迎使用 Preflight");
    await saveScreenshot(welcome, "welcome-zh");
  });
});
