/**
 * The short excerpt a team's policy may keep with a decision (`report.excerpt`): the words around
 * what stopped the post. Runs in the content script, so it carries no dependencies.
 */
import type { Finding } from "../engine/types.ts";

/** Up to `max` characters (code points) of `text` around [start, end) (UTF-16 offsets), "…" where cut. */
export function excerptAround(text: string, start: number, end: number, max: number): string | undefined {
  if (max <= 0) return undefined;
  const points = [...text];
  const from0 = [...text.slice(0, start)].length;
  const to0 = from0 + [...text.slice(start, end)].length;
  let from = 0;
  let to = points.length;
  if (points.length > max) {
    const room = Math.max(0, max - (to0 - from0));
    from = Math.max(0, from0 - Math.floor(room / 2));
    to = Math.min(points.length, from + max);
    from = Math.max(0, to - max);
  }
  const body = points.slice(from, to).join("").replace(/\s+/g, " ").trim();
  if (!body) return undefined;
  return `${from > 0 ? "…" : ""}${body}${to < points.length ? "…" : ""}`;
}

interface Review {
  composers: ReadonlyArray<{ text(): string }>;
  findings: readonly Finding[];
  reasons: readonly Finding[];
}

/**
 * `{ excerpt }` around the first finding that stopped the post, in the compose box it came from;
 * `{}` unless the team's policy allows `max` > 0 characters.
 */
export function decisionExcerpt(review: Review, max: number | undefined): { excerpt?: string } {
  if (!max || max <= 0) return {};
  const first = review.reasons[0] ?? review.findings[0];
  const texts = review.composers.map((c) => c.text());
  // Findings carry offsets into their own box's text: find the box whose text has the excerpt there.
  const wholePost = !first || first.start === first.end;
  const index = wholePost ? 0 : texts.findIndex((t) => t.slice(first.start, first.end) === first.excerpt);
  const text = texts[Math.max(0, index)] ?? "";
  const excerpt = wholePost || index < 0 ? excerptAround(text, 0, 0, max) : excerptAround(text, first.start, first.end, max);
  return excerpt ? { excerpt } : {};
}
