import type { Hit } from "./rule.ts";

/**
 * One hit per stretch of text: the longest ("mass shootings" rather than "shootings" inside it),
 * and among hits of exactly the same span the one `rank` puts highest (the most severe of several
 * events sharing a term). Hits come in text order, longest first at equal starts.
 */
export function onePerSpan<K>(hits: readonly Hit<K>[], rank: (key: K) => number = () => 0): Hit<K>[] {
  const out: Hit<K>[] = [];
  let last: Hit<K> | undefined;
  for (const h of hits) {
    if (last && h.start === last.start && h.end === last.end) {
      if (rank(h.key) > rank(last.key)) out[out.length - 1] = last = h;
      continue;
    }
    if (last && h.start < last.end) continue;
    out.push(h);
    last = h;
  }
  return out;
}
