// The sync state machine on WXT's fake browser: what is applied, what is refused (and the last
// good rule set kept), and recovery after each refusal.
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { KeyPair } from "../../lib/ruleset/sign.ts";
import type * as Items from "../../lib/state/items.ts";
import type * as InForce from "../../lib/sync/in-force.ts";
import type * as Team from "../../lib/state/team.ts";
import type * as Run from "../../lib/sync/run.ts";
import { FakeFeed, FEED_URL, generateKeyPair, signed, signRaw, tamper } from "./kit.ts";

let items: typeof Items;
let inForceMod: typeof InForce;
let team: typeof Team;
let run: typeof Run;
let pair: KeyPair;
let other: KeyPair;
let feed: FakeFeed;

const NOW = new Date("2026-11-24T12:00:00Z");
const PERIOD = 60_000;

beforeAll(async () => {
  // @wxt-dev/browser picks the extension API when first imported.
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  items = await import("../../lib/state/items.ts");
  inForceMod = await import("../../lib/sync/in-force.ts");
  team = await import("../../lib/state/team.ts");
  run = await import("../../lib/sync/run.ts");
  [pair, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

beforeEach(async () => {
  fakeBrowser.reset();
  feed = new FakeFeed();
  await team.syncConfigItem.set({ url: FEED_URL, keys: [pair.publicKey], via: "invite" });
});

const sync = (over: Partial<Run.SyncDeps> = {}) =>
  run.syncOnce({ fetch: feed.fetch, now: () => NOW, periodMs: () => PERIOD, timeoutMs: 300, ...over });

const inForce = async () => (await inForceMod.teamRuleSetItem.get())?.version;

describe("a new version", () => {
  test("is applied, with where it came from and a clean status", async () => {
    feed.publish(await signed(1, pair, { crisis: { active: true, title: "Recall" } }));
    const { outcome, status } = await sync();
    expect(outcome).toBe("applied");
    expect(await inForceMod.teamRuleSetItem.get()).toMatchObject({ id: "acme", version: 1, crisis: { active: true, title: "Recall" } });
    expect(await team.teamSourceItem.get()).toMatchObject({ kind: "url", url: FEED_URL, appliedAt: NOW.toISOString() });
    expect(status).toMatchObject({ url: FEED_URL, failures: 0, lastSuccessAt: NOW.toISOString() });
    expect(status.lastError).toBeUndefined();
    expect(status.nextAttemptAt).toBe(new Date(NOW.getTime() + PERIOD).toISOString());
  });

  test("asks without cookies, follows no redirect, and sends nothing but a GET", async () => {
    feed.publish(await signed(1, pair));
    await sync();
    expect(feed.calls).toHaveLength(1);
    expect(feed.calls[0]?.url).toBe(FEED_URL);
    expect(feed.calls[0]?.init).toMatchObject({ method: "GET", credentials: "omit", redirect: "manual" });
    expect(feed.calls[0]?.init?.body).toBeUndefined();
  });

  test("replaces an older one from the same feed", async () => {
    feed.publish(await signed(1, pair));
    await sync();
    feed.publish(await signed(2, pair, { events: [{ id: "e", title: "Storm", terms: ["storm"], from: "2026-11-01T00:00:00Z", severity: "block" }] }));
    expect((await sync()).outcome).toBe("applied");
    expect(await inForceMod.teamRuleSetItem.get()).toMatchObject({ version: 2, events: [{ id: "e" }] });
  });

  test("from a feed the install did not follow before is taken whatever its version", async () => {
    await inForceMod.teamRuleSetItem.set({ schema: "preflight.ruleset/1", id: "old-team", version: 9, issuedAt: "2026-01-01T00:00:00Z" });
    await team.teamSourceItem.set({ kind: "file", fileName: "old.yaml", appliedAt: "2026-01-01T00:00:00Z" });
    feed.publish(await signed(1, pair));
    expect((await sync()).outcome).toBe("applied");
    expect(await inForceMod.teamRuleSetItem.get()).toMatchObject({ id: "acme", version: 1 });
  });
});

describe("the same version", () => {
  test("is ignored: a 304 for the ETag it was served with", async () => {
    feed.publish(await signed(2, pair));
    await sync();
    const { outcome, status } = await sync();
    expect(outcome).toBe("unchanged");
    expect(new Headers(feed.calls[1]?.init?.headers).get("if-none-match")).toMatch(/^"/);
    expect(status).toMatchObject({ failures: 0, lastSuccessAt: NOW.toISOString() });
    expect(await inForce()).toBe(2);
  });

  test("is ignored when the same bytes come back without an ETag (the browser's cache revalidated)", async () => {
    const body = await signed(2, pair);
    feed.answer = () => new Response(body, { status: 200 });
    await sync();
    const before = await team.teamSourceItem.get();
    expect((await sync()).outcome).toBe("unchanged");
    expect(await team.teamSourceItem.get()).toEqual(before);
  });

  test("signed again by a rotated key, with the same content, is ignored too", async () => {
    await team.syncConfigItem.set({ url: FEED_URL, keys: [pair.publicKey, other.publicKey], via: "invite" });
    feed.publish(await signed(2, pair));
    await sync();
    feed.publish(await signed(2, other));
    expect((await sync()).outcome).toBe("unchanged");
    expect(await inForce()).toBe(2);
  });
});

interface Refusal {
  name: string;
  code: string;
  serve(feed: FakeFeed): Promise<void>;
  also?: (feed: FakeFeed) => void;
}

const refusals: Refusal[] = [
  { name: "an older version", code: "older", serve: async (f) => f.publish(await signed(1, pair)) },
  {
    name: "the same version with other content",
    code: "sameVersion",
    serve: async (f) => f.publish(await signed(2, pair, { allow: ["changed"] })),
  },
  { name: "a bad signature (the file was changed after signing)", code: "badSignature", serve: async (f) => f.publish(tamper(await signed(3, pair))) },
  { name: "an unknown key", code: "unknownKey", serve: async (f) => f.publish(await signed(3, other)) },
  { name: "an expired rule set", code: "expired", serve: async (f) => f.publish(await signed(3, pair, { expiresAt: "2026-11-20T00:00:00Z" })) },
  { name: "invalid JSON", code: "notSigned", serve: async (f) => f.publish('{ "schema": "preflight.signed/1", ') },
  { name: "a plain, unsigned rule set", code: "notSigned", serve: async (f) => f.publish(JSON.stringify({ schema: "preflight.ruleset/1", id: "acme", version: 3, issuedAt: "2026-11-01T00:00:00Z" })) },
  {
    name: "a signed payload that is not a valid rule set",
    code: "invalid",
    serve: async (f) => f.publish(await signRaw(JSON.stringify({ schema: "preflight.ruleset/1", id: "acme", version: "three", issuedAt: "2026-11-01T00:00:00Z" }), pair)),
  },
  { name: "a damaged envelope", code: "damaged", serve: async (f) => f.publish(JSON.stringify({ schema: "preflight.signed/1", keyId: "xyz", payload: "{}" })) },
  { name: "404", code: "http", serve: async (f) => void (f.answer = () => new Response("Not Found", { status: 404 })) },
  { name: "500", code: "http", serve: async (f) => void (f.answer = () => new Response("oops", { status: 500 })) },
  {
    name: "a network failure",
    code: "network",
    serve: async (f) => void (f.answer = () => Promise.reject(new TypeError("Failed to fetch"))),
  },
  {
    name: "a timeout",
    code: "timeout",
    serve: async (f) =>
      void (f.answer = ({ init }) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError"))),
        )),
  },
  {
    name: "a body that stalls after its headers",
    code: "timeout",
    serve: async (f) =>
      void (f.answer = ({ init }) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode("{"));
              init?.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
            },
          }),
        )),
  },
  { name: "a 20 MB body", code: "tooLarge", serve: async (f) => void (f.answer = () => new Response(endless(20))) },
  {
    name: "a 20 MB body announced by Content-Length",
    code: "tooLarge",
    serve: async (f) => void (f.answer = () => new Response(endless(20), { headers: { "Content-Length": String(20 * 1024 * 1024) } })),
  },
  {
    name: "a redirect to another origin",
    code: "redirect",
    serve: async (f) => {
      const good = await signed(3, pair);
      f.answer = ({ init }) => {
        // What a fetch that follows redirects would do: ask the other origin.
        if (init?.redirect !== "manual") {
          f.calls.push({ url: "https://cdn.elsewhere.example/team.json", init });
          return new Response(good);
        }
        return new Response(null, { status: 302, headers: { Location: "https://cdn.elsewhere.example/team.json" } });
      };
    },
    also: (f) => expect(f.calls.map((c) => new URL(c.url).origin)).not.toContain("https://cdn.elsewhere.example"),
  },
];

