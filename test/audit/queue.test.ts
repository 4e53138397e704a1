// The report queue's pure rules: the cap, back-off, batches and the privacy rule.
import { describe, expect, test } from "vitest";
import {
  afterFailure,
  afterSuccess,
  BASE_RETRY_MS,
  enqueue,
  isDue,
  MAX_RETRY_MS,
  nextBatch,
  retryDelay,
  withExcerptPolicy,
} from "../../lib/audit/queue.ts";
import { EMPTY_QUEUE, REPORT_SCHEMA, type ReportQueue } from "../../lib/audit/schema.ts";
import type { LoggedDecision } from "../../lib/state/schema.ts";
import { decision } from "./kit.ts";

const logged = (n: number, over: Partial<LoggedDecision> = {}): LoggedDecision => ({ ...decision(n), id: `id-${n}`, ...over });
const NOW = new Date("2026-11-24T12:00:00Z");

describe("enqueue", () => {
  test("appends in order", () => {
    const q = enqueue(enqueue(EMPTY_QUEUE, logged(1)), logged(2));
    expect(q.events.map((e) => e.id)).toEqual(["id-1", "id-2"]);
    expect(q.dropped).toBe(0);
  });

  test("past the cap the oldest go first, and are counted", () => {
    let q: ReportQueue = EMPTY_QUEUE;
    for (let n = 1; n <= 5; n++) q = enqueue(q, logged(n), 3);
    expect(q.events.map((e) => e.id)).toEqual(["id-3", "id-4", "id-5"]);
    expect(q.dropped).toBe(2);
  });
});

describe("retryDelay", () => {
  test("doubles from the base and stops at the cap", () => {
    const mid = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((a) => retryDelay(a, mid))).toEqual([1, 2, 4, 8].map((k) => k * BASE_RETRY_MS));
    expect(retryDelay(30, mid)).toBe(MAX_RETRY_MS);
  });

  test("jitter stays within ±20 %", () => {
    expect(retryDelay(1, () => 0)).toBe(0.8 * BASE_RETRY_MS);
    expect(retryDelay(1, () => 0.999_999)).toBeCloseTo(1.2 * BASE_RETRY_MS, -2);
  });

  test("a test base and cap replace the defaults", () => {
    expect(retryDelay(5, () => 0.5, 1_000, 1_000)).toBe(1_000);
  });
});

describe("isDue", () => {
  test("an empty queue is never due; a fresh one is; a backing-off one is once its time has come", () => {
    expect(isDue(EMPTY_QUEUE, NOW)).toBe(false);
    const q = enqueue(EMPTY_QUEUE, logged(1));
    expect(isDue(q, NOW)).toBe(true);
    const waiting = afterFailure(q, "down", NOW, 60_000);
    expect(isDue(waiting, new Date(NOW.getTime() + 30_000))).toBe(false);
    expect(isDue(waiting, new Date(NOW.getTime() + 60_000))).toBe(true);
  });
});

describe("the privacy rule", () => {
  test("no excerpt unless the policy allows one", () => {
    const d = logged(1, { excerpt: "a storm sale" });
    expect(withExcerptPolicy(d, undefined)).not.toHaveProperty("excerpt");
    expect(withExcerptPolicy(d, { url: "https://x.example" })).not.toHaveProperty("excerpt");
    expect(withExcerptPolicy(d, { excerpt: 0 })).not.toHaveProperty("excerpt");
    expect(withExcerptPolicy(d, { excerpt: 40 }).excerpt).toBe("a storm sale");
  });

  test("an excerpt longer than the policy allows is cut to it", () => {
    const d = logged(1, { excerpt: "…the storm is coming, buy now…" });
    expect(withExcerptPolicy(d, { excerpt: 9 }).excerpt).toBe("…the stor…");
  });

  test("a batch applies the policy in force when it is sent", () => {
    const q = enqueue(EMPTY_QUEUE, logged(1, { excerpt: "storm sale" }));
    const off = nextBatch(q, { now: NOW, report: { url: "https://x.example" }, extensionVersion: "1.0.0" });
    expect(off.events[0]).not.toHaveProperty("excerpt");
    expect(JSON.stringify(off)).not.toContain("storm sale");
  });
});

describe("batches", () => {
  test("the oldest first, at most the batch size, in the documented envelope", () => {
    let q: ReportQueue = EMPTY_QUEUE;
    for (let n = 1; n <= 5; n++) q = enqueue(q, logged(n));
    const body = nextBatch(q, { now: NOW, report: undefined, ruleSet: { id: "acme", version: 3 }, extensionVersion: "1.0.0" }, 2);
    expect(body).toMatchObject({ schema: REPORT_SCHEMA, sentAt: NOW.toISOString(), ruleSet: { id: "acme", version: 3 }, extensionVersion: "1.0.0" });
    expect(body.events.map((e) => e.id)).toEqual(["id-1", "id-2"]);
  });

  test("success removes the batch's ids only: decisions queued during the send stay", () => {
    let q = enqueue(enqueue(EMPTY_QUEUE, logged(1)), logged(2));
    q = afterFailure(q, "down", NOW, 1_000);
    q = enqueue(q, logged(3));
    const after = afterSuccess(q, ["id-1", "id-2"], NOW);
    expect(after.events.map((e) => e.id)).toEqual(["id-3"]);
    expect(after).toMatchObject({ attempts: 0, sent: 2, lastSentAt: NOW.toISOString() });
    expect(after).not.toHaveProperty("nextAttemptAt");
    expect(after).not.toHaveProperty("lastError");
  });

  test("failure keeps the batch, counts the attempt and says why", () => {
    const q = afterFailure(enqueue(EMPTY_QUEUE, logged(1)), "HTTP 503", NOW, 30_000);
    expect(q).toMatchObject({ attempts: 1, lastError: "HTTP 503", nextAttemptAt: "2026-11-24T12:00:30.000Z" });
    expect(q.events).toHaveLength(1);
  });
});
