/**
 * A team feed as people enter it: the address of the signed rule set, the public keys trusted to
 * sign it, or one invite code carrying both. Every check names the field it refuses.
 */
import { parsePublicKey } from "../ruleset/sign.ts";
import { MAX_POLL_MINUTES, MIN_POLL_MINUTES, type FeedSource, type Issue } from "./schema.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const INVITE_PREFIX = "preflight-invite:";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The feed's address, normalized. https only: the signature already protects the content, but
 * plain http would show every network on the way which team's rules an install follows. Loopback
 * addresses may use http (a feed served from the same machine, and the browser tests).
 */
export function checkFeedUrl(raw: string, field = "url"): Checked<string> {
  const text = raw.trim();
  if (!text) return { ok: false, issues: [{ code: "required", field }] };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, issues: [{ code: "urlInvalid", field, detail: text.slice(0, 200) }] };
  }
  if (url.username || url.password || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return { ok: false, issues: [{ code: "urlInvalid", field, detail: text.slice(0, 200) }] };
  }
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) {
    return { ok: false, issues: [{ code: "urlInsecure", field, detail: url.host }] };
  }
  url.hash = "";
  return { ok: true, value: url.href };
}

/** The trusted public keys (`ed25519:…`), at least one, without duplicates. */
export function checkKeys(keys: readonly string[], field = "keys"): Checked<string[]> {
  const cleaned = keys.map((k) => k.trim()).filter(Boolean);
  if (cleaned.length === 0) return { ok: false, issues: [{ code: "required", field }] };
  const issues: Issue[] = [];
  for (const [i, key] of cleaned.entries()) {
    try {
      parsePublicKey(key);
    } catch {
      issues.push({ code: key.startsWith("ed25519-private:") ? "keyPrivate" : "keyInvalid", field: `${field}[${i}]` });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: [...new Set(cleaned)] };
}

export function checkPollMinutes(value: unknown, field = "pollMinutes"): Checked<number> {
  if (typeof value === "number" && Number.isFinite(value) && value >= MIN_POLL_MINUTES && value <= MAX_POLL_MINUTES) {
    return { ok: true, value };
  }
  return { ok: false, issues: [{ code: "pollInvalid", field, detail: String(value).slice(0, 50) }] };
}

/** A whole feed: address, keys, and the optional poll period. */
export function checkFeedSource(
  input: { url: string; keys: readonly string[]; pollMinutes?: unknown },
  fields: { url: string; keys: string; pollMinutes: string } = { url: "url", keys: "keys", pollMinutes: "pollMinutes" },
): Checked<FeedSource> {
  const url = checkFeedUrl(input.url, fields.url);
  const keys = checkKeys(input.keys, fields.keys);
  const poll = input.pollMinutes === undefined ? undefined : checkPollMinutes(input.pollMinutes, fields.pollMinutes);
  if (!url.ok || !keys.ok || (poll && !poll.ok)) {
    return { ok: false, issues: [url, keys, poll].flatMap((r) => (r && !r.ok ? r.issues : [])) };
  }
  return { ok: true, value: { url: url.value, keys: keys.value, ...(poll?.ok ? { pollMinutes: poll.value } : {}) } };
}

/**
 * One string to hand to a team: `preflight-invite:` and the base64url of
 * `{"url": …, "keys": [...], "pollMinutes"?: …}`. It carries only public data; whoever can change
 * what a team member pastes could as well hand them another address.
 */
export function encodeInvite(source: FeedSource): string {
  const json = JSON.stringify({
    url: source.url,
    keys: source.keys,
    ...(source.pollMinutes !== undefined ? { pollMinutes: source.pollMinutes } : {}),
  });
  return INVITE_PREFIX + base64url(new TextEncoder().encode(json));
}

export function decodeInvite(code: string, field = "inviteCode"): Checked<FeedSource> {
  // Mail clients wrap long strings: spaces and line breaks inside the code are not part of it.
  const text = code.replace(/\s+/g, "");
  if (!text) return { ok: false, issues: [{ code: "required", field }] };
  if (!text.startsWith(INVITE_PREFIX)) {
    return { ok: false, issues: [{ code: "inviteInvalid", field, detail: `expected it to start with "${INVITE_PREFIX}"` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(fromBase64url(text.slice(INVITE_PREFIX.length))));
  } catch {
    return { ok: false, issues: [{ code: "inviteInvalid", field, detail: "the code is cut short or changed" }] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ code: "inviteInvalid", field, detail: "the code holds no address and keys" }] };
  }
  const { url, keys, pollMinutes, ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    return { ok: false, issues: [{ code: "inviteInvalid", field, detail: `unknown field ${unknown.map((k) => JSON.stringify(k)).join(", ")}` }] };
  }
  const keyList = Array.isArray(keys) && keys.every((k) => typeof k === "string") ? (keys as string[]) : [];
  return checkFeedSource(
    { url: typeof url === "string" ? url : "", keys: keyList, ...(pollMinutes !== undefined ? { pollMinutes } : {}) },
    { url: `${field}.url`, keys: `${field}.keys`, pollMinutes: `${field}.pollMinutes` },
  );
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error("not base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
