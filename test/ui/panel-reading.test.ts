// @vitest-environment happy-dom
// Issue 10: the panel says why, in words: what the post refers to and what it does with it.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mountPanel, PANEL_TAG } from "../../lib/content/mount.ts";
import type { Finding } from "../../lib/engine/types.ts";
import { PanelStore, type ComposerView } from "../../lib/ui/panel-model.ts";

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => controller.abort());

const flush = () => new Promise((done) => setTimeout(done, 0));
const BLOCK: Finding = {
  ruleId: "sensitivity/tragedy-promotion",
  messageId: "newsjacking",
  severity: "block",
  message: "“floods” refers to a tragedy, and the post also sells (“30% off”).",
  start: 0,
  end: 6,
  excerpt: "floods",
};

function panel(composer: Partial<ComposerView>) {
  const store = new PanelStore({
    locale: "en",
    composers: [{ id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings: [BLOCK], loading: false, ...composer }],
    openId: 1,
    gate: undefined,
    crisis: false,
    unchecked: false,
    askAccount: false,
    saveAccount: () => undefined,
    skipAccount: () => undefined,
  });
  mountPanel(document, store, controller.signal, "open");
  return document.querySelector(PANEL_TAG)!.shadowRoot!;
}

describe("the reading in the panel", () => {
  test("comes above the findings", async () => {
    const reading = "Read as: refers to a tragedy (“floods”); the post uses it to sell or promote (“30% off”).";
    const root = panel({ reading });
    await flush();
    const shown = root.querySelector('[data-testid="pf-reading"]');
    expect(shown?.textContent).toBe(reading);
    expect(shown?.nextElementSibling?.classList.contains("pf-findings")).toBe(true);
  });

  test("is absent for a post that refers to nothing sensitive", async () => {
    const root = panel({});
    await flush();
    expect(root.querySelector('[data-testid="pf-reading"]')).toBeNull();
    expect(root.querySelector(".pf-findings")).not.toBeNull();
  });
});
