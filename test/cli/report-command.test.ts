// `preflight report FILE...`: the review after a crisis from the options page's exports.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { countsCsv, decisionsCsv, jsonExport } from "../../lib/audit/export.ts";
import type { FindingCountRow } from "../../lib/audit/schema.ts";
import type { AuditDecision } from "../../lib/audit/summary.ts";
import { cli, tempDir } from "./harness.ts";

const dir = tempDir();
const TZ = ["--tz", "UTC"];

const d = (id: string, at: string, over: Partial<AuditDecision> = {}): AuditDecision => ({
  id,
  at,
  platform: "x",
  account: "acme",
  author: "ann",
  rules: [{ id: "events/match", severity: "block" }],
  crisis: false,
  decision: "override",
  reason: "Approved by legal",
  ...over,
});

const DECISIONS: AuditDecision[] = [
  d("a", "2026-11-20T10:00:00Z", { decision: "edit", reason: undefined }),
  d("b", "2026-11-20T11:00:00Z"),
  d("c", "2026-11-21T09:00:00Z", { author: "bob", reason: "approved  BY legal", crisis: true, rules: [{ id: "crisis/active", severity: "block" }] }),
  d("d", "2026-11-22T09:00:00Z", { platform: "linkedin", account: "acme-corp", author: undefined, decision: "cancel", reason: undefined }),
  d("e", "2026-11-22T12:00:00Z", { author: "bob", reason: "=HYPERLINK(\"http://evil\")", rules: [{ id: "events/match", severity: "block" }, { id: "voice/emoji", severity: "info" }] }),
];
const COUNTS: FindingCountRow[] = [
  { day: "2026-11-20", platform: "x", account: "acme", rule: "events/match", n: 7 },
  { day: "2026-11-21", platform: "x", account: "acme", rule: "voice/emoji", n: 3 },
  { day: "2026-11-22", platform: "linkedin", account: "acme-corp", rule: "events/match", n: 2 },
];

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const exported = (decisions = DECISIONS, counts = COUNTS, dropped = { decisions: 0, findingCounts: 0 }) =>
  jsonExport({ exportedAt: "2026-11-24T00:00:00Z", filter: {}, dropped, decisions, findingCounts: counts });

