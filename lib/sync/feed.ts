/**
 * One request for the team's signed rule set: the configured address only, no cookies, no
 * redirects followed, a size cap read as the body streams in, and a time limit.
 *
 * Conditional requests: when the server lets Preflight read its ETag (same origin rules: CORS
 * `Access-Control-Expose-Headers: ETag`, or host permission), it is sent back as If-None-Match and
 * a 304 is answered here. Otherwise (a plain static host that sends only
 * `Access-Control-Allow-Origin: *`) `cache: "no-cache"` has the browser's HTTP cache revalidate
 * with the ETag it stored, so the server still answers 304 and sends no body; the caller then
 * sees the same bytes as before and skips them by their hash.
 */
import { MAX_RULESET_BYTES } from "../ruleset/schema.ts";
import type { Issue } from "./schema.ts";

/** As parseSignedEnvelope: a payload of MAX_RULESET_BYTES whose escaping at most doubles it. */
export const MAX_FEED_BYTES = 2 * MAX_RULESET_BYTES + 4096;
export const FEED_TIMEOUT_MS = 30_000;

export type FeedResponse =
  | { kind: "notModified" }
  | { kind: "body"; text: string; etag?: string }
  | { kind: "error"; issue: Issue };

export interface FeedRequest {
  url: string;
  etag?: string | undefined;
  fetch: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchFeed(request: FeedRequest): Promise<FeedResponse> {
  const first = await fetchOnce(request);
  // A custom header makes a cross-origin request need a CORS preflight, which many static hosts
  // refuse: without the header the browser's cache still revalidates.
  if (request.etag !== undefined && first.kind === "error" && first.issue.code === "network") {
    return fetchOnce({ ...request, etag: undefined });
  }
  return first;
}

async function fetchOnce({ url, etag, fetch, timeoutMs = FEED_TIMEOUT_MS, maxBytes = MAX_FEED_BYTES }: FeedRequest): Promise<FeedResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: "GET",
        credentials: "omit",
        redirect: "manual",
        referrerPolicy: "no-referrer",
        cache: etag === undefined ? "no-cache" : "no-store",
        ...(etag === undefined ? {} : { headers: { "If-None-Match": etag } }),
        signal: controller.signal,
      });
    } catch (error) {
      if (timedOut) return fail({ code: "timeout", detail: `${Math.round(timeoutMs / 1000)} s` });
      return fail({ code: "network", detail: error instanceof Error ? error.message : String(error) });
    }
    // The browser hides where a manual redirect points (an "opaqueredirect" response).
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      void response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location");
      return fail({ code: "redirect", ...(response.status ? { status: response.status } : {}), ...(location ? { detail: location.slice(0, 500) } : {}) });
    }
    if (response.status === 304) return { kind: "notModified" };
    if (response.status !== 200) {
      void response.body?.cancel().catch(() => undefined);
      return fail({ code: "http", status: response.status, ...(response.statusText ? { detail: response.statusText } : {}) });
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return fail({ code: "tooLarge", detail: `${declared} bytes; at most ${maxBytes}` });
    }
    const body = await readCapped(response, maxBytes);
    if (body === "tooLarge") return fail({ code: "tooLarge", detail: `more than ${maxBytes} bytes` });
    const tag = response.headers.get("etag");
    return { kind: "body", text: body, ...(tag ? { etag: tag } : {}) };
  } catch (error) {
    if (timedOut) return fail({ code: "timeout", detail: `${Math.round(timeoutMs / 1000)} s` });
    return fail({ code: "network", detail: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
}

function fail(issue: Issue): FeedResponse {
  return { kind: "error", issue };
}

/** The body as text, or "tooLarge" as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<string | "tooLarge"> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "tooLarge";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
