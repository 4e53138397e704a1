// Issue 12 end to end, in real Chromium with the production build: an admin declares a drill from
// a prepared scenario with the command line (in-process), signs it and publishes it on the team
// feed; it reaches an already open compose box, whose panel shows the banner (title, message, the
// drill mark, who may post); the gate still works; the options page exports the log, and
// `preflight report --crisis` reads the run back.
import { readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { parseRuleSet } from "../../lib/ruleset/parse.ts";
import { generateKeyPair, signRuleSet, type KeyPair } from "../../lib/ruleset/sign.ts";
import { encodeInvite } from "../../lib/sync/source.ts";
import { cli, tempDir } from "../cli/harness.ts";
import { badge, gate, panel, resetStorage, serviceWorker } from "./content-kit.ts";
import { startFeedServer, type FeedServer } from "./feed-server.ts";
import { extensionId, extensionOutputDir, launchBrowser, openFixture, pageErrors, saveScreenshot, submitControl, submitted, typeText, type BrowserSession } from "./harness.ts";

const POLL_SECONDS = 1;
const TEAM = `# Acme's team rules
schema: preflight.ruleset/1
id: acme
version: 1
issuedAt: 2026-11-01T00:00:00Z
brand: { names: [Acme], accounts: [{ platform: x, handle: annexample }] }
spokespeople:
  - { id: ann@acme.example, name: Ann, accounts: ["x:annexample"] }
scenarios:
  - id: data-breach
    title: Data breach
    kind: data-breach
    message: Hold all marketing posts; only Ann speaks.
    holdingStatement: We are investigating and will update here within the hour.
    checklist: [Brief support]
    mayPost: [ann@acme.example]
    remindScheduled: true
crisis: { active: false }
`;

async function setTestPoll(worker: Worker, seconds: number): Promise<void> {
  await worker.evaluate(
    (s) => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ preflightTestPollSeconds: s }),
    seconds,
  );
}

/** The rule-set file as the admin would sign it: validated, as JSON. */
function signedFile(file: string, pair: KeyPair): Promise<string> {
  const parsed = parseRuleSet(readFileSync(file, "utf8"), { name: file });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return signRuleSet(JSON.stringify(parsed.value), pair.privateKey);
}