async function jsonReport(...args: string[]) {
  const r = await cli(["report", ...args, ...TZ, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, any>;
}

describe("preflight report", () => {
  test("sums the log per rule, category, person, account, day and reason", async () => {
    const s = await jsonReport(write("log.json", exported()));
    expect(s["totals"]).toEqual({ edit: 1, override: 3, cancel: 1, decisions: 5, shown: 12, crisis: 1 });
    expect(s["byRule"]).toEqual([
      { rule: "events/match", category: "events", shown: 9, gated: 4, edit: 1, override: 2, cancel: 1 },
      { rule: "voice/emoji", category: "voice", shown: 3, gated: 1, edit: 0, override: 1, cancel: 0 },
      { rule: "crisis/active", category: "crisis", shown: 0, gated: 1, edit: 0, override: 1, cancel: 0 },
    ]);
    expect(s["byPerson"].map((p: any) => [p.person, p.decisions, p.override])).toEqual([
      ["bob", 2, 2],
      ["ann", 2, 1],
      ["", 1, 0],
    ]);
    expect(s["byAccount"].map((a: any) => [a.platform, a.account, a.decisions, a.shown])).toEqual([
      ["x", "acme", 4, 10],
      ["linkedin", "acme-corp", 1, 2],
    ]);
    expect(s["byDay"].map((x: any) => [x.day, x.shown, x.decisions])).toEqual([
      ["2026-11-20", 7, 2],
      ["2026-11-21", 3, 1],
      ["2026-11-22", 2, 2],
    ]);
    // Reasons that differ only in case and spacing are one.
    expect(s["reasons"][0]).toEqual({ reason: "Approved by legal", n: 2, people: ["ann", "bob"] });
  });

  test("the text report shows each view, in English and in Simplified Chinese", async () => {
    const file = write("log-text.json", exported());
    const en = await cli(["report", file, ...TZ]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Preflight audit report: 2026-11-20 to 2026-11-22");
    expect(en.stdout).toContain("Decisions: 5 (1 edited, 3 posted anyway, 1 cancelled); 1 during a crisis.");
    for (const heading of ["By rule", "By category", "By person", "By account", "By day", "Reasons given for posting anyway"]) {
      expect(en.stdout).toContain(`\n${heading}\n`);
    }
    expect(en.stdout).toMatch(/events\/match +9 +4 +1 +2 +1\n/);
    expect(en.stdout).toContain("2×  Approved by legal  (ann, bob)");
    expect(en.stdout).toContain("linkedin:acme-corp");
    expect(en.stdout).toContain("(unknown)");
    const zh = await cli(["report", file, ...TZ, "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("Preflight 审计报告：2026-11-20 至 2026-11-22");
    expect(zh.stdout).toContain("\n按规则\n");
    expect(zh.stdout).toContain("仍然发布");
  });

  test("the CSV exports give the same report as the JSON one, formulas kept as text", async () => {
    const decisions = write("decisions.csv", decisionsCsv(DECISIONS, "UTC"));
    expect(decisionsCsv(DECISIONS, "UTC")).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const counts = write("counts.csv", countsCsv(COUNTS));
    const fromCsv = await jsonReport(decisions, counts);
    const fromJson = await jsonReport(write("same.json", exported()));
    for (const key of ["totals", "byRule", "byCategory", "byPerson", "byAccount", "byDay", "reasons"]) expect(fromCsv[key]).toEqual(fromJson[key]);
    expect(fromCsv["reasons"].map((r: any) => r.reason)).toContain('=HYPERLINK("http://evil")');
  });

  test("several installs' exports are one log: a decision exported twice counts once", async () => {
    const one = write("one.json", exported(DECISIONS.slice(0, 3), []));
    const two = write("two.json", exported(DECISIONS.slice(2), []));
    const s = await jsonReport(one, two);
    expect(s["totals"].decisions).toBe(5);
  });

  test("filters by day, platform and account", async () => {
    const file = write("filter.json", exported());
    expect((await jsonReport(file, "--from", "2026-11-21", "--to", "2026-11-21"))["totals"]).toMatchObject({ decisions: 1, shown: 3 });
    expect((await jsonReport(file, "--platform", "linkedin"))["totals"]).toMatchObject({ decisions: 1, shown: 2, cancel: 1 });
    expect((await jsonReport(file, "--account", "@acme"))["totals"]).toMatchObject({ decisions: 4, shown: 10 });
    const r = await cli(["report", file, ...TZ, "--platform", "linkedin"]);
    expect(r.stdout).toContain("Filters: platform linkedin");
  });

  test("the day of a decision is in --tz", async () => {
    const file = write("tz.json", exported([d("late", "2026-11-20T23:30:00Z")], []));
    expect((await jsonReport(file))["byDay"][0].day).toBe("2026-11-20");
    const r = await cli(["report", file, "--tz", "Asia/Shanghai", "--format", "json"]);
    expect(JSON.parse(r.stdout)["byDay"][0].day).toBe("2026-11-21");
  });

  test("warns when the log's cap had dropped decisions before the export", async () => {
    const r = await cli(["report", write("dropped.json", exported(DECISIONS, COUNTS, { decisions: 12, findingCounts: 0 })), ...TZ]);
    expect(r.stdout).toContain("had already dropped its 12 oldest decisions");
  });

  test.each<[string, string, RegExp]>([
    ["not JSON", "{ nope", /bad\.json: not valid JSON/],
    ["another file's JSON", JSON.stringify({ schema: "preflight.ruleset/1" }), /other\.json: schema: expected "preflight\.audit\/1"/],
    [
      "a bad decision",
      JSON.stringify({ schema: "preflight.audit/1", decisions: [{ ...DECISIONS[0], decision: "maybe" }] }),
      /field\.json: decisions\[0\]\.decision: /,
    ],
    ["a CSV of something else", "name,email\nann,a@b\n", /else\.csv: not a Preflight export/],
    [
      "a CSV with a bad row",
      `id,at,day,platform,account,author,decision,reason,crisis,rules,excerpt\r\na,2026-11-20T10:00:00Z,,x,,,edit,,false,events/match:block,\r\nb,yesterday,,x,,,edit,,false,events/match:loud,\r\n`,
      /row\.csv: row 3: rules: expected "rule\/id:severity"/,
    ],
  ])("refuses %s with exit status 2, naming the file and the place", async (_, text, message) => {
    const name = { "not JSON": "bad.json", "another file's JSON": "other.json", "a bad decision": "field.json", "a CSV of something else": "else.csv", "a CSV with a bad row": "row.csv" }[_]!;
    const r = await cli(["report", write(name, text)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  test.each<[string[], RegExp]>([
    [[], /report needs a FILE/],
    [["x.json", "--from", "2026-13-01"], /--from: expected a day as YYYY-MM-DD/],
    [["x.json", "--from", "2026-11-22", "--to", "2026-11-21"], /--from 2026-11-22 is after --to 2026-11-21/],
    [["x.json", "--format", "xml"], /--format: expected text or json/],
    [["x.json", "--tz", "Mars/Olympus"], /--tz: unknown time zone/],
    [["missing.json"], /cannot read missing\.json: no such file/],
  ])("usage errors: %j", async (args, message) => {
    const r = await cli(["report", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
