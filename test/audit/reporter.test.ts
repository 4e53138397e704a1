// The audit log and the report queue on WXT's fake browser: logging, the cap, migration,
// sending in batches, retry with back-off through chrome.alarms, restarts (a fresh import of the
// modules over the same storage), and the privacy rule.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type * as AuditItems from "../../lib/audit/items.ts";
import type * as Reporter from "../../lib/audit/reporter.ts";
import { BASE_RETRY_MS } from "../../lib/audit/queue.ts";
import { MAX_QUEUE, REPORT_SCHEMA } from "../../lib/audit/schema.ts";
import type * as Items from "../../lib/state/items.ts";
import { MAX_DECISIONS } from "../../lib/state/schema.ts";
import { decision, FakeReceiver, REPORT_URL, teamRuleSet } from "./kit.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;

let items: typeof Items;
let audit: typeof AuditItems;
let reporter: typeof Reporter;
let receiver: FakeReceiver;
let clock: number;

const T0 = Date.parse("2026-11-24T12:00:00Z");

/** Imports the modules afresh over the storage as it is: what a stopped and restarted service worker sees. */
async function restart(fetch: typeof globalThis.fetch = receiver.fetch): Promise<void> {
  vi.resetModules();
  items = await import("../../lib/state/items.ts");
  audit = await import("../../lib/audit/items.ts");
  reporter = await import("../../lib/audit/reporter.ts");
  // Chrome's case: no consent to ask (Firefox's is its own test below and in consent.test.ts).
  reporter.setReportRuntime({ fetch, now: () => new Date(clock), random: () => 0.5, extensionVersion: () => "1.2.3", mayTransmit: async () => true });
}

async function reportTo(report: Record<string, unknown> | undefined): Promise<void> {
  await fakeBrowser.storage.local.set({ teamRuleSet: teamRuleSet(report) });
}

const queue = () => audit.reportQueueItem.get();
const alarm = () => fakeBrowser.alarms.get("preflight-report");

beforeEach(async () => {
  fakeBrowser.reset();
  receiver = new FakeReceiver();
  clock = T0;
  await restart();
});

describe("the decision log", () => {
  test("each decision is logged under its own id; without a report URL nothing is queued or sent", async () => {
    const a = await reporter.recordDecision(decision(1));
    const b = await reporter.recordDecision(decision(2, { decision: "cancel", reason: undefined }));
    expect(a.id).not.toBe(b.id);
    const log = await items.decisionsItem.get();
    expect(log.map((d) => [d.id, d.decision])).toEqual([
      [a.id, "override"],
      [b.id, "cancel"],
    ]);
    expect((await queue()).events).toEqual([]);
    expect(receiver.requests).toEqual([]);
  });

  test("keeps the newest 10,000, drops the oldest first and counts them", async () => {
    await items.decisionsItem.set(Array.from({ length: MAX_DECISIONS }, (_, i) => ({ ...decision(i), id: `old-${i}` })));
    for (let n = 0; n < 3; n++) await reporter.recordDecision(decision(n));
    const log = await items.decisionsItem.get();
    expect(log).toHaveLength(MAX_DECISIONS);
    expect(log[0]?.id).toBe("old-3");
    expect(await items.decisionsDroppedItem.get()).toBe(3);
    await reporter.recordDecision(decision(4));
    expect(await items.decisionsDroppedItem.get()).toBe(4);
  });

  test("is kept across a restart", async () => {
    const logged = await reporter.recordDecision(decision(1));
    await restart();
    expect((await items.decisionsItem.get()).map((d) => d.id)).toEqual([logged.id]);
  });

  test("a v1 log (no ids) is migrated on update: every entry kept, each with a stable id; a damaged entry is skipped alone", async () => {
    const v1 = [decision(1, { decision: "edit", reason: undefined }), { at: "yesterday", platform: "x" }, decision(2)];
    await fakeBrowser.storage.local.set({ decisions: v1 });
    await restart();
    const log = await items.decisionsItem.get();
    expect(log.map((d) => d.decision)).toEqual(["edit", "override"]);
    expect(log[0]?.id).toBe(`v1-0-${v1[0]!.at as string}`);
    expect(log[1]?.id).toBe(`v1-2-${(v1[2] as { at: string }).at}`);
    expect(await fakeBrowser.storage.local.get("decisions$")).toEqual({ "decisions$": { v: 2 } });
    // Appending after the migration keeps the migrated entries.
    await reporter.recordDecision(decision(3));
    expect(await items.decisionsItem.get()).toHaveLength(3);
  });

  test("the post's text is never logged unless the team's policy allows an excerpt, and then no longer than it allows", async () => {
    await reporter.recordDecision(decision(1, { excerpt: "the storm sale" }));
    await reportTo({ excerpt: 9 });
    await reporter.recordDecision(decision(2, { excerpt: "the storm sale" }));
    const log = await items.decisionsItem.get();
    expect(log[0]).not.toHaveProperty("excerpt");
    expect(log[1]?.excerpt).toBe("the storm…");
  });
});

