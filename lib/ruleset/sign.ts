/**
 * Signed rule sets (DESIGN.md, "Security and reliability"): Ed25519 through WebCrypto, so the same
 * code runs in Node 22 and in the extension without a dependency.
 *
 * An envelope carries the rule set as JSON text (`payload`) and a signature over that text's
 * UTF-8 bytes. Signing the text, not a re-serialization of the parsed data, means verification
 * never depends on how a JSON library orders or formats keys.
 */
import { z } from "zod";
import {
  duplicateJsonKeys,
  formatIssue,
  formatPath,
  parseRuleSet,
  parseSource,
  RuleSetError,
  validateRuleSet,
  type ParseResult,
} from "./parse.ts";
import { MAX_RULESET_BYTES, type RuleSet } from "./schema.ts";
import { decodeBase64, encodeBase64 } from "../text/base64.ts";

export const SIGNED_SCHEMA = "preflight.signed/1";

const PUBLIC_PREFIX = "ed25519:";
const PRIVATE_PREFIX = "ed25519-private:";
const ED25519 = { name: "Ed25519" } as const;

export interface KeyPair {
  /** `ed25519:<base64 of the raw 32-byte key>`: give it to every install that must trust you. */
  publicKey: string;
  /** `ed25519-private:<base64 of PKCS #8>`: keep it secret. */
  privateKey: string;
}

export const SignedEnvelopeSchema = z.strictObject({
  schema: z.literal(SIGNED_SCHEMA, { message: `expected "${SIGNED_SCHEMA}"` }),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, "expected 16 lowercase hexadecimal digits"),
  signature: z.string().refine((s) => decodeBase64(s)?.length === 64, {
    message: "expected the base64 of a 64-byte Ed25519 signature",
  }),
  payload: z
    .string()
    .min(1, "must not be empty")
    .max(MAX_RULESET_BYTES, `may have at most ${MAX_RULESET_BYTES} characters`),
});
export type SignedEnvelope = z.infer<typeof SignedEnvelopeSchema>;

export type VerifyResult = { ok: true; ruleSet: RuleSet; keyId: string } | { ok: false; reason: string };

/** A key that cannot be read; the message says what was expected. */
export class KeyError extends Error {
  override name = "KeyError";
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ["sign", "verify"])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return { publicKey: PUBLIC_PREFIX + encodeBase64(raw), privateKey: PRIVATE_PREFIX + encodeBase64(pkcs8) };
}

/** The first 16 hex digits of the SHA-256 of the raw public key: short, and stable across rotations. */
export async function keyId(publicKey: string): Promise<string> {
  return keyIdOfRaw(parsePublicKey(publicKey));
}

export interface SignOptions {
  /** The file's name, which tells YAML from JSON as `validate` reads it (a YAML flow mapping starts with `{`). */
  name?: string;
  /** Checked to be the private key's own public half. */
  publicKey?: string;
  /** Sets (or replaces) the rule set's `expiresAt` in what is signed. */
  expiresAt?: string;
}

/**
 * Validates a rule set (JSON or YAML text) and signs its canonical JSON. Throws `RuleSetError` for
 * an invalid rule set and `KeyError` for an unreadable key, or a public key that is not the
 * private key's own.
 */
