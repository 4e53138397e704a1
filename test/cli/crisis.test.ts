/**
 * Issue 12: `preflight crisis declare SCENARIO --file F` and `preflight crisis end --file F` write
 * the next version of the rule set in its own format, with the crisis filled from the scenario;
 * every mistake is one line naming it, and the file is left as it was.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRuleSet } from "../../lib/ruleset/parse.ts";
import { cli, tempDir } from "./harness.ts";

const NOW = new Date("2026-12-01T10:00:00Z");
const dir = tempDir();

const YAML = `# Acme's rules: comments survive a declaration.
schema: preflight.ruleset/1
id: acme
version: 4
issuedAt: 2026-11-20T09:00:00Z
spokespeople:
  - { id: dana@acme.test, accounts: ["*"] }
scenarios:
  - id: data-breach
    title: { en: Data breach, zh-CN: 数据泄露 }
    kind: data-breach
    message: Hold all marketing posts; only Dana speaks.
    holdingStatement: We are investigating and will update here within the hour.
    checklist: [Brief support]
    contact: dana@acme.test
    mayPost: [dana@acme.test]
    rules: { crisis/statement: block }
    remindScheduled: true
    requireApproval: true
  - id: outage
    title: Outage
crisis:
  active: false
`;

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const read = (file: string) => {
  const parsed = parseRuleSet(readFileSync(file, "utf8"), { name: file });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};

describe("preflight crisis declare", () => {
  it("writes the next version with the scenario's crisis, keeps YAML and its comments, and says what to run next", async () => {
    const file = write("team.yaml", YAML);
    const { code, stdout, stderr } = await cli(["crisis", "declare", "data-breach", "--file", file, "--until", "2"], { now: NOW });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(`declared the crisis data-breach until 2026-12-03T10:00:00.000Z in acme v5, written to ${file}`);
    expect(stdout).toContain(`preflight sign ${file} --key KEY --out ${file.replace(/\.yaml$/, "")}.signed.json`);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# Acme's rules: comments survive a declaration.");
    const ruleSet = read(file);
    expect(ruleSet.version).toBe(5);
    expect(ruleSet.issuedAt).toBe(NOW.toISOString());
    expect(ruleSet.crisis).toEqual({
      active: true,
      since: NOW.toISOString(),
      title: { en: "Data breach", "zh-CN": "数据泄露" },
      message: "Hold all marketing posts; only Dana speaks.",
      holdingStatement: "We are investigating and will update here within the hour.",
      checklist: [{ en: "Pause scheduled posts in your scheduler", "zh-CN": "在排期工具中暂停所有定时发布的帖子" }, "Brief support"],
      contact: "dana@acme.test",
      scenario: "data-breach",
      until: "2026-12-03T10:00:00.000Z",
      requireApproval: true,
    });
  });

  it("validate counts the scenarios and says a drill is declared", async () => {
    const file = write("validate.yaml", YAML);
    expect((await cli(["validate", file])).stdout).toContain("1 spokesperson, 2 crisis scenarios");
    await cli(["crisis", "declare", "outage", "--file", file, "--drill"], { now: NOW });
    expect((await cli(["validate", file])).stdout).toContain("crisis drill declared");
    expect((await cli(["validate", file, "--lang", "zh-CN"])).stdout).toContain("2 个危机预案");
  });

  it("marks a drill, keeps JSON as JSON, and writes to --out leaving the input alone", async () => {
    const source = `${JSON.stringify(parseYamlFree(), null, 2)}\n`;
    const file = write("team.json", source);
    const out = join(dir, "next.json");
    const { code, stdout } = await cli(["crisis", "declare", "outage", "--file", file, "--drill", "--until", "2026-12-02T00:00:00Z", "--out", out, "--lang", "zh-CN"], { now: NOW });
    expect(code).toBe(0);
    expect(stdout).toContain("已在 acme v5 中宣布危机 outage 的演练（至 2026-12-02T00:00:00.000Z）");
    expect(readFileSync(file, "utf8")).toBe(source);
    expect(readFileSync(out, "utf8").trimStart().startsWith("{")).toBe(true);
    expect(read(out).crisis).toEqual({ active: true, since: NOW.toISOString(), title: "Outage", scenario: "outage", until: "2026-12-02T00:00:00.000Z", drill: true });
  });

  it.each<[string[], string]>([
    [["declare", "data-breech"], 'unknown scenario "data-breech"; did you mean data-breach? The scenarios are data-breach, outage'],
    [["declare", "flood"], 'unknown scenario "flood"; the scenarios are data-breach, outage'],
    [["declare"], "crisis declare needs the id of a scenario of the rule set"],
    [["declare", "outage", "--until", "yesterday"], '--until: expected an ISO 8601 instant such as 2026-12-01T18:00:00Z, or a number of days, got "yesterday"'],
    [["declare", "outage", "--until", "2026-11-30T00:00:00Z"], '--until: "2026-11-30T00:00:00Z" is not in the future'],
    [["declare", "outage", "--until", "0"], '--until: a number of days must be more than 0 and at most 366, got "0"'],
    [["pause"], 'crisis: expected "declare SCENARIO" or "end", got "pause"'],
    [["end"], "declares no crisis: there is nothing to end"],
    [["end", "outage"], 'crisis end takes no scenario; got "outage"'],
  ])("refuses crisis %j with one line, exit 2, the file unchanged", async (args, message) => {
    const file = write("bad.yaml", YAML);
    const { code, stdout, stderr } = await cli(["crisis", ...args, "--file", file], { now: NOW });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(file, "utf8")).toBe(YAML);
  });

  it("refuses a rule set without scenarios, a signed file, a missing --file and an invalid rule set", async () => {
    const none = write("none.yaml", YAML.slice(0, YAML.indexOf("scenarios:")));
    expect((await cli(["crisis", "declare", "outage", "--file", none], { now: NOW })).stderr).toContain("none.yaml has no scenarios");
    const signed = write("signed.json", JSON.stringify({ schema: "preflight.signed/1", keyId: "k", signature: "s", payload: "{}" }));
    const r = await cli(["crisis", "declare", "outage", "--file", signed], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is signed|preflight\.signed|payload/);
    expect((await cli(["crisis", "declare", "outage"], { now: NOW })).stderr).toContain("crisis declare needs --file RULESET");
    const broken = write("broken.yaml", YAML.replace("version: 4", "version: four"));
    const b = await cli(["crisis", "declare", "outage", "--file", broken], { now: NOW });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("broken.yaml:4: version: expected number");
  });
});

describe("preflight crisis end", () => {
  it("writes the next version with the crisis off, its scenario, start and end on record", async () => {
    const file = write("end.yaml", YAML);
    expect((await cli(["crisis", "declare", "outage", "--file", file, "--drill"], { now: NOW })).code).toBe(0);
    const later = new Date("2026-12-01T16:30:00Z");
    const { code, stdout } = await cli(["crisis", "end", "--file", file], { now: later });
    expect(code).toBe(0);
    expect(stdout).toContain(`ended the crisis in acme v6, written to ${file}`);
    const ruleSet = read(file);
    expect(ruleSet.version).toBe(6);
    expect(ruleSet.crisis).toEqual({ active: false, title: "Outage", since: NOW.toISOString(), scenario: "outage", drill: true, until: later.toISOString() });
    expect((await cli(["crisis", "end", "--file", file, "--until", "1"], { now: later })).stderr).toContain("crisis end takes neither --until nor --drill");
  });
});

/** The YAML fixture as plain data (for the JSON case). */
function parseYamlFree(): unknown {
  const parsed = parseRuleSet(YAML, { name: "t.yaml" });
  if (!parsed.ok) throw new Error("fixture");
  return parsed.value;
}
