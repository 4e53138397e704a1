/**
 * Issue 12, "reflect": the review of one crisis from exported logs: what was stopped, posted
 * anyway (by whom, why), approved, the time to the first statement and the checklist; as text,
 * CSV, JSON and a self-contained printable page; and `preflight report --crisis` on files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crisesInLog, crisisReport, crisisReportCsv, CrisisNotFoundError } from "../../lib/audit/crisis-report.ts";
import { crisisReportHtml, crisisReportText, escapeHtml } from "../../lib/audit/crisis-render.ts";
import { jsonExport } from "../../lib/audit/export.ts";
import { mergeLogs, readAuditFile, type ImportedLog } from "../../lib/audit/import.ts";
import type { ChecklistTick } from "../../lib/audit/schema.ts";
import type { AuditDecision } from "../../lib/audit/summary.ts";
import { cli, tempDir } from "../cli/harness.ts";

const SINCE = "2026-11-24T10:00:00Z";
const breach = { crisis: true, scenario: "data-breach", crisisSince: SINCE, drill: true };
const d = (id: string, at: string, fields: Partial<AuditDecision>): AuditDecision => ({
  id,
  at,
  platform: "x",
  account: "acme",
  rules: [{ id: "crisis/active", severity: "warn" }],
  crisis: false,
  decision: "edit",
  ...fields,
});

const DECISIONS: AuditDecision[] = [
  d("before", "2026-11-24T09:00:00Z", { decision: "override", reason: "Before the crisis", author: "ann@acme.test" }),
  d("s1", "2026-11-24T10:05:00Z", { ...breach, author: "ann@acme.test", rules: [{ id: "crisis/active", severity: "block" }, { id: "crisis/statement", severity: "block" }] }),
  d("s2", "2026-11-24T10:07:00Z", { ...breach, author: "raj@acme.test", decision: "cancel", rules: [{ id: "crisis/active", severity: "block" }] }),
  d("o1", "2026-11-24T10:42:00Z", { ...breach, author: "dana@acme.test", decision: "override", reason: "The holding statement" }),
  d("a1", "2026-11-24T11:00:00Z", { ...breach, author: "raj@acme.test", decision: "override", reason: "Update", approvedBy: "dana@acme.test" } as Partial<AuditDecision>),
  d("later", "2026-12-01T10:00:00Z", { crisis: true, scenario: "outage", crisisSince: "2026-12-01T09:00:00Z", decision: "override", reason: "=HYPERLINK(\"x\")" }),
];
const tick = (item: string, done: boolean, at: string, of = 3): ChecklistTick => ({ at, crisis: "acme|x", scenario: "data-breach", crisisSince: SINCE, drill: true, item, done, of });
const TICKS: ChecklistTick[] = [
  tick("Pause scheduled posts", true, "2026-11-24T10:02:00Z"),
  tick("Brief support", true, "2026-11-24T10:03:00Z"),
  tick("Brief support", false, "2026-11-24T10:30:00Z"),
  { ...tick("Other crisis item", true, "2026-12-01T09:30:00Z", 1), scenario: "outage", crisisSince: "2026-12-01T09:00:00Z" },
];
const LOG: ImportedLog = { decisions: DECISIONS as AuditDecision[], findingCounts: [], dropped: { decisions: 0, findingCounts: 0 }, checklist: TICKS };

describe("crisisReport", () => {
  it("lists the crises in a log, newest first, drills marked", () => {
    expect(crisesInLog(LOG)).toEqual([
      { scenario: "outage", since: "2026-12-01T09:00:00Z", drill: false, decisions: 1 },
      { scenario: "data-breach", since: SINCE, drill: true, decisions: 4 },
    ]);
  });

  it("reviews one crisis by its scenario: stopped by rule, posted anyway, approved, first statement, checklist", () => {
    const report = crisisReport(LOG, "data-breach");
    expect(report.crisis).toMatchObject({ scenario: "data-breach", since: SINCE, drill: true, first: "2026-11-24T10:05:00Z", last: "2026-11-24T11:00:00Z" });
    expect(report.totals).toEqual({ decisions: 4, stopped: 2, override: 1, approved: 1 });
    expect(report.stoppedByRule).toEqual([{ rule: "crisis/active", n: 2 }, { rule: "crisis/statement", n: 1 }]);
    expect(report.postedAnyway.map((l) => [l.author, l.reason])).toEqual([["dana@acme.test", "The holding statement"]]);
    expect(report.approved.map((l) => [l.author, l.approvedBy])).toEqual([["raj@acme.test", "dana@acme.test"]]);
    expect(report.firstStatement).toMatchObject({ at: "2026-11-24T10:42:00Z", author: "dana@acme.test", minutes: 42 });
    expect(report.checklist).toEqual({
      items: [
        { item: "Pause scheduled posts", done: true, at: "2026-11-24T10:02:00Z" },
        { item: "Brief support", done: false, at: "2026-11-24T10:30:00Z" },
      ],
      done: 1,
      of: 3,
    });
  });

  it("finds a crisis by its declaration time too, in another spelling of the instant", () => {
    expect(crisisReport(LOG, "2026-11-24T10:00:00.000Z").crisis.scenario).toBe("data-breach");
    expect(crisisReport(LOG, "2026-12-01T09:00:00Z").totals).toEqual({ decisions: 1, stopped: 0, override: 1, approved: 0 });
  });

  it("says which crises a log holds when the one asked for is not there", () => {
    expect(() => crisisReport(LOG, "data-breech")).toThrow(CrisisNotFoundError);
    try {
      crisisReport(LOG, "recall");
    } catch (e) {
      expect((e as CrisisNotFoundError).known.map((c) => c.scenario)).toEqual(["outage", "data-breach"]);
    }
  });

  it("reports a crisis with nothing published and no ticks as such", () => {
    const quiet = crisisReport({ ...LOG, decisions: DECISIONS.filter((x) => x.id === "s1"), checklist: [] }, "data-breach");
    expect(quiet.firstStatement).toBeUndefined();
    expect(quiet.checklist).toBeUndefined();
    expect(crisisReportText(quiet, "en")).toContain("First statement: nothing was published during the crisis.");
    expect(crisisReportText(quiet, "zh-CN")).toContain("检查清单：没有勾选记录。");
  });
});

describe("the review's formats", () => {
  const report = crisisReport(LOG, "data-breach");

  it("text, in English and Chinese, a drill marked", () => {
    const en = crisisReportText(report, "en");
    expect(en).toContain("Crisis review: Drill: data-breach @ 2026-11-24T10:00:00Z");
    expect(en).toContain("4 decisions: 2 stopped, 1 posted anyway, 1 approved.");
    expect(en).toContain("First statement: 42 minutes after the declaration (2026-11-24T10:42:00Z, dana@acme.test).");
    expect(en).toContain("Checklist: 1 of 3 done.");
    expect(crisisReportText(report, "zh-CN")).toContain("危机复盘：演练：data-breach");
  });

  it("CSV: one row per line of the review, formulas kept as text", () => {
    const rows = crisisReportCsv(report).trim().split("\r\n");
    expect(rows[0]).toBe("crisis,drill,kind,at,platform,account,author,approvedBy,reason,rules,n,minutes,item,done");
    expect(rows.filter((r) => r.includes(",first-statement,"))).toHaveLength(1);
    expect(rows.filter((r) => r.includes(",stopped,"))).toEqual([
      "data-breach @ 2026-11-24T10:00:00Z,true,stopped,,,,,,,crisis/active,2,,,",
      "data-breach @ 2026-11-24T10:00:00Z,true,stopped,,,,,,,crisis/statement,1,,,",
    ]);
    expect(crisisReportCsv(crisisReport(LOG, "outage"))).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("a printable page: self-contained, charts inline, text escaped", () => {
    const html = crisisReportHtml(crisisReport({ ...LOG, decisions: [...DECISIONS, d("x", "2026-11-24T12:00:00Z", { ...breach, decision: "override", reason: "<script>alert(1)</script>", author: "eve" })] }, "data-breach"), "en");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("<svg");
    expect(html).toContain('data-drill="true"');
    expect(html).not.toMatch(/<script|src="http|href="http|@import/);
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(escapeHtml(`<a href="x">'&`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;");
  });
});

describe("preflight report --crisis", () => {
  const dir = tempDir();
  const file = join(dir, "ann.json");
  // `approvedBy` comes with the second sign-off (the other half of issue 12); this export predates it.
  const exported = DECISIONS.map(({ approvedBy: _, ...rest }: AuditDecision & { approvedBy?: string }) => rest);
  writeFileSync(file, jsonExport({ exportedAt: "2026-11-25T00:00:00Z", filter: {}, dropped: { decisions: 0, findingCounts: 0 }, decisions: exported, findingCounts: [], checklist: TICKS }));

  it("reads the export back, checklist included", () => {
    const log = mergeLogs([readAuditFile(readFileSync(file, "utf8"), file)]);
    expect(log.checklist).toHaveLength(4);
  });

  it.each([
    ["text", "Crisis review: Drill: data-breach"],
    ["json", '"postedAnyway": ['],
    ["csv", "crisis,drill,kind,at"],
    ["html", "<!doctype html>"],
  ])("--format %s", async (format, expected) => {
    const { code, stdout, stderr } = await cli(["report", file, "--crisis", "data-breach", "--format", format]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(expected);
  });

  it("refuses an unknown crisis with the closest, a log without crises, and csv without --crisis", async () => {
    const unknown = await cli(["report", file, "--crisis", "data-breech"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'preflight: no crisis "data-breech" in these logs; did you mean data-breach? They hold outage @ 2026-12-01T09:00:00Z, data-breach @ 2026-11-24T10:00:00Z\n',
    );
    const plain = join(dir, "plain.json");
    writeFileSync(plain, jsonExport({ exportedAt: "2026-11-25T00:00:00Z", filter: {}, dropped: { decisions: 0, findingCounts: 0 }, decisions: [DECISIONS[0]!], findingCounts: [] }));
    expect((await cli(["report", plain, "--crisis", "x", "--lang", "zh-CN"])).stderr).toContain("没有危机“x”：这些日志中没有在团队危机期间做出的决定");
    expect((await cli(["report", file, "--format", "csv"])).stderr).toBe('preflight: --format: expected text or json, got "csv"\n');
    expect((await cli(["report", file, "--crisis", "outage", "--format", "pdf"])).stderr).toBe('preflight: --format: expected text, json, csv or html, got "pdf"\n');
  });
});
