// Issue 11, items 1 and 8: what a content script asks is checked against the tab that sent it
// (the platform is the tab's, the time and the author are the background's, an inflection table
// cannot take a word away), and two answers at once are both kept.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { Browser } from "wxt/browser";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: "Preflight", version: "0.1.0" });

const load = async () => ({
  items: await import("../../lib/state/items.ts"),
  team: await import("../../lib/state/team.ts"),
  background: await import("../../lib/state/background.ts"),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const tab = (url: string, id = 7): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab: { id } as Browser.tabs.Tab, frameId: 0, url });
const X_TAB = tab("https://x.com/compose/post");
const POPUP: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL("/popup.html") };
const report = { rules: [{ id: "events/match", severity: "block" as const }], crisis: false, decision: "override" as const, reason: "Approved" };

describe("the platform comes from the tab", () => {
  test("a page on x.com cannot read another platform's state", async () => {
    const { background } = await load();
    expect(await background.answer({ type: "state.get", site: "linkedin" }, X_TAB)).toEqual({ ok: false, error: "state.get: the tab is not on linkedin" });
    expect(await background.answer({ type: "state.get", site: "x" }, X_TAB)).toMatchObject({ rulesKey: expect.any(String) });
  });

  test("a decision is logged under the tab's platform, with the background's time and author", async () => {
    const { items, background } = await load();
    await items.identityItem.set({ author: "ann@acme.example" });
    const before = Date.now();
    expect(await background.answer({ type: "decision.record", site: "x", decision: report }, X_TAB)).toEqual({ ok: true });
    const [logged] = await items.decisionsItem.get();
    expect(logged).toMatchObject({ platform: "x", author: "ann@acme.example", decision: "override", reason: "Approved" });
    expect(Date.parse(logged!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(logged!.at)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  // issue 12: drills are logged as drills, from the team's rule set only
  test("a decision during the team's crisis records its scenario, start and drill; a page cannot claim them", async () => {
    const { background, items } = await load();
    const { teamRuleSetItem } = await import("../../lib/sync/in-force.ts");
    await teamRuleSetItem.set({
      schema: "preflight.ruleset/1",
      id: "acme",
      version: 2,
      issuedAt: "2026-11-24T09:00:00Z",
      scenarios: [{ id: "outage", title: "Outage" }],
      crisis: { active: true, scenario: "outage", since: "2026-11-24T10:00:00Z", drill: true },
    });
    expect(await background.answer({ type: "decision.record", site: "x", decision: { ...report, crisis: true } }, X_TAB)).toEqual({ ok: true });
    expect((await items.decisionsItem.get())[0]).toMatchObject({ crisis: true, drill: true, scenario: "outage", crisisSince: "2026-11-24T10:00:00Z" });
    const { RequestSchema } = await import("../../lib/state/messages.ts");
    expect(RequestSchema.safeParse({ type: "decision.record", site: "x", decision: { ...report, crisis: true } }).success).toBe(true);
    for (const forged of [{ drill: false }, { scenario: "outage" }, { crisisSince: "2026-11-24T10:00:00Z" }]) {
      expect(RequestSchema.safeParse({ type: "decision.record", site: "x", decision: { ...report, ...forged } }).success).toBe(false);
    }
  });

  test("a decision outside a team crisis records no crisis of its own", async () => {
    const { background, items } = await load();
    expect(await background.answer({ type: "decision.record", site: "x", decision: report }, X_TAB)).toEqual({ ok: true });
    const [logged] = await items.decisionsItem.get();
    expect(logged).not.toHaveProperty("drill");
    expect(logged).not.toHaveProperty("scenario");
  });

  test("a decision filed under another platform is refused and not logged", async () => {
    const { items, background } = await load();
    expect(await background.answer({ type: "decision.record", site: "linkedin", decision: report }, X_TAB)).toMatchObject({ ok: false });
    expect(await background.answer({ type: "findings.count", site: "linkedin", counts: [{ rule: "events/match", n: 1 }] }, X_TAB)).toMatchObject({ ok: false });
    expect(await background.answer({ type: "account.set", site: "linkedin", account: "ceo" }, X_TAB)).toMatchObject({ ok: false });
    expect(await items.decisionsItem.get()).toEqual([]);
    expect(await items.accountsItem.get()).toEqual({});
  });

  test("a site the user added speaks for its host, or for Mastodon on an instance", async () => {
    const { background } = await load();
    expect(background.sitesOfFrame("https://social.example/home")).toEqual(["social.example", "mastodon"]);
    expect(background.sitesOfFrame("https://www.linkedin.com/feed/")).toEqual(["linkedin"]);
    expect(background.sitesOfFrame("chrome-extension://abc/popup.html")).toEqual([]);
    expect(background.sitesOfFrame(undefined)).toEqual([]);
  });

  test("requests of the extension's own pages are refused from a tab", async () => {
    const { background } = await load();
    expect(await background.answer({ type: "sync.now" }, X_TAB)).toMatchObject({ ok: false });
    expect(await background.answer({ type: "report.flush" }, X_TAB)).toMatchObject({ ok: false });
    expect(await background.answer({ type: "report.flush" }, { ...POPUP, tab: { id: 3 } as Browser.tabs.Tab })).toMatchObject({ ok: false });
    expect(await background.answer({ type: "decision.record", site: "x", decision: report }, POPUP)).toMatchObject({ ok: false });
  });
});

describe("inflection tables", () => {
  test("a page's table can add forms but never take the word itself away", async () => {
    const { items, background } = await load();
    const state = await background.pageState("x");
    await background.answer({ type: "inflections.put", key: state.rulesKey, table: { storm: [], shooting: ["shootings"], die: ["die", "died"] } }, X_TAB);
    expect((await items.inflectionsItem.get())?.table).toEqual({ storm: ["storm"], shooting: ["shooting", "shootings"], die: ["die", "died"] });
  });
});

describe("remembered accounts", () => {
  test("two answers at once, from two tabs, are both kept", async () => {
    const { items, background } = await load();
    await Promise.all([
      background.answer({ type: "account.set", site: "x", account: "acme" }, X_TAB),
      background.answer({ type: "account.set", site: "linkedin", account: "acme-corp" }, tab("https://www.linkedin.com/feed/", 8)),
      background.answer({ type: "account.set", site: "social.example", account: "@acme" }, tab("https://social.example/home", 9)),
    ]);
    expect(await items.accountsItem.get()).toEqual({ x: "acme", linkedin: "acme-corp", "social.example": "@acme" });
  });
});
