import type { Hit } from "./rule.ts";

interface Span {
  start: number;
  end: number;
}

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

/**
 * A test of whether a span lies inside one of `spans` (safe phrases, allow-listed terms). Spans
 * asked about in text order are answered by one sweep, the furthest end of the covering spans
 * started so far: linear, as a 1 MB paste with thousands of hits must not compare every hit with
 * every span. Out of order, the answer is computed directly.
 */
export function coveredBy(spans: readonly Span[]): (s: Span) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  let last = -1;
  return (h) => {
    if (h.start < last) return sorted.some((s) => s.start <= h.start && h.end <= s.end);
    last = h.start;
    while (next < sorted.length && sorted[next]!.start <= h.start) reach = Math.max(reach, sorted[next++]!.end);
    return h.end <= reach;
  };
}

/**
 * A test of whether a span lies inside one of `spans`, which are sorted and do not overlap one
 * another (what `onePerSpan` returns): a binary search, so checking many spans stays O(n log n).
 */
export function insideOneOf(spans: readonly Span[]): (s: Span) => boolean {
  return (s) => {
    const i = lastStartingAtOrBefore(spans, s.start);
    return i >= 0 && spans[i]!.end >= s.end;
  };
}

/** The index of the last span that starts at or before `at` (-1 when none); `spans` sorted by start. */
export function lastStartingAtOrBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
