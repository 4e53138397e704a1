/**
 * Approval answers (issue 12b): an approver's signed "yes" to one request, valid for a limited time.
 * Verified offline against the rule set in force: the approver must be one of its spokespeople
 * with a key, the signature that key's, the post the one the request was made for, and the answer
 * not expired. Ed25519 through WebCrypto, the algorithm and key text of signed rule sets
 * (lib/ruleset/sign.ts): `preflight keygen` pairs and keys made in the popup both work.
 */
import type { RuleSet } from "../ruleset/schema.ts";
import { keyIdOfRaw, parsePublicKey } from "../ruleset/sign.ts";
import { decodeBase64Url, encodeBase64Url } from "../text/base64.ts";
import { jsonOfBase64Url, requestFields, requestOfFields, type ApprovalRequest, type RequestProblem } from "./request.ts";

export const ANSWER_PREFIX = "PF1-A-";
const ED25519 = { name: "Ed25519" } as const;
const SIGNATURE_BYTES = 64;

/** How long an answer is valid unless the approver says: long enough to post, short enough to forget. */
export const DEFAULT_VALID_MINUTES = 120;
/** The longest an approver may make an answer valid. */
export const MAX_VALID_MINUTES = 24 * 60;
/** Clocks of two machines disagree a little; more than this and the answer is refused. */
export const CLOCK_SKEW_SECONDS = 120;

export interface ApprovalAnswer {
  request: ApprovalRequest;
  /** The spokesperson id the approver signed as. */
  approver: string;
  /** The key id (lib/ruleset/sign.ts `keyId`) of the approver's public key. */
  keyId: string;
  /** Seconds since 1970 (UTC). */
  issuedAt: number;
  expiresAt: number;
}

/** Why an answer is refused; each has a message in both languages (messages.ts). */
export type AnswerProblem =
  | "answerNotACode"
  | "answerVersion"
  | "answerDamaged"
  | "unknownApprover"
  | "approverWithoutKey"
  | "otherKey"
  | "badSignature"
  | "wrongPost"
  | "expired"
  | "notYetValid"
  | "validTooLong"
  | "answerUsed";

export type ApprovalProblem = RequestProblem | AnswerProblem | "badValidity" | "notAnApprover" | "keyMismatch";

export type VerifyAnswerResult =
  | { ok: true; answer: ApprovalAnswer; approverName?: string }
  | { ok: false; problem: AnswerProblem; params: Record<string, string> };

export class ApprovalError extends Error {
  override name = "ApprovalError";
  constructor(
    readonly problem: ApprovalProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(problem);
  }
}

export interface SignAnswerOptions {
  /** The approver's private Ed25519 key: imported from `keygen`'s file, or made non-extractable in the popup. */
  privateKey: CryptoKey;
  /** The raw public half, whose key id the answer names. */
  publicKeyRaw: Uint8Array<ArrayBuffer>;
  approver: string;
  validForMinutes?: number;
  now?: Date;
}

/** Signs an answer to a request. Throws `ApprovalError("badValidity")` for a validity outside 1 minute to 24 hours. */
export async function signAnswer(request: ApprovalRequest, options: SignAnswerOptions): Promise<{ answer: ApprovalAnswer; code: string }> {
  const minutes = options.validForMinutes ?? DEFAULT_VALID_MINUTES;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_VALID_MINUTES) {
    throw new ApprovalError("badValidity", { max: MAX_VALID_MINUTES, got: String(minutes) });
  }
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const answer: ApprovalAnswer = {
    request,
    approver: options.approver,
    keyId: await keyIdOfRaw(options.publicKeyRaw),
    issuedAt,
    expiresAt: issuedAt + minutes * 60,
  };
  const body = encodeBase64Url(new TextEncoder().encode(JSON.stringify(answerFields(answer))));
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, options.privateKey, signedBytes(body)));
  return { answer, code: `${ANSWER_PREFIX}${body}.${encodeBase64Url(signature)}` };
}

/**
 * Before signing with a rule set at hand: the approver is one of its spokespeople, and the key
 * it lists for them is this one (an answer signed otherwise would be refused at every gate).
 */
export async function checkApprover(ruleSet: Pick<RuleSet, "spokespeople">, approver: string, publicKeyRaw: Uint8Array<ArrayBuffer>): Promise<void> {
  const spokesperson = ruleSet.spokespeople?.find((s) => s.id === approver);
  if (!spokesperson) throw new ApprovalError("notAnApprover", { approver, known: approverIds(ruleSet).join(", ") || "-" });
  if (spokesperson.key === undefined) throw new ApprovalError("approverWithoutKey", { approver });
  if ((await keyIdOfRaw(parsePublicKey(spokesperson.key))) !== (await keyIdOfRaw(publicKeyRaw))) throw new ApprovalError("keyMismatch", { approver });
}