describe("finding counts", () => {
  test("add up per day, platform, account and rule", async () => {
    await reporter.recordFindingCounts({ platform: "x", account: "acme", counts: [{ rule: "events/match", n: 2 }] });
    await reporter.recordFindingCounts({ platform: "x", account: "acme", counts: [{ rule: "events/match", n: 1 }, { rule: "voice/emoji", n: 1 }] });
    clock += 24 * 3_600_000;
    await reporter.recordFindingCounts({ platform: "x", account: "acme", counts: [{ rule: "events/match", n: 5 }] });
    const { rows } = await audit.findingCountsItem.get();
    const day = (t: number) => {
      const d = new Date(t);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    expect(rows).toEqual([
      { day: day(T0), platform: "x", account: "acme", rule: "events/match", n: 3 },
      { day: day(T0), platform: "x", account: "acme", rule: "voice/emoji", n: 1 },
      { day: day(clock), platform: "x", account: "acme", rule: "events/match", n: 5 },
    ]);
  });
});

describe("team reporting", () => {
  test("a decision is sent once, in the documented envelope, and leaves the queue", async () => {
    await reportTo({ url: REPORT_URL });
    const logged = await reporter.recordDecision(decision(1));
    await vi.waitFor(async () => expect((await queue()).sent).toBe(1));
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request!.url).toBe(REPORT_URL);
    expect(request!.init?.method).toBe("POST");
    // A "simple" request: no CORS preflight.
    expect(new Headers(request!.init?.headers).get("content-type")).toBe("text/plain;charset=UTF-8");
    expect(request!.init?.credentials).toBe("omit");
    expect(request!.body).toEqual({
      schema: REPORT_SCHEMA,
      sentAt: new Date(T0).toISOString(),
      ruleSet: { id: "acme", version: 3 },
      extensionVersion: "1.2.3",
      events: [logged],
    });
    expect((await queue()).events).toEqual([]);
    expect(await alarm()).toBeUndefined();
  });

  test("offline: nothing is lost; retries back off through the alarm, and the decision arrives once the receiver is back", async () => {
    await reportTo({ url: REPORT_URL });
    receiver.answer = () => {
      throw new TypeError("Failed to fetch");
    };
    const logged = await reporter.recordDecision(decision(1));
    await vi.waitFor(async () => expect((await queue()).attempts).toBe(1));
    let q = await queue();
    expect(q.events.map((e) => e.id)).toEqual([logged.id]);
    expect(q.lastError).toContain("could not reach the receiver");
    expect((await alarm())?.scheduledTime).toBe(T0 + BASE_RETRY_MS);

    // The second failure waits twice as long.
    clock = T0 + BASE_RETRY_MS;
    await reporter.flushReport();
    q = await queue();
    expect(q.attempts).toBe(2);
    expect((await alarm())?.scheduledTime).toBe(clock + 2 * BASE_RETRY_MS);

    // An alarm before the wait is over sends nothing.
    const before = receiver.requests.length;
    clock += BASE_RETRY_MS;
    await reporter.flushReport();
    expect(receiver.requests).toHaveLength(before);

    receiver.answer = () => new Response(null, { status: 204 });
    clock += BASE_RETRY_MS;
    await reporter.flushReport();
    expect((await queue()).events).toEqual([]);
    expect(receiver.unique).toEqual([logged.id]);
    expect(receiver.requests.at(-1)?.body.events).toHaveLength(1);
  });

  test("the queue survives a restart while offline, and the alarm sends it after", async () => {
    await reportTo({ url: REPORT_URL });
    receiver.answer = () => new Response("unavailable", { status: 503, statusText: "Service Unavailable" });
    const logged = await reporter.recordDecision(decision(1));
    await vi.waitFor(async () => expect((await queue()).lastError).toBe("the receiver answered HTTP 503 Service Unavailable"));

    const up = new FakeReceiver();
    await restart(up.fetch);
    // The fake browser has no permissions events: the listener startReporting adds is kept here.
    const onPermissionAdded: Array<() => void> = [];
    vi.spyOn(fakeBrowser.permissions.onAdded, "addListener").mockImplementation((listener) => void onPermissionAdded.push(listener as () => void));
    reporter.startReporting({ fetch: up.fetch, now: () => new Date(clock), random: () => 0.5, extensionVersion: () => "1.2.3", mayTransmit: async () => true });
    expect(onPermissionAdded).toHaveLength(1);
    await vi.waitFor(async () => expect(await alarm()).toBeDefined());
    expect(up.requests).toEqual([]); // still backing off
    clock = (await alarm())!.scheduledTime;
    await fakeBrowser.alarms.onAlarm.trigger({ name: "preflight-report", scheduledTime: clock, persistAcrossSessions: true });
    await vi.waitFor(async () => expect((await queue()).events).toEqual([]));
    expect(up.ids).toEqual([logged.id]);
  });

  test("a restart in the middle of a send: sent again under the same ids, which the receiver dedupes; nothing more once it has answered", async () => {
    await reportTo({ url: REPORT_URL });
    // The receiver takes the request, and the worker is stopped before the answer arrives.
    receiver.answer = () => new Promise<Response>(() => undefined);
    const logged = await reporter.recordDecision(decision(1));
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(1));
    // The alarm set before the request is what wakes a stopped worker.
    expect((await alarm())?.scheduledTime).toBe(T0 + reporter.SEND_TIMEOUT_MS + BASE_RETRY_MS);

    receiver.answer = () => new Response("ok");
    await restart();
    await reporter.flushReport();
    expect(receiver.ids).toEqual([logged.id, logged.id]);
    expect(receiver.unique).toEqual([logged.id]);
    expect(await queue()).toMatchObject({ events: [], sent: 1 });

    await restart();
    await reporter.flushReport();
    expect(receiver.requests).toHaveLength(2);
  });

  test("a decision recorded as a flush ends goes out in a flush of its own, not at the next alarm", async () => {
    await reportTo({ url: REPORT_URL });
    // The moment between the flush finding the queue empty and returning: clearing its alarm.
    const alarms = fakeBrowser.alarms as unknown as { clear(name?: string): Promise<boolean> };
    const clear = alarms.clear.bind(alarms);
    let late: Promise<{ id: string }> | undefined;
    alarms.clear = async (name?: string) => {
      late ??= reporter.recordDecision(decision(2));
      await late;
      return clear(name);
    };
    try {
      const first = await reporter.recordDecision(decision(1));
      await vi.waitFor(async () => expect((await queue()).sent).toBe(2));
      expect(receiver.ids).toEqual([first.id, (await late!).id]);
    } finally {
      alarms.clear = clear;
    }
  });

  test("a decision recorded while a send is running goes out in the same flush", async () => {
    await reportTo({ url: REPORT_URL });
    let release: (r: Response) => void = () => undefined;
    receiver.answer = () => new Promise<Response>((resolve) => (release = resolve));
    const first = await reporter.recordDecision(decision(1));
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(1));
    receiver.answer = () => new Response("ok");
    const second = await reporter.recordDecision(decision(2));
    release(new Response("ok"));
    await vi.waitFor(async () => expect((await queue()).sent).toBe(2));
    expect(receiver.ids).toEqual([first.id, second.id]);
  });

  test("batches of 100, oldest first, until the queue is empty", async () => {
    receiver.answer = () => {
      throw new TypeError("offline");
    };
    await reportTo({ url: REPORT_URL });
    const ids: string[] = [];
    for (let n = 0; n < 250; n++) ids.push((await reporter.recordDecision(decision(n))).id);
    await vi.waitFor(async () => expect((await queue()).events).toHaveLength(250));
    await vi.waitFor(async () => expect((await queue()).attempts).toBeGreaterThan(0));
    receiver.requests = [];
    receiver.answer = () => new Response("ok");
    await reporter.flushReport({ force: true });
    expect(receiver.requests.map((r) => r.body.events.length)).toEqual([100, 100, 50]);
    expect(receiver.ids).toEqual(ids);
  });

  test("Send now skips the back-off wait", async () => {
    await reportTo({ url: REPORT_URL });
    receiver.answer = () => new Response("no", { status: 500 });
    await reporter.recordDecision(decision(1));
    await vi.waitFor(async () => expect((await queue()).attempts).toBe(1));
    receiver.answer = () => new Response("ok");
    await reporter.flushReport();
    expect((await queue()).events).toHaveLength(1); // not due yet
    await reporter.flushReport({ force: true });
    expect((await queue()).events).toHaveLength(0);
  });

  test("when the team stops collecting reports, what is pending is dropped and never sent later", async () => {
    await reportTo({ url: REPORT_URL });
    receiver.answer = () => new Response("no", { status: 500 });
    await reporter.recordDecision(decision(1));
    await vi.waitFor(async () => expect((await queue()).attempts).toBe(1));
    const sent = receiver.requests.length;
    await reportTo(undefined);
    await reporter.flushReport({ force: true });
    expect(await queue()).toMatchObject({ events: [], attempts: 0 });
    expect(await alarm()).toBeUndefined();
    await reportTo({ url: REPORT_URL });
    receiver.answer = () => new Response("ok");
    await reporter.flushReport({ force: true });
    expect(receiver.requests).toHaveLength(sent);
  });

  test("Firefox without the user's consent: nothing leaves the device, nothing is lost, and granting it sends what waited", async () => {
    let allowed = false;
    reporter.setReportRuntime({ fetch: receiver.fetch, now: () => new Date(clock), random: () => 0.5, extensionVersion: () => "1.2.3", mayTransmit: async () => allowed });
    await reportTo({ url: REPORT_URL });
    await reporter.recordDecision(decision(1));
    await reporter.recordDecision(decision(2));
    await reporter.flushReport({ force: true });
    expect(receiver.requests).toEqual([]);
    // Waiting for the user, not failing: no back-off, both decisions still queued, a look again later.
    expect(await queue()).toMatchObject({ attempts: 0, sent: 0 });
    expect((await queue()).events).toHaveLength(2);
    expect((await alarm())?.scheduledTime).toBe(clock + reporter.CONSENT_RECHECK_MS);
    allowed = true;
    await reporter.flushReport({ force: true });
    expect(receiver.requests).toHaveLength(1);
    expect(await queue()).toMatchObject({ events: [], sent: 2 });
  });

  test("a rule set that names a URL, written with its queue while a flush is reading the old one, loses nothing", async () => {
    // The flush starts under a rule set without a URL; the new rule set and a queued decision land
    // in one write while it reads. Deciding "no URL, drop the queue" from the old rule set and the
    // new queue would lose the decision (seen in Firefox, where the writes are slower).
    const pending = { events: [{ ...(await reporter.recordDecision(decision(1))), id: "waiting" }], attempts: 0, sent: 0, dropped: 0 };
    const local = fakeBrowser.storage.local;
    const read = local.get.bind(local);
    let landed = false;
    const spy = vi.spyOn(local, "get").mockImplementation(async (keys) => {
      const result = await read(keys as string);
      if (!landed && JSON.stringify(keys ?? null).includes("teamRuleSet")) {
        landed = true; // the write lands just after the flush has read the rule set
        await local.set({ teamRuleSet: teamRuleSet({ url: REPORT_URL }), reportQueue: pending });
      }
      return result;
    });
    try {
      await reporter.flushReport();
    } finally {
      spy.mockRestore();
    }
    expect(landed).toBe(true);
    // The write wakes the flush that storage.onChanged starts (startReporting).
    await reporter.flushReport();
    await vi.waitFor(async () => expect((await queue()).sent).toBe(1));
    expect(receiver.ids).toEqual(["waiting"]);
  });

  test("decisions logged before the team named a URL are not sent", async () => {
    await reporter.recordDecision(decision(1));
    await reportTo({ url: REPORT_URL });
    await reporter.flushReport({ force: true });
    expect(receiver.requests).toEqual([]);
  });

  test("a batch carries the excerpt only while the policy allows it", async () => {
    await reportTo({ url: REPORT_URL, excerpt: 40 });
    receiver.answer = () => new Response("no", { status: 500 });
    await reporter.recordDecision(decision(1, { excerpt: "storm sale" }));
    await vi.waitFor(async () => expect((await queue()).attempts).toBe(1));
    expect(receiver.requests[0]?.body.events[0]?.excerpt).toBe("storm sale");
    await reportTo({ url: REPORT_URL });
    receiver.answer = () => new Response("ok");
    await reporter.flushReport({ force: true });
    expect(JSON.stringify(receiver.requests.at(-1)?.body)).not.toContain("storm sale");
  });

  test("the queue's cap drops the oldest pending decisions and counts them", async () => {
    await reportTo({ url: REPORT_URL });
    const many = Array.from({ length: MAX_QUEUE }, (_, i) => ({ ...decision(i), id: `q-${i}` }));
    await audit.reportQueueItem.set({ events: many, attempts: 3, nextAttemptAt: new Date(T0 + 3_600_000).toISOString(), sent: 0, dropped: 0 });
    await reporter.recordDecision(decision(1));
    const q = await queue();
    expect(q.events).toHaveLength(MAX_QUEUE);
    expect(q.events[0]?.id).toBe("q-1");
    expect(q.dropped).toBe(1);
  });
});
