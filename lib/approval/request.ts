/**
 * Approval requests (issue 12b): a short code an author copies to an approver when the gate holds
 * a post. It names what the approver needs to judge (platform, account, the rules that fired, when
 * it was asked) and binds it to the exact post by a salted digest, never by the text itself.
 *
 * This module is what the content script needs (make a request, digest the post as it is now): it
 * loads no zod and no key handling, so the page's bundle stays small. Signing and verifying
 * answers is in answer.ts, run by the background, the popup and the CLI.
 */
import { decodeBase64Url, encodeBase64Url } from "../text/base64.ts";

/** The version prefix of a request code; a later format gets another prefix, so an old install can say so. */
export const REQUEST_PREFIX = "PF1-R-";
/** What the digest is computed over, first: a digest of another kind can never be mistaken for one of ours. */
const DIGEST_DOMAIN = "preflight.approval/1";
/** Bytes of SHA-256 kept: 128 bits, short to paste and still infeasible to collide. */
const DIGEST_BYTES = 16;
/** Bytes of the nonce that salts the digest: a short post cannot be guessed from its digest by trying texts. */
const NONCE_BYTES = 12;
/** Rules listed in one request: more than any post fires, few enough to keep the code pasteable. */
export const MAX_REQUEST_RULES = 50;
const MAX_FIELD = 200;

/** The facts of a post an approval is bound to. */
export interface PostFacts {
  text: string;
  /** A platform id, or the host of a site the user added. */
  platform: string;
  account?: string | undefined;
  /** The ids of the rules that hold the post. */
  rules: readonly string[];
}

/** A decoded request: everything but the text. */
export interface ApprovalRequest {
  /** Base64url of the first 16 bytes of the salted SHA-256 of the post. */
  digest: string;
  /** Base64url of 12 random bytes; also what makes one approval usable once. */
  nonce: string;
  /** When the author asked, whole seconds since 1970 (UTC). */
  requestedAt: number;
  platform: string;
  /** The account as it was normalised into the digest; "" when the page did not show one. */
  account: string;
  /** Sorted, without repeats. */
  rules: string[];
}

/** Why a request code cannot be read; the UI and the CLI say it in the reader's language (messages.ts). */
export type RequestProblem = "requestNotACode" | "requestVersion" | "requestDamaged";

export class RequestCodeError extends Error {
  override name = "RequestCodeError";
  constructor(readonly problem: RequestProblem) {
    super(problem);
  }
}

/** Whitespace runs are one space and the ends are trimmed: re-wrapping a line is not a new post. */
export function normalisePostText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** `@Acme` and `acme` are the same account on every platform Preflight knows. */
export function normaliseAccount(account: string | undefined): string {
  return (account ?? "").trim().replace(/^@/, "").toLowerCase();
}

export function normaliseRules(rules: readonly string[]): string[] {
  return [...new Set(rules)].sort();
}

/** The digest a request and its answer carry, for this post with this nonce. */
export async function postDigest(post: PostFacts, nonce: string): Promise<string> {
  const input = JSON.stringify([DIGEST_DOMAIN, nonce, normalisePostText(post.text), post.platform, normaliseAccount(post.account), normaliseRules(post.rules)]);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(input)));
  return encodeBase64Url(hash.subarray(0, DIGEST_BYTES));
}

/** A new request for a held post: a fresh nonce each time, so each approval is for one posting. */
export async function createRequest(post: PostFacts, now: Date = new Date()): Promise<{ request: ApprovalRequest; code: string }> {
  const nonce = encodeBase64Url(crypto.getRandomValues(new Uint8Array(NONCE_BYTES)));
  const request: ApprovalRequest = {
    digest: await postDigest(post, nonce),
    nonce,
    requestedAt: Math.floor(now.getTime() / 1000),
    platform: post.platform.slice(0, MAX_FIELD),
    account: normaliseAccount(post.account).slice(0, MAX_FIELD),
    rules: normaliseRules(post.rules).slice(0, MAX_REQUEST_RULES),
  };
  return { request, code: encodeRequest(request) };
}

/** The request's fields in a fixed order: the order is the format. */
export function requestFields(request: ApprovalRequest): unknown[] {
  return [request.digest, request.nonce, request.requestedAt, request.platform, request.account, request.rules];
}

export function encodeRequest(request: ApprovalRequest): string {
  return REQUEST_PREFIX + encodeBase64Url(new TextEncoder().encode(JSON.stringify(requestFields(request))));
}

/** Reads a request code; throws `RequestCodeError` saying what is wrong with it. */
export function decodeRequest(code: string): ApprovalRequest {
  const s = code.replace(/\s+/g, "");
  const version = /^PF(\d+)-R-/i.exec(s);
  if (!version) throw new RequestCodeError("requestNotACode");
  if (version[0] !== REQUEST_PREFIX) throw new RequestCodeError("requestVersion");
  const fields = jsonOfBase64Url(s.slice(REQUEST_PREFIX.length));
  const request = fields === undefined ? undefined : requestOfFields(fields);
  if (!request) throw new RequestCodeError("requestDamaged");
  return request;
}

/** The request in an array of fields (a request code's, or the part of an answer that repeats it). */
export function requestOfFields(fields: unknown): ApprovalRequest | undefined {
  if (!Array.isArray(fields) || fields.length !== 6) return undefined;
  const [digest, nonce, requestedAt, platform, account, rules] = fields as unknown[];
  const ok =
    isBase64UrlOf(digest, DIGEST_BYTES) &&
    isBase64UrlOf(nonce, NONCE_BYTES) &&
    Number.isSafeInteger(requestedAt) &&
    (requestedAt as number) > 0 &&
    typeof platform === "string" &&
    /^[a-z0-9.-]{1,200}$/.test(platform) &&
    typeof account === "string" &&
    account.length <= MAX_FIELD &&
    !/[\s"]/.test(account) &&
    Array.isArray(rules) &&
    rules.length <= MAX_REQUEST_RULES &&
    rules.every((r) => typeof r === "string" && r.length > 0 && r.length <= MAX_FIELD && !/\s/.test(r));
  if (!ok) return undefined;
  const sorted = normaliseRules(rules as string[]);
  // Anything but the canonical form is not what an install made: a damaged or hand-edited code.
  if (sorted.join("\n") !== (rules as string[]).join("\n")) return undefined;
  return { digest: digest as string, nonce: nonce as string, requestedAt: requestedAt as number, platform: platform as string, account: account as string, rules: sorted };
}

export function jsonOfBase64Url(s: string): unknown {
  const bytes = decodeBase64Url(s);
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function isBase64UrlOf(value: unknown, bytes: number): value is string {
  return typeof value === "string" && decodeBase64Url(value)?.length === bytes && encodeBase64Url(decodeBase64Url(value)!) === value;
}
