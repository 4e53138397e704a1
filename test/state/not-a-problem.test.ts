// Issue 13, "Not a problem here": what a page may ask the background (allowed words, a
// false-positive report), what is kept, and how `preflight report` counts the reports.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { Browser } from "wxt/browser";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { RequestSchema } from "../../lib/state/messages.ts";
import { summarize } from "../../lib/audit/summary.ts";
import { renderReport } from "../../lib/cli/report-command.ts";
import { decisionsCsv } from "../../lib/audit/export.ts";
import { readAuditFile } from "../../lib/audit/import.ts";
import type { GateDecision } from "../../lib/state/schema.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: "Preflight", version: "0.1.0" });

const load = async () => ({
  items: await import("../../lib/state/items.ts"),
  team: await import("../../lib/state/team.ts"),
  inForce: await import("../../lib/sync/in-force.ts"),
  background: await import("../../lib/state/background.ts"),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const X_TAB: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: "https://x.com/compose/post" };
const TEAM: RuleSet = { schema: "preflight.ruleset/1", id: "acme", version: 1, issuedAt: "2026-11-01T00:00:00Z" };
const report = { type: "feedback.falsePositive", site: "x", rule: "voice/formality", severity: "info", words: "gonna" } as const;

describe("Allow these words for me", () => {
  test("keeps the words normalised, once, under the rule", async () => {
    const { team, background } = await load();
    expect(await background.answer({ type: "allow.add", site: "x", rule: "voice/formality", words: "  Gonna " }, X_TAB)).toEqual({ ok: true });
    expect(await background.answer({ type: "allow.add", site: "x", rule: "voice/formality", words: "GONNA" }, X_TAB)).toEqual({ ok: true });
    expect(await background.answer({ type: "allow.add", site: "x", rule: "terms/custom", words: "synergy" }, X_TAB)).toEqual({ ok: true });
    expect((await team.localSettingsItem.get()).allowFor).toEqual({ "voice/formality": ["gonna"], "terms/custom": ["synergy"] });
    // Pages receive them in the rule set they check with.
    expect((await background.pageState("x")).ruleSet.allowFor).toEqual({ "voice/formality": ["gonna"], "terms/custom": ["synergy"] });
  });

  test("is refused from a tab on another site, and nothing is kept", async () => {
    const { team, background } = await load();
    expect(await background.answer({ type: "allow.add", site: "linkedin", rule: "voice/formality", words: "gonna" }, X_TAB)).toMatchObject({ ok: false });
    expect((await team.localSettingsItem.get()).allowFor).toBeUndefined();
  });

  test.each([
    [{ type: "allow.add", site: "x", rule: "not a rule", words: "gonna" }],
    [{ type: "allow.add", site: "x", rule: "voice/formality", words: "   " }],
    [{ type: "allow.add", site: "x", rule: "voice/formality", words: "x".repeat(201) }],
    [{ type: "allow.add", site: "x", rule: "voice/formality", words: "gonna", text: "the whole post" }],
  ])("a malformed request %j is refused by the message schema", (request) => {
    expect(RequestSchema.safeParse(request).success).toBe(false);
  });
});

describe("Report a false positive", () => {
  test("is refused unless the team's rule set collects them, and nothing is logged", async () => {
    const { items, inForce, background } = await load();
    expect(await background.answer(report, X_TAB)).toMatchObject({ ok: false, error: expect.stringContaining("do not collect") });
    await inForce.teamRuleSetItem.set({ ...TEAM, feedback: { falsePositiveReports: false } });
    expect(await background.answer(report, X_TAB)).toMatchObject({ ok: false });
    expect(await items.decisionsItem.get()).toEqual([]);
  });

  test("is logged with the rule and the marked words, the tab's platform and the background's author", async () => {
    const { items, inForce, background } = await load();
    await inForce.teamRuleSetItem.set({ ...TEAM, feedback: { falsePositiveReports: true } });
    await items.identityItem.set({ author: "ann@acme.example" });
    expect(await background.answer({ ...report, account: "acme" }, X_TAB)).toEqual({ ok: true });
    const [logged] = await items.decisionsItem.get();
    expect(logged).toMatchObject({
      decision: "falsePositive",
      platform: "x",
      account: "acme",
      author: "ann@acme.example",
      rules: [{ id: "voice/formality", severity: "info" }],
      words: "gonna",
      crisis: false,
    });
    expect(logged).not.toHaveProperty("excerpt");
    expect(logged).not.toHaveProperty("reason");
  });
});

describe("preflight report counts false positives per rule", () => {
  const at = "2026-11-20T10:00:00Z";
  const fp = (rule: string, words: string): GateDecision => ({ at, platform: "x", rules: [{ id: rule, severity: "info" }], crisis: false, decision: "falsePositive", words });
  const gate: GateDecision = { at, platform: "x", rules: [{ id: "voice/formality", severity: "warn" }], crisis: false, decision: "edit" };

  test("apart from the gate's decisions", () => {
    const summary = summarize([fp("voice/formality", "gonna"), fp("voice/formality", "gonna"), fp("terms/custom", "synergy"), gate], [], "UTC");
    expect(summary.falsePositives).toEqual([
      { rule: "voice/formality", words: "gonna", n: 2 },
      { rule: "terms/custom", words: "synergy", n: 1 },
    ]);
    expect(summary.totals).toMatchObject({ decisions: 1, edit: 1, override: 0, cancel: 0 });
    expect(summary.byRule.find((r) => r.rule === "voice/formality")).toMatchObject({ gated: 1, edit: 1 });
    expect(summary.byPerson[0]?.decisions).toBe(1);
  });

  test("none reported: an empty list, and no section in the text report", () => {
    const summary = summarize([gate], [], "UTC");
    expect(summary.falsePositives).toEqual([]);
    expect(renderReport(summary, { files: ["log.json"], filter: {}, dropped: { decisions: 0, findingCounts: 0 }, locale: "en" })).not.toContain("false positives");
  });

  test("the text report lists them per rule and words, in English and in Chinese", () => {
    const summary = summarize([fp("voice/formality", "gonna"), fp("voice/formality", "gonna")], [], "UTC");
    const context = { files: ["log.json"], filter: {}, dropped: { decisions: 0, findingCounts: 0 } };
    const en = renderReport(summary, { ...context, locale: "en" });
    expect(en).toContain("\nReported as not a problem (false positives)\n");
    expect(en).toMatch(/voice\/formality +gonna +2\n/);
    expect(renderReport(summary, { ...context, locale: "zh-CN" })).toContain("\n被报告为误报的问题\n");
  });

  test("the words survive the CSV export and its import", () => {
    const csv = decisionsCsv([{ ...fp("voice/formality", "gonna"), id: "a1" }], "UTC");
    expect(csv.split("\r\n")[0]).toMatch(/,excerpt,words,/);
    const back = readAuditFile(csv, "log.csv");
    expect(back.decisions[0]).toMatchObject({ decision: "falsePositive", words: "gonna" });
  });
});
