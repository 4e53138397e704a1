// Issue 13, "Not a problem here" on X (Draft.js), with the production build: allowing a finding's
// words for oneself drops it (the engine applies the list, the options page lists it), and a
// false-positive report is logged with the rule and the marked words, never the post.
import type { Worker } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openFixture, typeText } from "./harness.ts";
import { badge, decisions, extensionSuite, panel, reviewed, seedStorage } from "./content-kit.ts";

const TEAM = {
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 4,
  issuedAt: "2026-11-01T00:00:00Z",
  terms: [{ id: "synergy", match: ["synergy"], severity: "warn", message: "Jargon: say what you mean." }],
  feedback: { falsePositiveReports: true },
};

async function localSettings(worker: Worker): Promise<{ allowFor?: Record<string, string[]> }> {
  return worker.evaluate(async () => {
    const area = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local;
    return ((await area.get("localSettings"))["localSettings"] ?? {}) as never;
  });
}

const synergy = (page: Parameters<typeof panel>[0]) => panel(page).locator('[data-testid="pf-finding"][data-rule="terms/custom"]');

describe("Not a problem here (run with npm run test:e2e)", () => {
  const suite = extensionSuite("not-a-problem", { teamRuleSet: TEAM });

  test("Allow these words for me: the finding goes, and Settings lists it and takes it back", async () => {
    const page = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(page, "x", "Real synergy this week");
    await expect.poll(() => reviewed(page)).toBe(true);
    await badge(page).click();
    await expect.poll(() => synergy(page).count()).toBe(1);
    expect(await synergy(page).locator('[data-testid="pf-rule-name"]').textContent()).toBe("Your team's terms");
    await synergy(page).locator('[data-testid="pf-np"]').click();
    await synergy(page).locator('[data-testid="pf-np-allow"]').click();
    await expect.poll(async () => (await localSettings(suite.worker)).allowFor).toEqual({ "terms/custom": ["synergy"] });
    // The background tells the page; the engine drops the finding.
    await expect.poll(() => synergy(page).count(), { timeout: 10_000 }).toBe(0);
    expect(await decisions(suite.worker)).toEqual([]);

    const settings = await suite.browser.context.newPage();
    try {
      const id = new URL(suite.worker.url()).host;
      await settings.goto(`chrome-extension://${id}/options.html#rules`);
      const entry = settings.locator('[data-testid="own-allow-list"] li[data-rule="terms/custom"]');
      await expect.poll(() => entry.getAttribute("data-words")).toBe("synergy");
      await entry.locator("button").click();
      await expect.poll(async () => (await localSettings(suite.worker)).allowFor).toEqual({});
    } finally {
      await settings.close();
    }
    await expect.poll(() => synergy(page).count(), { timeout: 10_000 }).toBe(1);
  });

  test("Report a false positive: logged with the rule and the words, never the post", async () => {
    const page = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(page, "x", "Secret launch plans and real synergy");
    await expect.poll(() => reviewed(page)).toBe(true);
    await badge(page).click();
    await expect.poll(() => synergy(page).count()).toBe(1);
    await synergy(page).locator('[data-testid="pf-np"]').click();
    await synergy(page).locator('[data-testid="pf-np-report"]').click();
    await panel(page).locator('[data-testid="pf-np-done"][data-done="reported"]').waitFor();
    const [logged, ...more] = await decisions(suite.worker);
    expect(more).toEqual([]);
    expect(logged).toMatchObject({ decision: "falsePositive", platform: "x", rules: [{ id: "terms/custom", severity: "warn" }], words: "synergy" });
    expect(JSON.stringify(logged)).not.toContain("Secret launch");
  });

  test("a team that does not collect reports: no report button (the background refuses one anyway: test/state/not-a-problem.test.ts)", async () => {
    await seedStorage(suite.worker, { teamRuleSet: { ...TEAM, version: 5, feedback: { falsePositiveReports: false } } });
    const page = (suite.page = await openFixture(suite.browser.context, "x"));
    await typeText(page, "x", "Real synergy");
    await expect.poll(() => reviewed(page)).toBe(true);
    await badge(page).click();
    await expect.poll(() => synergy(page).count()).toBe(1);
    await synergy(page).locator('[data-testid="pf-np"]').click();
    await synergy(page).locator('[data-testid="pf-np-allow"]').waitFor();
    expect(await synergy(page).locator('[data-testid="pf-np-report"]').count()).toBe(0);
    expect(await decisions(suite.worker)).toEqual([]);
  });
});
