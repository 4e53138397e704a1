import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseRuleSet, RuleSetError } from "../../lib/ruleset/parse.ts";
import {
  generateKeyPair,
  isExpired,
  isNewerVersion,
  isSignedEnvelope,
  KeyError,
  keyId,
  signRuleSet,
  SIGNED_SCHEMA,
  verifySignedRuleSet,
  type KeyPair,
} from "../../lib/ruleset/sign.ts";

const ACME = readFileSync("test/fixtures/rulesets/acme.yaml", "utf8");
const acme = () => {
  const parsed = parseRuleSet(ACME, { name: "acme.yaml" });
  if (!parsed.ok) throw new Error("acme.yaml must be valid");
  return parsed.value;
};

/** Signs any text, valid or not, the way signRuleSet does: for envelopes signRuleSet refuses to make. */
async function signRaw(payload: string, pair: KeyPair): Promise<string> {
  const pkcs8 = Uint8Array.from(atob(pair.privateKey.slice("ed25519-private:".length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key, new TextEncoder().encode(payload)));
  return JSON.stringify({
    schema: SIGNED_SCHEMA,
    keyId: await keyId(pair.publicKey),
    signature: btoa(String.fromCharCode(...signature)),
    payload,
  });
}

function envelopeOf(text: string): Record<string, string> {
  return JSON.parse(text) as Record<string, string>;
}

let team: KeyPair;
let other: KeyPair;
beforeAll(async () => {
  [team, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

describe("keys", () => {
  it("are Ed25519 keys in the documented text forms", () => {
    expect(team.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(team.privateKey).toMatch(/^ed25519-private:[A-Za-z0-9+/]+={0,2}$/);
    expect(team.publicKey).not.toBe(other.publicKey);
  });

  it("have a key id: 16 hex digits of the SHA-256 of the raw public key", async () => {
    const raw = Uint8Array.from(atob(team.publicKey.slice("ed25519:".length)), (c) => c.charCodeAt(0));
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", raw));
    const expected = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(await keyId(team.publicKey)).toBe(expected);
    expect(await keyId(` ${team.publicKey}\n`)).toBe(expected);
    expect(await keyId(other.publicKey)).not.toBe(expected);
  });

  it.each([
    ["", /not an Ed25519 public key/],
    ["ed25519:", /not an Ed25519 public key/],
    ["ed25519:AAAA", /not an Ed25519 public key/],
    ["ed25519:not base64!", /not an Ed25519 public key/],
    ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", /not an Ed25519 public key/],
  ])("refuses the public key %j", async (key, message) => {
    await expect(keyId(key)).rejects.toThrow(message);
  });

  it("says so when a private key is given for a public one", async () => {
    await expect(keyId(team.privateKey)).rejects.toThrow(/this is a private key/);
  });
});

describe("signRuleSet", () => {
  it("wraps the canonical JSON of the validated rule set, signed over its UTF-8 bytes", async () => {
    const envelope = envelopeOf(await signRuleSet(ACME, team.privateKey));
    expect(Object.keys(envelope)).toEqual(["schema", "keyId", "signature", "payload"]);
    expect(envelope["schema"]).toBe("preflight.signed/1");
    expect(envelope["keyId"]).toBe(await keyId(team.publicKey));
    expect(envelope["payload"]).toBe(JSON.stringify(acme()));
    const raw = Uint8Array.from(atob(team.publicKey.slice(8)), (c) => c.charCodeAt(0));
    const key = await crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
    const signature = Uint8Array.from(atob(envelope["signature"]!), (c) => c.charCodeAt(0));
    expect(await crypto.subtle.verify({ name: "Ed25519" }, key, signature, new TextEncoder().encode(envelope["payload"]))).toBe(true);
  });

  it("gives the same envelope for JSON and YAML of the same rule set", async () => {
    const fromYaml = await signRuleSet(ACME, team.privateKey);
    const fromJson = await signRuleSet(JSON.stringify(acme(), null, 2), team.privateKey);
    expect(fromJson).toBe(fromYaml);
  });

  it("accepts the private key's own public key and refuses another", async () => {
    await expect(signRuleSet(ACME, team.privateKey, { publicKey: team.publicKey })).resolves.toContain(SIGNED_SCHEMA);
    await expect(signRuleSet(ACME, team.privateKey, { publicKey: other.publicKey })).rejects.toThrow(KeyError);
  });

  it("refuses an invalid rule set with every issue", async () => {
    const error = await signRuleSet("schema: preflight.ruleset/1\nid: x\nversion: 0\n", team.privateKey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).errors.map((e) => e.path)).toEqual(["version", "issuedAt"]);
  });

  it.each([
    ["a public key", () => team.publicKey, /this is a public key/],
    ["no prefix", () => team.privateKey.slice("ed25519-private:".length), /not an Ed25519 private key/],
    ["garbage", () => "ed25519-private:AAAA", /not an Ed25519 private key/],
  ])("refuses %s as the private key", async (_, key, message) => {
    await expect(signRuleSet(ACME, key())).rejects.toThrow(message);
  });
});

describe("verifySignedRuleSet", () => {
  it("returns the rule set and the key id of a good signature", async () => {
    const result = await verifySignedRuleSet(await signRuleSet(ACME, team.privateKey), [team.publicKey]);
    expect(result).toEqual({ ok: true, ruleSet: acme(), keyId: await keyId(team.publicKey) });
  });

  it("refuses a payload changed after signing", async () => {
    const envelope = envelopeOf(await signRuleSet(ACME, team.privateKey));
    const tampered = JSON.stringify({ ...envelope, payload: envelope["payload"]!.replace('"version":7', '"version":8') });
    const result = await verifySignedRuleSet(tampered, [team.publicKey]);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^bad signature/) });
  });

  it("refuses a signature changed after signing", async () => {
    const envelope = envelopeOf(await signRuleSet(ACME, team.privateKey));
    const sig = envelope["signature"]!;
    const flipped = (sig[0] === "A" ? "B" : "A") + sig.slice(1);
    const result = await verifySignedRuleSet(JSON.stringify({ ...envelope, signature: flipped }), [team.publicKey]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^bad signature/) });
  });

  it("refuses a signature by a key it does not trust, naming the key id", async () => {
    const id = await keyId(other.publicKey);
    const result = await verifySignedRuleSet(await signRuleSet(ACME, other.privateKey), [team.publicKey]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(`unknown key ${id}`) });
  });

  it("trusts several keys, so a team can rotate its key", async () => {
    const byOld = await signRuleSet(ACME, team.privateKey);
    const byNew = await signRuleSet(ACME, other.privateKey);
    const both = [team.publicKey, other.publicKey];
    expect(await verifySignedRuleSet(byOld, both)).toMatchObject({ ok: true, keyId: await keyId(team.publicKey) });
    expect(await verifySignedRuleSet(byNew, both)).toMatchObject({ ok: true, keyId: await keyId(other.publicKey) });
    // Once the old key is retired, what it signed is refused.
    expect(await verifySignedRuleSet(byOld, [other.publicKey])).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown key/) });
  });

  it("refuses an expired rule set at `now`, and accepts it before", async () => {
    const expiring = `${ACME}\nexpiresAt: 2027-01-31T00:00:00Z\n`;
    const envelope = await signRuleSet(expiring, team.privateKey);
    expect(await verifySignedRuleSet(envelope, [team.publicKey], { now: new Date("2027-01-30T23:59:59Z") })).toMatchObject({ ok: true });
    expect(await verifySignedRuleSet(envelope, [team.publicKey], { now: new Date("2027-01-31T00:00:00Z") })).toEqual({
      ok: false,
      reason: "expired: rule set acme-social v7 expired at 2027-01-31T00:00:00Z",
    });
  });

  it("refuses a validly signed payload that is not a valid rule set, with its issues", async () => {
    const payload = JSON.stringify({ ...acme(), version: 0, extra: true });
    const result = await verifySignedRuleSet(await signRaw(payload, team), [team.publicKey]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^the signed payload is not a valid rule set: /) });
    const reason = (result as { reason: string }).reason;
    expect(reason).toContain("extra: unknown field");
    expect(reason).toContain("version: version must be 1 or more");
  });

  it("refuses a validly signed payload that is not JSON", async () => {
    const result = await verifySignedRuleSet(await signRaw("schema: preflight.ruleset/1", team), [team.publicKey]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^the signed payload is not a valid rule set: not valid JSON/) });
  });

  it.each([
    ["text that is not JSON", "hello"],
    ["a plain rule set", JSON.stringify(acme())],
    ["a list", "[]"],
    ["null", "null"],
  ])("refuses %s as not an envelope", async (_, text) => {
    expect(await verifySignedRuleSet(text, [team.publicKey])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a signed rule set/),
    });
  });

  it.each<[string, (e: Record<string, unknown>) => Record<string, unknown>, string]>([
    ["no signature", ({ signature: _, ...e }) => e, "signature: required"],
    ["an extra field", (e) => ({ ...e, signedAt: "now" }), "signedAt: unknown field"],
    ["a key id that is not hex", (e) => ({ ...e, keyId: "ABCDEFGHIJKLMNOP" }), "keyId: expected 16 lowercase hexadecimal digits"],
    ["a short signature", (e) => ({ ...e, signature: "AAAA" }), "signature: expected the base64 of a 64-byte Ed25519 signature"],
    ["a payload that is not text", (e) => ({ ...e, payload: { id: "x" } }), "payload: expected string"],
    ["an empty payload", (e) => ({ ...e, payload: "" }), "payload: must not be empty"],
  ])("names the broken field of an envelope with %s", async (_, damage, message) => {
    const envelope = envelopeOf(await signRuleSet(ACME, team.privateKey));
    const result = await verifySignedRuleSet(JSON.stringify(damage(envelope)), [team.publicKey]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(message) });
  });

  it("refuses an envelope far larger than any rule set before parsing it", async () => {
    const huge = `{"schema":"${SIGNED_SCHEMA}","payload":"${"x".repeat(11 * 1024 * 1024)}"}`;
    expect(await verifySignedRuleSet(huge, [team.publicKey])).toEqual({ ok: false, reason: "too large for a signed rule set" });
  });

  it("names a trusted key it cannot read", async () => {
    const result = await verifySignedRuleSet(await signRuleSet(ACME, team.privateKey), [team.publicKey, "ed25519:oops"]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^trusted key 2: not an Ed25519 public key/) });
  });
});

