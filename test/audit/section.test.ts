// @vitest-environment happy-dom
// The options page's audit log, rendered with Preact over WXT's fake browser: totals, charts,
// filters, exports, the state of team reporting, and both languages.
import { h, render } from "preact";
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { FindingCountRow } from "../../lib/audit/schema.ts";
import type { LoggedDecision } from "../../lib/state/schema.ts";
import { FIREFOX_SETTINGS, REPORT_DATA_COLLECTION } from "../../lib/packaging/manifest.ts";
import { AUDIT_STRINGS } from "../../lib/ui/audit/strings.ts";
import { decision, REPORT_URL, teamRuleSet } from "./kit.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
let section: typeof import("../../lib/ui/audit/section.tsx");

beforeAll(async () => {
  section = await import("../../lib/ui/audit/section.tsx");
});

const local = (y: number, m: number, d: number, hour = 12) => new Date(y, m - 1, d, hour).toISOString();
const DECISIONS: LoggedDecision[] = [
  { ...decision(1, { decision: "edit", reason: undefined, at: local(2026, 11, 20) }), id: "a" },
  { ...decision(2, { at: local(2026, 11, 20, 14), approvedBy: "ann@acme.example" }), id: "b" },
  { ...decision(3, { at: local(2026, 11, 21), author: "bob", reason: "Approved by legal", crisis: true }), id: "c" },
  { ...decision(4, { at: local(2026, 11, 22), platform: "linkedin", account: "acme-corp", decision: "cancel", reason: undefined }), id: "d" },
  { ...decision(5, { at: local(2026, 11, 22, 15), author: "bob", reason: "approved by  legal", excerpt: "…the storm sale…" }), id: "e" },
];
const ROWS: FindingCountRow[] = [
  { day: "2026-11-20", platform: "x", account: "acme", rule: "events/match", n: 4 },
  { day: "2026-11-21", platform: "x", account: "acme", rule: "voice/emoji", n: 2 },
  { day: "2026-11-22", platform: "linkedin", account: "acme-corp", rule: "sensitivity/profanity", n: 1 },
];

let root: HTMLElement;
let blobs: Array<{ name: string; text: Promise<string> }>;

async function show(locale: "en" | "zh-CN" = "en") {
  render(h(section.AuditSection, { locale }), root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="audit-totals"]')).not.toBeNull());
}

const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
const $$ = (selector: string) => [...root.querySelectorAll(selector)] as HTMLElement[];
const sum = (elements: HTMLElement[]) => elements.reduce((n, el) => n + Number(el.getAttribute("data-n")), 0);

