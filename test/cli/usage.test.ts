import { describe, expect, it, vi } from "vitest";
import { USAGE } from "../../lib/cli/run.ts";
import { cli } from "./harness.ts";

describe("usage", () => {
  it("prints the usage on stderr with exit 2 when no command is given", async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(USAGE);
  });

  it.each([["--help"], ["-h"], ["help"], ["check", "--help"], ["sign", "-h"], ["check", "--rules", "x.yaml", "--help"]])(
    "prints the usage on stdout with exit 0 for %j",
    async (...argv) => {
      const { code, stdout, stderr } = await cli(argv);
      expect(code).toBe(0);
      expect(stdout).toBe(USAGE);
      expect(stderr).toBe("");
    },
  );

  it("documents every command and check option", () => {
    for (const word of ["check", "validate", "schema", "keygen", "sign", "verify", "crisis declare", "crisis end"]) expect(USAGE).toContain(`  ${word}`);
    for (const option of ["--drill", "--until", "--file"]) expect(USAGE).toContain(option); // issue 12
    for (const option of ["--rules", "--key", "--at", "--tz", "--platform", "--account", "--author", "--crisis", "--format", "--jsonl", "--csv", "--jobs", "--lang", "--out"]) {
      expect(USAGE).toContain(option);
    }
  });

  it.each<[string[], string]>([
    [["lint"], 'preflight: unknown command "lint"; the commands are check, validate, schema, keygen, sign, verify, report, audit-archive, crisis, approve (see preflight --help)'],
    [["--rules", "x.yaml"], "preflight: expected a command before --rules; the commands are check, validate, schema, keygen, sign, verify, report, audit-archive, crisis, approve (see preflight --help)"],
    [["chek", "post.txt"], 'preflight: unknown command "chek"; did you mean check? The commands are check, validate, schema, keygen, sign, verify, report, audit-archive, crisis, approve (see preflight --help)'],
    [["constructor"], 'preflight: unknown command "constructor"; the commands are check, validate, schema, keygen, sign, verify, report, audit-archive, crisis, approve (see preflight --help)'],
    [["keygen", "--force"], "preflight: keygen: unknown option --force (see preflight --help)"],
    [["keygen", "--out"], "preflight: keygen: option --out needs a value (see preflight --help)"],
    [["keygen", "team"], 'preflight: keygen takes 0 arguments (the file names come from --out PREFIX); got "team"'],
    [["verify", "x.json", "--keys", "k"], "preflight: verify: unknown option --keys; did you mean --key? (see preflight --help)"],
    [["check", "post.txt", "--rule", "acme.yaml"], "preflight: check: unknown option --rule; did you mean --rules? (see preflight --help)"],
    [["check", "--jsnol"], "preflight: check: unknown option --jsnol; did you mean --jsonl? (see preflight --help)"],
    [["check", "--Rules=acme.yaml"], "preflight: check: unknown option --Rules; did you mean --rules? (see preflight --help)"],
    [["check", "--frobnicate"], "preflight: check: unknown option --frobnicate (see preflight --help)"],
    [["check", "--jsonl", "--jobs", "0"], 'preflight: --jobs: expected a number of threads from 1, got "0"'],
    [["check", "--jsonl", "--jobs", "all"], 'preflight: --jobs: expected a number of threads from 1, got "all"'],
    [["check", "--at", "-1"], 'preflight: check: option --at needs a value (write --at=VALUE for one that starts with "-") (see preflight --help)'],
  ])("refuses %j with one line naming the problem, exit 2", async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${message}\n`);
  });

  it("reports an unexpected failure in one line, with the stack only under PREFLIGHT_DEBUG", async () => {
    const boom = async (): Promise<string> => {
      throw new Error("disk on fire");
    };
    const quiet = await cli(["check"], { stdin: boom });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toBe("preflight: unexpected error: disk on fire (PREFLIGHT_DEBUG=1 shows details)\n");
    const debug = await cli(["check"], { stdin: boom, env: { PREFLIGHT_DEBUG: "1" } });
    expect(debug.stderr).toMatch(/^preflight: unexpected error: disk on fire .*\nError: disk on fire\n\s+at /);
  });

  it("does not read standard input when the options are wrong", async () => {
    const stdin = vi.fn(async () => "storm");
    await cli(["check", "--tz", "Nowhere/Land"], { stdin });
    expect(stdin).not.toHaveBeenCalled();
  });
});
