// The verifier's refusals, as the popup names them: one code per way a signed file can be wrong.
import { describe, expect, test } from "vitest";
import { generateKeyPair, verifySignedRuleSet } from "../../lib/ruleset/sign.ts";
import { canonicalJson, classifyRefusal, judgeSignedRuleSet } from "../../lib/sync/judge.ts";
import { ruleSet, signed, signRaw, tamper } from "./kit.ts";

const NOW = new Date("2026-11-24T12:00:00Z");

describe("refusals from lib/ruleset/sign.ts get their own code", async () => {
  const pair = await generateKeyPair();
  const other = await generateKeyPair();
  const cases: Array<[string, () => Promise<{ text: string; keys: string[] }>]> = [
    ["notSigned", async () => ({ text: "{", keys: [pair.publicKey] })],
    ["damaged", async () => ({ text: JSON.stringify({ schema: "preflight.signed/1" }), keys: [pair.publicKey] })],
    ["keyInvalid", async () => ({ text: await signed(1, pair), keys: ["ed25519:xx"] })],
    ["unknownKey", async () => ({ text: await signed(1, other), keys: [pair.publicKey] })],
    ["badSignature", async () => ({ text: tamper(await signed(1, pair)), keys: [pair.publicKey] })],
    ["invalid", async () => ({ text: await signRaw(JSON.stringify({ ...ruleSet(1), brand: 3 }), pair), keys: [pair.publicKey] })],
    ["expired", async () => ({ text: await signed(1, pair, { expiresAt: "2026-11-10T00:00:00Z" }), keys: [pair.publicKey] })],
    ["tooLarge", async () => ({ text: " ".repeat(11 * 1024 * 1024), keys: [pair.publicKey] })],
  ];
  test.each(cases)("%s", async (code, make) => {
    const { text, keys } = await make();
    const verified = await verifySignedRuleSet(text, keys, { now: NOW });
    expect(verified.ok).toBe(false);
    if (!verified.ok) expect(classifyRefusal(verified.reason)).toBe(code);
    expect(await judgeSignedRuleSet(text, { keys, now: NOW })).toMatchObject({ kind: "refuse", issue: { code } });
  });
});

describe("versions", async () => {
  const pair = await generateKeyPair();
  const current = ruleSet(5, { brand: { names: ["Acme"], accounts: [] } }) as never;
  test("newer applies, older and changed-at-the-same-version are refused, equal content is the same", async () => {
    const keys = [pair.publicKey];
    expect(await judgeSignedRuleSet(await signed(6, pair), { keys, now: NOW, current })).toMatchObject({ kind: "apply", ruleSet: { version: 6 } });
    expect(await judgeSignedRuleSet(await signed(4, pair), { keys, now: NOW, current })).toEqual({
      kind: "refuse",
      issue: { code: "older", version: 4, current: 5 },
    });
    expect(await judgeSignedRuleSet(await signed(5, pair), { keys, now: NOW, current })).toEqual({
      kind: "refuse",
      issue: { code: "sameVersion", version: 5 },
    });
    // The same rule set written with its keys in another order.
    const reordered = await signRaw(JSON.stringify({ brand: { accounts: [], names: ["Acme"] }, ...ruleSet(5) }), pair);
    expect(await judgeSignedRuleSet(reordered, { keys, now: NOW, current })).toMatchObject({ kind: "same", envelope: { payload: expect.any(String) } });
  });

  test("canonical JSON ignores key order but not array order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});
