// Mastodon beyond the shared scenario (content-platforms.e2e.test.ts): the content warning, which
// is published with the post and submits on its own keys, and an instance the user added, which
// must get Mastodon's adapter (its account, logged as "mastodon") rather than the generic one.
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  editor,
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
import { BLOCKING_RULESET, addUserSite, blockCount, decisions, gate, resetStorage, seedStorage, serviceWorker } from "./content-kit.ts";

const WARNING = "#cw-spoiler-input";
const CLEAN = "Good morning, friends";
/** The fixture page served at a host no built-in adapter knows (fixtures/catalog.ts). */
const INSTANCE = "https://mastodon.example";

describe("Mastodon: the content warning, and an instance the user added (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let page: Page | undefined;
  /** Uncaught errors of pages opened without openFixture (which records its own). */
  const errors = new Map<Page, Error[]>();

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
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `content-mastodon-${context.task.name}`);
    if (page) expect([...pageErrors(page), ...(errors.get(page) ?? [])].map(String)).toEqual([]);
    await page?.close();
    page = undefined;
  });

  async function showWarning(current: Page): Promise<void> {
    await current.locator('.compose-form__spoiler-button[aria-label="Add content warning"]').click();
    await current.locator(WARNING).waitFor({ state: "visible" });
  }

  async function postAnyway(current: Page, reason: string): Promise<void> {
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill(reason);
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
  }

  async function openInstance(): Promise<Page> {
    const current = await browser.context.newPage();
    const seen: Error[] = [];
    errors.set(current, seen);
    current.on("pageerror", (error) => seen.push(error));
    await current.goto(`${INSTANCE}/home`);
    await current.waitForFunction(() => window.__fixture?.ready === true);
    await editor(current, "mastodon").waitFor({ state: "visible" });
    return current;
  }

  test("a blocking word in the content warning stops Post; Post anyway sends text and warning once", async () => {
    const current = (page = await openFixture(browser.context, "mastodon"));
    await typeText(current, "mastodon", CLEAN);
    await showWarning(current);
    await current.locator(WARNING).click();
    await current.keyboard.type("Bluefin update");
    // The warning is its own composer (the second badge); the text is clean.
    await expect.poll(() => blockCount(current, 1)).toBe(1);
    expect(await blockCount(current, 0)).toBe(0);
    expect(await modelText(current, 1)).toBe("Bluefin update");

    await submitControl(current, "mastodon").click();
    await gate(current).waitFor({ state: "visible" });
    expect(await gate(current).textContent()).toContain("Bluefin recall");
    expect(await submitted(current)).toEqual([]);
    await postAnyway(current, "Approved by legal");
    await expect.poll(() => submitted(current)).toEqual([{ text: CLEAN, how: "click", title: "Bluefin update" }]);
    await expect.poll(() => decisions(worker)).toHaveLength(1);
    expect((await decisions(worker))[0]).toMatchObject({ platform: "mastodon", account: "ann@mastodon.social", decision: "override" });
    await current.waitForTimeout(300);
    expect(await submitted(current)).toHaveLength(1);
  });

  test("Ctrl/Cmd+Enter and Enter (the form's implicit submission) in the content warning are gated", async () => {
    const current = (page = await openFixture(browser.context, "mastodon"));
    await typeText(current, "mastodon", CLEAN);
    await showWarning(current);
    await current.locator(WARNING).click();
    await current.keyboard.type("Bluefin");
    await expect.poll(() => blockCount(current, 1)).toBe(1);

    await current.keyboard.press("ControlOrMeta+Enter");
    await gate(current).waitFor({ state: "visible" });
    await current.keyboard.press("Escape"); // Edit
    await gate(current).waitFor({ state: "detached" });
    expect(await submitted(current)).toEqual([]);
    expect(await modelText(current, 1)).toBe("Bluefin");

    await current.locator(WARNING).focus();
    await current.keyboard.press("Enter");
    await gate(current).waitFor({ state: "visible" });
    await current.keyboard.press("Escape");
    await gate(current).waitFor({ state: "detached" });
    expect(await submitted(current)).toEqual([]);

    await current.locator(WARNING).focus();
    await current.keyboard.press("Enter");
    await gate(current).waitFor({ state: "visible" });
    await postAnyway(current, "Checked with the comms lead");
    await expect.poll(() => submitted(current)).toEqual([{ text: CLEAN, how: "click", title: "Bluefin" }]);
    await expect.poll(() => decisions(worker)).toHaveLength(3);
    expect((await decisions(worker)).map((d) => d.decision)).toEqual(["edit", "edit", "override"]);
  });

  test("an instance the user added gets Mastodon's adapter: its account, its shortcut, logged as mastodon", async () => {
    const before = (page = await openInstance());
    await typeText(before, "mastodon", "bluefin");
    expect(await before.locator("preflight-panel").count()).toBe(0); // not added yet: nothing runs
    await before.close();

    await addUserSite(browser.context, await extensionId(browser.context), worker, INSTANCE);
    const current = (page = await openInstance());
    const text = "Bluefin news all week";
    await typeText(current, "mastodon", text);
    await expect.poll(() => blockCount(current)).toBe(1);
    await current.keyboard.press("ControlOrMeta+Enter");
    await gate(current).waitFor({ state: "visible" });
    expect(await submitted(current)).toEqual([]);
    await postAnyway(current, "Approved by legal");
    await expect.poll(() => submitted(current)).toEqual([{ text, how: "shortcut" }]);
    await expect.poll(() => decisions(worker)).toHaveLength(1);
    // The generic adapter would log the host and know no account (it would ask for one).
    expect((await decisions(worker))[0]).toMatchObject({ platform: "mastodon", account: "ann@mastodon.social", decision: "override" });
    await current.waitForTimeout(300);
    expect(await submitted(current)).toHaveLength(1);
  });
});
