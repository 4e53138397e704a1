// Team distribution end to end, in real Chromium with the production build: an admin publishes
// signed rule sets on a static feed (127.0.0.1), installs follow it, a declared crisis reaches an
// open compose box within one poll, a tampered file is refused while the last good set stays, and
// the extension asks nothing of anyone but the feed. Then the same through Chromium's own managed
// policy (/etc/chromium/policies/managed), where this process may write there.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Request, Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { generateKeyPair, signRuleSet, type KeyPair } from "../../lib/ruleset/sign.ts";
import { encodeInvite } from "../../lib/sync/source.ts";
import { badge, blockCount, gate, resetStorage, serviceWorker } from "./content-kit.ts";
import { startFeedServer, type FeedServer } from "./feed-server.ts";
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

/** The poll period for these tests, through the test-only storage.session setting (lib/sync/background.ts). */
const POLL_SECONDS = 1;

const BASE = {
  schema: "preflight.ruleset/1",
  id: "acme",
  issuedAt: "2026-11-01T00:00:00Z",
  brand: { names: ["Acme"], accounts: [{ platform: "x", handle: "annexample" }] },
  spokespeople: [{ id: "ann@acme.example", name: "Ann", accounts: ["x:annexample"] }],
};
const CRISIS = {
  active: true,
  title: "Product recall",
  message: "Pause all marketing posts until the recall statement is out.",
  since: "2026-11-24T08:00:00Z",
  holdingStatement: "We are aware of the issue and will share an update within the hour.",
  checklist: ["Pause scheduled posts in your scheduler", "Reply to no one about the recall"],
  contact: "Comms desk, +1 555 0100",
};

const sign = (ruleSet: object, pair: KeyPair) => signRuleSet(JSON.stringify(ruleSet), pair.privateKey);

function tamper(envelope: string): string {
  const parsed = JSON.parse(envelope) as { payload: string };
  parsed.payload = parsed.payload.replace('"active":true', '"active":false');
  return JSON.stringify(parsed);
}

function storageGet(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(
    async (k) => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k]),
    key,
  );
}

async function setTestPoll(worker: Worker, seconds: number): Promise<void> {
  await worker.evaluate(
    (s) => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ preflightTestPollSeconds: s }),
    seconds,
  );
}

/** The badge's count of `warn` findings (0 when it shows none). */
async function warnCount(page: Page): Promise<number> {
  const count = badge(page).locator('[data-testid="pf-count-warn"]');
  return (await count.count()) === 0 ? 0 : Number(await count.getAttribute("data-count"));
}

/** The version of the stored team rule set: kept as its signed envelope, verified again on load. */
const version = async (worker: Worker) => {
  const stored = (await storageGet(worker, "teamRuleSet")) as { signed?: { payload: string } } | undefined;
  return stored?.signed ? (JSON.parse(stored.signed.payload) as { version: number }).version : undefined;
};