function choose(testid: string, value: string) {
  const select = $(`[data-testid="${testid}"]`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({
    decisions: DECISIONS,
    decisionsDropped: 7,
    findingCounts: { rows: ROWS, dropped: 0 },
    teamRuleSet: teamRuleSet({ url: REPORT_URL, excerpt: 40 }),
    reportQueue: {
      events: DECISIONS.slice(3),
      attempts: 2,
      nextAttemptAt: new Date(Date.UTC(2026, 10, 24, 12)).toISOString(),
      lastError: "the receiver answered HTTP 503",
      sent: 3,
      dropped: 0,
    },
  });
  // Chrome's manifest: no consent to ask before sending (Firefox's has its own test).
  vi.spyOn(fakeBrowser.runtime, "getManifest").mockReturnValue({ manifest_version: 3, name: "Preflight", version: "1" });
  root = document.createElement("div");
  document.body.append(root);
  blobs = [];
  // Catches each download: the file's name and text.
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push({ name: "", text: (blob as Blob).text() });
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    blobs[blobs.length - 1]!.name = this.download;
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe("the audit log view", () => {
  test("totals, what the cap dropped, and every chart adds up to the log", async () => {
    await show();
    const totals = $('[data-testid="audit-totals"]');
    expect(totals.textContent).toBe(
      "Decisions at the gate: 5 (1 edited, 3 posted anyway, 1 cancelled; 1 during a crisis). Findings shown while composing: 7.",
    );
    expect($('[data-testid="audit-dropped"]').textContent).toContain("7 oldest decisions");
    // Findings per day, stacked by rule: three days, each bar its own rule.
    const findings = $$('[data-testid="audit-chart-findings"] rect');
    expect(sum(findings)).toBe(7);
    expect(findings.map((r) => `${r.closest("g")!.getAttribute("data-day")} ${r.getAttribute("data-key")}`)).toEqual([
      "2026-11-20 events/match",
      "2026-11-21 voice/emoji",
      "2026-11-22 sensitivity/profanity",
    ]);
    expect($('[data-testid="audit-chart-findings"] svg').getAttribute("aria-label")).toBe(
      "Findings shown while composing, per day: 7 in all, 3 days",
    );
    // By category instead.
    $('[data-testid="audit-by-category"]').click();
    await vi.waitFor(() =>
      expect($$('[data-testid="audit-chart-findings"] rect').map((r) => r.getAttribute("data-key"))).toEqual(["events", "voice", "sensitivity"]),
    );
    // Decisions by outcome.
    const outcomes = $$('[data-testid="audit-chart-outcomes"] rect');
    expect(sum(outcomes)).toBe(5);
    expect(outcomes.filter((r) => r.getAttribute("data-key") === "override").map((r) => r.getAttribute("data-n"))).toEqual(["1", "1", "1"]);
    // Overrides by person and by reason (reasons differing only in case and spacing are one).
    expect($$('[data-testid="audit-chart-people"] li').map((li) => [li.dataset["label"], li.dataset["value"]])).toEqual([
      ["bob", "2"],
      ["ann@acme.example", "1"],
    ]);
    expect($$('[data-testid="audit-chart-reasons"] li').map((li) => [li.dataset["label"], li.dataset["value"]])).toEqual([
      ["Approved by legal", "2"],
      ["reason 2", "1"],
    ]);
    // The tables, and the decisions newest first with the excerpt the policy allowed.
    expect($$('[data-testid="audit-rules"] tbody tr').map((tr) => tr.dataset["rule"])).toEqual([
      "events/match",
      "voice/emoji",
      "sensitivity/profanity",
    ]);
    expect($$('[data-testid="audit-decisions"] tbody tr').map((tr) => tr.dataset["id"])).toEqual(["e", "d", "c", "b", "a"]);
    expect($('[data-testid="audit-decisions"] tr[data-id="e"] .pf-quote').textContent).toBe("…the storm sale…");
    // Issue 12b: who approved a post released by an approval code.
    expect($('[data-testid="audit-decisions"] tr[data-id="b"] [data-testid="audit-approved-by"]').textContent).toBe("Approved by ann@acme.example");
    expect($('[data-testid="audit-decisions"] tr[data-id="c"] [data-testid="audit-approved-by"]')).toBeNull();
  });

  test("filters by platform, account and days apply to everything", async () => {
    await show();
    choose("audit-platform", "linkedin");
    await vi.waitFor(() => expect($('[data-testid="audit-totals"]').dataset["decisions"]).toBe("1"));
    expect($('[data-testid="audit-totals"]').dataset["shown"]).toBe("1");
    expect($$('[data-testid="audit-account"] option').map((o) => o.textContent)).toEqual(["All", "acme-corp"]);
    $('[data-testid="audit-clear"]').click();
    await vi.waitFor(() => expect($('[data-testid="audit-totals"]').dataset["decisions"]).toBe("5"));
    const from = $('[data-testid="audit-from"]') as HTMLInputElement;
    from.value = "2026-11-21";
    from.dispatchEvent(new Event("input", { bubbles: true }));
    const to = $('[data-testid="audit-to"]') as HTMLInputElement;
    to.value = "2026-11-21";
    to.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.waitFor(() => expect($('[data-testid="audit-totals"]').dataset["decisions"]).toBe("1"));
    expect($('[data-testid="audit-totals"]').dataset["shown"]).toBe("2");
    from.value = "2026-11-23";
    from.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.waitFor(() => expect($('[data-testid="audit-empty"]')).not.toBeNull());
  });

  test("exports what the filters show, as CSV and JSON", async () => {
    await show();
    choose("audit-platform", "x");
    await vi.waitFor(() => expect($('[data-testid="audit-totals"]').dataset["decisions"]).toBe("4"));
    $('[data-testid="audit-export-json"]').click();
    $('[data-testid="audit-export-decisions"]').click();
    $('[data-testid="audit-export-counts"]').click();
    expect(blobs.map((b) => b.name.replace(/\d{4}-\d{2}-\d{2}/, "DAY"))).toEqual([
      "preflight-audit-DAY.json",
      "preflight-decisions-DAY.csv",
      "preflight-finding-counts-DAY.csv",
    ]);
    const json = JSON.parse(await blobs[0]!.text) as Record<string, unknown>;
    expect(json).toMatchObject({ schema: "preflight.audit/1", filter: { platform: "x" }, dropped: { decisions: 7, findingCounts: 0 } });
    expect((json["decisions"] as LoggedDecision[]).map((d) => d.id)).toEqual(["a", "b", "c", "e"]);
    expect(json["findingCounts"]).toHaveLength(2);
    const csv = (await blobs[1]!.text).split("\r\n");
    expect(csv[0]).toBe("id,at,day,platform,account,author,decision,reason,crisis,rules,excerpt,words,drill,scenario,crisisSince,approvedBy");
    expect(csv).toHaveLength(4 + 2); // header, four rows, the final line end
    expect((await blobs[2]!.text).split("\r\n")[1]).toBe("2026-11-20,x,acme,events/match,events,4");
  });

  test("team reporting: where to, what is pending, why the last send failed; Send now asks the background", async () => {
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      return Promise.resolve({ ok: true });
    });
    await show();
    const card = $('[data-testid="audit-reporting"]');
    expect(card.textContent).toContain("Decisions are sent to hooks.acme.example.");
    expect(card.textContent).toContain("Waiting to be sent: 2. Sent so far: 3.");
    expect($('[data-testid="audit-report-error"]').textContent).toContain("2 in a row");
    expect($('[data-testid="audit-report-error"]').textContent).toContain("the receiver answered HTTP 503");
    expect(card.textContent).toContain("an excerpt of up to 40 characters");
    $('[data-testid="audit-send-now"]').click();
    await vi.waitFor(() => expect(messages).toEqual([{ type: "report.flush" }]));
  });

  test("Firefox before the user allowed reports: says why they wait, asks on a click, and sends once allowed", async () => {
    vi.spyOn(fakeBrowser.runtime, "getManifest").mockReturnValue({ manifest_version: 3, name: "Preflight", version: "1", browser_specific_settings: FIREFOX_SETTINGS } as never);
    let allowed = false;
    vi.spyOn(fakeBrowser.permissions, "contains").mockImplementation(async () => allowed as never);
    const request = vi.spyOn(fakeBrowser.permissions, "request").mockImplementation(async () => {
      allowed = true;
      return true as never;
    });
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      return Promise.resolve({ ok: true });
    });
    await show();
    await vi.waitFor(() => expect($('[data-testid="audit-report-consent"]')).not.toBeNull());
    expect($('[data-testid="audit-report-consent"]').textContent).toContain("Firefox asks for your consent");
    expect($('[data-testid="audit-send-now"]')).toBeNull();
    $('[data-testid="audit-report-allow"]').click();
    await vi.waitFor(() => expect(messages).toEqual([{ type: "report.flush" }]));
    expect(request).toHaveBeenCalledWith({ data_collection: [...REPORT_DATA_COLLECTION] });
    expect($('[data-testid="audit-report-consent"]')).toBeNull();
    expect($('[data-testid="audit-send-now"]')).not.toBeNull();
  });

  test("without a report URL: the log stays on this device", async () => {
    await fakeBrowser.storage.local.set({ teamRuleSet: teamRuleSet(), reportQueue: { events: [], attempts: 0, sent: 0, dropped: 0 } });
    await show();
    expect($('[data-testid="audit-reporting"]').textContent).toContain("names no report URL");
    expect($('[data-testid="audit-reporting"]').textContent).toContain("never sent");
    expect($('[data-testid="audit-send-now"]')).toBeNull();
  });

  test("updates as decisions arrive", async () => {
    await show();
    await fakeBrowser.storage.local.set({ decisions: [...DECISIONS, { ...decision(6), id: "f" }] });
    await vi.waitFor(() => expect($('[data-testid="audit-totals"]').dataset["decisions"]).toBe("6"));
  });

  test("in Simplified Chinese", async () => {
    await show("zh-CN");
    expect($('[data-testid="audit-totals"]').textContent).toBe("发布前确认时的决定：5 个（修改 1，仍然发布 3，取消 1；危机期间 1）。撰写时显示的问题：7 项。");
    expect(root.textContent).toContain("仍然发布：按人员");
    expect($('[data-testid="audit-export-json"]').textContent).toBe("全部（JSON）");
  });
});

