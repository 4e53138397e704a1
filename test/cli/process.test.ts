/** The real command in a child process: exit statuses and stderr as a shell or CI sees them. */
import { spawnSync } from "node:child_process";
import { delimiter, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { ACME, DURING_STORM, STORM } from "./harness.ts";

function preflight(argv: string[], input = "") {
  const result = spawnSync("node_modules/.bin/tsx", ["lib/cli/main.ts", ...argv], {
    input,
    encoding: "utf8",
    // tsx runs on the `node` found in PATH: make it the one running the tests (Node 22).
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_TRACE = /^\s+at .+:\d+|Error:|node:internal/m;

describe("the preflight command", () => {
  it("runs the README's example with exit status 1", () => {
    const { code, stdout, stderr } = preflight(["check", STORM, "--rules", ACME, "--at", DURING_STORM]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${STORM}:1:32  block  events/match`);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("block: 3 block, 1 info");
    expect(stderr).toBe("");
  });

  it.each([
    ["a missing rule set", ["check", STORM, "--rules", "missing.yaml"], "preflight: cannot read missing.yaml: no such file or directory\n"],
    ["an unknown option", ["check", "--frobnicate"], "preflight: check: unknown option --frobnicate (see preflight --help)\n"],
    ["a bad time zone", ["check", STORM, "--tz", "Mars/Olympus"], 'preflight: --tz: unknown time zone "Mars/Olympus"; use an IANA name such as America/New_York\n'],
  ])("exits 2 on %s with one line and no stack trace", (_, argv, message) => {
    const { code, stdout, stderr } = preflight(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("reads JSON Lines from a pipe and exits 2 when a line is bad, 0 when all pass", () => {
    const bad = preflight(["check", "--jsonl", "--at", DURING_STORM], '{"text":"Hello"}\n{"text":\n');
    expect(bad.code).toBe(2);
    expect(bad.stdout.trimEnd().split("\n").map((l) => Object.keys(JSON.parse(l) as object))).toEqual([
      ["id", "verdict", "findings", "reading"],
      ["id", "error"],
    ]);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    expect(preflight(["check", "--jsonl", "--at", DURING_STORM], '{"text":"Hello"}\n').code).toBe(0);
  });
});
