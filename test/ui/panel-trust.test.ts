// @vitest-environment happy-dom
// Issue 11, item 5: the page cannot read or press the panel. Its root is closed, and only events
// a person made act on it: a script's click, key or form submission does nothing.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mountPanel, PANEL_TAG } from "../../lib/content/mount.ts";
import type { Finding } from "../../lib/engine/types.ts";
import type { GateAnswer } from "../../lib/review/shapes.ts";
import { trusted } from "../../lib/ui/panel.tsx";
import { PanelStore, type PanelState } from "../../lib/ui/panel-model.ts";

const BLOCK: Finding = { ruleId: "events/match", messageId: "event", severity: "block", message: "Storm", start: 0, end: 5, excerpt: "storm", guidance: "Say nothing until legal clears it." };

let controller: AbortController;
let answers: GateAnswer[];
let store: PanelStore;

beforeEach(() => {
  controller = new AbortController();
  answers = [];
  const state: PanelState = {
    locale: "en",
    composers: [{ id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings: [BLOCK], loading: false }],
    openId: 1,
    gate: { composerId: 1, reasons: [BLOCK], others: [], answer: (choice) => answers.push(choice) },
    crisis: false,
    askAccount: false,
    saveAccount: () => undefined,
    skipAccount: () => undefined,
  };
  store = new PanelStore(state);
});
afterEach(() => controller.abort());

const flush = () => new Promise((done) => setTimeout(done, 0));

describe("the in-page panel", () => {
  test("is mounted in a closed shadow root: the page finds the host, not the team's guidance or the gate", async () => {
    mountPanel(document, store, controller.signal);
    await flush();
    const host = document.querySelector(PANEL_TAG);
    expect(host).not.toBeNull();
    expect(host!.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain("Say nothing until legal clears it.");
    expect(document.querySelector('[data-testid="pf-gate-override"]')).toBeNull();
  });

  test("ignores a script's clicks, keys and submissions on the gate", async () => {
    // An open root here only so that the test can reach the buttons a compromised content script could.
    mountPanel(document, store, controller.signal, "open");
    await flush();
    const root = document.querySelector(PANEL_TAG)!.shadowRoot!;
    const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    $("pf-gate-override")!.click();
    await flush();
    expect($("pf-gate-reason")).toBeNull(); // the reason field did not open
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    $("pf-gate-edit")!.click();
    $("pf-badge")!.click();
    await flush();
    expect(answers).toEqual([]);
    expect(store.get().openId).toBe(1);
  });

  test("trusted() passes a person's events and drops a script's", () => {
    const seen: string[] = [];
    const handler = trusted((event: Event) => seen.push(event.type));
    handler(new Event("click"));
    handler({ type: "keydown", isTrusted: true } as Event);
    expect(seen).toEqual(["keydown"]);
  });
});
