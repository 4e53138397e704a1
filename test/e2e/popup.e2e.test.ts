// The popup and the options page with the production build in real Chromium: the crisis switch
// reaching an open compose box, the team's crisis, status at a glance, sites, the try-it box.
import type { Page, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { encodeInvite } from "../../lib/sync/source.ts";
import { addUserSite, badge, BLOCKING_RULESET, gate, resetStorage, seedStorage, serviceWorker } from "./content-kit.ts";
import {
  extensionId,
  extensionOutputDir,
  launchBrowser,
  openFixture,
  pageErrors,
  saveScreenshot,
  submitControl,
  submitted,
  typeText,
  type BrowserSession,
} from "./harness.ts";

const TEAM_CRISIS = {
  active: true,
  title: "Product recall",
  message: "Pause all marketing posts.",
  since: "2026-11-24T08:00:00Z",
  holdingStatement: "We are aware of the issue and will share an update within the hour.",
  checklist: ["Pause scheduled posts in your scheduler", "Tell the support team"],
  contact: "Comms desk, +1 555 0100",
};

describe("the popup and the options page (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let id: string;
  let pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser({ extension: extensionOutputDir });
    worker = await serviceWorker(browser.context);
    id = await extensionId(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await resetStorage(worker);
  });
  afterEach(async (context) => {
    for (const page of pages) {
      if (context.task.result?.state === "fail") await saveScreenshot(page, `popup-${context.task.name}-${pages.indexOf(page)}`);
      expect(pageErrors(page).map(String)).toEqual([]);
      await page.close();
    }
    pages = [];
  });

  const open = async (path: string) => {
    const page = await browser.context.newPage();
    pages.push(page);
    const errors: Error[] = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(`chrome-extension://${id}/${path}`);
    return page;
  };
  const compose = async () => {
    const page = await openFixture(browser.context, "x");
    pages.push(page);
    return page;
  };
  const pill = (page: Page) => badge(page).locator(".pf-pill--crisis");
  const storageGet = (key: string) =>
    worker.evaluate(
      async (k) => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k],
      key,
    );

  test("the popup's crisis switch reaches an open compose box within a second and changes its gate", async () => {
    const page = await compose();
    await typeText(page, "x", "Our weekly tips");
    await expect.poll(() => badge(page).getAttribute("aria-label")).not.toContain("Loading");
    expect(await pill(page).count()).toBe(0);

    const popup = await open("popup.html");
    await popup.locator('[data-testid="crisis-reason"]').fill("Service outage");
    const switched = Date.now();
    await popup.locator('[data-testid="crisis-toggle"]').check();
    await pill(page).waitFor();
    const onMs = Date.now() - switched;
    await popup.locator('[data-testid="crisis-since"]').waitFor();

    await submitControl(page, "x").click();
    const reason = gate(page).locator('[data-rule="crisis/statement"]');
    await reason.waitFor();
    expect(await reason.textContent()).toContain("Service outage");
    await gate(page).locator('[data-testid="pf-gate-edit"]').click();
    await gate(page).waitFor({ state: "detached" });
    expect(await submitted(page)).toEqual([]);

    const switchedOff = Date.now();
    await popup.locator('[data-testid="crisis-toggle"]').uncheck();
    await pill(page).waitFor({ state: "detached" });
    const offMs = Date.now() - switchedOff;
    console.log(`popup e2e: crisis switch → open compose box: on in ${onMs} ms, off in ${offMs} ms`);
    expect(onMs).toBeLessThan(1_000);
    expect(offMs).toBeLessThan(1_000);
    await submitControl(page, "x").click();
    await expect.poll(() => submitted(page)).toEqual([{ text: "Our weekly tips", how: "click" }]);
  });

  test("an end time in the past is refused; a crisis with an end time switches itself off", async () => {
    const popup = await open("popup.html");
    await popup.locator('[data-testid="crisis-until"]').fill("2020-01-01T10:00");
    await popup.locator('[data-testid="crisis-toggle"]').click();
    await popup.locator('[data-testid="crisis-error"]').waitFor();
    expect(await popup.locator('[data-testid="crisis-toggle"]').isChecked()).toBe(false);

    const page = await compose();
    await typeText(page, "x", "Hello");
    await expect.poll(() => badge(page).getAttribute("aria-label")).not.toContain("Loading");
    await seedStorage(worker, { crisis: { active: true, reason: "Drill", since: new Date().toISOString(), until: new Date(Date.now() + 4_000).toISOString() } });
    await pill(page).waitFor();
    await expect.poll(() => popup.locator('[data-testid="crisis-toggle"]').isChecked()).toBe(true);
    await pill(page).waitFor({ state: "detached", timeout: 10_000 });
    await expect.poll(() => popup.locator('[data-testid="crisis-toggle"]').isChecked()).toBe(false);
  });

  test("a team crisis shows instead, cannot be switched off, copies the holding statement and remembers ticks per crisis", async () => {
    await seedStorage(worker, {
      teamRuleSet: { schema: "preflight.ruleset/1", id: "acme", version: 4, issuedAt: "2026-11-20T00:00:00Z", crisis: TEAM_CRISIS },
      teamSource: { kind: "file", fileName: "acme.yaml", appliedAt: "2026-11-24T08:00:00Z" },
      crisis: { active: false },
    });
    let popup = await open("popup.html");
    const card = popup.locator('[data-testid="team-crisis"]');
    await card.waitFor();
    expect(await card.locator("h3").first().textContent()).toBe("Team crisis: Product recall");
    expect(await popup.locator('[data-testid="team-crisis-message"]').textContent()).toBe(TEAM_CRISIS.message);
    expect(await popup.locator('[data-testid="crisis-toggle"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="team-crisis-locked"]').textContent()).toContain("cannot be switched off");

    await popup.locator('[data-testid="copy-statement"]').click();
    await expect.poll(() => popup.locator('[data-testid="copy-statement"]').textContent()).toBe("Copied");
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(TEAM_CRISIS.holdingStatement);

    await popup.locator('[data-testid="checklist"] input').first().check();
    await expect.poll(() => storageGet("crisisChecklist")).toEqual([{ crisis: "acme|2026-11-24T08:00:00Z|Product recall", done: [TEAM_CRISIS.checklist[0]] }]);
    await popup.close();
    pages = pages.filter((p) => p !== popup);
    popup = await open("popup.html");
    await popup.locator('[data-testid="checklist"]').waitFor();
    expect(await popup.locator('[data-testid="checklist"] input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([true, false]);

    // A new declaration is a new crisis: its checklist starts unticked.
    await seedStorage(worker, {
      teamRuleSet: { schema: "preflight.ruleset/1", id: "acme", version: 5, issuedAt: "2026-11-25T00:00:00Z", crisis: { ...TEAM_CRISIS, since: "2026-11-25T07:00:00Z" } },
    });
    await expect
      .poll(() => popup.locator('[data-testid="checklist"] input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked)))
      .toEqual([false, false]);
  });

  test("status at a glance: rules in force and their source, no feed, who I am, posts stopped today", async () => {
    const now = new Date();
    const yesterday = new Date(now.getTime() - 26 * 3600_000);
    const decision = (at: Date, n: number) => ({
      id: `d${n}`,
      at: at.toISOString(),
      platform: "x",
      rules: [{ id: "events/match", severity: "block" }],
      crisis: false,
      decision: "edit",
    });
    await seedStorage(worker, { decisions: [decision(yesterday, 1), decision(now, 2), decision(now, 3)] });
    const popup = await open("popup.html");
    await popup.locator('[data-testid="status"]').waitFor();
    expect(await popup.locator('[data-testid="ruleset"]').getAttribute("data-id")).toBe("preflight.builtin");
    expect(await popup.locator('[data-testid="ruleset-source"]').textContent()).toBe("Built-in rules only");
    expect(await popup.locator('[data-testid="no-feed"]').count()).toBe(1);
    expect(await popup.locator('[data-testid="identity"]').textContent()).toContain("Preflight does not know who you are.");
    expect(await popup.locator('[data-testid="stopped-today"]').textContent()).toBe("Posts stopped today: 2");

    await seedStorage(worker, { identity: { author: "ann@acme.example" } });
    await expect.poll(() => popup.locator('[data-testid="identity"]').textContent()).toBe("You are ann@acme.example");
  });

  test("the options page: sections, bad invite codes named, rule switches, the allow-list", async () => {
    await seedStorage(worker, {
      teamRuleSet: { ...BLOCKING_RULESET, rules: { "voice/emoji": "off" }, allow: ["killer deals"] },
    });
    const options = await open("options.html");
    for (const section of ["identity", "team", "rules", "sites", "try"]) {
      await options.locator(`[data-testid="nav-${section}"]`).click();
      await expect.poll(() => options.locator("main").getAttribute("data-section")).toBe(section);
    }
    await options.locator('[data-testid="nav-team"]').click();
    await options.locator('[data-testid="invite-input"]').fill(encodeInvite({ url: "http://evil.example", keys: ["x"] }));
    await options.locator('[data-testid="invite-join"]').click();
    const issues = options.locator('[data-testid="invite-issues"] li');
    await expect.poll(() => issues.count()).toBe(2);
    expect(await issues.allTextContents()).toEqual([
      "inviteCode.url must start with https:// (evil.example was given with http://).",
      "inviteCode.keys[0] is not a Preflight public key (ed25519:…).",
    ]);

    await options.locator('[data-testid="nav-rules"]').click();
    const emoji = options.locator('[data-rule="voice/emoji"]');
    expect(await emoji.getAttribute("data-locked")).toBe("true");
    expect(await emoji.locator("input").isDisabled()).toBe(true);
    const tragedy = options.locator('[data-rule="sensitivity/tragedy"]');
    expect(await tragedy.getAttribute("data-enabled")).toBe("true");
    await tragedy.locator("input").uncheck();
    await expect.poll(() => tragedy.getAttribute("data-enabled")).toBe("false");
    await options.locator('[data-testid="allow-input"]').fill("/(a)\\1/");
    await options.locator('[data-testid="allow-add"]').click();
    expect(await options.locator('[data-testid="allow-error"]').textContent()).toMatch(/^That term cannot be used: /);
    await options.locator('[data-testid="allow-input"]').fill("storm chasers");
    await options.locator('[data-testid="allow-add"]').click();
    await options.locator('[data-testid="allow-list"] [data-term="storm chasers"]').waitFor();
    expect(await storageGet("localSettings")).toEqual({ rules: { "sensitivity/tragedy": "off" }, allow: ["storm chasers"] });
  });

  test("the try-it box shows the findings and the gate's verdict as the compose box would", async () => {
    await seedStorage(worker, {
      teamRuleSet: {
        ...BLOCKING_RULESET,
        brand: { names: ["Acme"], accounts: [{ platform: "x", handle: "acme" }] },
        spokespeople: [{ id: "ann@acme.example", accounts: ["x:acme"] }],
      },
      identity: { author: "bob@acme.example" },
    });
    const options = await open("options.html#try");
    await options.locator('[data-testid="try-platform"]').selectOption("x");
    await options.locator('[data-testid="try-account"]').fill("@acme");
    await options.locator('[data-testid="try-text"]').fill("Bluefin news for everyone");
    await options.locator('[data-testid="try-verdict"]').waitFor();
    expect(await options.locator('[data-testid="try-verdict"]').getAttribute("data-stops")).toBe("true");
    const findings = (await options.locator('[data-testid="findings"] li').allTextContents()).join("\n");
    expect(findings).toContain("Bluefin recall");
    expect(findings).toContain("bob@acme.example is not approved to post as @acme on x");

    // The same post on a personal account and from an approved author passes.
    await seedStorage(worker, { identity: { author: "ann@acme.example" } });
    await options.locator('[data-testid="try-text"]').fill("Good news for everyone");
    await expect.poll(() => options.locator('[data-testid="try-verdict"]').getAttribute("data-stops")).toBe("false");
  });

  test("sites: listed, and removing one revokes its permission and unregisters the content script", async () => {
    await addUserSite(browser.context, id, worker, "https://localhost");
    const options = await open("options.html#sites");
    const site = options.locator('[data-testid="sites"] [data-origin="https://localhost/*"]');
    await site.waitFor();
    await site.locator('[data-testid="site-remove"]').click();
    await options.locator('[data-testid="sites-none"]').waitFor();
    const state = () =>
      worker.evaluate(async () => {
        const chrome = (globalThis as unknown as {
          chrome: {
            permissions: { contains(p: { origins: string[] }): Promise<boolean> };
            scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
          };
        }).chrome;
        return {
          granted: await chrome.permissions.contains({ origins: ["https://localhost/*"] }),
          scripts: (await chrome.scripting.getRegisteredContentScripts()).length,
        };
      });
    await expect.poll(state).toEqual({ granted: false, scripts: 0 });
  });
});
