// Preflight in Debian's Firefox ESR, driven over WebDriver BiDi (bidi.ts): the Firefox package
// installed temporarily, the X composer (Draft.js) and Facebook's (Lexical), and the popup's
// crisis switch reaching an open compose box, and managed configuration through policies.json.
// One browser per block (Firefox starts in ~8 s here).
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { GECKO_ID, REPORT_DATA_COLLECTION } from "../../../lib/packaging/manifest.ts";
import { decision } from "../../audit/kit.ts";
import { BLOCKING_RULESET } from "../content-kit.ts";
import { TestReceiver } from "../receiver.ts";
import { fixtures } from "../fixtures/catalog.ts";
import { ensureFirefoxBuild, inPanel, launchFirefoxWithExtension, openExtensionPage, openTab, seedExtension, type FirefoxSession, type Tab } from "./harness.ts";

interface Composer {
  name: "x" | "facebook";
  /** Opens the composer where the platform hides it behind a trigger (a plain-DOM expression). */
  trigger?: string;
  editor: string;
  submit: string;
}

const COMPOSERS: Composer[] = [
  { name: "x", editor: fixtures.x.editor, submit: fixtures.x.submit },
  {
    name: "facebook",
    trigger: `[...document.querySelectorAll('div[role=button]')].find((el) => el.textContent.includes("What's on your mind, Ann?"))`,
    editor: fixtures.facebook.editor,
    submit: fixtures.facebook.submit,
  },
];

const q = (selector: string) => `document.querySelector(${JSON.stringify(selector)})`;
const blockCount = `((${inPanel('[data-testid="pf-count-block"]')})?.getAttribute("data-count") ?? "0")`;
const reviewed = `(() => { const label = (${inPanel('[data-testid="pf-badge"]')})?.getAttribute("aria-label"); return !!label && !label.includes("Loading"); })()`;
const gateShown = `!!(${inPanel('[data-testid="pf-gate"]')})`;
const modelText = "window.__fixture.modelText(0)";
const submitted = "window.__fixture.submitted.map((s) => s.text)";

describe("Preflight in Firefox ESR (WebDriver BiDi)", () => {
  let session: FirefoxSession;
  let control: Tab;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    await ensureFirefoxBuild();
    // Optional permissions granted on the click without Firefox's prompt (a doorhanger BiDi cannot
    // answer); the request still has to come from the user's click, which the consent test checks.
    session = await launchFirefoxWithExtension({ prefs: { "extensions.webextOptionalPermissionPrompts": false } });
    control = await openExtensionPage(session.bidi, "popup.html");
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === "fail") for (const [index, tab] of tabs.entries()) await tab.screenshot(`${context.task.name}-${index}`).catch(() => undefined);
    for (const tab of tabs) expect(tab.pageErrors(), "uncaught errors in the page").toEqual([]);
  });
  beforeEach(async () => {
    while (tabs.length) await tabs.pop()!.close();
    await seedExtension(control, { teamRuleSet: BLOCKING_RULESET });
  });

  async function compose(composer: Composer): Promise<Tab> {
    const spec = fixtures[composer.name];
    const tab = await openTab(session.bidi, spec.url, "window.__fixture?.ready === true");
    tabs.push(tab);
    if (composer.trigger) await tab.click(composer.trigger, "the composer's trigger");
    await tab.click(q(composer.editor), `the ${composer.name} editor`);
    return tab;
  }

  describe.each(COMPOSERS)("$name", (composer) => {
    test("a finding shows, Post is stopped, Edit keeps the draft, a clean post goes out exactly once", async () => {
      const tab = await compose(composer);
      expect(await tab.evaluate<string>("location.hostname")).toBe(fixtures[composer.name].hostname);
      const typed = "Big news: the bluefin is back";
      await tab.type(typed);
      await tab.waitFor(`${blockCount} === "1"`, "the block finding on the badge");
      expect(await tab.evaluate<string>(modelText)).toBe(typed);

      await tab.click(q(composer.submit), "Post");
      await tab.waitFor(gateShown, "the gate");
      expect(await tab.evaluate<string>(`(${inPanel('[data-testid="pf-gate"]')}).textContent`)).toContain("Bluefin recall");
      await tab.screenshot(`${composer.name}-gate`);
      expect(await tab.evaluate<string[]>(submitted)).toEqual([]);

      await tab.click(inPanel('[data-testid="pf-gate-edit"]'), "Edit");
      await tab.waitFor(`!${gateShown}`, "the gate to close");
      expect(await tab.evaluate<string>(modelText)).toBe(typed);
      expect(await tab.evaluate<string[]>(submitted)).toEqual([]);

      await tab.click(q(composer.editor), "the editor");
      await tab.clear();
      const clean = "Our lunch menu is up";
      await tab.type(clean);
      await tab.waitFor(`${modelText} === ${JSON.stringify(clean)} && ${reviewed} && ${blockCount} === "0"`, "the clean draft reviewed");
      await tab.click(q(composer.submit), "Post");
      await tab.waitFor(`${submitted}.length === 1`, "the post to go out");
      await new Promise((done) => setTimeout(done, 300)); // a second submission would come within this
      expect(await tab.evaluate<string[]>(submitted)).toEqual([clean]);
      expect(await tab.evaluate<boolean>(gateShown)).toBe(false);
    });
  });

  test("team reports wait for the user's consent to send data, and go once it is given", async () => {
    const receiver = new TestReceiver();
    await receiver.up();
    try {
      const waiting = { ...decision(1), id: "firefox-1" };
      await seedExtension(control, {
        teamRuleSet: { ...BLOCKING_RULESET, report: { url: receiver.url } },
        reportQueue: { events: [waiting], attempts: 0, sent: 0, dropped: 0 },
      });
      // A send that fails is tried again after a second, not thirty (lib/audit/reporter.ts).
      await control.evaluate("browser.storage.session.set({ preflightTestReportRetrySeconds: 1 })");
      const permissions = JSON.stringify({ data_collection: REPORT_DATA_COLLECTION });
      expect(await control.evaluate<boolean>(`browser.permissions.contains(${permissions})`)).toBe(false);
      // Asked to send, the background keeps everything queued.
      await control.evaluate(`browser.runtime.sendMessage({ type: "report.flush" })`);
      expect(receiver.batches).toEqual([]);
      // Asked from a script rather than a click, Firefox refuses.
      await expect(control.evaluate(`browser.permissions.request(${permissions})`)).rejects.toThrow(/user input/i);

      const options = await openExtensionPage(session.bidi, "options.html#audit");
      tabs.push(options);
      await options.waitFor(`!!${q('[data-testid="audit-report-consent"]')}`, "the request for consent");
      expect(await options.evaluate<string>(`${q('[data-testid="audit-report-consent"]')}.textContent`)).toContain("Firefox asks for your consent");
      await options.click(q('[data-testid="audit-report-allow"]'), "Allow sending team reports");
      await options.waitFor(`!${q('[data-testid="audit-report-consent"]')}`, "the consent given");
      expect(await control.evaluate<boolean>(`browser.permissions.contains(${permissions})`)).toBe(true);
      try {
        await expect.poll(() => [...receiver.kept.keys()], { timeout: 20_000 }).toEqual(["firefox-1"]);
      } catch (error) {
        // What the background made of it (attempts, the last error), for the log.
        const queue = await control.evaluate<unknown>(`browser.storage.local.get("reportQueue").then((r) => r.reportQueue)`);
        throw new Error(`${String(error)}; the report queue: ${JSON.stringify(queue)}`);
      }
    } finally {
      await control.evaluate(`browser.permissions.remove(${JSON.stringify({ data_collection: REPORT_DATA_COLLECTION })})`).catch(() => undefined);
      await receiver.down();
    }
  });

  test("the popup's crisis switch reaches an open compose box and gates every post", async () => {
    const tab = await compose(COMPOSERS[0]!);
    await tab.type("Our weekly tips");
    await tab.waitFor(reviewed, "the review");
    const pill = `!!(${inPanel('[data-testid="pf-badge"] .pf-pill--crisis')})`;
    expect(await tab.evaluate<boolean>(pill)).toBe(false);

    const popup = await openExtensionPage(session.bidi, "popup.html");
    tabs.push(popup);
    await popup.click(q('[data-testid="crisis-reason"]'), "the crisis reason");
    await popup.type("Service outage");
    await popup.click(q('[data-testid="crisis-toggle"]'), "the crisis switch");
    await popup.waitFor(`${q('[data-testid="crisis-toggle"]')}.checked`, "the switch on");
    await tab.waitFor(pill, "the crisis pill in the compose box");

    await tab.click(q(fixtures.x.submit), "Post");
    await tab.waitFor(`(${inPanel('[data-testid="pf-gate"] [data-rule="crisis/statement"]')})?.textContent.includes("Service outage")`, "the crisis gate");
    await tab.click(inPanel('[data-testid="pf-gate-edit"]'), "Edit");
    await tab.waitFor(`!${gateShown}`, "the gate to close");
    expect(await tab.evaluate<string[]>(submitted)).toEqual([]);

    await popup.click(q('[data-testid="crisis-toggle"]'), "the crisis switch");
    await tab.waitFor(`!${pill}`, "the crisis pill to go");
  });
});

