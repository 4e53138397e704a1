// Feed addresses, trusted keys, invite codes and policy fields: each refusal names its field.
import { beforeAll, describe, expect, test } from "vitest";
import { generateKeyPair, type KeyPair } from "../../lib/ruleset/sign.ts";
import { parsePolicy, policyControlsFeed, resolveFeed } from "../../lib/sync/policy.ts";
import { checkFeedUrl, checkKeys, decodeInvite, encodeInvite, INVITE_PREFIX } from "../../lib/sync/source.ts";

let pair: KeyPair;
beforeAll(async () => {
  pair = await generateKeyPair();
});
const NOW = new Date("2026-11-24T12:00:00Z");

describe("feed addresses", () => {
  test.each([
    ["https://rules.acme.example/team.json#top", { ok: true, value: "https://rules.acme.example/team.json" }],
    ["  https://cdn.example/a.json ", { ok: true, value: "https://cdn.example/a.json" }],
    ["http://127.0.0.1:8080/feed.json", { ok: true, value: "http://127.0.0.1:8080/feed.json" }],
    ["http://localhost/feed.json", { ok: true, value: "http://localhost/feed.json" }],
    ["http://rules.acme.example/team.json", { ok: false, issues: [{ code: "urlInsecure", field: "url", detail: "rules.acme.example" }] }],
    ["ftp://rules.acme.example/team.json", { ok: false, issues: [{ code: "urlInvalid", field: "url", detail: "ftp://rules.acme.example/team.json" }] }],
    ["https://user:pw@rules.acme.example/", { ok: false, issues: [{ code: "urlInvalid", field: "url", detail: "https://user:pw@rules.acme.example/" }] }],
    ["rules.acme.example/team.json", { ok: false, issues: [{ code: "urlInvalid", field: "url", detail: "rules.acme.example/team.json" }] }],
    ["", { ok: false, issues: [{ code: "required", field: "url" }] }],
  ])("%j", (input, expected) => {
    expect(checkFeedUrl(input)).toEqual(expected);
  });
});

describe("trusted keys", () => {
  test("public keys pass, duplicates collapse; a private key or garbage is named by its place", () => {
    expect(checkKeys([pair.publicKey, ` ${pair.publicKey} `])).toEqual({ ok: true, value: [pair.publicKey] });
    expect(checkKeys([pair.publicKey, pair.privateKey, "ed25519:AAAA"], "trustedKeys")).toEqual({
      ok: false,
      issues: [
        { code: "keyPrivate", field: "trustedKeys[1]" },
        { code: "keyInvalid", field: "trustedKeys[2]" },
      ],
    });
    expect(checkKeys(["", " "])).toEqual({ ok: false, issues: [{ code: "required", field: "keys" }] });
  });
});

describe("invite codes", () => {
  test("carry the address, the keys and the period, and survive being wrapped by a mail client", () => {
    const source = { url: "https://rules.acme.example/team.json", keys: [pair.publicKey], pollMinutes: 5 };
    const code = encodeInvite(source);
    expect(code.startsWith(INVITE_PREFIX)).toBe(true);
    expect(code).toMatch(/^preflight-invite:[A-Za-z0-9_-]+$/);
    expect(decodeInvite(code)).toEqual({ ok: true, value: source });
    const wrapped = code.replace(/(.{40})/g, "$1\n  ");
    expect(decodeInvite(wrapped)).toEqual({ ok: true, value: source });
  });

  test("a code cut short, without its prefix, or with bad content is refused, naming the part", () => {
    const code = encodeInvite({ url: "https://rules.acme.example/team.json", keys: [pair.publicKey] });
    expect(decodeInvite(code.slice(0, -7))).toMatchObject({ ok: false, issues: [{ code: "inviteInvalid", field: "inviteCode" }] });
    expect(decodeInvite(code.slice(INVITE_PREFIX.length))).toMatchObject({
      ok: false,
      issues: [{ code: "inviteInvalid", detail: expect.stringContaining(INVITE_PREFIX) }],
    });
    const insecure = encodeInvite({ url: "http://rules.acme.example/x.json", keys: ["ed25519:AAAA"] });
    expect(decodeInvite(insecure)).toEqual({
      ok: false,
      issues: [
        { code: "urlInsecure", field: "inviteCode.url", detail: "rules.acme.example" },
        { code: "keyInvalid", field: "inviteCode.keys[0]" },
      ],
    });
    const extra = INVITE_PREFIX + btoa(JSON.stringify({ url: "https://a.example/x", keys: [pair.publicKey], admin: true })).replace(/=+$/, "");
    expect(decodeInvite(extra)).toMatchObject({ ok: false, issues: [{ code: "inviteInvalid", detail: 'unknown field "admin"' }] });
  });
});

describe("managed policy", () => {
  test("good fields are kept and bad ones named; unknown fields are reported, not used", () => {
    const policy = parsePolicy(
      { ruleSetUrl: "https://rules.acme.example/team.json", trustedKeys: [pair.publicKey, 7], pollMinutes: 0.1, author: "  ann@acme.example ", colour: "red" },
      NOW,
    );
    expect(policy).toEqual({
      readAt: NOW.toISOString(),
      managed: true,
      values: { ruleSetUrl: "https://rules.acme.example/team.json", author: "ann@acme.example" },
      issues: [
        { code: "policyType", field: "trustedKeys", detail: "expected a list of public keys" },
        { code: "pollInvalid", field: "pollMinutes", detail: "0.1" },
        { code: "policyUnknown", field: "colour" },
      ],
    });
    expect(policyControlsFeed(policy)).toBe(true);
    expect(resolveFeed(policy, null)).toEqual({ kind: "broken", issues: [policy.issues[0]] });
  });

  test("no policy: the user's feed is used, with the policy's period if it sets one", () => {
    const config = { url: "https://a.example/x.json", keys: [pair.publicKey], via: "invite" as const };
    expect(parsePolicy({}, NOW)).toMatchObject({ managed: false, values: {}, issues: [] });
    expect(resolveFeed(parsePolicy({}, NOW), config)).toEqual({ kind: "url", url: config.url, keys: config.keys, pollMinutes: 1 });
    expect(resolveFeed(parsePolicy({ pollMinutes: 10 }, NOW), config)).toMatchObject({ kind: "url", pollMinutes: 10 });
    expect(resolveFeed(parsePolicy(undefined, NOW), null)).toEqual({ kind: "none" });
  });

  test("a policy address without keys is incomplete, and says which field is missing", () => {
    const policy = parsePolicy({ ruleSetUrl: "https://rules.acme.example/team.json" }, NOW);
    expect(resolveFeed(policy, null)).toEqual({ kind: "broken", issues: [{ code: "required", field: "trustedKeys" }] });
  });

  test("explicit keys win over the invite code's (rotation without a new code)", async () => {
    const next = await generateKeyPair();
    const inviteCode = encodeInvite({ url: "https://rules.acme.example/team.json", keys: [pair.publicKey] });
    const policy = parsePolicy({ inviteCode, trustedKeys: [pair.publicKey, next.publicKey] }, NOW);
    expect(resolveFeed(policy, null)).toEqual({
      kind: "policy",
      url: "https://rules.acme.example/team.json",
      keys: [pair.publicKey, next.publicKey],
      pollMinutes: 1,
    });
  });
});
