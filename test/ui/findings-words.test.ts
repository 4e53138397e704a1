// @vitest-environment happy-dom
// Issue 13: every finding names its rule in words, findings come the most severe first everywhere,
// counts agree in number and platforms are named as people know them.
import { h, render } from "preact";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mountPanel, PANEL_TAG } from "../../lib/content/mount.ts";
import type { Finding, Locale, Severity } from "../../lib/engine/types.ts";
import { FindingList } from "../../lib/ui/finding-list.tsx";
import { PanelStore, type GateView } from "../../lib/ui/panel-model.ts";
import { platformName } from "../../lib/ui/platform-names.ts";
import { t, tn } from "../../lib/ui/strings.ts";

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => {
  controller.abort();
  document.body.innerHTML = "";
});

const flush = () => new Promise((done) => setTimeout(done, 0));
const finding = (ruleId: string, severity: Severity, start: number): Finding => ({
  ruleId,
  severity,
  start,
  end: start + 3,
  excerpt: "abc",
  message: `${ruleId} message`,
  messageId: "m",
});
// In the order the engine might return them: by position, not by severity.
const FINDINGS = [
  finding("voice/emoji", "info", 0),
  finding("sensitivity/tragedy", "warn", 4),
  finding("sensitivity/tragedy-promotion", "block", 10),
];

function panel(locale: Locale, gate?: GateView) {
  const store = new PanelStore({
    locale,
    composers: [{ id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings: FINDINGS, loading: false }],
    openId: gate ? undefined : 1,
    gate,
    crisis: false,
    unchecked: false,
    askAccount: false,
    saveAccount: () => undefined,
    skipAccount: () => undefined,
  });
  mountPanel(document, store, controller.signal, "open");
  return document.querySelector(PANEL_TAG)!.shadowRoot!;
}

const names = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

describe("findings in the panel", () => {
  test("come the most severe first, each named in words (English)", async () => {
    const root = panel("en");
    await flush();
    expect([...root.querySelectorAll('[data-testid="pf-finding"]')].map((el) => el.getAttribute("data-severity"))).toEqual(["block", "warn", "info"]);
    expect(names(root, '[data-testid="pf-rule-name"]')).toEqual(["Selling on a tragedy (newsjacking)", "A tragedy mentioned", "Too many emoji"]);
    for (const head of names(root, ".pf-finding__head")) expect(head).not.toMatch(/[a-z]+\/[a-z-]+/);
  });

  test("are named in Chinese in a Chinese UI", async () => {
    const root = panel("zh-CN");
    await flush();
    expect(names(root, '[data-testid="pf-rule-name"]')).toEqual(["借悲剧营销（蹭热点）", "提及悲剧事件", "表情符号过多"]);
  });

  test("at the gate, the reasons and the others are each the most severe first", async () => {
    const gate: GateView = {
      composerId: 1,
      reasons: [finding("crisis/active", "warn", 0), finding("sensitivity/minors", "block", 5)],
      others: [finding("voice/emoji", "info", 0), finding("voice/claims", "warn", 9)],
      answer: () => undefined,
    };
    const root = panel("en", gate);
    await flush();
    expect(names(root, '[data-testid="pf-gate"] [data-testid="pf-rule-name"]')).toEqual([
      "Children sexualised",
      "Crisis mode",
      "Claim for legal review",
      "Too many emoji",
    ]);
  });
});

describe("findings in the try-it list", () => {
  test("come the most severe first, named in words", () => {
    const host = document.createElement("div");
    render(h(FindingList, { findings: FINDINGS, locale: "en" }), host);
    expect([...host.querySelectorAll("li")].map((el) => el.getAttribute("data-rule"))).toEqual([
      "sensitivity/tragedy-promotion",
      "sensitivity/tragedy",
      "voice/emoji",
    ]);
    expect(names(host, '[data-testid="rule-name"]')[0]).toBe("Selling on a tragedy (newsjacking)");
  });

  test("says there is nothing to flag when there is nothing", () => {
    const host = document.createElement("div");
    render(h(FindingList, { findings: [], locale: "zh-CN" }), host);
    expect(host.textContent).toBe(t("noFindings", "zh-CN"));
  });
});

describe("counts in words", () => {
  test("agree in number in English", () => {
    expect(tn("summaryEvents", 1, "en")).toBe("1 current event");
    expect(tn("summaryEvents", 2, "en")).toBe("2 current events");
    expect(tn("summaryEvents", 0, "en")).toBe("0 current events");
    expect(tn("summaryPeople", 1, "en")).toBe("1 spokesperson");
    expect(tn("summaryTerms", 3, "en")).toBe("3 term entries");
  });

  test("use the one Chinese form, with its measure word", () => {
    expect(tn("summaryEvents", 1, "zh-CN")).toBe("1 个当前事件");
    expect(tn("summaryPeople", 2, "zh-CN")).toBe("2 位发言人");
  });
});

describe("platforms in words", () => {
  test("by the names people know them by", () => {
    expect(platformName("linkedin", "en")).toBe("LinkedIn");
    expect(platformName("youtube", "en")).toBe("YouTube");
    expect(platformName("linkedin", "zh-CN")).toContain("领英");
  });

  test("a site the user added by its host name, and nothing inherited from Object", () => {
    expect(platformName("scheduler.example.com", "en")).toBe("scheduler.example.com");
    expect(platformName("toString", "en")).toBe("toString");
  });
});

describe("the badge's accessible name (issue 13)", () => {
  const label = async (locale: Locale, crisis: boolean, findings: Finding[]) => {
    const store = new PanelStore({
      locale,
      composers: [{ id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings, loading: false }],
      openId: undefined,
      gate: undefined,
      crisis,
      unchecked: false,
      askAccount: false,
      saveAccount: () => undefined,
      skipAccount: () => undefined,
    });
    mountPanel(document, store, controller.signal, "open");
    await flush();
    const badge = document.querySelector(PANEL_TAG)!.shadowRoot!.querySelector('[data-testid="pf-badge"]')!;
    return { name: badge.getAttribute("aria-label"), keys: badge.getAttribute("aria-keyshortcuts") };
  };

  test("says what it holds, in counts that agree in number, and its shortcut", async () => {
    const findings = [finding("sensitivity/minors", "block", 0), finding("voice/claims", "warn", 5), finding("voice/emoji", "warn", 9)];
    expect(await label("en", false, findings)).toEqual({ name: "Preflight review: 1 stops the post, 2 warnings", keys: "Alt+Shift+P" });
  });

  test("says crisis mode is on", async () => {
    expect((await label("en", true, [finding("voice/emoji", "info", 0)])).name).toBe("Preflight review: 1 note; crisis mode on");
  });

  test("in Chinese", async () => {
    const findings = [finding("sensitivity/minors", "block", 0), finding("voice/emoji", "info", 5)];
    expect((await label("zh-CN", true, findings)).name).toBe("Preflight 检查：1 项拦截、1 项提示；危机模式已开启");
  });
});
