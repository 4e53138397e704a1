// Issue 13: screenshots of the welcome page, the panel, the gate and the options page in English
// and in Simplified Chinese (into test/e2e/artifacts/screenshots/, git-ignored), for people to
// look at; and a check that no short label wraps one character a line (Chinese in narrow boxes).
// Run: npx vitest run --config test/e2e/vitest.config.ts test/e2e/screenshots.e2e.test.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { artifactsDir, openFixture, submitControl, typeText } from "./harness.ts";
import { badge, extensionSuite, gate, panel, reviewed, seedStorage } from "./content-kit.ts";

const DIR = join(artifactsDir, "screenshots");

const TEAM = {
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 2,
  issuedAt: "2026-11-01T00:00:00Z",
  brand: { names: ["Acme"], accounts: [{ platform: "x", handle: "annexample" }, { platform: "linkedin", handle: "acme-outdoors" }] },
  spokespeople: [{ id: "ann@acme.example", name: "Ann", accounts: ["x:annexample"] }],
  events: [{ id: "delia", title: "Hurricane Delia", terms: ["Delia", "台风"], from: "2020-01-01T00:00:00Z", severity: "block", guidance: "Say nothing about the storm but safety notices." }],
  feedback: { falsePositiveReports: true },
};

const POSTS = {
  en: "Our thoughts are with everyone hit by the floods. Use code FLOOD20 for 20% off today!!! #therapistfinder",
  "zh-CN": "台风来袭，大家注意安全！今天全场跳楼价，雨伞秒杀中",
} as const;

/** The "why" lines shown (the rules' notes): in the reader's language, Chinese included (issue 13). */
const HAN = /[\u4e00-\u9fff]/;
function expectWhyIn(locale: "en" | "zh-CN", lines: string[], where: string): void {
  expect(lines.length, `${where}: why lines shown`).toBeGreaterThan(0);
  if (locale === "zh-CN") expect(lines.some((l) => HAN.test(l)), `${where}: a built-in note in Chinese among ${JSON.stringify(lines)}`).toBe(true);
  else expect(lines.filter((l) => HAN.test(l)), `${where}: English notes`).toEqual([]);
}

/**
 * Short labels (buttons, headings, tags, table heads) that the layout squeezed to one character a
 * line: more than two lines for at most 16 characters.
 */
async function squeezedLabels(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const roots: Array<Document | ShadowRoot> = [document];
    const host = document.querySelector("preflight-panel");
    if (host?.shadowRoot) roots.push(host.shadowRoot);
    const out: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>("button, th, label, a, h1, h2, h3, summary, .pf-tag, .pf-sev, .pf-rule, .pf-pill, strong")) {
        const text = (el.textContent ?? "").trim();
        if (!text || [...text].length > 16 || el.offsetParent === null) continue;
        // The lines its text runs over (a checkbox or an icon beside the text is not a line).
        const tops: number[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((top) => Math.abs(top - r.top) < r.height / 2)) tops.push(r.top);
        }
        if (tops.length > 2) out.push(text);
      }
    }
    return out;
  });
}

describe("screenshots in both languages (run with npm run test:e2e)", () => {
  const suite = extensionSuite("screenshots", {
    teamRuleSet: TEAM,
    identity: { author: "ann@acme.example" },
    decisions: [
      { id: "d1", at: "2026-11-20T10:00:00Z", platform: "x", account: "annexample", author: "ann@acme.example", rules: [{ id: "sensitivity/tragedy-promotion", severity: "block" }], crisis: false, decision: "override", reason: "Approved by legal after review", excerpt: "…hit by the floods…" },
      { id: "d2", at: "2026-11-21T10:00:00Z", platform: "x", author: "ann@acme.example", rules: [{ id: "voice/formality", severity: "info" }], crisis: false, decision: "falsePositive", words: "gonna" },
    ],
  });

  for (const locale of ["en", "zh-CN"] as const) {
    test(`${locale}: the welcome page, the options page, the panel and the gate`, async () => {
      await mkdir(DIR, { recursive: true });
      await seedStorage(suite.worker, { uiLanguage: locale });
      const id = new URL(suite.worker.url()).host;
      const shoot = async (page: Page, name: string) => {
        await page.screenshot({ path: join(DIR, `${locale}-${name}.png`), fullPage: true });
        expect(await squeezedLabels(page), `${locale} ${name}: labels wrapped a character a line`).toEqual([]);
      };
      const ext = await suite.browser.context.newPage();
      try {
        await ext.setViewportSize({ width: 1100, height: 900 });
        await ext.goto(`chrome-extension://${id}/welcome.html`);
        await ext.locator(`html[lang="${locale}"]`).waitFor();
        await ext.locator('[data-testid="welcome-sample-welcomeSampleZh"]').click();
        await ext.locator('[data-testid="try-verdict"]').waitFor();
        await shoot(ext, "welcome");
        for (const section of ["identity", "rules", "try", "audit"]) {
          await ext.goto(`chrome-extension://${id}/options.html#${section}`);
          await ext.locator(`main[data-section="${section}"]`).waitFor();
          if (section === "try") {
            await ext.locator('[data-testid="try-text"]').fill(POSTS[locale]);
            await ext.locator('[data-testid="try-verdict"]').waitFor();
            await expect.poll(async () => (await ext.locator('[data-testid="why"]').allInnerTexts()).some((l) => HAN.test(l)) === (locale === "zh-CN")).toBe(true);
            expectWhyIn(locale, await ext.locator('[data-testid="why"]').allInnerTexts(), "try-it");
          }
          if (section === "audit") await ext.locator('[data-testid="audit-decisions"]').waitFor();
          if (section === "rules") await ext.locator('[data-testid="rules"]').waitFor();
          await shoot(ext, `options-${section}`);
        }
        // The popup is narrow: the place where Chinese labels wrap first.
        await ext.setViewportSize({ width: 400, height: 700 });
        await ext.goto(`chrome-extension://${id}/popup.html`);
        await ext.waitForTimeout(300); // its items load from storage; nothing to wait on when all is well
        await shoot(ext, "popup");
      } finally {
        await ext.close();
      }

      const page = (suite.page = await openFixture(suite.browser.context, "x"));
      await typeText(page, "x", POSTS[locale]);
      await expect.poll(() => reviewed(page)).toBe(true);
      await badge(page).click();
      await panel(page).waitFor();
      await expect.poll(() => panel(page).locator('[data-testid="pf-finding"]').count()).toBeGreaterThan(0);
      expectWhyIn(locale, await panel(page).locator(".pf-guidance").allInnerTexts(), "panel");
      await panel(page).locator('[data-testid="pf-np"]').first().click();
      await shoot(page, "panel");
      await page.keyboard.press("Escape");
      await submitControl(page, "x").click();
      await gate(page).waitFor();
      await gate(page).locator('[data-testid="pf-gate-override"]').click();
      await shoot(page, "gate");
      await gate(page).locator('[data-testid="pf-gate-edit"]').click();
    });
  }
});
