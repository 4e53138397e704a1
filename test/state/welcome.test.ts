// Issue 13: the welcome page opens on a fresh install only, not when the policy set everything,
// and until it is answered compose boxes are told the author has not yet been asked.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { PolicyMirror } from "../../lib/sync/schema.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: "Preflight", version: "0.1.0" });

const load = async () => ({
  items: await import("../../lib/state/items.ts"),
  welcome: await import("../../lib/state/welcome.ts"),
  background: await import("../../lib/state/background.ts"),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const policy = (values: PolicyMirror["values"]): PolicyMirror => ({ readAt: "2026-11-01T00:00:00Z", managed: Object.keys(values).length > 0, values, issues: [] });
const host = (mirror: PolicyMirror) => {
  const opened: string[] = [];
  return { opened, readPolicy: async () => mirror, openTab: async (path: string) => opened.push(path) };
};

describe("the welcome page", () => {
  test("opens on a fresh install, and the author is pending", async () => {
    const { welcome } = await load();
    const h = host(policy({}));
    expect(await welcome.welcomeOnInstall("install", h)).toBe(true);
    expect(h.opened).toEqual(["/welcome.html"]);
    expect(await welcome.welcomeItem.get()).toEqual({ state: "pending" });
  });

  test.each(["update", "chrome_update", "shared_module_update"])("does not open on %s", async (reason) => {
    const { welcome } = await load();
    const h = host(policy({}));
    expect(await welcome.welcomeOnInstall(reason, h)).toBe(false);
    expect(h.opened).toEqual([]);
    expect(await welcome.welcomeItem.get()).toEqual({ state: "done" });
  });

  test("does not open when the policy sets the author and the team's rules", async () => {
    const { welcome } = await load();
    const h = host(policy({ author: "ann@acme.example", ruleSetUrl: "https://acme.example/rules.json", trustedKeys: ["ed25519:x"] }));
    expect(await welcome.welcomeOnInstall("install", h)).toBe(false);
    expect(h.opened).toEqual([]);
  });

  test("opens when the policy sets only the author (the team is still to join)", async () => {
    const { welcome } = await load();
    const h = host(policy({ author: "ann@acme.example" }));
    expect(await welcome.welcomeOnInstall("install", h)).toBe(true);
  });

  test("an invalid stored state reads as done: the warnings are never hidden by a bad value", async () => {
    const { welcome } = await load();
    await welcome.welcomeItem.item.setValue({ state: "forever" });
    expect(await welcome.welcomeItem.get()).toEqual({ state: "done" });
  });
});

describe("pages are told the author has not yet been asked", () => {
  test("while the welcome page is pending and no author is known", async () => {
    const { welcome, background } = await load();
    await welcome.welcomeItem.set({ state: "pending" });
    expect((await background.pageState("x")).authorPending).toBe(true);
  });

  test("not once the author said who they are, nor once the welcome page is done", async () => {
    const { items, welcome, background } = await load();
    await welcome.welcomeItem.set({ state: "pending" });
    await items.identityItem.set({ author: "ann@acme.example" });
    expect((await background.pageState("x")).authorPending).toBeUndefined();
    await items.identityItem.set({});
    await welcome.welcomeItem.set({ state: "done" });
    expect((await background.pageState("x")).authorPending).toBeUndefined();
  });
});