/** The spokespeople who can approve: those with a key. */
export function approverIds(ruleSet: Pick<RuleSet, "spokespeople">): string[] {
  return (ruleSet.spokespeople ?? []).filter((s) => s.key !== undefined).map((s) => s.id);
}

/** What the gate knows of the post as it is now: the digest made with the request's nonce, and the tab's site. */
export interface PostNow {
  /** `postDigest(post, answer.request.nonce)` of the text now. */
  digest: string;
  platform: string;
}

/**
 * Verifies an answer against the rule set in force and the post as it is now. Nothing the answer
 * says is believed before its signature is checked against the key the rule set lists for the
 * approver it names; then the post and the time.
 */
export async function verifyAnswer(
  code: string,
  ruleSet: Pick<RuleSet, "spokespeople">,
  post: PostNow,
  now: Date = new Date(),
): Promise<VerifyAnswerResult> {
  const fail = (problem: AnswerProblem, params: Record<string, string> = {}): VerifyAnswerResult => ({ ok: false, problem, params });
  const decoded = decodeAnswer(code);
  if (!decoded.ok) return fail(decoded.problem);
  const { answer, body, signature } = decoded;

  const spokesperson = ruleSet.spokespeople?.find((s) => s.id === answer.approver);
  if (!spokesperson) return fail("unknownApprover", { approver: answer.approver });
  if (spokesperson.key === undefined) return fail("approverWithoutKey", { approver: answer.approver });
  const raw = parsePublicKey(spokesperson.key);
  if ((await keyIdOfRaw(raw)) !== answer.keyId) return fail("otherKey", { approver: answer.approver, key: answer.keyId });
  const key = await crypto.subtle.importKey("raw", raw, ED25519, false, ["verify"]);
  if (!(await crypto.subtle.verify(ED25519, key, signature, signedBytes(body)))) return fail("badSignature", { approver: answer.approver });

  if (answer.expiresAt - answer.issuedAt > MAX_VALID_MINUTES * 60) return fail("validTooLong", { max: String(MAX_VALID_MINUTES) });
  if (answer.request.platform !== post.platform || answer.request.digest !== post.digest) return fail("wrongPost");
  const seconds = Math.floor(now.getTime() / 1000);
  if (answer.issuedAt > seconds + CLOCK_SKEW_SECONDS) return fail("notYetValid", { at: isoOf(answer.issuedAt) });
  if (answer.expiresAt + CLOCK_SKEW_SECONDS <= seconds) return fail("expired", { at: isoOf(answer.expiresAt) });
  return { ok: true, answer, ...(spokesperson.name ? { approverName: spokesperson.name } : {}) };
}

/** Reads an answer's fields without checking its signature: for showing what it says, and the first step of `verifyAnswer`. */
export function decodeAnswer(
  code: string,
): { ok: true; answer: ApprovalAnswer; body: string; signature: Uint8Array<ArrayBuffer> } | { ok: false; problem: "answerNotACode" | "answerVersion" | "answerDamaged" } {
  const s = code.replace(/\s+/g, "");
  const version = /^PF(\d+)-A-/i.exec(s);
  if (!version) return { ok: false, problem: "answerNotACode" };
  if (version[0] !== ANSWER_PREFIX) return { ok: false, problem: "answerVersion" };
  const [body, sig, ...rest] = s.slice(ANSWER_PREFIX.length).split(".");
  const signature = sig === undefined ? undefined : decodeBase64Url(sig);
  const answer = body === undefined ? undefined : answerOfFields(jsonOfBase64Url(body));
  if (rest.length > 0 || !answer || signature?.length !== SIGNATURE_BYTES || body === undefined) return { ok: false, problem: "answerDamaged" };
  return { ok: true, answer, body, signature };
}

function answerFields(answer: ApprovalAnswer): unknown[] {
  return [...requestFields(answer.request), answer.approver, answer.keyId, answer.issuedAt, answer.expiresAt];
}

function answerOfFields(fields: unknown): ApprovalAnswer | undefined {
  if (!Array.isArray(fields) || fields.length !== 10) return undefined;
  const request = requestOfFields(fields.slice(0, 6));
  const [approver, keyId, issuedAt, expiresAt] = fields.slice(6) as unknown[];
  const ok =
    request !== undefined &&
    typeof approver === "string" &&
    approver.length > 0 &&
    approver.length <= 10_000 &&
    typeof keyId === "string" &&
    /^[0-9a-f]{16}$/.test(keyId) &&
    Number.isSafeInteger(issuedAt) &&
    Number.isSafeInteger(expiresAt) &&
    (expiresAt as number) > (issuedAt as number);
  if (!ok) return undefined;
  return { request, approver, keyId, issuedAt: issuedAt as number, expiresAt: expiresAt as number };
}

/** What is signed: the answer's body as text, behind the prefix, so a signature of ours means nothing elsewhere. */
function signedBytes(body: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${ANSWER_PREFIX}${body}`) as Uint8Array<ArrayBuffer>;
}

export function isoOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
