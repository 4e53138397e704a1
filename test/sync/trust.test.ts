// Issue 11: a stolen key, a frozen feed or a race must not keep the wrong rules in force.
// Items 1 and 3 (the envelope is kept and verified again on load; rotation revokes; the version
// floor belongs to the keys trusted now; a feed keeps its rule-set id), 4 (expiry is checked on
// every poll) and 8 (leaving during a poll stays left).
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { KeyPair } from "../../lib/ruleset/sign.ts";
import type * as Items from "../../lib/state/items.ts";
import type * as Team from "../../lib/state/team.ts";
import type * as InForce from "../../lib/sync/in-force.ts";
import type * as Import from "../../lib/sync/import.ts";
import type * as Run from "../../lib/sync/run.ts";
import type * as Settings from "../../lib/sync/settings.ts";
import { FakeFeed, FEED_URL, generateKeyPair, signed } from "./kit.ts";

let items: typeof Items;
let team: typeof Team;
let inForce: typeof InForce;
let imp: typeof Import;
let run: typeof Run;
let settings: typeof Settings;
let stolen: KeyPair;
let fresh: KeyPair;
let feed: FakeFeed;

const NOW = new Date("2026-11-24T12:00:00Z");

beforeAll(async () => {
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  items = await import("../../lib/state/items.ts");
  team = await import("../../lib/state/team.ts");
  inForce = await import("../../lib/sync/in-force.ts");
  imp = await import("../../lib/sync/import.ts");
  run = await import("../../lib/sync/run.ts");
  settings = await import("../../lib/sync/settings.ts");
  [stolen, fresh] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

beforeEach(async () => {
  fakeBrowser.reset();
  feed = new FakeFeed();
  await trust(stolen);
});

const trust = (...pairs: KeyPair[]) => team.syncConfigItem.set({ url: FEED_URL, keys: pairs.map((p) => p.publicKey), via: "invite" });
const sync = (now = NOW) => run.syncOnce({ fetch: feed.fetch, now: () => now, periodMs: () => 60_000, timeoutMs: 300 });
const version = async () => (await inForce.teamRuleSetItem.get())?.version;

describe("the signed rule set in force", () => {
  test("is kept as its envelope and verified again when it is loaded", async () => {
    feed.publish(await signed(2, stolen, { crisis: { active: true, title: "Recall" } }));
    await sync();
    const stored = (await fakeBrowser.storage.local.get("teamRuleSet"))["teamRuleSet"] as { signed: { payload: string } };
    expect(stored.signed.payload).toContain('"version":2');
    expect(await version()).toBe(2);
    // Storage changed behind the extension's back (the crisis called off): the signature no longer holds.
    stored.signed.payload = stored.signed.payload.replace('"active":true', '"active":false');
    await fakeBrowser.storage.local.set({ teamRuleSet: stored });
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
  });

  test("signed by a key the feed no longer trusts leaves force (rotation revokes)", async () => {
    feed.publish(await signed(2, stolen));
    await sync();
    expect(await version()).toBe(2);
    await trust(fresh);
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
    await trust(stolen, fresh);
    expect(await version()).toBe(2);
  });

  test("of a signed file imported by hand is verified with the keys it was imported with", async () => {
    const result = await imp.importRuleSetFile(await signed(4, stolen), "acme.signed.json", { keys: [stolen.publicKey], now: NOW });
    expect(result.ok).toBe(true);
    expect(await version()).toBe(4);
    const stored = (await fakeBrowser.storage.local.get("teamRuleSet"))["teamRuleSet"] as { via: string; keys: string[] };
    expect(stored).toMatchObject({ via: "file", keys: [stolen.publicKey] });
    await fakeBrowser.storage.local.set({ teamRuleSet: { ...stored, keys: [fresh.publicKey] } });
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
  });
});

describe("after a key theft", () => {
  test("an admin who rotates is not locked out by a huge version the stolen key signed", async () => {
    feed.publish(await signed(7, stolen));
    await sync();
    feed.publish(await signed(2 ** 40, stolen, { crisis: { active: false } }));
    expect((await sync()).outcome).toBe("applied"); // the thief's file, while the key is trusted
    await trust(fresh);
    feed.publish(await signed(8, fresh, { crisis: { active: true, title: "Key stolen" } }));
    expect((await sync()).outcome).toBe("applied");
    expect(await inForce.teamRuleSetItem.get()).toMatchObject({ version: 8, crisis: { title: "Key stolen" } });
  });

  test("while the old key is still trusted beside the new one, its floor still counts", async () => {
    feed.publish(await signed(7, stolen));
    await sync();
    await trust(stolen, fresh);
    feed.publish(await signed(5, stolen));
    expect((await sync()).status.lastError).toMatchObject({ code: "older", version: 5, current: 7 });
    feed.publish(await signed(6, fresh));
    expect((await sync()).status.lastError).toMatchObject({ code: "older", version: 6, current: 7 });
    feed.publish(await signed(8, fresh));
    expect((await sync()).outcome).toBe("applied");
  });

  test("the feed may not switch to another rule set's id, whatever its version", async () => {
    feed.publish(await signed(3, stolen));
    await sync();
    feed.publish(await signed(99, stolen, { id: "acme-test", rules: { "sensitivity/profanity": "off" } }));
    const { outcome, status } = await sync();
    expect(outcome).toBe("refused");
    expect(status.lastError).toMatchObject({ code: "otherId", detail: "acme-test; this address serves acme" });
    expect(await inForce.teamRuleSetItem.get()).toMatchObject({ id: "acme", version: 3 });
    // After a rotation too: the id belongs to the address.
    await trust(fresh);
    feed.publish(await signed(100, fresh, { id: "acme-test" }));
    expect((await sync()).status.lastError?.code).toBe("otherId");
  });
});

describe("a frozen feed", () => {
  const EXPIRES = "2026-11-25T00:00:00Z";
  const LATER = new Date("2026-11-26T00:00:00Z");

  test("answering 304 for ever is seen once the rules in force expire", async () => {
    feed.publish(await signed(2, stolen, { expiresAt: EXPIRES }));
    expect((await sync()).outcome).toBe("applied");
    expect((await sync()).outcome).toBe("unchanged"); // a 304, before the expiry
    const { outcome, status } = await sync(LATER);
    expect(feed.calls.at(-1)?.init?.headers).toBeDefined(); // it was a conditional request, answered 304
    expect(outcome).toBe("refused");
    expect(status.lastError).toMatchObject({ code: "expired", field: "expiresAt" });
    expect(status.lastSuccessAt).toBe(NOW.toISOString());
    // The last good rules stay in force: dropping them would open the gate.
    expect(await version()).toBe(2);
  });

  test("serving the same bytes without an ETag is seen too", async () => {
    const body = await signed(2, stolen, { expiresAt: EXPIRES });
    feed.answer = () => new Response(body, { status: 200 });
    await sync();
    expect((await sync(LATER)).status.lastError?.code).toBe("expired");
  });
});

describe("leaving the team", () => {
  test("while a poll is fetching: the poll's answer does not bring the team back", async () => {
    const body = await signed(3, stolen, { crisis: { active: true, title: "Recall" } });
    let answer: (response: Response) => void = () => undefined;
    feed.answer = () => new Promise<Response>((resolve) => (answer = resolve));
    const polling = sync();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(feed.calls).toHaveLength(1);
    await settings.leaveTeam();
    answer(new Response(body, { status: 200 }));
    expect((await polling).outcome).toBe("superseded");
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
    expect(await team.teamSourceItem.get()).toBeNull();
    expect(await team.syncConfigItem.get()).toBeNull();
  });

  test("a team rule set from the user's feed left behind when the feed is gone is dropped at the next check", async () => {
    feed.publish(await signed(3, stolen));
    await sync();
    // What a write landing just after "leave" leaves: the feed gone, its rule set still stored.
    await team.syncConfigItem.set(null);
    await items.teamRuleSetStoreItem.item.setValue((await fakeBrowser.storage.local.get("teamRuleSet"))["teamRuleSet"]);
    expect((await sync()).outcome).toBe("none");
    expect(await items.teamRuleSetStoreItem.get()).toBeNull();
    expect(await team.teamSourceItem.get()).toBeNull();
  });

  test("a file imported by hand is not a feed, and stays", async () => {
    await imp.importRuleSetFile("schema: preflight.ruleset/1\nid: acme\nversion: 3\nissuedAt: 2026-11-01T00:00:00Z\n", "acme.yaml", { keys: [], now: NOW });
    expect((await sync()).outcome).toBe("none");
    expect(await version()).toBe(3);
  });
});