let pulledChunks = 0;
/** `mb` chunks of one MiB, counting how many were pulled. */
function endless(mb: number): ReadableStream<Uint8Array> {
  pulledChunks = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  return new ReadableStream({
    pull(controller) {
      if (pulledChunks++ >= mb) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

describe("refused, keeping the last good rule set, then recovering", () => {
  test.each(refusals)("$name", async ({ code, serve, also }) => {
    feed.publish(await signed(2, pair));
    expect((await sync()).outcome).toBe("applied");
    const good = await inForceMod.teamRuleSetItem.get();
    const source = await team.teamSourceItem.get();

    await serve(feed);
    const refused = await sync();
    expect(refused.outcome).toBe("refused");
    expect(refused.status.lastError).toMatchObject({ code, at: NOW.toISOString() });
    expect(refused.status.failures).toBe(1);
    expect(refused.status.lastSuccessAt).toBe(NOW.toISOString());
    expect(await inForceMod.teamRuleSetItem.get()).toEqual(good);
    expect(await team.teamSourceItem.get()).toEqual(source);
    expect(await team.syncStatusItem.get()).toEqual(refused.status);
    also?.(feed);

    const later = new Date(NOW.getTime() + 10 * PERIOD);
    feed.publish(await signed(3, pair));
    const recovered = await sync({ now: () => later });
    expect(recovered.outcome).toBe("applied");
    expect(recovered.status.lastError).toBeUndefined();
    expect(recovered.status.failures).toBe(0);
    expect(recovered.status.lastSuccessAt).toBe(later.toISOString());
    expect(await inForce()).toBe(3);
  });

  test("a 20 MB body is not read to its end", async () => {
    feed.answer = () => new Response(endless(20));
    await sync();
    expect(pulledChunks).toBeGreaterThan(5);
    expect(pulledChunks).toBeLessThan(15);
  });

  test("the details name what was wrong", async () => {
    feed.publish(await signed(2, pair));
    await sync();
    feed.publish(await signed(1, pair));
    expect((await sync()).status.lastError).toMatchObject({ code: "older", version: 1, current: 2 });
    feed.answer = () => new Response("gone", { status: 404, statusText: "Not Found" });
    expect((await sync()).status.lastError).toMatchObject({ code: "http", status: 404 });
    feed.publish(await signed(3, other));
    expect((await sync()).status.lastError?.detail).toMatch(/unknown key [0-9a-f]{16}/);
  });

  test("the ETag of a refused file is not kept, so a 304 cannot pass it off as good", async () => {
    feed.publish(await signed(2, pair), '"good"');
    await sync();
    feed.publish(tamper(await signed(3, pair)), '"bad"');
    await sync();
    expect((await team.syncStatusItem.get()).etag).toBe('"good"');
    await sync();
    expect(new Headers(feed.calls.at(-1)?.init?.headers).get("if-none-match")).toBe('"good"');
    expect((await team.syncStatusItem.get()).lastError?.code).toBe("badSignature");
  });

  test("failures in a row wait longer each time, but never more than four periods (issue 11, item 4)", async () => {
    feed.answer = () => new Response("down", { status: 503 });
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const { status } = await sync();
      waits.push(Date.parse(status.nextAttemptAt!) - NOW.getTime());
    }
    expect(waits).toEqual([2, 4, 4, 4, 4, 4, 4, 4].map((m) => m * PERIOD));
    expect((await team.syncStatusItem.get()).failures).toBe(8);
    // Whatever the period: a day's period waits at most four days, a 30-second one two minutes.
    expect(run.retryDelayMs(50, 30_000)).toBe(120_000);
    expect(run.retryDelayMs(3, 24 * 60 * PERIOD)).toBe(4 * 24 * 60 * PERIOD);
  });
});

describe("without a feed", () => {
  test("nothing is fetched and the status is empty", async () => {
    await team.syncConfigItem.set(null);
    const { outcome, status } = await sync();
    expect(outcome).toBe("none");
    expect(status).toEqual({ failures: 0 });
    expect(feed.calls).toEqual([]);
  });
});
