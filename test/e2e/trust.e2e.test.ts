// Issue 11, "Proof": in real Chromium with the production build, as users have it (the panel's
// shadow root closed), a script in the page's world and one in the content script's world can
// neither change Preflight's state nor press Post anyway; the author still can.
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { extensionOutputDir, launchBrowser, openFixture, pageErrors, saveScreenshot, submitControl, submitted, typeText, type BrowserSession } from "./harness.ts";
import { BLOCKING_RULESET, decisions, resetStorage, seedStorage, serviceWorker } from "./content-kit.ts";

const GUIDANCE = BLOCKING_RULESET.events[0]!.guidance;
const CRISIS = { active: true, reason: "Recall under way" };

/** What the panel shows, read from the content script's world (chrome.dom opens a closed root there). */
interface PanelView {
  host: boolean;
  gate: boolean;
  reasonField: boolean;
  /** Where the gate's buttons are on the page, for a person's clicks. */
  override?: { x: number; y: number };
}

interface ContentWorldAttack {
  storageWrite: string;
  storageRead: string;
  syncNow: unknown;
  foreignDecision: unknown;
  clicked: string[];
}

/**
 * Runs a script in the x.com tab's content-script world, as a compromised content script would:
 * `view` reads the panel, `attack` tries everything that world can reach. (Both are written out in
 * the worker, which serializes the function it injects.)
 */
function inContentWorld(worker: Worker, what: "view"): Promise<PanelView>;
function inContentWorld(worker: Worker, what: "attack"): Promise<ContentWorldAttack>;
function inContentWorld(worker: Worker, what: "view" | "attack"): Promise<unknown> {
  return worker.evaluate(async (script) => {
    const api = (globalThis as unknown as { chrome: any }).chrome;
    const view = () => {
      const chromeApi = (globalThis as unknown as { chrome: any }).chrome;
      const host = document.querySelector("preflight-panel");
      const root: ShadowRoot | null = host ? chromeApi.dom.openOrClosedShadowRoot(host) : null;
      const button = root?.querySelector('[data-testid="pf-gate-override"]')?.getBoundingClientRect();
      return {
        host: host !== null,
        gate: root?.querySelector('[data-testid="pf-gate"]') != null,
        reasonField: root?.querySelector('[data-testid="pf-gate-reason"]') != null,
        ...(button ? { override: { x: button.left + button.width / 2, y: button.top + button.height / 2 } } : {}),
      };
    };
    const attack = async () => {
      const chromeApi = (globalThis as unknown as { chrome: any }).chrome;
      const outcome = (promise: Promise<unknown>) => promise.then(() => "allowed", (error: unknown) => `refused: ${String(error)}`);
      const storageWrite = await outcome(chromeApi.storage.local.set({ crisis: { active: false }, teamRuleSet: null }));
      const storageRead = await outcome(chromeApi.storage.local.get(null));
      const syncNow = await chromeApi.runtime.sendMessage({ type: "sync.now" });
      const foreignDecision = await chromeApi.runtime.sendMessage({
        type: "decision.record",
        site: "linkedin",
        decision: { rules: [], crisis: false, decision: "override", reason: "forged" },
      });
      // Press the gate's buttons as a script can: click(), synthetic events, a form submission.
      const root: ShadowRoot = chromeApi.dom.openOrClosedShadowRoot(document.querySelector("preflight-panel"));
      const clicked: string[] = [];
      const press = (id: string) => {
        const element = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        if (!element) return;
        element.click();
        element.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
        clicked.push(id);
      };
      press("pf-gate-override");
      const reason = root.querySelector<HTMLInputElement>('[data-testid="pf-gate-reason"]');
      if (reason) {
        reason.value = "forged";
        reason.dispatchEvent(new InputEvent("input", { bubbles: true }));
        reason.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
        reason.form?.requestSubmit();
      }
      press("pf-gate-confirm");
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      return { storageWrite, storageRead, syncNow, foreignDecision, clicked };
    };
    const [tab] = await api.tabs.query({ url: "https://x.com/*" });
    const [run] = await api.scripting.executeScript({ target: { tabId: tab.id }, world: "ISOLATED", func: script === "view" ? view : attack });
    return run.result;
  }, what);
}

async function storedState(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => (globalThis as unknown as { chrome: any }).chrome.storage.local.get(["crisis", "teamRuleSet"]));
}