describe("team rule sets pushed to installs (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let id: string;
  let feed: FeedServer;
  let pair: KeyPair;
  let compose: Page | undefined;
  const workerRequests: string[] = [];
  const workerFinished: string[] = [];
  let v2 = "";

  beforeAll(async () => {
    [pair, feed] = await Promise.all([generateKeyPair(), startFeedServer()]);
    browser = await launchBrowser({ extension: extensionOutputDir });
    browser.context.on("request", (request: Request) => {
      if (request.serviceWorker()) workerRequests.push(request.url());
    });
    browser.context.on("requestfinished", (request: Request) => {
      if (request.serviceWorker()) workerFinished.push(request.url());
    });
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
    if (compose && context.task.result?.state === "fail") await saveScreenshot(compose, `sync-${context.task.name}`);
  });

  const openPopup = async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('[data-testid="status"]').waitFor();
    return popup;
  };

  test("the admin publishes v1; an install joins with the invite code and applies it", async () => {
    feed.publish(await sign({ ...BASE, version: 1 }, pair));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#team`);
    await options.locator('[data-testid="invite-input"]').fill(encodeInvite({ url: feed.url, keys: [pair.publicKey] }));
    await options.locator('[data-testid="invite-join"]').click();
    await expect.poll(() => version(worker), { timeout: 10_000 }).toBe(1);
    expect(await options.locator('[data-testid="invite-issues"]').count()).toBe(0);
    await options.close();

    const popup = await openPopup();
    await expect.poll(() => popup.locator('[data-testid="ruleset"]').getAttribute("data-version")).toBe("1");
    expect(await popup.locator('[data-testid="ruleset-source"]').getAttribute("data-kind")).toBe("url");
    expect(await popup.locator('[data-testid="ruleset-source"]').textContent()).toContain("127.0.0.1");
    expect(await popup.locator('[data-testid="last-sync"]').textContent()).toMatch(/Last good check/);
    await popup.close();
  });

  test("an author not approved for the detected account is warned; setting who one is reaches the open page", async () => {
    const page = (compose = await openFixture(browser.context, "x"));
    await typeText(page, "x", "Team update from the store");
    // No author yet: Preflight cannot vouch for whoever posts as the brand account (a warning).
    await expect.poll(() => warnCount(page)).toBe(1);
    expect(await blockCount(page)).toBe(0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#identity`);
    await options.locator('[data-testid="identity-input"]').fill("bob@acme.example");
    await options.locator('[data-testid="identity-save"]').click();
    await options.locator('[data-testid="identity-status"][data-state="saved"]').waitFor();
    await options.close();
    // Bob is not approved for @annexample: the post is stopped at the gate, which says why.
    await expect.poll(() => blockCount(page)).toBe(1);
    await submitControl(page, "x").click();
    const reason = gate(page).locator('[data-rule="spokesperson/unapproved"]');
    await reason.waitFor();
    expect(await reason.textContent()).toContain("bob@acme.example is not approved to post as @annexample on x");
    await gate(page).locator('[data-testid="pf-gate-edit"]').click();
    await gate(page).waitFor({ state: "detached" });
    expect(await submitted(page)).toEqual([]);
  });

  test("v2 declares a crisis: the banner appears on the already open compose page within one poll", async () => {
    const page = compose!;
    expect(await badge(page).locator(".pf-pill--crisis").count()).toBe(0);
    v2 = await sign({ ...BASE, version: 2, crisis: CRISIS }, pair);
    feed.publish(v2);
    const published = Date.now();
    await badge(page).locator(".pf-pill--crisis").waitFor({ timeout: 15_000 });
    const elapsed = Date.now() - published;
    const fetched = feed.requests.find((r) => r.at >= published && r.status === 200);
    console.log(
      `sync e2e: crisis published → banner on the open page in ${elapsed} ms (poll period ${POLL_SECONDS} s; feed read ${fetched ? fetched.at - published : "?"} ms after publishing)`,
    );
    expect(elapsed).toBeLessThan(POLL_SECONDS * 1000 + 3_000);
    // Every post now goes through the gate, which shows the crisis and the admin's message.
    await submitControl(page, "x").click();
    await gate(page).locator('[data-rule="crisis/active"]').waitFor();
    expect(await gate(page).locator(".pf-banner").count()).toBe(1);
    expect(await gate(page).locator('[data-rule="crisis/active"]').textContent()).toContain("Product recall");
    await gate(page).locator('[data-testid="pf-gate-edit"]').click();
    await gate(page).waitFor({ state: "detached" });

    const popup = await openPopup();
    await popup.locator('[data-testid="team-crisis"]').waitFor();
    expect(await popup.locator('[data-testid="holding-statement"]').textContent()).toBe(CRISIS.holdingStatement);
    expect(await popup.locator('[data-testid="crisis-contact"]').textContent()).toContain(CRISIS.contact);
    // A team crisis cannot be switched off from the popup.
    expect(await popup.locator('[data-testid="crisis-toggle"]').count()).toBe(0);
    await popup.close();
  });

  test("a tampered file is refused: the install keeps v2 and the popup says why; restored, it recovers (and so after a rollback or a redirect)", async () => {
    const page = compose!;
    feed.publish(tamper(v2));
    const popup = await openPopup();
    await popup.locator('[data-testid="sync-error"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-testid="sync-error"]').getAttribute("data-code")).toBe("badSignature");
    expect(await popup.locator('[data-testid="sync-error-text"]').textContent()).toBe(
      "The rule set was changed after it was signed: its signature does not match.",
    );
    expect(await version(worker)).toBe(2);
    expect(await popup.locator('[data-testid="ruleset"]').getAttribute("data-version")).toBe("2");
    expect(await badge(page).locator(".pf-pill--crisis").count()).toBe(1);

    feed.publish(v2);
    await popup.locator('[data-testid="sync-error"]').waitFor({ state: "detached", timeout: 30_000 });
    expect(await popup.locator('[data-testid="last-sync"]').textContent()).toMatch(/Last good check/);
    expect(await version(worker)).toBe(2);

    // An older version published later is refused as a rollback, and "Check now" shows it at once.
    feed.publish(await sign({ ...BASE, version: 1 }, pair));
    await popup.locator('[data-testid="check-now"]').click();
    await expect.poll(() => popup.locator('[data-testid="sync-error"]').getAttribute("data-code"), { timeout: 10_000 }).toBe("older");
    expect(await version(worker)).toBe(2);
    feed.publish(v2);
    await popup.locator('[data-testid="check-now"]').click();
    await popup.locator('[data-testid="sync-error"]').waitFor({ state: "detached", timeout: 10_000 });

    // A redirect, even on the same host, is not followed: the admin must give the final address.
    feed.redirect(`${feed.origin}/moved/team.signed.json`);
    await popup.locator('[data-testid="check-now"]').click();
    await expect.poll(() => popup.locator('[data-testid="sync-error"]').getAttribute("data-code"), { timeout: 10_000 }).toBe("redirect");
    expect(feed.requests.filter((r) => r.path.startsWith("/moved/"))).toEqual([]);
    feed.publish(v2);
    await popup.locator('[data-testid="check-now"]').click();
    await popup.locator('[data-testid="sync-error"]').waitFor({ state: "detached", timeout: 10_000 });
    await popup.close();
    expect(pageErrors(page).map(String)).toEqual([]);
  });

  test("the extension made no request but to the feed: GETs without cookies, conditional on the ETag", async () => {
    expect(workerFinished.length).toBeGreaterThan(0);
    expect(new Set(workerFinished)).toEqual(new Set([feed.url]));
    // The browser announces the redirect's target, but the request never leaves (see the server's log).
    expect(new Set(workerRequests)).toEqual(new Set([feed.url, `${feed.origin}/moved/team.signed.json`]));
    expect(feed.requests.length).toBeGreaterThan(3);
    for (const request of feed.requests) {
      expect(request).toMatchObject({ method: "GET", path: "/acme/team.signed.json" });
      expect(request.cookie).toBeUndefined();
      expect(request.origin).toBe(`chrome-extension://${id}`);
    }
    // The browser's cache revalidated unchanged files: the server answered 304 without a body.
    expect(feed.requests.some((r) => r.ifNoneMatch !== undefined && r.status === 304)).toBe(true);
    // The compose page's own host saw only the page and its scripts.
    const fixturePaths = browser.server.requests.map((line) => line.split(" ")[1] ?? "");
    // (Chromium itself asks every page's host for /favicon.ico.)
    const ours = (path: string) => path.startsWith("/__preflight_fixture/") || path === "/compose/post" || path === "/favicon.ico";
    expect(fixturePaths.filter((path) => !ours(path))).toEqual([]);
  });
});

