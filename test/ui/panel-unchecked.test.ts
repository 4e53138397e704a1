// @vitest-environment happy-dom
// Issue 11, item 2: when Preflight cannot check, every badge says so, and the panel says why.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mountPanel, PANEL_TAG } from "../../lib/content/mount.ts";
import { PanelStore } from "../../lib/ui/panel-model.ts";

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => controller.abort());

const flush = () => new Promise((done) => setTimeout(done, 0));

function panel(unchecked: boolean, locale: "en" | "zh-CN" = "en") {
  const store = new PanelStore({
    locale,
    composers: [
      { id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings: [], loading: false },
      { id: 2, rect: { top: 300, left: 100, width: 400, height: 80 }, findings: [], loading: false },
    ],
    openId: 1,
    gate: undefined,
    crisis: false,
    unchecked,
    askAccount: false,
    saveAccount: () => undefined,
    skipAccount: () => undefined,
  });
  mountPanel(document, store, controller.signal, "open");
  return document.querySelector(PANEL_TAG)!.shadowRoot!;
}

describe("not checking", () => {
  test("every badge says Preflight is not checking, never a clean tick", async () => {
    const root = panel(true);
    await flush();
    const badges = [...root.querySelectorAll('[data-testid="pf-badge"]')];
    expect(badges).toHaveLength(2);
    for (const badge of badges) {
      expect(badge.getAttribute("aria-label")).toBe("Preflight review: Not checking");
      expect(badge.querySelector('[data-testid="pf-unchecked"]')?.textContent).toContain("Not checking");
      expect(badge.classList.contains("pf-badge--unchecked")).toBe(true);
      expect(badge.textContent).not.toContain("✓");
    }
    expect(root.querySelector('[data-testid="pf-unchecked-note"]')?.textContent).toContain("cannot check posts on this page");
    expect(root.querySelector(".pf-empty")).toBeNull(); // no "Nothing to flag."
  });

  test("in Simplified Chinese too", async () => {
    const root = panel(true, "zh-CN");
    await flush();
    expect(root.querySelector('[data-testid="pf-badge"]')?.getAttribute("aria-label")).toBe("Preflight 检查：未在检查");
  });

  test("a page that checks shows its findings as before", async () => {
    const root = panel(false);
    await flush();
    expect(root.querySelector('[data-testid="pf-unchecked"]')).toBeNull();
    expect(root.querySelector(".pf-empty")?.textContent).toBe("Nothing to flag.");
  });
});