describe("crisis scenarios and drills (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let id: string;
  let feed: FeedServer;
  let pair: KeyPair;
  let compose: Page | undefined;
  const dir = tempDir();
  const file = join(dir, "team.yaml");

  beforeAll(async () => {
    [pair, feed] = await Promise.all([generateKeyPair(), startFeedServer()]);
    writeFileSync(file, TEAM);
    browser = await launchBrowser({ extension: extensionOutputDir });
    worker = await serviceWorker(browser.context);
    id = await extensionId(browser.context);
    await resetStorage(worker);
    await setTestPoll(worker, POLL_SECONDS);
  });
  afterAll(async () => {
    await browser?.close();
    await feed?.close();
  });
  afterEach(async (context) => {
    if (compose && context.task.result?.state === "fail") await saveScreenshot(compose, `crisis-${context.task.name}`);
  });

  test("the install follows the team's feed; a compose box is open, with no crisis", async () => {
    feed.publish(await signedFile(file, pair));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#identity`);
    await options.locator('[data-testid="identity-input"]').fill("bob@acme.example");
    await options.locator('[data-testid="identity-save"]').click();
    await options.locator('[data-testid="identity-status"][data-state="saved"]').waitFor();
    await options.goto(`chrome-extension://${id}/options.html#team`);
    await options.locator('[data-testid="invite-input"]').fill(encodeInvite({ url: feed.url, keys: [pair.publicKey] }));
    await options.locator('[data-testid="invite-join"]').click();
    await expect.poll(() => worker.evaluate(async () => Boolean((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get("teamRuleSet"))["teamRuleSet"])), { timeout: 10_000 }).toBe(true);
    await options.close();
    const page = (compose = await openFixture(browser.context, "x"));
    await typeText(page, "x", "Our autumn collection is here");
    await badge(page).waitFor();
    expect(await badge(page).locator(".pf-pill--crisis").count()).toBe(0);
  });

  test("a drill declared by the CLI reaches the open compose box with its banner, and the gate still works", async () => {
    const page = compose!;
    const declared = await cli(["crisis", "declare", "data-breach", "--file", file, "--drill", "--until", "1"]);
    expect(declared.stderr).toBe("");
    expect(declared.code).toBe(0);
    expect(declared.stdout).toContain("declared a drill of the crisis data-breach");
    feed.publish(await signedFile(file, pair));

    const pill = badge(page).locator(".pf-pill--crisis");
    await pill.waitFor({ timeout: 15_000 });
    expect(await pill.textContent()).toBe("Drill");
    await badge(page).click();
    await panel(page).locator('[data-testid="pf-crisis"]').waitFor();
    expect(await panel(page).locator('[data-testid="pf-crisis-title"]').textContent()).toBe("Drill: Data breach");
    expect(await panel(page).locator('[data-testid="pf-crisis-message"]').textContent()).toBe("Hold all marketing posts; only Ann speaks.");
    expect(await panel(page).locator('[data-testid="pf-crisis-restricted"]').count()).toBe(1);
    expect(await panel(page).locator('[data-testid="pf-crisis-drill"]').count()).toBe(1);
    await saveScreenshot(page, "crisis-drill-banner");

    // Bob is not in the scenario's mayPost: the gate stops him, drill or not.
    await submitControl(page, "x").click();
    await gate(page).waitFor({ state: "visible" });
    expect(await gate(page).locator('[data-testid="pf-crisis-title"]').textContent()).toBe("Drill: Data breach");
    expect(await gate(page).locator('[data-rule="spokesperson/unapproved"]').textContent()).toContain("Drill: During this crisis (Data breach)");
    await gate(page).locator('[data-testid="pf-gate-edit"]').click();
    await gate(page).waitFor({ state: "detached" });
    expect(await submitted(page)).toEqual([]);
    await submitControl(page, "x").click();
    await gate(page).waitFor({ state: "visible" });
    await gate(page).locator('[data-testid="pf-gate-override"]').click();
    await gate(page).locator('[data-testid="pf-gate-reason"]').fill("Rehearsing the holding statement");
    await gate(page).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(page)).toHaveLength(1);
    expect(pageErrors(page).map(String)).toEqual([]);
  });

  test("the popup ticks the checklist; the options page exports the log; report --crisis reads the run back", async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('[data-testid="team-crisis"]').waitFor();
    expect(await popup.locator('[data-testid="team-crisis-title"]').textContent()).toBe("Drill: Data breach");
    const boxes = popup.locator('[data-testid="checklist"] input[type="checkbox"]');
    expect(await boxes.count()).toBe(2);
    await boxes.first().check();
    await expect.poll(() => boxes.first().isChecked()).toBe(true);
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#audit`);
    await options.locator('[data-testid="crisis-review-facts"]').waitFor();
    expect(await options.locator('[data-testid="crisis-review-facts"]').getAttribute("data-drill")).toBe("true");
    await saveScreenshot(options, "crisis-review-options");
    const [download] = await Promise.all([options.waitForEvent("download"), options.locator('[data-testid="audit-export-json"]').click()]);
    const exported = join(dir, "export.json");
    await download.saveAs(exported);
    const log = JSON.parse(await readFile(exported, "utf8")) as { decisions: Array<Record<string, unknown>>; checklist?: unknown[] };
    expect(log.decisions.map((d) => [d["decision"], d["drill"], d["scenario"]])).toEqual([
      ["edit", true, "data-breach"],
      ["override", true, "data-breach"],
    ]);
    expect(log.checklist).toHaveLength(1);
    await options.close();

    const report = await cli(["report", exported, "--crisis", "data-breach", "--format", "json"]);
    expect(report.stderr).toBe("");
    const review = JSON.parse(report.stdout) as { crisis: { drill: boolean }; totals: Record<string, number>; postedAnyway: Array<{ author: string; reason: string }>; firstStatement?: { minutes: number }; checklist?: { done: number; of: number } };
    expect(review.crisis.drill).toBe(true);
    expect(review.totals).toEqual({ decisions: 2, stopped: 1, override: 1, approved: 0 });
    expect(review.postedAnyway).toMatchObject([{ author: "bob@acme.example", reason: "Rehearsing the holding statement" }]);
    expect(review.firstStatement?.minutes).toBeGreaterThanOrEqual(0);
    expect(review.checklist).toMatchObject({ done: 1, of: 2 });
    const html = await cli(["report", exported, "--crisis", "data-breach", "--format", "html"]);
    expect(html.stdout).toContain("Drill: data-breach");
  });
});
