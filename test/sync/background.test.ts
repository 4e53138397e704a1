// The background's polling on the fake browser: alarms and their period, backoff between polls,
// "Check now", the managed policy, and the local crisis's end time.
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { KeyPair } from "../../lib/ruleset/sign.ts";
import type * as Items from "../../lib/state/items.ts";
import type * as InForce from "../../lib/sync/in-force.ts";
import type * as Team from "../../lib/state/team.ts";
import type * as Background from "../../lib/sync/background.ts";
import type * as Settings from "../../lib/sync/settings.ts";
import { encodeInvite } from "../../lib/sync/source.ts";
import { FakeFeed, FEED_URL, generateKeyPair, signed } from "./kit.ts";

let items: typeof Items;
let inForce: typeof InForce;
let team: typeof Team;
let bg: typeof Background;
let settings: typeof Settings;
let pair: KeyPair;
let feed: FakeFeed;
let clock: number;

const T0 = Date.parse("2026-11-24T12:00:00Z");
const MINUTE = 60_000;

beforeAll(async () => {
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  items = await import("../../lib/state/items.ts");
  inForce = await import("../../lib/sync/in-force.ts");
  team = await import("../../lib/state/team.ts");
  bg = await import("../../lib/sync/background.ts");
  settings = await import("../../lib/sync/settings.ts");
  pair = await generateKeyPair();
});

beforeEach(() => {
  fakeBrowser.reset();
  feed = new FakeFeed();
  clock = T0;
  bg.startSync({ fetch: feed.fetch, now: () => new Date(clock) });
});

const alarm = () => fakeBrowser.alarms.get(bg.SYNC_ALARM);
const fire = (name: string) => fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: clock, persistAcrossSessions: false });

describe("polling", () => {
  test("joining by invite code checks at once and polls every minute by default", async () => {
    feed.publish(await signed(1, pair));
    const joined = await settings.joinByInvite(encodeInvite({ url: FEED_URL, keys: [pair.publicKey] }));
    expect(joined.ok).toBe(true);
    await vi.waitFor(async () => expect((await inForce.teamRuleSetItem.get())?.version).toBe(1));
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(1));
    expect(feed.calls).toHaveLength(1);
  });

  test("each alarm polls; a new version reaches storage on the next one", async () => {
    feed.publish(await signed(1, pair));
    await settings.followFeed({ url: FEED_URL, keys: [pair.publicKey] });
    await vi.waitFor(async () => expect((await team.syncStatusItem.get()).lastSuccessAt).toBeDefined());
    feed.publish(await signed(2, pair, { crisis: { active: true, title: "Recall" } }));
    clock += MINUTE;
    await fire(bg.SYNC_ALARM);
    await vi.waitFor(async () => expect((await inForce.teamRuleSetItem.get())?.crisis?.active).toBe(true));
  });

  test("after failures, alarms that come before the backoff is over do not fetch; Check now does", async () => {
    feed.answer = () => new Response("down", { status: 500 });
    await settings.followFeed({ url: FEED_URL, keys: [pair.publicKey] });
    await vi.waitFor(async () => expect((await team.syncStatusItem.get()).failures).toBe(1));
    const calls = feed.calls.length;

    clock += MINUTE; // the next attempt is due two minutes after the failure
    expect(await bg.pollIfDue()).toBe("waiting");
    expect(feed.calls).toHaveLength(calls);

    clock += MINUTE;
    expect(await bg.pollIfDue()).toBe("refused");
    expect(feed.calls).toHaveLength(calls + 1);
    expect((await team.syncStatusItem.get()).failures).toBe(2);

    feed.publish(await signed(1, pair));
    expect((await bg.syncNow()).outcome).toBe("applied");
    expect((await team.syncStatusItem.get()).failures).toBe(0);
  });

  test("the period comes from the policy, and the test-only storage.session setting shortens it", async () => {
    await settings.followFeed({ url: FEED_URL, keys: [pair.publicKey] });
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(1));
    await fakeBrowser.storage.managed.set({ pollMinutes: 5 });
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(5));
    await fakeBrowser.storage.session.set({ [bg.TEST_POLL_SECONDS_KEY]: 2 });
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBeCloseTo(2 / 60));
    // Out of its range, the override is ignored.
    await fakeBrowser.storage.session.set({ [bg.TEST_POLL_SECONDS_KEY]: 0.01 });
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(5));
  });

  test("the team rule set's pollMinutes sets the period; policy's wins over it", async () => {
    feed.publish(await signed(1, pair, { pollMinutes: 10 }));
    await settings.followFeed({ url: FEED_URL, keys: [pair.publicKey] });
    await vi.waitFor(async () => expect((await inForce.teamRuleSetItem.get())?.version).toBe(1));
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(10));
    // The next version changes it, without anyone touching the settings.
    feed.publish(await signed(2, pair, { pollMinutes: 15 }));
    expect((await bg.syncNow()).outcome).toBe("applied");
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(15));
    await fakeBrowser.storage.managed.set({ pollMinutes: 5 });
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(5));
  });

  test("leaving the team removes the alarm and the team's rules", async () => {
    feed.publish(await signed(1, pair));
    await settings.followFeed({ url: FEED_URL, keys: [pair.publicKey] });
    await vi.waitFor(async () => expect(await inForce.teamRuleSetItem.get()).not.toBeNull());
    await settings.leaveTeam();
    await vi.waitFor(async () => expect(await alarm()).toBeUndefined());
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
    expect(await team.teamSourceItem.get()).toBeNull();
  });
});

