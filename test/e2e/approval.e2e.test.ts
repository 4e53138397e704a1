// Issue 12b: a second sign-off without a server, in two real Chromium profiles. Profile B (the
// approver) makes its key in the popup; profile A (the author) runs with a rule set that lists B's
// public key; A's held post goes out exactly once with B's answer, logged with the approver, and
// the same answer does not fit the post once its text changed.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extensionId, extensionOutputDir, launchBrowser, openFixture, saveScreenshot, submitControl, submitted, typeText, type BrowserSession } from "./harness.ts";
import { BLOCKING_RULESET, blockCount, decisions, gate, seedStorage, serviceWorker } from "./content-kit.ts";

const APPROVER = "ann@acme.example";

describe("approvals between two browser profiles (run with npm run test:e2e)", () => {
  let author: BrowserSession;
  let approver: BrowserSession;
  let popup: Page;

  let rules: Record<string, unknown>;

  beforeAll(async () => {
    approver = await launchBrowser({ extension: extensionOutputDir });
    popup = await approver.context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(approver.context)}/popup.html`);
    await popup.locator('[data-testid="approve-make-key"]').click();
    const publicKey = popup.locator('[data-testid="approve-public-key"]');
    await publicKey.waitFor();
    expect(await publicKey.inputValue()).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);

    author = await launchBrowser({ extension: extensionOutputDir, server: approver.server });
    rules = { ...BLOCKING_RULESET, spokespeople: [{ id: APPROVER, name: "Ann Lee", accounts: ["*"], key: await publicKey.inputValue() }] };
    await seedStorage(await serviceWorker(author.context), { teamRuleSet: rules });
  });

  afterAll(async () => {
    await author?.close();
    await approver?.close();
  });

  /** The author asks at the gate; the approver pastes the request in the popup and signs; the answer code. */
  async function askAndApprove(page: Page, rule = "events/match"): Promise<string> {
    await gate(page).locator('[data-testid="pf-gate-ask-approval"]').click();
    const request = gate(page).locator('[data-testid="pf-approval-request"]');
    await expect.poll(() => request.inputValue()).toMatch(/^PF1-R-/);
    const code = await request.inputValue();
    expect(code).not.toContain("bluefin");

    await popup.locator('[data-testid="approve-as"]').fill(APPROVER);
    await popup.locator('[data-testid="approve-request"]').fill(code);
    const covers = popup.locator('[data-testid="approve-covers"]');
    await covers.waitFor();
    expect(await covers.textContent()).toContain("one post on x");
    expect(await covers.textContent()).toContain(rule);
    await popup.locator('[data-testid="approve-sign"]').click();
    const answer = popup.locator('[data-testid="approve-answer"]');
    await expect.poll(() => answer.inputValue()).toMatch(/^PF1-A-/);
    return answer.inputValue();
  }

  test("a held post is approved by the second profile, posts exactly once, and the log names the approver", async () => {
    const page = await openFixture(author.context, "x");
    try {
      const text = "Thoughts about bluefin this week";
      await typeText(page, "x", text);
      await expect.poll(() => blockCount(page)).toBe(1);
      await submitControl(page, "x").click();
      await gate(page).waitFor({ state: "visible" });

      const answer = await askAndApprove(page);
      await gate(page).locator('[data-testid="pf-approval-answer"]').fill(answer);
      await gate(page).locator('[data-testid="pf-approval-post"]').click();
      await expect.poll(() => submitted(page)).toEqual([{ text, how: "click" }]);
      await gate(page).waitFor({ state: "detached" });

      const worker = await serviceWorker(author.context);
      await expect.poll(() => decisions(worker)).toHaveLength(1);
      const [logged] = (await decisions(worker)) as unknown as Array<Record<string, unknown>>;
      expect(logged).toMatchObject({ platform: "x", decision: "override", approvedBy: APPROVER });
      expect(JSON.stringify(logged)).not.toContain("this week");
      // Still exactly once, a while later; the next Post is held again (the approval is spent).
      await page.waitForTimeout(300);
      expect(await submitted(page)).toHaveLength(1);
      // The composer was emptied by the post: the same text again is held again.
      await typeText(page, "x", text);
      await expect.poll(() => blockCount(page)).toBe(1);
      await submitControl(page, "x").click();
      await gate(page).waitFor({ state: "visible" });
      expect(await submitted(page)).toHaveLength(1);
    } catch (error) {
      await saveScreenshot(page, "approval-once");
      throw error;
    } finally {
      await page.close();
    }
  });

  test("after the text changes, the approval no longer fits and the post stays held", async () => {
    const page = await openFixture(author.context, "x");
    try {
      await typeText(page, "x", "More bluefin news");
      await expect.poll(() => blockCount(page)).toBe(1);
      await submitControl(page, "x").click();
      await gate(page).waitFor({ state: "visible" });
      const answer = await askAndApprove(page);
      await gate(page).locator('[data-testid="pf-gate-edit"]').click();
      await gate(page).waitFor({ state: "detached" });

      await typeText(page, "x", " today");
      await submitControl(page, "x").click();
      await gate(page).waitFor({ state: "visible" });
      await gate(page).locator('[data-testid="pf-gate-ask-approval"]').click();
      await expect.poll(() => gate(page).locator('[data-testid="pf-approval-request"]').inputValue()).toMatch(/^PF1-R-/);
      await gate(page).locator('[data-testid="pf-approval-answer"]').fill(answer);
      await gate(page).locator('[data-testid="pf-approval-post"]').click();
      const problem = gate(page).locator('[data-testid="pf-approval-problem"]');
      await problem.waitFor();
      expect(await problem.textContent()).toContain("another post");
      expect(await submitted(page)).toEqual([]);
    } catch (error) {
      await saveScreenshot(page, "approval-changed");
      throw error;
    } finally {
      await page.close();
    }
  });

  test("during a crisis that requires approval, an ordinary post is held with no Post anyway, and goes out once approved", async () => {
    const worker = await serviceWorker(author.context);
    await seedStorage(worker, { teamRuleSet: { ...rules, version: 4, crisis: { active: true, title: "Recall", requireApproval: true } } });
    const page = await openFixture(author.context, "x");
    try {
      const text = "Our spring catalogue is out";
      await typeText(page, "x", text);
      await submitControl(page, "x").click();
      await gate(page).waitFor({ state: "visible" });
      expect(await gate(page).locator('[data-testid="pf-gate-override"]').count()).toBe(0);
      const before = (await decisions(worker)).length;
      const answer = await askAndApprove(page, "crisis/");
      await gate(page).locator('[data-testid="pf-approval-answer"]').fill(answer);
      await gate(page).locator('[data-testid="pf-approval-post"]').click();
      await expect.poll(() => submitted(page)).toEqual([{ text, how: "click" }]);
      await expect.poll(async () => (await decisions(worker)).length).toBe(before + 1);
      expect((await decisions(worker)).at(-1)).toMatchObject({ crisis: true, approvedBy: APPROVER });
    } catch (error) {
      await saveScreenshot(page, "approval-crisis");
      throw error;
    } finally {
      await page.close();
    }
  });
});
