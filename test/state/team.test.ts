// Stored state across updates (versions and migrations), and what pages get: the policy's author,
// the team member's own switches, the team's crisis.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: "Preflight", version: "0.1.0" });

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** The modules as a freshly started extension loads them (migrations run on load). */
const load = async () => ({
  items: await import("../../lib/state/items.ts"),
  team: await import("../../lib/state/team.ts"),
  inForce: await import("../../lib/sync/in-force.ts"),
  background: await import("../../lib/state/background.ts"),
});

describe("migrations", () => {
  test("a v1 local crisis with an end time v2 cannot read stays on, without that end time", async () => {
    await fakeBrowser.storage.local.set({ crisis: { active: true, reason: "Outage", until: "end of the week" } });
    const { items } = await load();
    expect(await items.crisisItem.get()).toEqual({ active: true, reason: "Outage" });
    expect(await items.crisisItem.item.getMeta()).toEqual({ v: 2 });
  });

  test("a v1 local crisis with a readable end time keeps it", async () => {
    await fakeBrowser.storage.local.set({ crisis: { active: true, until: "2026-12-01T00:00:00Z" }, crisis$: { v: 1 } });
    const { items } = await load();
    expect(await items.crisisItem.get()).toEqual({ active: true, until: "2026-12-01T00:00:00Z" });
  });

  test("a value written by a newer version that this one cannot read falls back to the default", async () => {
    await fakeBrowser.storage.local.set({ crisis: { active: "maybe" }, crisis$: { v: 3 } });
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { items } = await load();
    expect(await items.crisisItem.get()).toEqual({ active: false });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    warnings.mockRestore();
  });
});

describe("validated on every read", () => {
  test("sync status, source, policy mirror and local settings fall back when damaged", async () => {
    const { team } = await load();
    await fakeBrowser.storage.local.set({
      syncStatus: { failures: -1 },
      teamSource: { kind: "ftp", appliedAt: "x" },
      policy: { managed: "yes" },
      localSettings: { allow: ["/(a)\\1/"] },
      syncConfig: { url: "https://a.example/", keys: [], via: "invite" },
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await team.syncStatusItem.get()).toEqual({ failures: 0 });
    expect(await team.teamSourceItem.get()).toBeNull();
    expect(await team.policyItem.get()).toBeNull();
    expect(await team.localSettingsItem.get()).toEqual({});
    expect(await team.syncConfigItem.get()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});

describe("the page state", () => {
  test("the policy's author wins over the one the user entered", async () => {
    const { items, team, background } = await load();
    await items.identityItem.set({ author: "me@home.example" });
    expect((await background.pageState("x")).author).toBe("me@home.example");
    await team.policyItem.set({ readAt: "2026-11-24T00:00:00Z", managed: true, values: { author: "ann@acme.example" }, issues: [] });
    expect((await background.pageState("x")).author).toBe("ann@acme.example");
  });

  test("the team member's switches and allowed terms are merged after the team's, unless the team locks them", async () => {
    const { inForce, team, background } = await load();
    await inForce.teamRuleSetItem.set({
      schema: "preflight.ruleset/1",
      id: "acme",
      version: 1,
      issuedAt: "2026-11-01T00:00:00Z",
      rules: { "sensitivity/profanity": "block" },
      crisis: { active: true, title: "Recall" },
    });
    await team.localSettingsItem.set({ rules: { "sensitivity/profanity": "off", "voice/emoji": "off" }, allow: ["killer deals"] });
    const state = await background.pageState("x");
    expect(state.ruleSet.rules).toMatchObject({ "sensitivity/profanity": "block", "voice/emoji": "off" });
    expect(state.ruleSet.allow).toContain("killer deals");
    expect(state.ruleSet.crisis).toEqual({ active: true, title: "Recall" });
    const before = state.rulesKey;
    await team.localSettingsItem.set({ rules: { "voice/emoji": "warn" } });
    expect((await background.pageState("x")).rulesKey).not.toBe(before);
  });
});
