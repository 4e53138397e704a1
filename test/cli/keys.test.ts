import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { keyId, SIGNED_SCHEMA } from "../../lib/ruleset/sign.ts";
import { ACME, cli, DURING_STORM, FIXTURES, STORM, tempDir } from "./harness.ts";

const dir = tempDir();
const at = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(at(name), "utf8");
/** One signing time for the files compared byte for byte (sign puts an expiry 30 days after it). */
const SIGNED_AT = new Date();

beforeAll(async () => {
  for (const name of ["team", "next"]) expect((await cli(["keygen", "--out", at(name)])).code).toBe(0);
  expect((await cli(["sign", ACME, "--key", at("team.key"), "--out", at("acme.signed.json")], { now: SIGNED_AT })).code).toBe(0);
  writeFileSync(at("tampered.json"), read("acme.signed.json").replace("Hurricane Delia", "Hurricane Delta"));
});

describe("keygen", () => {
  it("prints a key pair and its key id, and warns to keep the private key secret", async () => {
    const { code, stdout, stderr } = await cli(["keygen"]);
    expect(code).toBe(0);
    const [pub, id, priv] = stdout.trimEnd().split("\n");
    expect(pub).toMatch(/^public key: {2}ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(priv).toMatch(/^private key: ed25519-private:/);
    expect(id).toBe(`key id:      ${await keyId(pub!.slice("public key:  ".length))}`);
    expect(stderr).toMatch(/^preflight: keep the private key secret/);
  });

  it("writes PREFIX.pub and PREFIX.key, the private key readable by its owner only", async () => {
    const pub = read("team.pub").trim();
    expect(pub).toMatch(/^ed25519:/);
    expect(read("team.key")).toMatch(/^ed25519-private:\S+\n$/);
    expect(statSync(at("team.key")).mode & 0o777).toBe(0o600);
  });

  it("prints the public key and key id, never the private key, with --out", async () => {
    const { code, stdout } = await cli(["keygen", "--out", at("shown")]);
    expect(code).toBe(0);
    expect(stdout).toContain(read("shown.pub").trim());
    expect(stdout).toContain(`key id:      ${await keyId(read("shown.pub"))}`);
    expect(stdout).not.toContain("ed25519-private:");
  });

  it("never replaces an existing key", async () => {
    const before = read("team.key");
    const { code, stderr } = await cli(["keygen", "--out", at("team")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/team\.pub exists already; remove it or choose another --out/);
    expect(read("team.key")).toBe(before);
  });
});

describe("sign", () => {
  it("writes a signed envelope of the validated rule set", async () => {
    const envelope = JSON.parse(read("acme.signed.json")) as Record<string, string>;
    expect(envelope["schema"]).toBe(SIGNED_SCHEMA);
    expect(envelope["keyId"]).toBe(await keyId(read("team.pub")));
    expect(JSON.parse(envelope["payload"]!)).toMatchObject({ id: "acme-social", version: 7 });
  });

  it("prints the envelope without --out, and confirms with --out", async () => {
    const printed = await cli(["sign", ACME, "--key", at("team.key")], { now: SIGNED_AT });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(read("acme.signed.json"));
    const written = await cli(["sign", ACME, "--key", at("team.key"), "--out", at("again.json")], { now: SIGNED_AT });
    const expires = new Date(SIGNED_AT.getTime() + 30 * 86_400_000).toISOString();
    expect(written.stdout).toBe(`signed acme-social v7 with key ${await keyId(read("team.pub"))} into ${at("again.json")}; it expires at ${expires}\n`);
  });

  const payloadOf = (envelope: string) => JSON.parse((JSON.parse(envelope) as { payload: string }).payload) as { expiresAt?: string };
  const NOW = new Date("2026-11-24T15:00:00Z");

  it("puts an expiry 30 days ahead in what it signs, unless told otherwise (issue 11, item 4)", async () => {
    const signed = await cli(["sign", ACME, "--key", at("team.key")], { now: NOW });
    expect(payloadOf(signed.stdout).expiresAt).toBe("2026-12-24T15:00:00.000Z");
    const week = await cli(["sign", ACME, "--key", at("team.key"), "--expires-in", "7"], { now: NOW });
    expect(payloadOf(week.stdout).expiresAt).toBe("2026-12-01T15:00:00.000Z");
    const never = await cli(["sign", ACME, "--key", at("team.key"), "--expires-in", "never"], { now: NOW });
    expect(never.code).toBe(0);
    expect(payloadOf(never.stdout).expiresAt).toBeUndefined();
    // The file's own expiry is kept.
    writeFileSync(at("dated.yaml"), `${readFileSync(ACME, "utf8")}\nexpiresAt: 2027-03-01T00:00:00Z\n`);
    expect(payloadOf((await cli(["sign", at("dated.yaml"), "--key", at("team.key")], { now: NOW })).stdout).expiresAt).toBe("2027-03-01T00:00:00Z");
  });

  it.each<[string, () => string[], RegExp]>([
    ["zero days", () => [ACME, "--expires-in", "0"], /--expires-in: expected a number of days from 1 to 3650, or never; got "0"/],
    ["a word", () => [ACME, "--expires-in", "soon"], /--expires-in: expected a number of days/],
    ["an expiry in the file too", () => [at("dated.yaml"), "--expires-in", "7"], /sets expiresAt \(2027-03-01T00:00:00Z\) and --expires-in sets it too: keep one/],
  ])("refuses --expires-in with %s", async (_, argv, message) => {
    writeFileSync(at("dated.yaml"), `${readFileSync(ACME, "utf8")}\nexpiresAt: 2027-03-01T00:00:00Z\n`);
    const { code, stdout, stderr } = await cli(["sign", ...argv(), "--key", at("team.key")], { now: NOW });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("signs every file validate accepts: a YAML flow mapping starts with { (issue 11, item 6)", async () => {
    writeFileSync(at("flow.yaml"), "{schema: preflight.ruleset/1, id: acme, version: 2, issuedAt: 2026-11-01T00:00:00Z, allow: [killer deals]}\n");
    expect((await cli(["validate", at("flow.yaml")])).code).toBe(0);
    const signed = await cli(["sign", at("flow.yaml"), "--key", at("team.key")], { now: NOW });
    expect(signed.stderr).toBe("");
    expect(signed.code).toBe(0);
    expect(payloadOf(signed.stdout)).toMatchObject({ id: "acme", version: 2, allow: ["killer deals"] });
  });

  it("warns when the private key file can be read by others", async () => {
    writeFileSync(at("open.key"), read("team.key"));
    chmodSync(at("open.key"), 0o644);
    const { code, stderr } = await cli(["sign", ACME, "--key", at("open.key")]);
    expect(code).toBe(0);
    expect(stderr).toBe(`preflight: warning: ${at("open.key")} can be read by other users; chmod 600 ${at("open.key")}\n`);
  });

  it("refuses an invalid rule set with every error, and writes nothing", async () => {
    const bad = `${FIXTURES}/rulesets/broken.yaml`;
    const { code, stdout, stderr } = await cli(["sign", bad, "--key", at("team.key"), "--out", at("broken.json")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(`${bad}:4: version: version must be 1 or more`);
    expect(existsSync(at("broken.json"))).toBe(false);
  });

  it.each<[string, () => string[], RegExp]>([
    ["no --key", () => [ACME], /^preflight: sign needs --key PRIVATE_KEY_FILE/],
    ["no FILE", () => ["--key", at("team.key")], /^preflight: sign needs a FILE/],
    ["a public key", () => [ACME, "--key", at("team.pub")], /team\.pub: this is a public key; signing needs the private key/],
    ["a missing key file", () => [ACME, "--key", at("nope.key")], /^preflight: cannot read .*nope\.key: no such file or directory$/],
    ["a signed file", () => [at("acme.signed.json"), "--key", at("team.key")], /acme\.signed\.json is signed already; sign the plain rule set$/],
  ])("refuses %s: exit 2", async (_, argv, message) => {
    const { code, stdout, stderr } = await cli(["sign", ...argv()]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd()).toMatch(message);
  });

  it("refuses a rule set that has expired", async () => {
    writeFileSync(at("old.yaml"), `${readFileSync(ACME, "utf8")}\nexpiresAt: 2026-12-01T00:00:00Z\n`);
    const late = await cli(["sign", at("old.yaml"), "--key", at("team.key")], { now: new Date("2026-12-02T00:00:00Z") });
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/expiresAt 2026-12-01T00:00:00Z is in the past/);
    expect((await cli(["sign", at("old.yaml"), "--key", at("team.key")], { now: new Date(DURING_STORM) })).code).toBe(0);
  });
});

describe("verify", () => {
  it("accepts a good signature from a key file, or the key itself", async () => {
    const id = await keyId(read("team.pub"));
    for (const key of [at("team.pub"), read("team.pub").trim()]) {
      const { code, stdout } = await cli(["verify", at("acme.signed.json"), "--key", key]);
      expect(code).toBe(0);
      expect(stdout).toBe(`OK acme-social v7, signed by key ${id}\n`);
    }
  });

  it("trusts any of several keys (rotation), repeated or listed in one file", async () => {
    writeFileSync(at("trusted.keys"), `# our keys\n${read("next.pub")}\n${read("team.pub")}`);
    expect((await cli(["verify", at("acme.signed.json"), "--key", at("next.pub"), "--key", at("team.pub")])).code).toBe(0);
    expect((await cli(["verify", at("acme.signed.json"), "--key", at("trusted.keys")])).code).toBe(0);
  });

  it("refuses a signature by a key it does not trust, naming the key id", async () => {
    const { code, stderr } = await cli(["verify", at("acme.signed.json"), "--key", at("next.pub")]);
    expect(code).toBe(2);
    expect(stderr).toContain(`signed with an unknown key ${await keyId(read("team.pub"))} (trusted: ${await keyId(read("next.pub"))})`);
  });

  it("refuses a rule set changed after signing", async () => {
    expect(read("tampered.json")).toContain("Hurricane Delta");
    const { code, stderr } = await cli(["verify", at("tampered.json"), "--key", at("team.pub")]);
    expect(code).toBe(2);
    expect(stderr).toBe(`preflight: ${at("tampered.json")}: bad signature: the rule set was changed after it was signed by key ${await keyId(read("team.pub"))}\n`);
  });

  it("refuses an expired rule set", async () => {
    writeFileSync(at("expiring.yaml"), `${readFileSync(ACME, "utf8")}\nexpiresAt: 2026-12-01T00:00:00Z\n`);
    await cli(["sign", at("expiring.yaml"), "--key", at("team.key"), "--out", at("expiring.json")], { now: new Date(DURING_STORM) });
    const argv = ["verify", at("expiring.json"), "--key", at("team.pub")];
    expect((await cli(argv, { now: new Date("2026-11-30T00:00:00Z") })).code).toBe(0);
    const late = await cli(argv, { now: new Date("2026-12-01T00:00:01Z") });
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/expired: rule set acme-social v7 expired at 2026-12-01T00:00:00Z/);
  });

  it.each<[string, () => string[], RegExp]>([
    ["an unsigned rule set", () => [ACME, "--key", at("team.pub")], /not a signed rule set/],
    ["no --key", () => [at("acme.signed.json")], /^preflight: verify needs --key PUBLIC_KEY/],
    ["a private key", () => [at("acme.signed.json"), "--key", at("team.key")], /team\.key: this is a private key; give the public key/],
    ["a malformed key", () => [at("acme.signed.json"), "--key", "ed25519:AAAA"], /^preflight: --key: not an Ed25519 public key/],
    ["an empty key file", () => [at("acme.signed.json"), "--key", at("empty.keys")], /empty\.keys: no public key in the file$/],
  ])("refuses %s: exit 2", async (_, argv, message) => {
    writeFileSync(at("empty.keys"), "# none yet\n");
    const { code, stdout, stderr } = await cli(["verify", ...argv()]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe("check with a signed rule set", () => {
  it("uses the payload, and with --key requires a valid signature", async () => {
    const argv = ["check", STORM, "--rules", at("acme.signed.json"), "--at", DURING_STORM];
    expect((await cli(argv)).code).toBe(1);
    expect((await cli([...argv, "--key", at("team.pub")])).code).toBe(1);
    const untrusted = await cli([...argv, "--key", at("next.pub")]);
    expect(untrusted.code).toBe(2);
    expect(untrusted.stdout).toBe("");
    expect(untrusted.stderr).toMatch(/signed with an unknown key/);
  });

  it("refuses a tampered rule set when --key is given", async () => {
    const { code, stderr } = await cli(["check", STORM, "--rules", at("tampered.json"), "--key", at("team.pub")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad signature/);
  });
});
