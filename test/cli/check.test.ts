import { describe, expect, it } from "vitest";
import { ACME, cli, DURING_STORM, FIXTURES, STORM } from "./harness.ts";

const NINE_ELEVEN = `${FIXTURES}/rulesets/nine-eleven.json`;
const STACK_TRACE = /^\s+at .+:\d+/m;

/** The context line and caret line under the first finding of `ruleId` (default events/match). */
function caretUnder(stdout: string, excerpt: string, ruleId = "events/match"): { context: string; caret: string } {
  const lines = stdout.split("\n");
  const header = lines.findIndex((l) => l.includes(`  ${ruleId}  `) && l.includes(`“${excerpt}”`));
  return { context: lines[header + 1] ?? "", caret: lines[header + 2] ?? "" };
}

describe("check: one post", () => {
  it("runs the README's example: findings with their excerpt in context, exit 1", async () => {
    const { code, stdout, stderr } = await cli(["check", STORM, "--rules", ACME, "--at", DURING_STORM]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    // The built-in packs see the newsjacking: a storm next to "20% off".
    expect(lines[0]).toMatch(new RegExp(`^${STORM}:1:1  info   sensitivity/tragedy  “Stay safe” may refer to a tragedy`));
    expect(stdout).toContain(`${STORM}:1:21  block  sensitivity/tragedy-promotion  “during the storm” refers to a tragedy, and the post also sells (“20% off”)`);
    const storm = lines.indexOf(`${STORM}:1:32  block  events/match  “storm” refers to a current event (Hurricane Delia), and the post also sells (“20% off”).`);
    expect(storm).toBeGreaterThan(0);
    expect(lines.slice(storm + 1, storm + 6)).toEqual([
      "    Stay safe out there during the storm, everyone! While you wait it out, our c…",
      `    ${" ".repeat(31)}^^^^^`,
      "    Why: Do not mention the storm in marketing posts until the comms lead says so.",
      `${STORM}:1:117  block  events/match  “#Delia” refers to a current event (Hurricane Delia), and the post also sells (“20% off”).`,
      "    …ozy fleece is 20% off with code STAYIN. #Delia",
    ]);
    // Why, in words: what the post refers to and what it does with it.
    expect(stdout).toContain("\nRead as: refers to a tragedy (“Stay safe”), a tragedy (“during the storm”), Hurricane Delia (“storm”); the post uses it to sell or promote (“20% off”).\n");
    expect(stdout.endsWith("\nblock: 3 block, 1 info\n")).toBe(true);
  });

  it("prints { verdict, findings, reading } with --format json", async () => {
    const { code, stdout } = await cli(["check", STORM, "--rules", ACME, "--at", DURING_STORM, "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      verdict: string;
      findings: { ruleId: string; excerpt: string; start: number; end: number }[];
      reading: { refersTo: { kind: string; label: string; excerpt: string }[]; register: { register: string; excerpt: string }[]; stance: string };
    };
    expect(report.verdict).toBe("block");
    expect(report.findings.map((f) => [f.ruleId, f.excerpt, f.start, f.end])).toEqual([
      ["sensitivity/tragedy", "Stay safe", 0, 9],
      ["sensitivity/tragedy-promotion", "during the storm", 20, 36],
      ["events/match", "storm", 31, 36],
      ["events/match", "#Delia", 116, 122],
    ]);
    expect(report.reading.refersTo).toContainEqual({ kind: "event", label: "Hurricane Delia", excerpt: "storm" });
    expect(report.reading.register).toContainEqual({ register: "promotion", excerpt: "20% off" });
    expect(report.reading.stance).toBe("exploiting");
  });

  it.each([
    ["- for standard input", ["check", "-"]],
    ["no FILE", ["check"]],
  ])("reads the post from standard input with %s", async (_, argv) => {
    const { code, stdout } = await cli([...argv, "--rules", ACME, "--at", DURING_STORM], { stdin: "Riding out the storm." });
    expect(code).toBe(1);
    // A bare mention of a current event warns; only a sale, a launch or a joke gets its block.
    expect(stdout).toMatch(/^<stdin>:1:16 {2}warn {3}events\/match/m);
  });

  it.each([
    ["nothing to flag", "Thank you to our trail crew volunteers.", 0, "pass: nothing to flag"],
    ["only info", "Cheap boots for the trail.", 0, "pass: 1 info"],
    ["a block", "Storm sale today!", 1, "block: 1 block"],
  ])("exits by the worst finding: %s", async (_, text, code, summary) => {
    const result = await cli(["check", "--rules", ACME, "--at", DURING_STORM], { stdin: text });
    expect(result.code).toBe(code);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe(summary);
  });

  it("shows suggestions under a finding", async () => {
    const { stdout } = await cli(["check", "--rules", ACME, "--at", DURING_STORM], { stdin: "Cheap boots" });
    expect(stdout).toContain("\n    Try: affordable, great value\n");
  });

  it("checks with the built-in rules alone without --rules", async () => {
    const storm = await cli(["check", STORM, "--at", DURING_STORM]);
    expect(storm.code).toBe(1);
    expect(storm.stdout).not.toContain("events/match");
    // "Stay safe" is a note; the newsjacking block replaces the storm's own finding.
    expect(storm.stdout.trimEnd().split("\n").at(-1)).toBe("block: 1 block, 1 info");
    const thanks = await cli(["check", "--at", DURING_STORM], { stdin: "Thank you to our trail crew volunteers." });
    expect([thanks.code, thanks.stdout]).toEqual([0, "pass: nothing to flag\n"]);
  });

  it("cuts a long line around the excerpt and keeps the caret under it", async () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(10)}The storm is here. ${"More words follow here. ".repeat(10)}`;
    const { stdout } = await cli(["check", "--rules", ACME, "--at", DURING_STORM], { stdin: text });
    const { context, caret } = caretUnder(stdout, "storm");
    expect(context.startsWith("    …")).toBe(true);
    expect(context.endsWith("…")).toBe(true);
    expect(context.length).toBeLessThan(100);
    expect(caret.indexOf("^")).toBe(context.indexOf("storm"));
    expect(caret.trim()).toBe("^^^^^");
  });

  it("places the caret under a finding on a later line, counting lines and columns from 1", async () => {
    const { stdout } = await cli(["check", "--rules", ACME, "--at", DURING_STORM], { stdin: "Hello!\r\n\tWatch the storm.\r\n" });
    expect(stdout).toMatch(/^<stdin>:2:12 {2}warn /);
    const { context, caret } = caretUnder(stdout, "storm");
    expect(context).toBe("     Watch the storm.");
    expect(caret.indexOf("^")).toBe(context.indexOf("storm"));
  });

  it("counts wide characters twice for the caret", async () => {
    const { stdout } = await cli(["check", "--rules", ACME, "--at", DURING_STORM], { stdin: "台风来了 storm 注意安全" });
    const { caret } = caretUnder(stdout, "storm");
    expect(caret).toBe(`    ${" ".repeat(9)}^^^^^`);
  });

  it("prints a finding about the whole post without a caret", async () => {
    const { code, stdout } = await cli(["check", "--rules", NINE_ELEVEN, "--at", "2026-09-11T12:00:00Z", "--tz", "UTC"], {
      stdin: "Our fleece",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("<stdin>  warn   dates/calendar  This post goes out near September 11 (09-11): check its tone.\n\nwarn: 1 warn\n");
  });
});

describe("check: options", () => {
  it("reads the publish date in --tz: 2026-09-11T02:00Z is September 10 in New York", async () => {
    const at = ["--rules", NINE_ELEVEN, "--at", "2026-09-11T02:00:00Z"];
    const utc = await cli(["check", ...at, "--tz", "UTC"], { stdin: "Our fleece" });
    const newYork = await cli(["check", ...at, "--tz", "America/New_York"], { stdin: "Our fleece" });
    expect([utc.code, newYork.code]).toEqual([1, 0]);
    expect(utc.stdout).toContain("dates/calendar");
    expect(newYork.stdout).toBe("pass: nothing to flag\n");
  });

  it("reads an --at without an offset as local time in --tz", async () => {
    const at = ["--rules", NINE_ELEVEN, "--at", "2026-09-10 23:30"];
    expect((await cli(["check", ...at, "--tz", "UTC"], { stdin: "x" })).code).toBe(0);
    expect((await cli(["check", ...at, "--tz", "Asia/Tokyo"], { stdin: "x" })).code).toBe(0);
    expect((await cli(["check", "--rules", NINE_ELEVEN, "--at", "2026-09-11", "--tz", "Asia/Tokyo"], { stdin: "x" })).code).toBe(1);
  });

  it("defaults --at to now", async () => {
    const argv = ["check", "--rules", ACME];
    expect((await cli(argv, { stdin: "storm", now: new Date(DURING_STORM) })).code).toBe(1);
    expect((await cli(argv, { stdin: "storm", now: new Date("2027-03-01T00:00:00Z") })).code).toBe(0);
  });

  it("speaks Simplified Chinese with --lang zh-CN", async () => {
    const { stdout } = await cli(["check", STORM, "--rules", ACME, "--at", DURING_STORM, "--lang", "zh-CN"]);
    expect(stdout).toContain("    原因：Do not mention the storm");
    expect(stdout).toContain("“storm”涉及当前事件（Hurricane Delia），而帖子同时在推销（“20% off”）。");
    expect(stdout).toContain("解读：涉及");
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^拦截：3 项拦截/);
  });

  it.each([
    [{ LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [{ LANG: "zh_TW.UTF-8" }, "zh-CN"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" }, "en"],
    [{}, "en"],
  ])("takes the language from the environment %j → %s", async (env, locale) => {
    const { stdout } = await cli(["check", "--rules", ACME, "--at", DURING_STORM], { stdin: "storm", env });
    expect(stdout.includes("涉及当前事件")).toBe(locale === "zh-CN");
  });

  it("turns crisis mode on with --crisis: a promotion is blocked", async () => {
    const argv = ["check", "--at", DURING_STORM, "--format", "json"];
    const calm = JSON.parse((await cli(argv, { stdin: "Our fleece is 20% off." })).stdout) as { verdict: string };
    const crisis = await cli([...argv, "--crisis"], { stdin: "Our fleece is 20% off." });
    expect(calm.verdict).toBe("pass");
    expect(crisis.code).toBe(1);
    expect(JSON.parse(crisis.stdout)).toMatchObject({ verdict: "block", findings: [{ ruleId: "crisis/active", excerpt: "20% off" }] });
  });

  it.each([
    ["an approved spokesperson", ["--author", "ann@acme.example"], 0, []],
    ["someone else", ["--author", "eve@example.com"], 1, ["spokesperson/unapproved:unapprovedAccount"]],
    ["no author", [], 1, ["spokesperson/unapproved:unknownAuthor"]],
  ])("passes --platform, --account and --author to the rules: %s", async (_, author, code, found) => {
    const result = await cli(
      ["check", "--rules", ACME, "--at", DURING_STORM, "--platform", "x", "--account", "@acme", "--format", "json", ...author],
      { stdin: "New trail maps are up." },
    );
    expect(result.code).toBe(code);
    const { findings } = JSON.parse(result.stdout) as { findings: { ruleId: string; messageId: string }[] };
    expect(findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(found);
  });

  it("colours the report only on a terminal without NO_COLOR", async () => {
    const argv = ["check", STORM, "--rules", ACME, "--at", DURING_STORM];
    expect((await cli(argv, { isTTY: true })).stdout).toContain("\x1b[1;31mblock\x1b[0m");
    expect((await cli(argv, { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
    expect((await cli(argv, { isTTY: false })).stdout).not.toContain("\x1b[");
  });
});

describe("check: bad input and usage exit 2 with one line on stderr", () => {
  it.each<[string, string[], RegExp]>([
    ["an unknown time zone", ["--tz", "Mars/Olympus"], /^preflight: --tz: unknown time zone "Mars\/Olympus"/],
    ["an unreadable --at", ["--at", "yesterday"], /^preflight: --at: expected an ISO 8601 time .*; got "yesterday"$/],
    ["an impossible --at", ["--at", "2026-02-30T10:00:00Z"], /^preflight: --at: expected an ISO 8601 time/],
    ["an unknown --format", ["--format", "xml"], /^preflight: --format: expected text or json, got "xml"$/],
    ["an unknown --lang", ["--lang", "fr"], /^preflight: --lang: expected en or zh-CN, got "fr"$/],
    ["an unknown --platform", ["--platform", "myspace"], /^preflight: --platform: expected one of x, linkedin, .*got "myspace"$/],
    ["an empty --account", ["--account", " "], /^preflight: --account must not be empty$/],
    ["--jsonl with --csv", ["--jsonl", "--csv"], /^preflight: --jsonl and --csv exclude each other/],
    ["an unknown option", ["--rule", ACME], /^preflight: check: unknown option --rule; did you mean --rules\? \(see preflight --help\)$/],
    ["a missing option value", ["--rules"], /^preflight: check: option --rules needs a value/],
    ["a value for a switch", ["--crisis=yes"], /^preflight: check: option --crisis takes no value/],
    ["two files", [STORM, STORM], /^preflight: check takes one FILE \(or - for standard input\); got/],
    ["a missing post file", ["no-such-post.txt"], /^preflight: cannot read no-such-post.txt: no such file or directory$/],
    ["a missing rule set", ["--rules", "no-such-rules.yaml"], /^preflight: cannot read no-such-rules.yaml: no such file or directory$/],
    ["--key without --rules", ["--key", "ed25519:AAAA"], /^preflight: --key checks the signature of --rules FILE; give --rules too$/],
    ["--key with an unsigned rule set", ["--rules", ACME, "--key", "x.pub"], /^preflight: cannot read x.pub/],
  ])("%s", async (_, argv, message) => {
    const { code, stdout, stderr } = await cli(["check", ...argv], { stdin: "hello" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("lists every mistake of a bad rule set as FILE:LINE: path: message", async () => {
    const bad = `${FIXTURES}/rulesets/broken.yaml`;
    const { code, stdout, stderr } = await cli(["check", STORM, "--rules", bad]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([
      `${bad}:4: version: version must be 1 or more`,
      `${bad}:10: events[0].from: expected an ISO 8601 instant with a time zone, for example 2026-11-24T09:00:00Z, or a day such as 2026-11-24 (its start in the rule set's timeZone, UTC if it has none)`,
      `${bad}:12: evnts: unknown field (did you mean "events"?)`,
    ]);
  });
});
