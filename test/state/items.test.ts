// Storage items read back through zod, and the decision log's cap, on WXT's fake browser.
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type * as Items from "../../lib/state/items.ts";
import type * as InForce from "../../lib/sync/in-force.ts";
import { MAX_DECISIONS, type GateDecision } from "../../lib/state/schema.ts";

let items: typeof Items;
let inForce: typeof InForce;

beforeAll(async () => {
  // @wxt-dev/browser picks the extension API when first imported.
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  items = await import("../../lib/state/items.ts");
  inForce = await import("../../lib/sync/in-force.ts");
});
beforeEach(() => fakeBrowser.reset());

const decision = (n: number): GateDecision => ({
  at: new Date(Date.UTC(2026, 10, 24, 0, 0, n % 60)).toISOString(),
  platform: "x",
  rules: [{ id: "events/match", severity: "block" }],
  crisis: false,
  decision: "override",
  reason: `reason ${n}`,
});

describe("lib/state storage items", () => {
  test("an invalid stored value falls back to the default", async () => {
    await fakeBrowser.storage.local.set({ crisis: { active: "yes" } });
    expect(await items.crisisItem.get()).toEqual({ active: false });
    await fakeBrowser.storage.local.set({ crisis: { active: true, reason: "Outage" } });
    expect(await items.crisisItem.get()).toEqual({ active: true, reason: "Outage" });
  });

  test("a team rule set is validated on read; a bad one is ignored", async () => {
    await fakeBrowser.storage.local.set({ teamRuleSet: { schema: "preflight.ruleset/1", id: "acme", version: 0 } });
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
    const good = { schema: "preflight.ruleset/1", id: "acme", version: 2, issuedAt: "2026-11-01T00:00:00Z" };
    await fakeBrowser.storage.local.set({ teamRuleSet: good });
    expect(await inForce.teamRuleSetItem.get()).toMatchObject(good);
  });

  test("the decision log appends in order and keeps the newest 10,000", async () => {
    const old = Array.from({ length: MAX_DECISIONS }, (_, i) => decision(i));
    await items.decisionsItem.set(old.map((d, i) => ({ ...d, id: `d${i}` })));
    await Promise.all([items.appendDecision(decision(MAX_DECISIONS)), items.appendDecision(decision(MAX_DECISIONS + 1))]);
    const log = await items.decisionsItem.get();
    expect(log).toHaveLength(MAX_DECISIONS);
    expect(log[0]?.reason).toBe("reason 2");
    expect(log.at(-1)?.reason).toBe(`reason ${MAX_DECISIONS + 1}`);
  });

  test("messages are validated: a decision carrying the post's text is refused", async () => {
    const { RequestSchema } = await import("../../lib/state/messages.ts");
    const { at: _at, platform: _platform, ...report } = decision(1);
    expect(RequestSchema.safeParse({ type: "decision.record", site: "x", decision: report }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: "decision.record", site: "x", decision: { ...report, text: "the post" } }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: "engine.load", files: ["/evil.js"] }).success).toBe(false);
  });
});
