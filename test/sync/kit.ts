// Helpers for the sync tests: signed rule sets, and a fake feed that answers `fetch` the way a
// browser's fetch would (manual redirects, abort signals, streamed bodies).
import { generateKeyPair, keyId, signRuleSet, SIGNED_SCHEMA, type KeyPair } from "../../lib/ruleset/sign.ts";

export const FEED_URL = "https://rules.acme.example/team.signed.json";

export function ruleSet(version: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { schema: "preflight.ruleset/1", id: "acme", version, issuedAt: "2026-11-01T00:00:00Z", ...extra };
}

export async function signed(version: number, pair: KeyPair, extra: Record<string, unknown> = {}): Promise<string> {
  return signRuleSet(JSON.stringify(ruleSet(version, extra)), pair.privateKey);
}

/** Signs any payload text, even one that is not a valid rule set (signRuleSet refuses those). */
export async function signRaw(payload: string, pair: KeyPair): Promise<string> {
  const pkcs8 = Uint8Array.from(atob(pair.privateKey.slice("ed25519-private:".length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key, new TextEncoder().encode(payload)));
  let binary = "";
  for (const b of signature) binary += String.fromCharCode(b);
  return JSON.stringify({ schema: SIGNED_SCHEMA, keyId: await keyId(pair.publicKey), signature: btoa(binary), payload });
}

/** Changes the signed payload without re-signing it: what tampering on the host looks like. */
export function tamper(envelopeText: string): string {
  const envelope = JSON.parse(envelopeText) as { payload: string };
  envelope.payload = envelope.payload.replace('"id":"acme"', '"id":"evil"');
  return JSON.stringify(envelope);
}

export { generateKeyPair };

export interface FeedCall {
  url: string;
  init: RequestInit | undefined;
}

type Answer = (call: FeedCall) => Response | Promise<Response>;

/** A fake feed: `answer` decides each response; every call is recorded. */
export class FakeFeed {
  calls: FeedCall[] = [];
  answer: Answer = () => new Response("not published yet", { status: 404 });

  /** Serves `body` with an ETag, honouring If-None-Match like a static host. */
  publish(body: string, etag = `"${body.length}-${hash(body)}"`): void {
    this.answer = ({ init }) => {
      const sent = new Headers(init?.headers).get("if-none-match");
      if (sent === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
      return new Response(body, { status: 200, headers: { ETag: etag, "Content-Type": "application/json" } });
    };
  }

  fetch: typeof fetch = async (input, init) => {
    const call = { url: String(input), init };
    this.calls.push(call);
    return this.answer(call);
  };
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}