// issue 12: the review of one crisis, from this install's log and checklist ticks
describe("the crisis review", () => {
  const SINCE = "2026-11-24T10:00:00.000Z";
  const during = (n: number, fields: Partial<LoggedDecision>): LoggedDecision => ({
    ...decision(n, { crisis: true, at: `2026-11-24T1${n}:00:00.000Z`, ...fields }),
    id: `k${n}`,
    scenario: "outage",
    crisisSince: SINCE,
    drill: true,
  });

  test("says so when no decision was taken during a team crisis", async () => {
    await show();
    expect($('[data-testid="crisis-review-none"]').textContent).toBe("No decision in the log was taken during a team crisis.");
  });

  test("shows one crisis with its drill mark, outcomes and checklist, and exports it three ways", async () => {
    await fakeBrowser.storage.local.set({
      decisions: [...DECISIONS, during(1, { decision: "edit", reason: undefined }), during(2, { decision: "override", reason: "Holding statement" })],
      crisisChecklistLog: [{ at: "2026-11-24T10:10:00.000Z", crisis: "k", scenario: "outage", crisisSince: SINCE, drill: true, item: "Pause posts", done: true, of: 2 }],
    });
    await show();
    const facts = $('[data-testid="crisis-review-facts"]');
    expect(facts.getAttribute("data-drill")).toBe("true");
    expect(facts.textContent).toContain("Crisis review: Drill: outage @ 2026-11-24T10:00:00.000Z");
    expect(facts.textContent).toContain("2 decisions: 1 stopped, 1 posted anyway, 0 approved.");
    expect(facts.textContent).toContain("First statement: 120 minutes after the declaration");
    expect(facts.textContent).toContain("Checklist: 1 of 2 done.");
    expect($$('[data-testid="crisis-review-outcomes"] li').map((li) => li.getAttribute("data-value"))).toEqual(["1", "1", "0"]);
    for (const kind of ["csv", "json", "html"]) $(`[data-testid="crisis-export-${kind}"]`).click();
    expect(blobs.map((b) => b.name)).toEqual(["preflight-crisis-outage-2026-11-24.csv", "preflight-crisis-outage-2026-11-24.json", "preflight-crisis-outage-2026-11-24.html"]);
    expect(await blobs[0]!.text).toContain("outage @ 2026-11-24T10:00:00.000Z,true,first-statement");
    expect(JSON.parse(await blobs[1]!.text)).toMatchObject({ totals: { decisions: 2, stopped: 1, override: 1 } });
    expect(await blobs[2]!.text).toContain("<!doctype html>");
  });
});

