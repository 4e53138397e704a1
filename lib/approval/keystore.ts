/**
 * Issue 12b: an approver's key made in the extension (the popup). The private key is a
 * non-extractable WebCrypto key: it can sign, but no script, not even the extension's own, can
 * read its bytes out. It is kept as a CryptoKey in the extension's IndexedDB (structured clone
 * keeps it non-extractable); storage.local holds JSON only and could not keep it.
 */
import { encodeBase64 } from "../text/base64.ts";

const DB = "preflight-approver";
const STORE = "keys";
const ENTRY = "approver";

export interface ApproverKey {
  privateKey: CryptoKey;
  /** `ed25519:<base64>`: what the admin lists as the spokesperson's `key`. */
  publicKey: string;
  publicKeyRaw: Uint8Array<ArrayBuffer>;
}

interface Stored {
  privateKey: CryptoKey;
  publicKeyRaw: Uint8Array<ArrayBuffer>;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
  });
}

async function transact<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
    });
  } finally {
    db.close();
  }
}

function toKey(stored: Stored): ApproverKey {
  return { privateKey: stored.privateKey, publicKeyRaw: stored.publicKeyRaw, publicKey: `ed25519:${encodeBase64(stored.publicKeyRaw)}` };
}

/** This browser's approver key, if one was made. */
export async function loadApproverKey(): Promise<ApproverKey | undefined> {
  const stored = (await transact("readonly", (store) => store.get(ENTRY))) as Stored | undefined;
  return stored?.privateKey instanceof CryptoKey && stored.publicKeyRaw instanceof Uint8Array ? toKey(stored) : undefined;
}

/** Makes (or replaces) this browser's approver key; the old one's answers stop working once the admin lists the new one. */
export async function createApproverKey(): Promise<ApproverKey> {
  const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"])) as CryptoKeyPair;
  const stored: Stored = { privateKey: pair.privateKey, publicKeyRaw: new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey)) };
  await transact("readwrite", (store) => store.put(stored, ENTRY));
  return toKey(stored);
}
