// `npm run demo`: builds the extension and opens Chromium with it on the local playground, every
// platform's fixture composer at its real address, under the built-in rules and a sample team rule
// set (test/demo/team.yaml). With a display it stays open until you close the browser; without
// one (or with CI set) it runs headless, types a draft into each composer, and saves screenshots
// of the panels and of the gate.
import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { parseRuleSet, formatIssue } from "../../lib/ruleset/parse.ts";
import { badge, gate, panel, reviewed, seedStorage, serviceWorker } from "../e2e/content-kit.ts";
import { fixtures, type FixtureName } from "../e2e/fixtures/catalog.ts";
import { extensionBuildIsStale } from "../e2e/global-setup.ts";
import { chromiumPath, extensionOutputDir, launchBrowser, openFixture, repoRoot, submitControl, typeText } from "../e2e/harness.ts";
import { DEMO_DRAFTS } from "./samples.ts";

const run = promisify(execFile);
const screenshotsDir = join(repoRoot, ".output/demo");

async function teamRuleSet(): Promise<unknown> {
  const source = await readFile(join(repoRoot, "test/demo/team.yaml"), "utf8");
  const parsed = parseRuleSet(source, { name: "team.yaml" });
  if (!parsed.ok) throw new Error(`test/demo/team.yaml: ${parsed.errors.map(formatIssue).join("; ")}`);
  return parsed.value;
}

/** The findings the open panel lists, by severity. */
async function severities(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const severity of await panel(page).locator('[data-testid="pf-finding"]').evaluateAll((items) => items.map((i) => i.getAttribute("data-severity") ?? ""))) {
    counts[severity] = (counts[severity] ?? 0) + 1;
  }
  return counts;
}

async function tour(open: (name: FixtureName) => Promise<Page>): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true });
  const saved: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = join(screenshotsDir, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    saved.push(path);
  };
  for (const [name, draft] of Object.entries(DEMO_DRAFTS) as Array<[FixtureName, string]>) {
    const page = await open(name);
    try {
      await typeText(page, name, draft);
      await waitFor(() => reviewed(page));
      // Analysis waits for a pause in typing (150 ms): let the last keystrokes' review land.
      await page.waitForTimeout(500);
      await badge(page).click();
      await panel(page).waitFor({ state: "visible" });
      const found = await severities(page);
      await shoot(page, `${name}-panel`);
      const summary = Object.entries(found).map(([severity, n]) => `${n} ${severity}`).join(", ") || "nothing";
      console.log(`${name.padEnd(10)} ${summary.padEnd(26)} “${draft}”`);
      if (found["block"]) {
        await page.keyboard.press("Escape");
        await submitControl(page, name).click();
        await gate(page).waitFor({ state: "visible" });
        await shoot(page, `${name}-gate`);
      }
    } finally {
      await page.close();
    }
  }
  console.log(`\n${saved.length} screenshots in ${relative(process.cwd(), screenshotsDir) || "."}/:`);
  for (const path of saved) console.log(`  ${relative(process.cwd(), path)}`);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("Preflight did not review the draft in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  chromiumPath(); // says how to install Chromium when it is missing
  if (extensionBuildIsStale()) {
    console.log("Building the extension…");
    await run("npm", ["run", "build"], { cwd: repoRoot });
  }
  const headless = !process.env["DISPLAY"] || Boolean(process.env["CI"]);
  const browser = await launchBrowser({ extension: extensionOutputDir, headless });
  try {
    const worker = await serviceWorker(browser.context);
    await seedStorage(worker, { teamRuleSet: await teamRuleSet() });
    const playground = `${browser.server.origin}/playground`;
    if (!headless) {
      const page = await browser.context.newPage();
      await page.goto(playground);
      console.log(`Preflight is running in Chromium on ${playground}. Close the browser to stop.`);
      await new Promise<void>((resolve) => browser.context.on("close", () => resolve()));
      return;
    }
    console.log("No display: running headless, typing a draft into each platform's composer.\n");
    const start = await browser.context.newPage();
    await start.goto(playground);
    await mkdir(screenshotsDir, { recursive: true });
    await start.screenshot({ path: join(screenshotsDir, "playground.png"), fullPage: true });
    await start.close();
    await tour((name) => openFixture(browser.context, name));
    console.log(`\nThe fixture composers: ${Object.keys(fixtures).length}; the playground: ${playground} (while it runs).`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