describe("restarts and updates", () => {
  test("a worker that wakes with a feed in storage and no alarm (cleared by an update) schedules it; browser start checks at once", async () => {
    feed.publish(await signed(1, pair));
    await team.syncConfigItem.set({ url: FEED_URL, keys: [pair.publicKey], via: "invite" });
    await vi.waitFor(async () => expect((await inForce.teamRuleSetItem.get())?.version).toBe(1));
    // The browser restarts: listeners and alarms are gone, storage stays.
    fakeBrowser.alarms.resetState();
    fakeBrowser.runtime.resetState();
    fakeBrowser.storage.onChanged.removeAllListeners();
    const calls = feed.calls.length;
    bg.startSync({ fetch: feed.fetch, now: () => new Date(clock) });
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(1));
    expect(feed.calls).toHaveLength(calls); // waking is not a reason to fetch
    feed.publish(await signed(2, pair));
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await inForce.teamRuleSetItem.get())?.version).toBe(2));
  });
});

describe("managed policy", () => {
  test("a policy feed is followed and the user cannot replace it", async () => {
    feed.publish(await signed(4, pair));
    await fakeBrowser.storage.managed.set({ ruleSetUrl: FEED_URL, trustedKeys: [pair.publicKey], author: "ann@acme.example" });
    await vi.waitFor(async () => expect(await team.teamSourceItem.get()).toMatchObject({ kind: "policy", url: FEED_URL }));
    expect((await team.policyItem.get())?.values.author).toBe("ann@acme.example");

    const other = await settings.followFeed({ url: "https://elsewhere.example/rules.json", keys: [pair.publicKey] });
    expect(other).toEqual({ ok: false, issues: [expect.objectContaining({ code: "policyOwnsFeed", field: "ruleSetUrl" })] });
    expect(await team.syncConfigItem.get()).toBeNull();
    expect((await settings.leaveTeam()).ok).toBe(false);
    expect((await inForce.teamRuleSetItem.get())?.version).toBe(4);
  });

  test("an invite code in the policy works like the two fields", async () => {
    feed.publish(await signed(1, pair));
    await fakeBrowser.storage.managed.set({ inviteCode: encodeInvite({ url: FEED_URL, keys: [pair.publicKey], pollMinutes: 3 }) });
    await vi.waitFor(async () => expect(await team.teamSourceItem.get()).toMatchObject({ kind: "policy" }));
    await vi.waitFor(async () => expect((await alarm())?.periodInMinutes).toBe(3));
  });

  test("a bad policy field is named, nothing is fetched, and the last good rule set stays", async () => {
    feed.publish(await signed(1, pair));
    await settings.followFeed({ url: FEED_URL, keys: [pair.publicKey] });
    await vi.waitFor(async () => expect((await inForce.teamRuleSetItem.get())?.version).toBe(1));
    const calls = feed.calls.length;

    await fakeBrowser.storage.managed.set({ ruleSetUrl: FEED_URL, trustedKeys: ["ed25519:not-a-key"] });
    await vi.waitFor(async () => expect((await team.syncStatusItem.get()).lastError).toMatchObject({ code: "keyInvalid", field: "trustedKeys[0]" }));
    expect(feed.calls).toHaveLength(calls);
    expect((await inForce.teamRuleSetItem.get())?.version).toBe(1);
    expect((await team.policyItem.get())?.issues).toEqual([{ code: "keyInvalid", field: "trustedKeys[0]" }]);
  });

  test("the policy is mirrored only when it changes (pages reload their state on it)", async () => {
    await fakeBrowser.storage.managed.set({ author: "ann@acme.example" });
    await vi.waitFor(async () => expect((await team.policyItem.get())?.values.author).toBe("ann@acme.example"));
    const first = await team.policyItem.get();
    clock += MINUTE;
    await bg.refreshPolicy();
    expect(await team.policyItem.get()).toEqual(first);
  });
});

describe("the local crisis's end time", () => {
  test("an alarm ends it, and pages see the change in storage", async () => {
    const until = new Date(T0 + 30 * MINUTE).toISOString();
    await items.crisisItem.set({ active: true, reason: "Outage", until, since: new Date(T0).toISOString() });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(bg.CRISIS_END_ALARM))?.scheduledTime).toBe(Date.parse(until)));

    clock += 10 * MINUTE; // an early alarm (the browser slept) changes nothing
    await fire(bg.CRISIS_END_ALARM);
    await new Promise((done) => setTimeout(done, 20));
    expect((await items.crisisItem.get()).active).toBe(true);

    clock += 20 * MINUTE;
    await fire(bg.CRISIS_END_ALARM);
    await vi.waitFor(async () => expect((await items.crisisItem.get()).active).toBe(false));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(bg.CRISIS_END_ALARM)).toBeUndefined());
  });
});
