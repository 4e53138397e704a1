// The in-page product on X (Draft.js), with the production build: the badge and panel follow
// the draft, the gate stops only what it must, and a stopped post goes out exactly once.
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  editor,
  extensionOutputDir,
  keySubmit,
  modelText,
  openFixture,
  pasteText,
  saveScreenshot,
  submitControl,
  submitted,
  typeText,
} from "./harness.ts";
import { badge, blockCount, decisions, gate, panel, reviewed, seedStorage, extensionSuite } from "./content-kit.ts";

describe("Preflight on X (run with npm run test:e2e)", () => {
  const suite = extensionSuite("content-x");

  test("the content script is small: ≤ 40 kB gzipped loads on every page", () => {
    const size = gzipSync(readFileSync(join(extensionOutputDir, "content-scripts/content.js"))).length;
    console.log(`content script: ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(40 * 1024);
  });

  test("a block finding shows on the badge and in the panel, and the panel lives in a shadow root", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "Thoughts about bluefin this week");
    await expect.poll(() => blockCount(current)).toBe(1);
    await badge(current).click();
    const findings = panel(current).locator('[data-testid="pf-finding"]');
    await expect.poll(() => findings.count()).toBeGreaterThan(0);
    const blocked = panel(current).locator('[data-testid="pf-finding"][data-rule="events/match"]');
    expect(await blocked.getAttribute("data-severity")).toBe("block");
    expect(await blocked.textContent()).toContain("bluefin");
    expect(await blocked.textContent()).toContain("Bluefin recall");
    // Why, in words: what the post refers to and what it does with it.
    expect(await panel(current).locator('[data-testid="pf-reading"]').textContent()).toContain("Read as: refers to Bluefin recall (“bluefin”)");
    await saveScreenshot(current, "x-panel");
    await current.emulateMedia({ colorScheme: "dark" });
    expect(await panel(current).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(22, 24, 28)");
    await saveScreenshot(current, "x-panel-dark");
    await current.emulateMedia({ colorScheme: "light" });
    // Isolation: the page's own queries do not reach the panel.
    const seen = await current.evaluate(() => ({
      plain: document.querySelector('[data-testid="pf-badge"]') === null,
      viaShadow: document.querySelector("preflight-panel")?.shadowRoot?.querySelector('[data-testid="pf-badge"]') != null,
      insideEditor: document.querySelector('[data-testid="tweetTextarea_0"] preflight-panel') === null,
    }));
    expect(seen).toEqual({ plain: true, viaShadow: true, insideEditor: true });
    // Escape closes the panel and gives focus back to the badge.
    await current.keyboard.press("Escape");
    await expect.poll(() => panel(current).count()).toBe(0);
    expect(await current.evaluate(() => document.querySelector("preflight-panel")?.shadowRoot?.activeElement?.getAttribute("data-testid"))).toBe("pf-badge");
  });

  test("a click on Post is stopped; Edit keeps the draft; Post anyway with a reason submits exactly once", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    const text = "Thoughts about bluefin this week";
    await typeText(current, "x", text);
    await expect.poll(() => blockCount(current)).toBe(1);
    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    expect(await gate(current).textContent()).toContain("Bluefin recall");
    await saveScreenshot(current, "x-gate");
    expect(await submitted(current)).toEqual([]);

    await gate(current).locator('[data-testid="pf-gate-edit"]').click();
    await gate(current).waitFor({ state: "detached" });
    expect(await modelText(current)).toBe(text);
    expect(await submitted(current)).toEqual([]);
    await expect.poll(() => current.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tweetTextarea_0");

    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    const confirm = gate(current).locator('[data-testid="pf-gate-confirm"]');
    expect(await confirm.isDisabled()).toBe(true); // a reason is required
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Approved by legal");
    await confirm.click();
    await expect.poll(() => submitted(current)).toEqual([{ text, how: "click" }]);
    await gate(current).waitFor({ state: "detached" });

    await expect.poll(() => decisions(suite.worker)).toHaveLength(2);
    const log = await decisions(suite.worker);
    expect(log.map((d) => d.decision)).toEqual(["edit", "override"]);
    expect(log[1]).toMatchObject({ platform: "x", account: "annexample", reason: "Approved by legal", crisis: false });
    expect(log[1]!.rules).toContainEqual({ id: "events/match", severity: "block" });
    expect(JSON.stringify(log)).not.toContain("this week"); // never the text
    // Still exactly once, a while later.
    await current.waitForTimeout(300);
    expect(await submitted(current)).toHaveLength(1);
  });

  test("Ctrl/Cmd+Enter is gated the same way", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    const text = "Bluefin news all week";
    await typeText(current, "x", text);
    await expect.poll(() => blockCount(current)).toBe(1);
    await keySubmit(current, "x");
    await gate(current).waitFor({ state: "visible" });
    await current.keyboard.press("Escape"); // Escape is Edit
    await gate(current).waitFor({ state: "detached" });
    expect(await submitted(current)).toEqual([]);
    expect(await modelText(current)).toBe(text);

    await editor(current, "x").focus();
    await keySubmit(current, "x");
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Checked with the comms lead");
    await current.keyboard.press("Enter");
    await expect.poll(() => submitted(current)).toEqual([{ text, how: "shortcut" }]);
    await expect.poll(async () => (await decisions(suite.worker)).map((d) => d.decision)).toEqual(["edit", "override"]);
  });

  test("a clean post goes out untouched, exactly once, with no dialog", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await current.evaluate(() => {
      (window as unknown as { __prevented: string[] }).__prevented = [];
      // Bubble-phase, after everyone: did anything cancel the click?
      window.addEventListener("click", (event) => {
        if (event.defaultPrevented) (window as unknown as { __prevented: string[] }).__prevented.push("click");
      });
    });
    await typeText(current, "x", "Good morning, friends");
    await expect.poll(() => reviewed(current)).toBe(true);
    await submitControl(current, "x").click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "Good morning, friends", how: "click" }]);
    expect(await gate(current).count()).toBe(0);
    expect(await current.evaluate(() => (window as unknown as { __prevented: string[] }).__prevented)).toEqual([]);
    expect(await decisions(suite.worker)).toEqual([]);
  });

  test("an account switched without a reload is the account the gate logs", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "About the bluefin");
    await expect.poll(() => blockCount(current)).toBe(1);
    // X's account switcher swaps the side nav's avatar; the page is not reloaded.
    await current.evaluate(() => {
      document.querySelector('[data-testid="UserAvatar-Container-annexample"]')?.setAttribute("data-testid", "UserAvatar-Container-acmebrand");
    });
    await current.waitForTimeout(1_100);
    await submitControl(current, "x").click();
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Cleared");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => decisions(suite.worker)).toHaveLength(1);
    expect((await decisions(suite.worker))[0]).toMatchObject({ decision: "override", account: "acmebrand" });
  });

  test("a compose box that goes away while its post waits at the gate is logged as cancelled", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "Bluefin thoughts");
    await expect.poll(() => blockCount(current)).toBe(1);
    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    // The site closes its composer (a timeout, a navigation inside the app).
    await current.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0_label"]')?.remove());
    await gate(current).waitFor({ state: "detached" });
    await expect.poll(() => decisions(suite.worker)).toHaveLength(1);
    expect((await decisions(suite.worker))[0]).toMatchObject({ decision: "cancel", platform: "x" });
    expect((await decisions(suite.worker))[0]!.reason).toBeUndefined();
    expect(await submitted(current)).toEqual([]);
  });

  test("the language chosen in the options wins over the browser's, and a change reaches an open page", async () => {
    await seedStorage(suite.worker, { uiLanguage: "zh-CN" });
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "About the bluefin");
    await expect.poll(() => blockCount(current)).toBe(1);
    await badge(current).click();
    await expect.poll(() => panel(current).locator("h2").textContent()).toBe("Preflight 检查");
    const finding = panel(current).locator('[data-testid="pf-finding"][data-rule="events/match"]');
    expect(await finding.textContent()).toContain("当前事件");
    await seedStorage(suite.worker, { uiLanguage: "auto" });
    await expect.poll(() => panel(current).locator("h2").textContent()).toBe("Preflight review");
  });

  test("paste and typing both update the panel", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "Big news: ");
    await expect.poll(() => reviewed(current)).toBe(true);
    expect(await blockCount(current)).toBe(0);
    await pasteText(current, "x", "bluefin ");
    await expect.poll(() => blockCount(current)).toBe(1);
    await current.keyboard.type("and another bluefin");
    await expect.poll(() => blockCount(current)).toBe(2);
    expect(await modelText(current)).toBe("Big news: bluefin and another bluefin");
  });

  test("crisis mode stops every post, and turning it off releases them", async () => {
    await seedStorage(suite.worker, { teamRuleSet: null, crisis: { active: true, reason: "Outage" } });
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "Good morning, friends");
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').textContent()).toContain("Crisis");
    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-edit"]').click();
    expect(await submitted(current)).toEqual([]);
    await seedStorage(suite.worker, { crisis: { active: false } });
    await expect.poll(() => badge(current).textContent()).not.toContain("Crisis");
    await submitControl(current, "x").click();
    await expect.poll(() => submitted(current)).toEqual([{ text: "Good morning, friends", how: "click" }]);
  });

  test("thread items get a badge each, and a removed composer leaves nothing behind", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(current, "x", "First post");
    await current.locator('[data-testid="addButton"]').click();
    await current.locator('[data-testid="tweetTextarea_1"]').waitFor();
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(2);
    await current.locator('[data-testid="tweetTextarea_1"]').click();
    await current.keyboard.type("about the bluefin");
    // The Post button posts every item: one block finding in item 2 stops it.
    await expect.poll(() => blockCount(current, 1)).toBe(1);
    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Thread approved");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toEqual([
      { text: "First post", how: "click", parts: ["First post", "about the bluefin"] },
    ]);
    // The composer resets to one item: one badge remains, and it still works.
    await expect.poll(() => current.locator('preflight-panel [data-testid="pf-badge"]').count()).toBe(1);
    await typeText(current, "x", "bluefin again");
    await expect.poll(() => blockCount(current)).toBe(1);
  });
});