export async function signRuleSet(ruleSetText: string, privateKey: string, options: SignOptions = {}): Promise<string> {
  const read = parseRuleSet(ruleSetText, options.name === undefined ? {} : { name: options.name });
  const parsed = read.ok && options.expiresAt !== undefined ? validateRuleSet({ ...read.value, expiresAt: options.expiresAt }) : read;
  if (!parsed.ok) throw new RuleSetError(parsed.errors);
  const { key, raw } = await importPrivateKey(privateKey);
  if (options.publicKey !== undefined && !sameBytes(parsePublicKey(options.publicKey), raw)) {
    throw new KeyError("the public key does not belong to the private key");
  }
  const payload = JSON.stringify(parsed.value);
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key, utf8(payload)));
  const envelope: SignedEnvelope = {
    schema: SIGNED_SCHEMA,
    keyId: await keyIdOfRaw(raw),
    signature: encodeBase64(signature),
    payload,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Whether data claims to be a signed envelope. Only the `schema` field is looked at, so that a
 * damaged envelope is still reported as one (with its broken fields) rather than as a rule set.
 */
export function isSignedEnvelope(data: unknown): data is { schema: typeof SIGNED_SCHEMA } {
  return typeof data === "object" && data !== null && (data as { schema?: unknown }).schema === SIGNED_SCHEMA;
}

/**
 * Checks an envelope against the trusted public keys (several allow key rotation), in the order
 * that never interprets unauthenticated data: envelope shape, key, signature, then the payload and
 * its expiry at `now`.
 */
export async function verifySignedRuleSet(
  envelopeText: string,
  trustedPublicKeys: readonly string[],
  /** `expiry: false` checks everything but the expiry: a rule set in force is re-read after it expired. */
  options: { now?: Date; expiry?: boolean } = {},
): Promise<VerifyResult> {
  const envelope = parseSignedEnvelope(envelopeText);
  if (!envelope.ok) return envelope;
  const { keyId: id, signature, payload } = envelope.value;

  const trusted = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const [i, publicKey] of trustedPublicKeys.entries()) {
    try {
      const raw = parsePublicKey(publicKey);
      trusted.set(await keyIdOfRaw(raw), raw);
    } catch (e) {
      return { ok: false, reason: `trusted key ${i + 1}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const raw = trusted.get(id);
  if (!raw) {
    const known = [...trusted.keys()].join(", ") || "none";
    return { ok: false, reason: `signed with an unknown key ${id} (trusted: ${known})` };
  }
  const key = await crypto.subtle.importKey("raw", raw, ED25519, false, ["verify"]);
  if (!(await crypto.subtle.verify(ED25519, key, decodeBase64(signature)!, utf8(payload)))) {
    return { ok: false, reason: `bad signature: the rule set was changed after it was signed by key ${id}` };
  }

  const ruleSet = parseSignedPayload(payload);
  if (!ruleSet.ok) {
    return { ok: false, reason: `the signed payload is not a valid rule set: ${ruleSet.errors.map(formatIssue).join("; ")}` };
  }
  const { id: ruleSetId, version, expiresAt } = ruleSet.value;
  if (options.expiry !== false && isExpired(ruleSet.value, options.now ?? new Date())) {
    return { ok: false, reason: `expired: rule set ${ruleSetId} v${version} expired at ${expiresAt}` };
  }
  return { ok: true, ruleSet: ruleSet.value, keyId: id };
}

/** Validates an envelope's payload. Issues name paths, not lines: the payload is one line of JSON. */
export function parseSignedPayload(payload: string): ParseResult {
  const data = parseSource(payload, "json");
  if (data.ok) return validateRuleSet(data.value);
  return { ok: false, errors: data.errors.map(({ line: _, ...issue }) => issue) };
}

/** Whether a rule set's `expiresAt` has come at `now`: installs then refuse it. */
export function isExpired(ruleSet: Pick<RuleSet, "expiresAt">, now: Date): boolean {
  return ruleSet.expiresAt !== undefined && Date.parse(ruleSet.expiresAt) <= now.getTime();
}

/** Rollback protection: a rule set replaces the one in force only with a higher version. */
export function isNewerVersion(candidate: Pick<RuleSet, "version">, current: Pick<RuleSet, "version"> | undefined): boolean {
  return current === undefined || candidate.version > current.version;
}

/** Reads an envelope's fields, without checking the signature: for tools that show what a file holds. */
export function parseSignedEnvelope(text: string): { ok: true; value: SignedEnvelope } | { ok: false; reason: string } {
  const notEnvelope = `not a signed rule set: expected a JSON object with "schema": "${SIGNED_SCHEMA}"`;
  // The payload is at most MAX_RULESET_BYTES; escaping its quotes can at most double it.
  if (text.length > 2 * MAX_RULESET_BYTES + 4096) return { ok: false, reason: "too large for a signed rule set" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: notEnvelope };
  }
  if (!isSignedEnvelope(data)) return { ok: false, reason: notEnvelope };
  const duplicates = duplicateJsonKeys(text);
  if (duplicates.length > 0) return { ok: false, reason: `a damaged signed rule set: ${duplicates.map(formatIssue).join("; ")}` };
  const parsed = SignedEnvelopeSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((k) => `${formatPath([...issue.path, k])}: unknown field`)
      : [`${formatPath(issue.path)}: ${issue.input === undefined ? "required" : issue.message.replace(/^Invalid input: /, "")}`],
  );
  return { ok: false, reason: `a damaged signed rule set: ${issues.join("; ")}` };
}

/** The raw 32 bytes of an `ed25519:` public key. */
export function parsePublicKey(publicKey: string): Uint8Array<ArrayBuffer> {
  const s = publicKey.trim();
  if (s.startsWith(PRIVATE_PREFIX)) throw new KeyError("this is a private key; give the public key (ed25519:…)");
  const raw = s.startsWith(PUBLIC_PREFIX) ? decodeBase64(s.slice(PUBLIC_PREFIX.length)) : undefined;
  if (raw?.length !== 32) throw new KeyError(`not an Ed25519 public key: expected "${PUBLIC_PREFIX}<base64 of 32 bytes>"`);
  return raw;
}

/** Imports an `ed25519-private:` key, with its public half (PKCS #8 here carries only the seed). Also signs approvals (lib/approval). */
export async function importPrivateKey(privateKey: string): Promise<{ key: CryptoKey; raw: Uint8Array<ArrayBuffer> }> {
  const s = privateKey.trim();
  if (s.startsWith(PUBLIC_PREFIX)) throw new KeyError("this is a public key; signing needs the private key (ed25519-private:…)");
  const pkcs8 = s.startsWith(PRIVATE_PREFIX) ? decodeBase64(s.slice(PRIVATE_PREFIX.length)) : undefined;
  const invalid = new KeyError(`not an Ed25519 private key: expected "${PRIVATE_PREFIX}<base64 of PKCS #8>"`);
  if (!pkcs8) throw invalid;
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey("pkcs8", pkcs8, ED25519, true, ["sign"]);
  } catch {
    throw invalid;
  }
  // The JWK export includes `x`, the public key, which WebCrypto derives from the seed.
  const { x } = await crypto.subtle.exportKey("jwk", key);
  const raw = x === undefined ? undefined : decodeBase64(x.replace(/-/g, "+").replace(/_/g, "/"));
  if (raw?.length !== 32) throw invalid;
  return { key, raw };
}

/** The key id of a raw public key (see `keyId`). */
export async function keyIdOfRaw(raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", raw));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function utf8(s: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(s) as Uint8Array<ArrayBuffer>;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
