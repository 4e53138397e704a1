import type { Hit } from "./rule.ts";

/**
 * Keeps, for each key, the longest hit among those that overlap ("mass shootings" rather than
 * "shootings" inside it). Hits come in text order, longest first at equal starts.
 */
export function firstPerSpan<K>(hits: readonly Hit<K>[]): Hit<K>[] {
  const lastEnd = new Map<K, number>();
  const out: Hit<K>[] = [];
  for (const h of hits) {
    if ((lastEnd.get(h.key) ?? -1) > h.start) continue;
    out.push(h);
    lastEnd.set(h.key, h.end);
  }
  return out;
}

/** Like `firstPerSpan`, across all keys: one finding per stretch of text. */
export function longestNonOverlapping<K>(hits: readonly Hit<K>[]): Hit<K>[] {
  let lastEnd = -1;
  const out: Hit<K>[] = [];
  for (const h of hits) {
    if (lastEnd > h.start) continue;
    out.push(h);
    lastEnd = h.end;
  }
  return out;
}