// Firefox reads enterprise policies only from system-wide places (/etc/firefox/policies/policies.json
// on Linux, or distribution/ beside the binary); browser.policies.alternatePath works only in
// Nightly or Mozilla's own automation. So this writes the system file, and only where that is
// expected: under CI=true (or PREFLIGHT_FIREFOX_POLICIES=1), as root, never over an existing file.
const POLICY_FILE = "/etc/firefox/policies/policies.json";
function mayWriteFirefoxPolicy(): boolean {
  if (process.env["CI"] !== "true" && process.env["PREFLIGHT_FIREFOX_POLICIES"] !== "1") return false;
  if (existsSync(POLICY_FILE)) return false;
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

describe.runIf(process.platform === "linux" && mayWriteFirefoxPolicy())("managed configuration through policies.json (3rdparty)", () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    await ensureFirefoxBuild();
    const policies = { policies: { "3rdparty": { Extensions: { [GECKO_ID]: { author: "ann@acme.example", pollMinutes: 5 } } } } };
    writeFileSync(POLICY_FILE, JSON.stringify(policies));
    process.once("exit", () => rmSync(POLICY_FILE, { force: true }));
    session = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    for (const dir of [dirname(POLICY_FILE), dirname(dirname(POLICY_FILE))]) {
      if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir); // leave /etc as it was
    }
    await session?.close();
  });

  test("the extension reads its 3rdparty section: the author is set by the organisation", async () => {
    const popup = await openExtensionPage(session.bidi, "popup.html");
    expect(await popup.evaluate("browser.storage.managed.get()")).toEqual({ author: "ann@acme.example", pollMinutes: 5 });
    await popup.waitFor(`browser.storage.local.get("policy").then((r) => r.policy?.managed === true && r.policy.values.author === "ann@acme.example")`, "the policy stored");
    await popup.evaluate("location.reload()").catch(() => undefined);
    await popup.waitFor(`document.querySelector('[data-testid="identity"]')?.textContent === "You are ann@acme.example (set by your organisation)"`, "the identity set by policy in the popup");
  });
});
