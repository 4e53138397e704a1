// @vitest-environment happy-dom
// Issue 12b: the gate offers approval; a crisis that requires it offers no "Post anyway"; and a
// script's click cannot open the approval form (only the author's own clicks act on the gate).
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mountPanel, PANEL_TAG } from "../../lib/content/mount.ts";
import type { Finding } from "../../lib/engine/types.ts";
import { PanelStore, type GateApproval } from "../../lib/ui/panel-model.ts";

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => controller.abort());
const flush = () => new Promise((done) => setTimeout(done, 0));

const CRISIS: Finding = { ruleId: "crisis/active", messageId: "active", severity: "block", message: "Crisis mode is on", start: 0, end: 0, excerpt: "" };

function gate(approval: GateApproval | undefined, locale: "en" | "zh-CN" = "en") {
  const store = new PanelStore({
    locale,
    composers: [{ id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings: [CRISIS], loading: false }],
    openId: undefined,
    gate: { composerId: 1, reasons: [CRISIS], others: [], answer: () => undefined, ...(approval ? { approval } : {}) },
    crisis: true,
    askAccount: false,
    saveAccount: () => undefined,
    skipAccount: () => undefined,
  });
  mountPanel(document, store, controller.signal, "open");
  return document.querySelector(PANEL_TAG)!.shadowRoot!;
}

const approval = (required: boolean, approvers = true): GateApproval & { asked: number } => {
  const a = {
    required,
    approvers,
    asked: 0,
    request: async () => {
      a.asked++;
      return "PF1-R-test";
    },
    submit: async () => undefined,
  };
  return a;
};

describe("approval at the gate", () => {
  test("a held post offers both Post anyway and Ask for approval", async () => {
    const root = gate(approval(false));
    await flush();
    expect(root.querySelector('[data-testid="pf-gate-override"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="pf-gate-ask-approval"]')?.textContent).toBe("Ask for approval");
  });

  test("a crisis that requires approval offers no Post anyway, and says why (in Chinese too)", async () => {
    const root = gate(approval(true), "zh-CN");
    await flush();
    expect(root.querySelector('[data-testid="pf-gate-override"]')).toBeNull();
    expect(root.querySelector('[data-testid="pf-gate-ask-approval"]')?.textContent).toBe("申请审批");
    expect(root.textContent).toContain("每条帖子都须经审批人批准");
  });

  test("a crisis that requires approval with no approver listed holds the post and says so", async () => {
    const root = gate(approval(true, false));
    await flush();
    expect(root.querySelector('[data-testid="pf-gate-override"]')).toBeNull();
    expect(root.querySelector('[data-testid="pf-gate-ask-approval"]')).toBeNull();
    expect(root.querySelector('[data-testid="pf-approval-none"]')?.textContent).toContain("list no approver");
  });

  test("without approvers wired (no approval), the gate is as before", async () => {
    const root = gate(undefined);
    await flush();
    expect(root.querySelector('[data-testid="pf-gate-ask-approval"]')).toBeNull();
    expect(root.querySelector('[data-testid="pf-gate-override"]')).not.toBeNull();
  });

  test("a script's click does not open the approval form or make a request", async () => {
    const wired = approval(true);
    const root = gate(wired);
    await flush();
    (root.querySelector('[data-testid="pf-gate-ask-approval"]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('[data-testid="pf-approval"]')).toBeNull();
    expect(wired.asked).toBe(0);
  });
});