describe("isSignedEnvelope", () => {
  it.each([
    [{ schema: SIGNED_SCHEMA }, true],
    [{ schema: SIGNED_SCHEMA, keyId: 1 }, true],
    [{ schema: "preflight.ruleset/1" }, false],
    [null, false],
    ["preflight.signed/1", false],
    [[{ schema: SIGNED_SCHEMA }], false],
  ])("%j → %s", (data, expected) => {
    expect(isSignedEnvelope(data)).toBe(expected);
  });
});

describe("isNewerVersion", () => {
  it.each([
    [{ version: 8 }, { version: 7 }, true],
    [{ version: 7 }, { version: 7 }, false],
    [{ version: 6 }, { version: 7 }, false],
    [{ version: 1 }, undefined, true],
  ])("%j over %j → %s", (candidate, current, expected) => {
    expect(isNewerVersion(candidate, current)).toBe(expected);
  });
});

describe("isExpired", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it.each([
    [{}, false],
    [{ expiresAt: "2026-12-01T00:00:01Z" }, false],
    [{ expiresAt: "2026-12-01T00:00:00Z" }, true],
    [{ expiresAt: "2026-12-01T09:00:00+10:00" }, true],
  ])("%j at 2026-12-01T00:00:00Z → %s", (ruleSet, expected) => {
    expect(isExpired(ruleSet, now)).toBe(expected);
  });
});
