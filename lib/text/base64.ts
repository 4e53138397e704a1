/**
 * Base64 without Buffer (which does not exist in the extension): signed rule sets and approval
 * codes (lib/approval) both carry bytes as text. Kept apart from lib/ruleset/sign.ts so that the
 * content script can encode an approval request without loading zod.
 */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Strict base64 (padding optional, as JWK omits it); undefined for anything else. */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 === 1) return undefined;
  try {
    const binary = atob(s);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Base64url without padding: approval codes are pasted into chat apps, where `+`, `/` and `=` get mangled. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Strict base64url (no padding); undefined for anything else. */
export function decodeBase64Url(s: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return undefined;
  return decodeBase64(s.replace(/-/g, "+").replace(/_/g, "/"));
}
