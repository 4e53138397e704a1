import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAnswer } from "../../lib/approval/answer.ts";
import { createRequest, postDigest, type PostFacts } from "../../lib/approval/request.ts";
import { cli, tempDir } from "./harness.ts";

const dir = tempDir();
const at = (name: string) => join(dir, name);
const NOW = new Date("2026-12-05T12:00:00Z");
const POST: PostFacts = { text: "Storm sale today only!", platform: "x", account: "@acme", rules: ["events/match"] };
let request: string;
let publicKey: string;

const rulesWith = (key: string | undefined) => `schema: preflight.ruleset/1
id: acme
version: 1
issuedAt: 2026-12-01T00:00:00Z
spokespeople:
  - { id: ann@acme.example, name: Ann Lee, accounts: ["*"]${key ? `, key: "${key}"` : ""} }
  - { id: raj@acme.example, accounts: ["*"] }
`;

beforeAll(async () => {
  for (const name of ["ann", "other"]) expect((await cli(["keygen", "--out", at(name)])).code).toBe(0);
  publicKey = readFileSync(at("ann.pub"), "utf8").trim();
  writeFileSync(at("rules.yaml"), rulesWith(publicKey));
  request = (await createRequest(POST, NOW)).code;
});

describe("approve", () => {
  it("prints an answer that the gate accepts for that post, and says what it approves", async () => {
    const { code, stdout, stderr } = await cli(["approve", request, "--key", at("ann.key"), "--as", "ann@acme.example", "--rules", at("rules.yaml")], { now: NOW });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PF1-A-[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    expect(stderr).toContain("approves one post on x as acme, held by events/match, asked at 2026-12-05T12:00:00.000Z");
    expect(stderr).toContain("valid until 2026-12-05T14:00:00.000Z");
    const answer = stdout.trim();
    const nonce = /* the gate digests the post with the request's nonce */ (await import("../../lib/approval/request.ts")).decodeRequest(request).nonce;
    const result = await verifyAnswer(answer, { spokespeople: [{ id: "ann@acme.example", accounts: ["*"], key: publicKey }] }, { digest: await postDigest(POST, nonce), platform: "x" }, NOW);
    expect(result).toMatchObject({ ok: true, answer: { approver: "ann@acme.example" } });
  });

  it("reads the request from standard input and honours --valid-for", async () => {
    const { code, stderr } = await cli(["approve", "-", "--key", at("ann.key"), "--as", "ann@acme.example", "--valid-for", "15"], { now: NOW, stdin: `${request}\n` });
    expect(code).toBe(0);
    expect(stderr).toContain("valid until 2026-12-05T12:15:00.000Z");
    expect(stderr).toContain("without --rules");
  });

  it("speaks Chinese with --lang zh-CN", async () => {
    const { code, stderr } = await cli(["approve", request, "--key", at("ann.key"), "--as", "ann@acme.example", "--lang", "zh-CN"], { now: NOW });
    expect(code).toBe(0);
    expect(stderr).toContain("批准 x 上以 acme 发布的一条帖子");
  });

  it.each([
    [["approve"], "needs the REQUEST code"],
    [["approve", "REQ"], "needs --key"],
    [["approve", "REQ", "--key", "k"], "needs --as"],
    [["approve", "hello", "--key", "KEY", "--as", "ann@acme.example"], "not an approval request"],
    [["approve", "PF9-R-abc", "--key", "KEY", "--as", "ann@acme.example"], "another version of Preflight"],
    [["approve", "PF1-R-abc", "--key", "KEY", "--as", "ann@acme.example"], "incomplete or damaged"],
    [["approve", "REQUEST", "--key", "KEY", "--as", "ann@acme.example", "--valid-for", "1441"], "from 1 to 1440; got 1441"],
    [["approve", "REQUEST", "--key", "KEY", "--as", "ann@acme.example", "--valid-for", "2h"], "got 2h"],
    [["approve", "REQUEST", "--key", "ANN.PUB", "--as", "ann@acme.example"], "this is a public key"],
    [["approve", "REQUEST", "--key", "KEY", "--as", "eve@acme.example", "--rules", "RULES"], "eve@acme.example is not a spokesperson in these rules (approvers: ann@acme.example)"],
    [["approve", "REQUEST", "--key", "KEY", "--as", "raj@acme.example", "--rules", "RULES"], "list no key for raj@acme.example"],
    [["approve", "REQUEST", "--key", "OTHER", "--as", "ann@acme.example", "--rules", "RULES"], "not the one the rules list for ann@acme.example"],
  ])("refuses %j: %s", async (argv, message) => {
    const fill = (a: string) => ({ REQUEST: request, KEY: at("ann.key"), OTHER: at("other.key"), "ANN.PUB": at("ann.pub"), RULES: at("rules.yaml") })[a] ?? a;
    const { code, stdout, stderr } = await cli(argv.map(fill), { now: NOW });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  it("says a refusal in Chinese too", async () => {
    const { code, stderr } = await cli(["approve", "hello", "--key", at("ann.key"), "--as", "ann", "--lang", "zh-CN"]);
    expect(code).toBe(2);
    expect(stderr).toContain("这不是审批请求");
  });
});
