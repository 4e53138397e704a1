// @vitest-environment happy-dom
// The content script's count of findings shown: one message per batch, never one per keystroke.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FindingTally, TALLY_DELAY_MS } from "../../lib/audit/tally.ts";
import type { Finding } from "../../lib/engine/types.ts";

const f = (ruleId: string, start = 0): Finding => ({ ruleId, messageId: "m", severity: "warn", message: "m", start, end: start + 1, excerpt: "x" });

let sent: unknown[];
let controller: AbortController;
let tally: FindingTally;

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  controller = new AbortController();
  tally = new FindingTally({
    send: async (request) => sent.push(request),
    site: () => "x",
    window,
    signal: controller.signal,
  });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe("FindingTally", () => {
  test("a finding counts once when it appears, not at every analysis while it stays", () => {
    const box = {};
    for (let i = 0; i < 20; i++) tally.note(box, [f("events/match")], "acme"); // twenty keystrokes
    tally.note(box, [f("events/match"), f("events/match", 9), f("voice/emoji")], "acme");
    expect(sent).toEqual([]); // nothing yet: batched
    vi.advanceTimersByTime(TALLY_DELAY_MS);
    expect(sent).toEqual([
      { type: "findings.count", site: "x", account: "acme", counts: [{ rule: "events/match", n: 2 }, { rule: "voice/emoji", n: 1 }] },
    ]);
  });

  test("a finding that goes and comes back counts again; separate boxes count separately", () => {
    const a = {};
    const b = {};
    tally.note(a, [f("events/match")], undefined);
    tally.note(a, [], undefined);
    tally.note(a, [f("events/match")], undefined);
    tally.note(b, [f("events/match")], undefined);
    tally.flush();
    expect(sent).toEqual([{ type: "findings.count", site: "x", counts: [{ rule: "events/match", n: 3 }] }]);
  });

  test("one message per account", () => {
    tally.note({}, [f("a/b")], "acme");
    tally.note({}, [f("a/b")], "acme_support");
    tally.flush();
    expect(sent.map((r) => (r as { account?: string }).account)).toEqual(["acme", "acme_support"]);
  });

  test("leaving the page sends what has gathered at once", () => {
    tally.note({}, [f("a/b")], undefined);
    window.dispatchEvent(new Event("pagehide"));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(TALLY_DELAY_MS);
    expect(sent).toHaveLength(1); // nothing twice
  });

  test("nothing new, nothing sent", () => {
    tally.note({}, [], undefined);
    vi.advanceTimersByTime(TALLY_DELAY_MS * 3);
    tally.flush();
    expect(sent).toEqual([]);
  });

  test("an extension reloaded under the page (send throws) does not break the page", () => {
    const throwing = new FindingTally({
      send: () => {
        throw new Error("Extension context invalidated.");
      },
      site: () => "x",
      window,
      signal: controller.signal,
    });
    throwing.note({}, [f("a/b")], undefined);
    expect(() => throwing.flush()).not.toThrow();
  });
});
