// Pinterest publishes a pin's title with its description, so the title is reviewed as a composer
// of its own in the same scope: a blocking word in the title alone stops Publish.
import { describe, expect, test } from "vitest";
import { modelText, openFixture, saveScreenshot, submitControl, submitted, typeText } from "./harness.ts";
import { blockCount, decisions, gate, extensionSuite } from "./content-kit.ts";

const TITLE = "input#storyboard-selector-title";

describe("Preflight in Pinterest's pin creation tool (run with npm run test:e2e)", () => {
  const suite = extensionSuite("content-pinterest");

  test("a blocking word in the title stops Publish though the description is clean; Post anyway publishes both once", async () => {
    const current = (suite.page = await openFixture(suite.browser.context, "pinterest"));
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
    await expect.poll(() => decisions(suite.worker)).toHaveLength(2);
    expect((await decisions(suite.worker))[1]).toMatchObject({ decision: "override", platform: "pinterest", account: "annexample" });
    await current.waitForTimeout(300);
    expect(await submitted(current)).toHaveLength(1);
  });
});
