import { beforeAll, describe, expect, it } from "vitest";
import {
  ANSWER_PREFIX,
  ApprovalError,
  checkApprover,
  CLOCK_SKEW_SECONDS,
  decodeAnswer,
  DEFAULT_VALID_MINUTES,
  signAnswer,
  verifyAnswer,
} from "../../lib/approval/answer.ts";
import { APPROVAL_MESSAGES, approvalMessage } from "../../lib/approval/messages.ts";
import { createRequest, decodeRequest, encodeRequest, postDigest, RequestCodeError, type PostFacts } from "../../lib/approval/request.ts";
import { validateRuleSet } from "../../lib/ruleset/parse.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import { generateKeyPair, importPrivateKey, parsePublicKey, type KeyPair } from "../../lib/ruleset/sign.ts";
import { encodeBase64Url } from "../../lib/text/base64.ts";

const T0 = new Date("2026-12-05T12:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const POST: PostFacts = { text: "Storm sale: 50% off everything!", platform: "x", account: "@Acme", rules: ["events/match", "crisis/active"] };

let ann: KeyPair;
let mallory: KeyPair;
let rules: Pick<RuleSet, "spokespeople">;

beforeAll(async () => {
  [ann, mallory] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  rules = {
    spokespeople: [
      { id: "ann@acme.example", name: "Ann Lee", accounts: ["*"], key: ann.publicKey },
      { id: "raj@acme.example", accounts: ["*"] },
    ],
  };
});

async function approve(code: string, pair: KeyPair, options: { as?: string; validForMinutes?: number; now?: Date } = {}) {
  const { key, raw } = await importPrivateKey(pair.privateKey);
  return signAnswer(decodeRequest(code), {
    privateKey: key,
    publicKeyRaw: raw,
    approver: options.as ?? "ann@acme.example",
    ...(options.validForMinutes === undefined ? {} : { validForMinutes: options.validForMinutes }),
    now: options.now ?? minutes(1),
  });
}

/** The gate's side: the post as it is now, digested with the answer's nonce. */
async function check(answerCode: string, post: PostFacts = POST, now = minutes(2), ruleSet = rules) {
  const decoded = decodeAnswer(answerCode);
  const nonce = decoded.ok ? decoded.answer.request.nonce : "";
  return verifyAnswer(answerCode, ruleSet, { digest: await postDigest(post, nonce), platform: post.platform }, now);
}

async function requestAndAnswer(post: PostFacts = POST) {
  const request = await createRequest(post, T0);
  const answer = await approve(request.code, ann);
  return { request, answer };
}

describe("request codes", () => {
  it("carry platform, account, rules and time, never the text", async () => {
    const { request, code } = await createRequest(POST, T0);
    expect(code.startsWith("PF1-R-")).toBe(true);
    expect(code.length).toBeLessThan(200);
    expect(atob(code.slice(6).replace(/-/g, "+").replace(/_/g, "/"))).not.toMatch(/storm|sale/i);
    expect(decodeRequest(code)).toEqual(request);
    expect(request).toMatchObject({ platform: "x", account: "acme", rules: ["crisis/active", "events/match"], requestedAt: T0.getTime() / 1000 });
    // 128 bits of digest, 96 of nonce
    expect(request.digest).toHaveLength(22);
    expect(request.nonce).toHaveLength(16);
  });

  it("get a fresh nonce each time, so each approval is for one posting", async () => {
    const [a, b] = await Promise.all([createRequest(POST, T0), createRequest(POST, T0)]);
    expect(a.request.nonce).not.toBe(b.request.nonce);
    expect(a.request.digest).not.toBe(b.request.digest);
  });

  it("digest the post: whitespace and @ and case of the account do not matter; text, platform, account and rules do", async () => {
    const nonce = "AAAAAAAAAAAAAAAA";
    const base = await postDigest(POST, nonce);
    expect(await postDigest({ ...POST, text: "  Storm sale:\n50% off   everything! ", account: "acme", rules: ["crisis/active", "events/match", "events/match"] }, nonce)).toBe(base);
    for (const changed of [
      { ...POST, text: "Storm sale: 60% off everything!" },
      { ...POST, platform: "linkedin" },
      { ...POST, account: "@acme_support" },
      { ...POST, rules: ["events/match"] },
    ]) {
      expect(await postDigest(changed, nonce)).not.toBe(base);
    }
    expect(await postDigest(POST, "BAAAAAAAAAAAAAAA")).not.toBe(base);
  });

  it.each([
    ["", "requestNotACode"],
    ["hello", "requestNotACode"],
    ["PF1-A-abc", "requestNotACode"],
    ["PF2-R-abc", "requestVersion"],
    ["PF1-R-", "requestDamaged"],
    ["PF1-R-!!!!", "requestDamaged"],
    ["PF1-R-" + encodeBase64Url(new TextEncoder().encode("[1,2,3]")), "requestDamaged"],
    ["PF1-R-" + encodeBase64Url(new TextEncoder().encode('["a","b",1,"x","",[]]')), "requestDamaged"],
  ])("refuse %j (%s)", (code, problem) => {
    expect(() => decodeRequest(code)).toThrow(RequestCodeError);
    try {
      decodeRequest(code);
    } catch (e) {
      expect((e as RequestCodeError).problem).toBe(problem);
    }
  });

  it("refuse rules that are not in the canonical order (a hand-edited code)", async () => {
    const { request } = await createRequest(POST, T0);
    const edited = encodeRequest({ ...request, rules: ["events/match", "crisis/active"] });
    expect(() => decodeRequest(edited)).toThrow(RequestCodeError);
  });

  it("survive line breaks added by a chat app", async () => {
    const { request, code } = await createRequest(POST, T0);
    expect(decodeRequest(`${code.slice(0, 20)}\n ${code.slice(20)}\n`)).toEqual(request);
  });
});

describe("answers", () => {
  it("approve the post they were asked for, naming the approver", async () => {
    const { request, answer } = await requestAndAnswer();
    expect(answer.code.startsWith(ANSWER_PREFIX)).toBe(true);
    expect(answer.answer.expiresAt - answer.answer.issuedAt).toBe(DEFAULT_VALID_MINUTES * 60);
    const result = await check(answer.code);
    expect(result).toMatchObject({ ok: true, approverName: "Ann Lee", answer: { approver: "ann@acme.example", request: request.request } });
  });

  it("refuse another post (a request made for other text)", async () => {
    const { answer } = await requestAndAnswer({ ...POST, text: "Thinking of everyone in the storm's path." });
    expect(await check(answer.code)).toMatchObject({ ok: false, problem: "wrongPost" });
  });

  it.each([
    ["the text changed", { text: "Storm sale: 70% off everything!" }],
    ["the platform changed", { platform: "linkedin" }],
    ["the account changed", { account: "@acme_jobs" }],
    ["other rules fire", { rules: ["events/match"] }],
  ])("refuse the post once %s", async (_, change) => {
    const { answer } = await requestAndAnswer();
    expect(await check(answer.code, { ...POST, ...change })).toMatchObject({ ok: false, problem: "wrongPost" });
  });

  it("refuse an expired answer, with a little clock skew allowed", async () => {
    const { answer } = await requestAndAnswer();
    const expiry = new Date(answer.answer.expiresAt * 1000);
    const at = (seconds: number) => new Date(expiry.getTime() + seconds * 1000);
    expect((await check(answer.code, POST, at(CLOCK_SKEW_SECONDS - 1))).ok).toBe(true);
    expect(await check(answer.code, POST, at(CLOCK_SKEW_SECONDS))).toMatchObject({ ok: false, problem: "expired", params: { at: expiry.toISOString() } });
  });

  it("refuse an answer dated in the future", async () => {
    const { answer } = await requestAndAnswer();
    expect(await check(answer.code, POST, new Date(T0.getTime() - 10 * 60_000))).toMatchObject({ ok: false, problem: "notYetValid" });
  });

  it("honour --valid-for within 1 minute and 24 hours", async () => {
    const { code } = await createRequest(POST, T0);
    const short = await approve(code, ann, { validForMinutes: 5 });
    expect(short.answer.expiresAt - short.answer.issuedAt).toBe(300);
    expect((await check(short.code, POST, minutes(1 + 5 + 3))).ok).toBe(false);
    await expect(approve(code, ann, { validForMinutes: 24 * 60 + 1 })).rejects.toThrow(ApprovalError);
    await expect(approve(code, ann, { validForMinutes: 0 })).rejects.toThrow(ApprovalError);
    await expect(approve(code, ann, { validForMinutes: 1.5 })).rejects.toThrow(ApprovalError);
  });

  it("refuse an unknown approver", async () => {
    const { code } = await createRequest(POST, T0);
    const answer = await approve(code, ann, { as: "eve@acme.example" });
    expect(await check(answer.code)).toMatchObject({ ok: false, problem: "unknownApprover", params: { approver: "eve@acme.example" } });
  });

  it("refuse a spokesperson the rules list without a key", async () => {
    const { code } = await createRequest(POST, T0);
    const answer = await approve(code, ann, { as: "raj@acme.example" });
    expect(await check(answer.code)).toMatchObject({ ok: false, problem: "approverWithoutKey" });
  });

  it("refuse a key the rule set does not list for that approver", async () => {
    const { code } = await createRequest(POST, T0);
    const answer = await approve(code, mallory);
    expect(await check(answer.code)).toMatchObject({ ok: false, problem: "otherKey" });
  });

  it("refuse once the approver's key is replaced in the rules in force (key rotation)", async () => {
    const { answer } = await requestAndAnswer();
    const rotated = { spokespeople: [{ id: "ann@acme.example", accounts: ["*"], key: mallory.publicKey }] };
    expect(await check(answer.code, POST, minutes(2), rotated)).toMatchObject({ ok: false, problem: "otherKey" });
  });

  describe("tampered", () => {
    const fields = (code: string) => {
      const [body, signature] = code.slice(ANSWER_PREFIX.length).split(".") as [string, string];
      return { body, signature, json: JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(body.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)))) as unknown[] };
    };
    const rebuild = (json: unknown[], signature: string) => `${ANSWER_PREFIX}${encodeBase64Url(new TextEncoder().encode(JSON.stringify(json)))}.${signature}`;

    // Each field of the answer, changed to another value of the right shape.
    it.each([
      [0, "digest", (v: unknown) => `${String(v).slice(0, -1)}${String(v).endsWith("A") ? "Q" : "A"}`],
      [1, "nonce", (v: unknown) => `${String(v).slice(0, -1)}${String(v).endsWith("A") ? "B" : "A"}`],
      [2, "request time", (v: unknown) => Number(v) + 1],
      [3, "platform", () => "linkedin"],
      [4, "account", () => "acme_jobs"],
      [5, "rules", () => ["events/match"]],
      [8, "issued at", (v: unknown) => Number(v) + 60],
      [9, "expiry", (v: unknown) => Number(v) + 3600],
    ])("field %i (%s) changed: refused as changed since signed", async (index, _, change) => {
      const { answer } = await requestAndAnswer();
      const { json, signature } = fields(answer.code);
      json[index] = change(json[index]);
      expect(await check(rebuild(json, signature))).toMatchObject({ ok: false, problem: "badSignature" });
    });

    it("the approver changed to another listed approver: refused", async () => {
      const { answer } = await requestAndAnswer();
      const { json, signature } = fields(answer.code);
      json[6] = "raj@acme.example";
      expect((await check(rebuild(json, signature))).ok).toBe(false);
    });

    it("the key id changed: refused", async () => {
      const { answer } = await requestAndAnswer();
      const { json, signature } = fields(answer.code);
      json[7] = "0123456789abcdef";
      expect(await check(rebuild(json, signature))).toMatchObject({ ok: false, problem: "otherKey" });
    });

    it("the signature changed: refused", async () => {
      const { answer } = await requestAndAnswer();
      const { body, signature } = fields(answer.code);
      const flipped = `${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
      expect(await check(`${ANSWER_PREFIX}${body}.${flipped}`)).toMatchObject({ ok: false, problem: "badSignature" });
    });

    it("a signature moved from another answer: refused", async () => {
      const one = await requestAndAnswer();
      const two = await requestAndAnswer();
      expect(await check(`${one.answer.code.split(".")[0]}.${two.answer.code.split(".")[1]}`)).toMatchObject({ ok: false, problem: "badSignature" });
    });
  });

  it.each([
    ["", "answerNotACode"],
    ["yes, approved", "answerNotACode"],
    ["PF1-R-abc", "answerNotACode"],
    ["PF2-A-abc.def", "answerVersion"],
    ["PF1-A-", "answerDamaged"],
    ["PF1-A-abc", "answerDamaged"],
    ["PF1-A-abc.def.ghi", "answerDamaged"],
    ["PF1-A-" + encodeBase64Url(new TextEncoder().encode("[1]")) + "." + "A".repeat(86), "answerDamaged"],
  ])("refuse garbage %j (%s)", async (code, problem) => {
    expect(await check(code)).toMatchObject({ ok: false, problem });
  });

  it("refuse a truncated answer (a paste cut short)", async () => {
    const { answer } = await requestAndAnswer();
    expect(await check(answer.code.slice(0, -10))).toMatchObject({ ok: false, problem: "answerDamaged" });
  });

  it("accept an answer with line breaks added by a chat app", async () => {
    const { answer } = await requestAndAnswer();
    expect((await check(`${answer.code.slice(0, 50)}\n${answer.code.slice(50)}`)).ok).toBe(true);
  });
});

describe("checkApprover (before signing)", () => {
  it("accepts a listed approver with their own key", async () => {
    await expect(checkApprover(rules, "ann@acme.example", parsePublicKey(ann.publicKey))).resolves.toBeUndefined();
  });
  it.each([
    ["eve@acme.example", "ann", "notAnApprover"],
    ["raj@acme.example", "ann", "approverWithoutKey"],
    ["ann@acme.example", "mallory", "keyMismatch"],
  ])("refuses %s with %s's key (%s)", async (as, who, problem) => {
    const pair = who === "ann" ? ann : mallory;
    await expect(checkApprover(rules, as, parsePublicKey(pair.publicKey))).rejects.toMatchObject({ problem });
  });
});

describe("rule-set fields", () => {
  const base = { schema: "preflight.ruleset/1", id: "acme", version: 1, issuedAt: "2026-12-01T00:00:00Z" };
  it("accept an approver's key and crisis.requireApproval", () => {
    const result = validateRuleSet({
      ...base,
      spokespeople: [{ id: "ann", accounts: ["*"], key: ann.publicKey }],
      crisis: { active: true, requireApproval: true },
    });
    expect(result.ok).toBe(true);
  });
  it.each([
    ["a private key", () => ann.privateKey],
    ["a key of the wrong length", () => "ed25519:AAAA"],
    ["no prefix", () => ann.publicKey.slice("ed25519:".length)],
  ])("refuse %s as an approver key, naming the field", (_, key) => {
    const result = validateRuleSet({ ...base, spokespeople: [{ id: "ann", accounts: ["*"], key: key() }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("spokespeople[0].key");
  });
  it("refuse a requireApproval that is not a boolean", () => {
    const result = validateRuleSet({ ...base, crisis: { active: true, requireApproval: "yes" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("crisis.requireApproval");
  });
});

describe("messages", () => {
  it("say every problem in English and Chinese, with its details filled in", () => {
    for (const [problem, text] of Object.entries(APPROVAL_MESSAGES)) {
      expect(text.en, problem).not.toBe("");
      expect(text["zh-CN"], problem).toMatch(/[\u4e00-\u9fff]/);
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text["zh-CN"]), problem).toEqual(placeholders(text.en));
    }
    expect(approvalMessage("expired", "zh-CN", { at: "2026-12-05T14:00:00.000Z" })).toContain("2026-12-05T14:00:00.000Z");
  });
});
