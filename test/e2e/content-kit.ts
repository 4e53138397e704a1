// Helpers for the tests of the in-page product (content-*.e2e.test.ts).
import type { BrowserContext, Locator, Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { extensionOutputDir, launchBrowser, pageErrors, saveScreenshot, type BrowserSession } from "./harness.ts";

/**
 * A team rule set with one current event at `block` severity (a made-up term no built-in pack
 * flags), as the admin's sync would store it. "Say nothing": any mention has its severity.
 */
export const BLOCKING_RULESET = {
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 3,
  issuedAt: "2026-11-01T00:00:00Z",
  events: [
    {
      id: "bluefin-recall",
      title: "Bluefin recall",
      terms: ["bluefin"],
      from: "2020-01-01T00:00:00Z",
      severity: "block",
      mention: "never",
      guidance: "Say nothing about the recall until legal clears it.",
    },
  ],
};

/** The slice of the extension API the tests call inside the service worker. */
interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
  get(key: string): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
}
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
}

/** Writes storage.local items, as the extension's own parts (or the admin's sync) do. */
export async function seedStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    (values) => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.set(values),
    items,
  );
}

export async function resetStorage(worker: Worker): Promise<void> {
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.clear());
}

export interface LoggedDecision {
  decision: string;
  platform: string;
  account?: string;
  reason?: string;
  crisis: boolean;
  rules: Array<{ id: string; severity: string }>;
}

export async function decisions(worker: Worker): Promise<LoggedDecision[]> {
  return worker.evaluate(
    async () =>
      ((await (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.get("decisions"))[
        "decisions"
      ] ?? []) as never,
  );
}

export function badge(page: Page, index = 0): Locator {
  return page.locator('preflight-panel [data-testid="pf-badge"]').nth(index);
}

export function panel(page: Page): Locator {
  return page.locator('preflight-panel [data-testid="pf-panel"]');
}

export function gate(page: Page): Locator {
  return page.locator('preflight-panel [data-testid="pf-gate"]');
}

/** Whether the badge shows a review (the engine has loaded), whatever it found. */
export async function reviewed(page: Page, index = 0): Promise<boolean> {
  const label = await badge(page, index).getAttribute("aria-label");
  return label !== null && !label.includes("Loading");
}

/** The badge's count of `block` findings (0 when it shows none). */
export async function blockCount(page: Page, index = 0): Promise<number> {
  const count = badge(page, index).locator('[data-testid="pf-count-block"]');
  if ((await count.count()) === 0) return 0;
  return Number(await count.getAttribute("data-count"));
}

/**
 * Adds a site the way a user does: Chrome's own site-access setting (chrome://extensions calls
 * developerPrivate.addHostPermission), then the popup's *Add site*, whose permission request
 * Chrome then grants without a prompt. The background registers the content script for it.
 */
export async function addUserSite(context: BrowserContext, extensionId: string, worker: Worker, origin: string): Promise<void> {
  const pattern = `${origin}/*`;
  const settings = await context.newPage();
  try {
    await settings.goto(`chrome://extensions/?id=${extensionId}`);
    await settings.evaluate(
      ([id, host]) =>
        (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
      [extensionId, pattern],
    );
  } finally {
    await settings.close();
  }
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-testid="add-site-input"]').fill(origin);
    await popup.locator('[data-testid="add-site"]').click();
    await popup.locator('[data-testid="add-site-status"][data-status="added"]').waitFor();
  } finally {
    await popup.close();
  }
  const registered = () =>
    worker.evaluate(async () => {
      const scripting = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome.scripting;
      return (await scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
  for (let i = 0; i < 50 && !(await registered()).includes(pattern); i++) await new Promise((done) => setTimeout(done, 100));
  if (!(await registered()).includes(pattern)) throw new Error(`the content script was not registered for ${pattern}`);
}

export interface ExtensionSuite {
  browser: BrowserSession;
  worker: Worker;
  /** The test's page: checked for page errors and closed after the test (a screenshot kept when it failed). */
  page: Page | undefined;
}

/**
 * One browser with the production build for the enclosing describe block; before each test the
 * extension's storage is reset to `seed` (the blocking team rule set by default).
 */
export function extensionSuite(screenshotPrefix: string, seed: Record<string, unknown> = { teamRuleSet: BLOCKING_RULESET }): ExtensionSuite {
  const suite = { page: undefined } as ExtensionSuite;
  beforeAll(async () => {
    suite.browser = await launchBrowser({ extension: extensionOutputDir });
    suite.worker = await serviceWorker(suite.browser.context);
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  beforeEach(async () => {
    await resetStorage(suite.worker);
    await seedStorage(suite.worker, seed);
  });
  afterEach(async (context) => {
    const { page } = suite;
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `${screenshotPrefix}-${context.task.name}`);
    if (page) expect(pageErrors(page).map(String)).toEqual([]);
    await page?.close();
    suite.page = undefined;
  });
  return suite;
}
