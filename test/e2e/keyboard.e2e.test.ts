// Issue 13 on the production build: the icons in the manifest and the toolbar, the toolbar badge
// in crisis mode, and on X (Draft.js) the one shortcut from the editor to Preflight's badge.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extensionOutputDir, modelText, openFixture, typeText } from "./harness.ts";
import { badge, extensionSuite, panel, reviewed, seedStorage } from "./content-kit.ts";

const SIZES = ["16", "32", "48", "96", "128"];

/** The focused element inside the panel's shadow root, by its test id. */
const focusedInPanel = (page: Parameters<typeof badge>[0]) =>
  page.evaluate(() => document.querySelector("preflight-panel")?.shadowRoot?.activeElement?.getAttribute("data-testid") ?? null);

describe("toolbar and keyboard (run with npm run test:e2e)", () => {
  const suite = extensionSuite("keyboard");

  test("the manifest names an icon of every size for the extension and the toolbar, and each file is there", () => {
    const manifest = JSON.parse(readFileSync(join(extensionOutputDir, "manifest.json"), "utf8")) as {
      icons: Record<string, string>;
      action: { default_icon: Record<string, string>; default_popup?: string };
    };
    expect(Object.keys(manifest.icons).sort()).toEqual([...SIZES].sort());
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    expect(manifest.action.default_popup).toBe("popup.html");
    for (const file of Object.values(manifest.icons)) expect(existsSync(join(extensionOutputDir, file)), file).toBe(true);
  });

  test("the toolbar badge shows crisis mode, and goes when it ends", async () => {
    const action = () =>
      suite.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome.action;
        return { text: await api.getBadgeText({}), title: await api.getTitle({}) };
      });
    await seedStorage(suite.worker, { crisis: { active: true, reason: "Outage" } });
    await expect.poll(action).toEqual({ text: "!", title: "Preflight: crisis mode is on (this browser)" });
    await seedStorage(suite.worker, { uiLanguage: "zh-CN" });
    await expect.poll(() => action().then((a) => a.title)).toBe("Preflight：危机模式已开启（此浏览器）");
    await seedStorage(suite.worker, { crisis: { active: false }, uiLanguage: "en" });
    await expect.poll(action).toEqual({ text: "", title: "Preflight" });
  });

  test("Alt+Shift+P in the editor focuses the badge, which names what it holds; Escape goes back to the editor", async () => {
    await seedStorage(suite.worker, { crisis: { active: true, reason: "Outage" } });
    const page = (suite.page = await openFixture(suite.browser.context, "x"));
    const text = "Thoughts about bluefin this week";
    await typeText(page, "x", text);
    await expect.poll(() => reviewed(page)).toBe(true);
    await page.keyboard.press("Alt+Shift+P");
    await expect.poll(() => focusedInPanel(page)).toBe("pf-badge");
    expect(await modelText(page)).toBe(text);
    const name = await badge(page).getAttribute("aria-label");
    expect(name).toMatch(/^Preflight review: 1 stops the post/);
    expect(name).toMatch(/; crisis mode on$/);
    expect(await badge(page).getAttribute("aria-keyshortcuts")).toBe("Alt+Shift+P");
    // Enter opens the panel; Escape closes it (back on the badge); Escape again goes back to writing.
    await page.keyboard.press("Enter");
    await panel(page).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await focusedInPanel(page)).toBe("pf-badge");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tweetTextarea_0");
    await page.keyboard.type("!");
    await expect.poll(() => modelText(page)).toBe(`${text}!`);
  });

  test("outside an editor the shortcut is the page's", async () => {
    const page = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(page, "x", "Hello");
    await expect.poll(() => reviewed(page)).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Alt+Shift+P");
    expect(await focusedInPanel(page)).toBe(null);
  });
});