/** The id Chromium gives an unpacked extension: from its absolute path (harness.ts does the same). */
function unpackedId(path: string): string {
  return [...createHash("sha256").update(path).digest("hex").slice(0, 32)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join("");
}

const POLICY_DIR = "/etc/chromium/policies/managed";
function mayWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    const probe = join(POLICY_DIR, `.preflight-probe-${process.pid}`);
    writeFileSync(probe, "{}");
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

describe.runIf(process.platform === "linux" && mayWritePolicy())("managed policy in Chromium itself (run as root)", () => {
  let browser: BrowserSession;
  let worker: Worker;
  let id: string;
  let feed: FeedServer;
  let pair: KeyPair;
  let policyFile = "";

  beforeAll(async () => {
    [pair, feed] = await Promise.all([generateKeyPair(), startFeedServer()]);
    feed.publish(await signRuleSet(JSON.stringify({ ...BASE, version: 5, crisis: CRISIS }), pair.privateKey));
    id = unpackedId(realpathSync(extensionOutputDir));
    // Named after this build's id: other checkouts' extensions (other ids) are not affected.
    policyFile = join(POLICY_DIR, `preflight-e2e-${id}.json`);
    const policy = {
      "3rdparty": {
        extensions: {
          [id]: { ruleSetUrl: feed.url, trustedKeys: [pair.publicKey], author: "ann@acme.example", pollMinutes: 5 },
        },
      },
    };
    writeFileSync(policyFile, JSON.stringify(policy));
    process.once("exit", () => rmSync(policyFile, { force: true }));
    browser = await launchBrowser({ extension: extensionOutputDir });
    worker = await serviceWorker(browser.context);
    expect(await extensionId(browser.context)).toBe(id);
  });
  afterAll(async () => {
    rmSync(policyFile, { force: true });
    await browser?.close();
    await feed?.close();
  });

  test("installs follow the policy's feed and author, shown as set by policy and not editable", async () => {
    await expect.poll(() => version(worker), { timeout: 15_000 }).toBe(5);
    expect(await storageGet(worker, "teamSource")).toMatchObject({ kind: "policy", url: feed.url });
    expect(await storageGet(worker, "policy")).toMatchObject({ managed: true, values: { author: "ann@acme.example", pollMinutes: 5 } });

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#team`);
    await options.locator('[data-testid="policy-notice"][data-state="managed"]').waitFor();
    expect(await options.locator('[data-testid="policy-url"]').textContent()).toBe(feed.url);
    expect(await options.locator('[data-testid="policy-poll"]').textContent()).toBe("Checked every 5 minutes");
    expect(await options.locator('[data-testid="invite-input"]').count()).toBe(0);
    expect(await options.locator('[data-testid="import-file"]').count()).toBe(0);
    await options.locator('[data-testid="nav-identity"]').click();
    expect(await options.locator('[data-testid="identity-policy"]').textContent()).toContain("ann@acme.example");
    expect(await options.locator('[data-testid="identity-input"]').count()).toBe(0);
    await options.close();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('[data-testid="team-crisis"]').waitFor();
    expect(await popup.locator('[data-testid="identity"]').textContent()).toBe("You are ann@acme.example (set by your organisation)");
    expect(await popup.locator('[data-testid="ruleset-source"]').getAttribute("data-kind")).toBe("policy");
    await popup.close();
    expect(existsSync(policyFile)).toBe(true);
  });
});
