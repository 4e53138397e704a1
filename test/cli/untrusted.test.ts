// Issue 11, item 7: text from rule sets, calendars and other installs' logs never drives a
// terminal, and a CSV cell never runs as a formula.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell, jsonExport } from "../../lib/audit/export.ts";
import type { AuditDecision } from "../../lib/audit/summary.ts";
import { spreadsheetText, terminalLine, terminalText } from "../../lib/text/untrusted.ts";
import { cli, tempDir } from "./harness.ts";

const dir = tempDir();
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Anything a terminal acts on: C0 but the line break, DEL, C1, bidi overrides and isolates. */
const DRIVES_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ESC = "\u001b";
const CSI = "\u009b";

describe("terminalLine and terminalText", () => {
  it("name each control character instead of sending it", () => {
    expect(terminalLine(`a${ESC}[2Jb${CSI}31m\u202eevil\nline\u0007`)).toBe("a\\x1b[2Jb\\x9b31m\\u202eevil\\x0aline\\x07");
    expect(terminalText(`one\ntwo${ESC}]0;title\u0007`)).toBe("one\ntwo\\x1b]0;title\\x07");
  });

  it("leave ordinary text alone, Chinese and emoji included", () => {
    const text = "Hurricane Delia · 飓风 · ✨ “quoted” — 20% off";
    expect(terminalLine(text)).toBe(text);
    expect(terminalText(text)).toBe(text);
  });
});

describe("the command line's human output", () => {
  const hostile = write(
    "hostile.yaml",
    [
      "schema: preflight.ruleset/1",
      "id: acme",
      "version: 1",
      "issuedAt: 2026-11-01T00:00:00Z",
      "events:",
      "  - id: storm",
      '    title: "Storm\\e[2J\\e]0;owned\\a"',
      "    terms: [bluefin]",
      "    from: 2026-11-01T00:00:00Z",
      "    severity: block",
      '    guidance: "Ask legal\\x9b31m first\\u202e"',
      "",
    ].join("\n"),
  );

  it("check: event titles and guidance from the rule set are escaped", async () => {
    const { stdout, code } = await cli(["check", "-", "--rules", hostile, "--at", "2026-11-24T00:00:00Z"], { stdin: "Bluefin season!" });
    expect(code).toBe(1);
    expect(stdout).toContain("Storm\\x1b[2J\\x1b]0;owned\\x07");
    expect(stdout).toContain("Ask legal\\x9b31m first\\u202e");
    expect(stdout).not.toMatch(DRIVES_TERMINAL);
  });

  it("check --jsonl --format text: ids and errors from the calendar are escaped", async () => {
    const input = [JSON.stringify({ id: `p1${ESC}[1A`, text: "bluefin" }), JSON.stringify({ id: `p2${CSI}K`, txt: "x" })].join("\n");
    const { stdout } = await cli(["check", "-", "--jsonl", "--format", "text", "--rules", hostile, "--at", "2026-11-24T00:00:00Z"], { stdin: input });
    expect(stdout).toContain("[p1\\x1b[1A]");
    expect(stdout).toContain("[p2\\x9bK]");
    expect(stdout).not.toMatch(DRIVES_TERMINAL);
  });

  it("validate: a field name written with control characters is escaped in the error", async () => {
    const file = write("bad-key.yaml", 'schema: preflight.ruleset/1\nid: acme\nversion: 1\nissuedAt: 2026-11-01T00:00:00Z\n"ev\\eents\\x9b": []\n');
    const { stderr, code } = await cli(["validate", file]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown field");
    expect(stderr).not.toMatch(DRIVES_TERMINAL);
  });

  it("report: reasons, people and accounts from another install's log stay on their line, escaped", async () => {
    const decision: AuditDecision = {
      id: "a",
      at: "2026-11-20T10:00:00Z",
      platform: "x",
      account: `acme${ESC}[8m`,
      author: `ann${CSI}2J`,
      rules: [{ id: "events/match", severity: "block" }],
      crisis: false,
      decision: "override",
      reason: `fine\nOK: nothing posted anyway${ESC}[1A`,
    };
    const log = write("log.json", jsonExport({ exportedAt: "2026-11-24T00:00:00Z", filter: {}, dropped: { decisions: 0, findingCounts: 0 }, decisions: [decision], findingCounts: [] }));
    const { stdout, code } = await cli(["report", log, "--tz", "UTC"]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(DRIVES_TERMINAL);
    expect(stdout).toContain("x:acme\\x1b[8m");
    expect(stdout).toContain("ann\\x9b2J");
    expect(stdout.split("\n").some((line) => line.startsWith("OK: nothing"))).toBe(false);
    expect(stdout).toContain("OK: nothing posted anyway\\x1b[1A");
  });
});

describe("CSV cells", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+cmd", "'+cmd"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [" =HYPERLINK(\"http://evil\")", "\"' =HYPERLINK(\"\"http://evil\"\")\""],
    ["\t=1", "'\t=1"],
    ["  @x", "'  @x"],
    ["\u3000=1", "'\u3000=1"],
  ])("%j starts like a formula: kept as text", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(["Approved by legal", "1", "a=b", "x-y", "email@example.com", ""])("%j stays as it is", (value) => {
    expect(spreadsheetText(value)).toBe(value);
  });
});
