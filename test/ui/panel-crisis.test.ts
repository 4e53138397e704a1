// @vitest-environment happy-dom
// Issue 12, items 3 and 4: every compose box's panel shows the crisis itself: the team's title and
// message in the reader's language, a drill marked as one, and who may post; the badge's pill says
// "Drill" for a drill.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mountPanel, PANEL_TAG } from "../../lib/content/mount.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { crisisViewOf, sameCrisisView, type CrisisView } from "../../lib/ui/crisis-view.ts";
import { PanelStore } from "../../lib/ui/panel-model.ts";

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => {
  controller.abort();
  document.body.innerHTML = "";
});

const flush = () => new Promise((done) => setTimeout(done, 0));

const team = (crisis: RuleSet["crisis"], extra: Partial<RuleSet> = {}): RuleSet => ({
  schema: "preflight.ruleset/1",
  id: "acme",
  version: 2,
  issuedAt: "2026-11-24T09:00:00Z",
  ...(crisis ? { crisis } : {}),
  ...extra,
});
const AT = new Date("2026-11-25T12:00:00Z");

describe("crisisViewOf", () => {
  const breach = team(
    { active: true, title: { en: "Data breach", "zh-CN": "数据泄露" }, message: { en: "Hold posts.", "zh-CN": "暂停发帖。" }, scenario: "breach", drill: true, until: "2026-11-26T00:00:00Z" },
    { scenarios: [{ id: "breach", title: "Data breach", mayPost: ["dana@acme.test"] }] },
  );

  test("the team's crisis in the reader's language, a drill, restricted by mayPost", () => {
    expect(crisisViewOf(breach, { active: false }, AT, "zh-CN")).toEqual({ source: "team", title: "数据泄露", message: "暂停发帖。", drill: true, restricted: true });
  });

  test("restricted by requireApproval alone; not restricted otherwise", () => {
    expect(crisisViewOf(team({ active: true, requireApproval: true }), undefined, AT, "en")).toEqual({ source: "team", drill: false, restricted: true });
    expect(crisisViewOf(team({ active: true, title: "Outage" }), undefined, AT, "en")?.restricted).toBe(false);
  });

  test("nothing after the team's until, or when no crisis is on; this browser's own crisis with its reason", () => {
    expect(crisisViewOf(breach, { active: false }, new Date("2026-11-26T00:00:00Z"), "en")).toBeUndefined();
    expect(crisisViewOf(team(undefined), { active: false }, AT, "en")).toBeUndefined();
    expect(crisisViewOf(team(undefined), { active: true, reason: "Outage" }, AT, "en")).toEqual({ source: "local", message: "Outage", drill: false, restricted: false });
    expect(crisisViewOf(team(undefined), { active: true, until: "2026-11-25T00:00:00Z" }, AT, "en")).toBeUndefined();
  });

  test("two views compare by what they say", () => {
    const a: CrisisView = { source: "team", title: "X", drill: false, restricted: false };
    expect(sameCrisisView(a, { ...a })).toBe(true);
    expect(sameCrisisView(a, { ...a, drill: true })).toBe(false);
    expect(sameCrisisView(undefined, undefined)).toBe(true);
    expect(sameCrisisView(a, undefined)).toBe(false);
  });
});

function panel(crisisView: CrisisView | undefined, locale: "en" | "zh-CN" = "en") {
  const store = new PanelStore({
    locale,
    composers: [{ id: 1, rect: { top: 100, left: 100, width: 400, height: 80 }, findings: [], loading: false }],
    openId: 1,
    gate: undefined,
    crisis: crisisView !== undefined,
    ...(crisisView ? { crisisView } : {}),
    askAccount: false,
    saveAccount: () => undefined,
    skipAccount: () => undefined,
  });
  mountPanel(document, store, controller.signal, "open");
  return document.querySelector(PANEL_TAG)!.shadowRoot!;
}

const text = (root: ShadowRoot, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

describe("the crisis banner in the panel", () => {
  test("a team crisis: title, message, only approved people may post", async () => {
    const root = panel({ source: "team", title: "Data breach", message: "Hold all marketing posts.", drill: false, restricted: true });
    await flush();
    expect(text(root, "pf-crisis-title")).toBe("Crisis: Data breach");
    expect(text(root, "pf-crisis-message")).toBe("Hold all marketing posts.");
    expect(text(root, "pf-crisis-restricted")).toBe("Only approved people may post during this crisis.");
    expect(text(root, "pf-crisis-drill")).toBeNull();
    expect(root.querySelector(".pf-pill--crisis")?.textContent).toBe("Crisis");
  });

  test("a drill is marked as one, in Chinese too", async () => {
    const root = panel({ source: "team", title: "数据泄露", drill: true, restricted: false }, "zh-CN");
    await flush();
    expect(text(root, "pf-crisis-title")).toBe("演练：数据泄露");
    expect(text(root, "pf-crisis-drill")).toContain("这是一次演练");
    expect(text(root, "pf-crisis-restricted")).toBeNull();
    expect(root.querySelector('[data-testid="pf-crisis"]')?.getAttribute("data-drill")).toBe("true");
    expect(root.querySelector(".pf-pill--crisis")?.textContent).toBe("演练");
  });

  test("an untitled drill, and this browser's own crisis with its reason", async () => {
    let root = panel({ source: "team", drill: true, restricted: false });
    await flush();
    expect(text(root, "pf-crisis-title")).toBe("Drill: your team is rehearsing a crisis");
    controller.abort();
    document.body.innerHTML = "";
    controller = new AbortController();
    root = panel({ source: "local", message: "Outage", drill: false, restricted: false });
    await flush();
    expect(text(root, "pf-crisis-title")).toBe("Crisis mode is on: every post is reviewed.");
    expect(text(root, "pf-crisis-message")).toBe("Outage");
  });

  test("no banner without a crisis", async () => {
    const root = panel(undefined);
    await flush();
    expect(root.querySelector('[data-testid="pf-crisis"]')).toBeNull();
    expect(root.querySelector(".pf-pill--crisis")).toBeNull();
  });
});
