// Reflect and report, end to end in Chromium with the production build: a *Post anyway* on the X
// fixture reaches the team's receiver on 127.0.0.1 exactly once; with the receiver down it waits
// in the queue and arrives once the receiver is back; a send cut off by a restart of the extension
// is sent again under the same id, which the receiver dedupes; the options page shows the log and
// exports it, and `preflight report` summarizes the export.
import { readFile } from "node:fs/promises";
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { cli, tempDir } from "../cli/harness.ts";
import {
  extensionId,
  extensionOutputDir,
  launchBrowser,
  openPanelForTests,
  openFixture,
  pageErrors,
  saveScreenshot,
  submitControl,
  submitted,
  typeText,
  type BrowserSession,
} from "./harness.ts";
import { BLOCKING_RULESET, blockCount, decisions, gate, resetStorage, seedStorage, serviceWorker } from "./content-kit.ts";
import { TestReceiver } from "./receiver.ts";

const TEXT = "Thoughts about bluefin this week";

interface QueueState {
  events: Array<{ id: string }>;
  attempts: number;
  sent: number;
  lastError?: string;
}

type Chrome = {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> }; session: { set(items: Record<string, unknown>): Promise<void> } };
    runtime: { reload(): void };
  };
};

function reportQueue(worker: Worker): Promise<QueueState | undefined> {
  return worker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get("reportQueue"))["reportQueue"] as never);
}

async function postAnyway(page: Page, reason: string): Promise<void> {
  await typeText(page, "x", TEXT);
  await expect.poll(() => blockCount(page)).toBe(1);
  await submitControl(page, "x").click();
  await gate(page).waitFor({ state: "visible" });
  await gate(page).locator('[data-testid="pf-gate-override"]').click();
  await gate(page).locator('[data-testid="pf-gate-reason"]').fill(reason);
  await gate(page).locator('[data-testid="pf-gate-confirm"]').click();
  await expect.poll(() => submitted(page)).toEqual([{ text: TEXT, how: "click" }]);
}