describe("trust boundaries (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser({ extension: extensionOutputDir, inspectablePanel: false });
    worker = await serviceWorker(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await resetStorage(worker);
    await seedStorage(worker, { teamRuleSet: BLOCKING_RULESET, crisis: CRISIS });
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === "fail") await saveScreenshot(page, `trust-${context.task.name}`);
    if (page) expect(pageErrors(page).map(String)).toEqual([]);
    await page?.close();
    page = undefined;
  });

  /** Types a post the team's rules stop, clicks Post as a person, and waits for the gate. */
  async function heldPost(): Promise<Page> {
    const current = (page = await openFixture(browser.context, "x"));
    await typeText(current, "x", "Our bluefin news");
    await expect.poll(async () => (await inContentWorld(worker, "view")).host).toBe(true);
    await submitControl(current, "x").click();
    await expect.poll(async () => (await inContentWorld(worker, "view")).gate).toBe(true);
    return current;
  }

  test("a script in the page's world cannot read the panel, reach storage, or answer the gate", async () => {
    const current = await heldPost();
    const seen = await current.evaluate(() => {
      const host = document.querySelector("preflight-panel");
      const chromeApi = (globalThis as unknown as { chrome?: { storage?: unknown; runtime?: { sendMessage?: unknown } } }).chrome;
      // Everything a page script can try on the panel: clicks, keys, and a submit on its host.
      host?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      (host as HTMLElement | null)?.click();
      for (const target of [window, document, host]) {
        target?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
        target?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }));
      }
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        storage: typeof chromeApi?.storage,
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
      };
    });
    expect(seen.host).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.storage).toBe("undefined");
    expect(seen.html).not.toContain(GUIDANCE);
    expect(seen.text).not.toContain(GUIDANCE);
    expect(seen.html).not.toContain(CRISIS.reason);
    // The gate is still open, nothing was posted or logged, and the state is as it was.
    expect(await inContentWorld(worker, "view")).toMatchObject({ gate: true, reasonField: false });
    expect(await submitted(current)).toEqual([]);
    expect(await decisions(worker)).toEqual([]);
    expect(await storedState(worker)).toEqual({ crisis: CRISIS, teamRuleSet: BLOCKING_RULESET });
    // The author's own Escape is Edit: the gate closes, the draft stays, and the decision is logged
    // (here, so that it cannot land in the next test's log).
    await current.keyboard.press("Escape");
    await expect.poll(async () => (await decisions(worker)).map((d) => d.decision)).toEqual(["edit"]);
    expect(await inContentWorld(worker, "view")).toMatchObject({ gate: false });
    expect(await submitted(current)).toEqual([]);
  });

  test("a script in the content script's world can neither change state nor press Post anyway; the author can", async () => {
    const current = await heldPost();
    const attack = await inContentWorld(worker, "attack");
    expect(attack.storageWrite).toMatch(/^refused: /);
    expect(attack.storageRead).toMatch(/^refused: /);
    expect(attack.syncNow).toMatchObject({ ok: false });
    expect(attack.foreignDecision).toMatchObject({ ok: false });
    expect(attack.clicked).toEqual(["pf-gate-override"]); // the reason field never opened, so no confirm to press
    expect(await inContentWorld(worker, "view")).toMatchObject({ gate: true, reasonField: false });
    expect(await submitted(current)).toEqual([]);
    expect(await decisions(worker)).toEqual([]);
    expect(await storedState(worker)).toEqual({ crisis: CRISIS, teamRuleSet: BLOCKING_RULESET });

    // The author's own click and keys still work: Post anyway with a reason sends the post once, logged.
    const { override } = await inContentWorld(worker, "view");
    expect(override).toBeDefined();
    await current.mouse.click(override!.x, override!.y);
    await expect.poll(async () => (await inContentWorld(worker, "view")).reasonField).toBe(true);
    await current.keyboard.type("Approved by legal");
    await current.keyboard.press("Enter");
    await expect.poll(() => submitted(current)).toEqual([{ text: "Our bluefin news", how: "click" }]);
    await expect.poll(async () => (await decisions(worker)).map((d) => [d.decision, d.platform, d.reason])).toEqual([["override", "x", "Approved by legal"]]);
  });
});