describe("strings", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  test("the decisions table: reason and excerpt in their own columns, rules named in words and ids kept whole (issue 13)", async () => {
    await show();
    const row = $('[data-testid="audit-decisions"] tr[data-id="e"]');
    expect(row.querySelector('[data-column="reason"]')?.textContent).toBe("approved by  legal");
    expect(row.querySelector('[data-column="excerpt"]')?.textContent).toBe("…the storm sale…");
    expect($('[data-testid="audit-decisions"] tr[data-id="a"] [data-column="excerpt"]').textContent).toBe("");
    const heads = $$('[data-testid="audit-decisions"] th').map((th) => th.textContent);
    expect(heads.slice(-2)).toEqual(["Reason", "Excerpt"]);
    expect($('[data-testid="audit-rules"] tr[data-rule="events/match"]').textContent).toContain("Current event");
    expect($$('[data-testid="audit-decisions"] .pf-id').every((el) => /^[a-z]+\/[a-z-]+$/.test(el.textContent ?? ""))).toBe(true);
  });

  test("every string has English and Simplified Chinese, with the same placeholders", () => {
    for (const [id, text] of Object.entries(AUDIT_STRINGS)) {
      expect(text.en.trim(), id).not.toBe("");
      expect(text["zh-CN"].trim(), id).not.toBe("");
      expect(placeholders(text["zh-CN"]), id).toEqual(placeholders(text.en));
    }
  });
});