describe("team reporting and the audit log (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let receiver: TestReceiver;
  let page: Page | undefined;
  const dir = tempDir();

  beforeAll(async () => {
    // The welcome page stays as the install left it: answering it from the harness (a worker
    // evaluate, a closed extension page) left Playwright without the "serviceworker" event of the
    // restart below. The author is set here, so the welcome's pending state changes nothing.
    browser = await launchBrowser({ extension: extensionOutputDir, welcome: true });
    worker = await serviceWorker(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    receiver = new TestReceiver();
    await receiver.up();
    await resetStorage(worker);
    await seedStorage(worker, { teamRuleSet: { ...BLOCKING_RULESET, report: { url: receiver.url } } });
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `report-${context.task.name}`);
    if (page) expect(pageErrors(page).map(String)).toEqual([]);
    await page?.close();
    page = undefined;
    await receiver.down();
  });

  test("a Post anyway arrives at the team's receiver exactly once, without the post's text", async () => {
    const current = (page = await openFixture(browser.context, "x"));
    await postAnyway(current, "Approved by legal");
    await expect.poll(() => receiver.kept.size, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await reportQueue(worker))?.sent).toBe(1);
    expect((await reportQueue(worker))?.events).toEqual([]);

    const [event] = [...receiver.kept.values()];
    const [logged] = await decisions(worker);
    expect(event).toMatchObject({ id: (logged as unknown as { id: string }).id, decision: "override", platform: "x", account: "annexample", reason: "Approved by legal" });
    expect(event!.rules).toContainEqual({ id: "events/match", severity: "block" });
    expect(receiver.batches[0]).toMatchObject({ schema: "preflight.report/1", ruleSet: { id: "acme", version: 3 } });
    // A simple request (no CORS preflight), and never the text.
    expect(receiver.raw.map((r) => r.contentType)).toEqual(["text/plain;charset=UTF-8"]);
    expect(receiver.raw[0]!.body).not.toContain("this week");
    // Exactly once on the wire, not only after deduping: one request, one id.
    expect(receiver.ids).toEqual([event!.id]);
  });

  test("when the team's policy allows an excerpt, the words around what stopped the post go with the decision, no more", async () => {
    await seedStorage(worker, { teamRuleSet: { ...BLOCKING_RULESET, report: { url: receiver.url, excerpt: 20 } } });
    const current = (page = await openFixture(browser.context, "x"));
    await postAnyway(current, "Approved by legal");
    await expect.poll(() => receiver.kept.size, { timeout: 15_000 }).toBe(1);
    const [event] = [...receiver.kept.values()];
    expect(event!.excerpt).toBe("…about bluefin this w…");
    const [logged] = await decisions(worker);
    expect((logged as unknown as { excerpt?: string }).excerpt).toBe(event!.excerpt);
  });

  test("with the receiver down, the decision waits in the queue and arrives once the receiver is back", async () => {
    // Test-only: retry every second instead of the 30 s to 1 h back-off (lib/audit/reporter.ts).
    await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.session.set({ preflightTestReportRetrySeconds: 1 }));
    await receiver.down();
    const current = (page = await openFixture(browser.context, "x"));
    await postAnyway(current, "Checked with the comms lead");
    await expect.poll(async () => (await reportQueue(worker))?.attempts ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const waiting = await reportQueue(worker);
    expect(waiting?.events).toHaveLength(1);
    expect(waiting?.lastError).toContain("could not reach the receiver");
    expect(receiver.batches).toEqual([]);

    await receiver.up(); // the same port
    await expect.poll(() => receiver.kept.size, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await reportQueue(worker))?.events.length).toBe(0);
    expect(receiver.ids).toHaveLength(1);
    expect([...receiver.kept.values()][0]).toMatchObject({ decision: "override", reason: "Checked with the comms lead" });
  });

  test("a send cut off by a restart of the extension is sent again under the same id; the receiver keeps one", async () => {
    receiver.hold = true; // takes the request, never answers
    const current = (page = await openFixture(browser.context, "x"));
    await postAnyway(current, "Approved by legal");
    await expect.poll(() => receiver.batches.length, { timeout: 15_000 }).toBe(1);
    expect((await reportQueue(worker))?.events).toHaveLength(1); // not acknowledged: still queued

    receiver.hold = false;
    const next = browser.context.waitForEvent("serviceworker");
    await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.reload()).catch(() => undefined);
    worker = await next;
    await openPanelForTests(worker); // the restart emptied storage.session
    await expect.poll(() => receiver.batches.length, { timeout: 20_000 }).toBe(2);
    expect(new Set(receiver.ids).size).toBe(1);
    expect(receiver.kept.size).toBe(1);
    await expect.poll(async () => (await reportQueue(worker))?.events.length).toBe(0);
    await page.close();
    page = undefined; // its content script belonged to the extension before the restart
  });

  test("the options page shows the log, and its export is all `preflight report` needs", async () => {
    const current = (page = await openFixture(browser.context, "x"));
    await typeText(current, "x", TEXT);
    await expect.poll(() => blockCount(current)).toBe(1);
    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-edit"]').click();
    await gate(current).waitFor({ state: "detached" });
    await submitControl(current, "x").click();
    await gate(current).waitFor({ state: "visible" });
    await gate(current).locator('[data-testid="pf-gate-override"]').click();
    await gate(current).locator('[data-testid="pf-gate-reason"]').fill("Approved by legal");
    await gate(current).locator('[data-testid="pf-gate-confirm"]').click();
    await expect.poll(() => submitted(current)).toHaveLength(1);
    // Leaving the page sends the findings it showed while composing.
    await current.goto("about:blank");
    await expect
      .poll(() => worker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get("findingCounts"))["findingCounts"] as never))
      .toMatchObject({ rows: [{ platform: "x", account: "annexample", rule: "events/match", n: 1 }] });
    // Every decision goes to the team, Edit as well as Post anyway.
    await expect.poll(() => receiver.kept.size, { timeout: 15_000 }).toBe(2);

    const options = (page = await browser.context.newPage());
    await options.goto(`chrome-extension://${await extensionId(browser.context)}/options.html#audit`);
    const totals = options.locator('[data-testid="audit-totals"]');
    await expect.poll(() => totals.getAttribute("data-decisions")).toBe("2");
    expect(await totals.textContent()).toBe(
      "Decisions at the gate: 2 (1 edited, 1 posted anyway, 0 cancelled; 0 during a crisis). Findings shown while composing: 1.",
    );
    expect(await options.locator('[data-testid="audit-chart-findings"] rect[data-key="events/match"]').count()).toBe(1);
    expect(await options.locator('[data-testid="audit-chart-outcomes"] rect').count()).toBe(2);
    expect(await options.locator('[data-testid="audit-chart-people"] li[data-label="(not known)"]').getAttribute("data-value")).toBe("1");
    expect(await options.locator('[data-testid="audit-chart-reasons"] li[data-label="Approved by legal"]').getAttribute("data-value")).toBe("1");
    await expect.poll(() => options.locator('[data-testid="audit-reporting"]').getAttribute("data-sent")).toBe("2");
    await saveScreenshot(options, "report-options-audit");

    const [download] = await Promise.all([options.waitForEvent("download"), options.locator('[data-testid="audit-export-json"]').click()]);
    const file = `${dir}/export.json`;
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, "utf8")) as { schema: string; decisions: unknown[]; findingCounts: unknown[] };
    expect(exported.schema).toBe("preflight.audit/1");
    expect(exported.decisions).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain("this week");

    const report = await cli(["report", file, "--format", "json"]);
    expect(report.code).toBe(0);
    const summary = JSON.parse(report.stdout) as { totals: Record<string, number>; byRule: Array<Record<string, unknown>>; reasons: Array<Record<string, unknown>> };
    expect(summary.totals).toMatchObject({ decisions: 2, edit: 1, override: 1, shown: 1 });
    expect(summary.byRule[0]).toMatchObject({ rule: "events/match", shown: 1, gated: 2, edit: 1, override: 1 });
    expect(summary.reasons).toEqual([{ reason: "Approved by legal", n: 1, people: [""] }]);
  });
});
