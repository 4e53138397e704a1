/**
 * References to tragedies, shared by sensitivity/tragedy (what the post refers to, judged by its
 * register) and sensitivity/tragedy-promotion (the same references next to a sale, a launch or a
 * joke). Two sources: the word list (tragedy.json: "mass shooting", "floods", "our hearts go out")
 * and the named tragedies (tragedies.json: "Uvalde", "汶川地震"), whose ambiguous names ("Las
 * Vegas") count only next to words of mourning or around the anniversary.
 */
import { z } from "zod";
import { ContextListSchema, contextListTerms, contextMatches, type ContextKey } from "../../../lib/engine/kinds/context-list.ts";
import { listHits, overlapsSpans, TermListSchema, termListTerms, type TermKey } from "../../../lib/engine/kinds/term-list.ts";
import type { CheckContext, Hit, TermSpec } from "../../../lib/engine/rule.ts";
import { daysFromAnniversary, localDay, type LocalDay } from "../../../lib/engine/time.ts";
import type { Locale, LocalizedText } from "../../../lib/engine/types.ts";
import tragedyData from "../tragedy.json" with { type: "json" };
import imageryData from "../tragedy-imagery.json" with { type: "json" };
import namedData from "../tragedies.json" with { type: "json" };

export const TRAGEDY = TermListSchema.parse(tragedyData);
/** Imagery that evokes a tragedy without naming it (planes, towers and explosions; a school as a kill map). */
export const IMAGERY = ContextListSchema.parse(imageryData);
const IMAGERY_LIST = "imagery";

const Localized = z.strictObject({ en: z.string().trim().min(1), "zh-CN": z.string().trim().min(1) });

export const NamedTragedySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: Localized,
  /** The local day it began, `YYYY-MM-DD`: its anniversary is that month and day. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  /** Names that can only mean the tragedy. */
  terms: z.array(z.string().min(1)).min(1),
  /** Names that are ordinary places or words too: a reference only next to mourning, or near the anniversary. */
  ambiguous: z.array(z.string().min(1)).optional(),
  kind: z.enum(["shooting", "attack", "disaster", "accident", "war", "atrocity", "death"]),
  /**
   * The places it struck and the imagery of what struck them (waves, fire, an explosion): on the
   * anniversary a place next to its imagery evokes the tragedy without naming it ("waves in Khao
   * Lak" on 26 December); on any other day, or apart, they are a place and a word.
   */
  evoked: z
    .strictObject({
      places: z.array(z.string().min(1)).min(1),
      imagery: z.array(z.string().min(1)).min(1),
      note: z.string().trim().min(1),
      source: z.string().trim().min(1),
    })
    .optional(),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});
export type NamedTragedy = z.infer<typeof NamedTragedySchema>;

export const NAMED_TRAGEDIES: readonly NamedTragedy[] = z
  .strictObject({ about: z.string().trim().min(1), tragedies: z.array(NamedTragedySchema).min(1) })
  .parse(namedData).tragedies;

/** Days around an anniversary in which an ambiguous name counts on its own. */
const ANNIVERSARY_WINDOW = 1;

/**
 * The named tragedies' places and imagery as a context list (an entry per tragedy: its places,
 * with its imagery anywhere in the post), read only for a post that names one of the places; the
 * anniversary is checked after the match.
 */
const EVOKED_LIST = "evoked";
const EVOKED_OF: NamedTragedy[] = NAMED_TRAGEDIES.filter((t) => t.evoked);
export const EVOKED = ContextListSchema.parse({
  about: "The places of named tragedies next to the imagery of what struck them (tragedies.json, `evoked`).",
  cues: Object.fromEntries(
    EVOKED_OF.map((t) => [`imagery-${t.id}`, { terms: t.evoked!.imagery, inflect: false, note: t.evoked!.note, source: t.evoked!.source }]),
  ),
  entries: EVOKED_OF.map((t) => ({
    id: t.id,
    // "Maui's hottest deals": a possessive is one token.
    terms: t.evoked!.places.flatMap((p) => (/\p{Script=Latin}$/u.test(p) ? [p, `${p}'s`] : [p])),
    with: [`imagery-${t.id}`],
    near: "post",
    severity: "warn",
    inflect: false,
    label: t.title,
    note: t.evoked!.note,
    source: t.evoked!.source,
  })),
});

/**
 * How clearly a hit refers to a tragedy: `strong`, an unmistakable reference (the list's `warn`
 * entries, a name); `implied`, words of mourning that presuppose one ("our hearts go out to");
 * `mild`, a possible one ("floods", "died"); `weak`, "stay safe", ordinary copy on its own.
 */
export type Strength = "strong" | "implied" | "mild" | "weak";

export interface TragedyRef {
  start: number;
  end: number;
  strength: Strength;
  /** The list entry's group ("violence", "cause", …), or "named". */
  group: string;
  note: string;
  /** The named tragedy, when it is one. */
  named?: NamedTragedy;
  /** What the reading calls an evocation of a tragedy (tragedy-imagery.json). */
  label?: LocalizedText;
  /** The anniversary is within a day of the publish date. */
  anniversary?: boolean;
}

export type RefKey = TermKey | { named: number; ambiguous: boolean } | ContextKey;

/** The terms both rules contribute to the matcher; `skip` leaves out groups of the word list. */
export function tragedyTerms(skip: readonly string[]): TermSpec<RefKey>[] {
  const terms: TermSpec<RefKey>[] = termListTerms(TRAGEDY, skip, { native: true });
  if (!skip.includes("imagery")) terms.push(...contextListTerms(IMAGERY, skip, IMAGERY_LIST));
  if (skip.includes("named")) return terms;
  terms.push(...contextListTerms(EVOKED, [], EVOKED_LIST));
  NAMED_TRAGEDIES.forEach((t, named) => {
    for (const term of t.terms) terms.push({ term, key: { named, ambiguous: false }, inflect: false });
    for (const term of t.ambiguous ?? []) terms.push({ term, key: { named, ambiguous: true }, inflect: false });
  });
  return terms;
}

const isNamedKey = (k: unknown): k is { named: number; ambiguous: boolean } => typeof k === "object" && k !== null && "named" in k;

/**
 * sensitivity/tragedy and sensitivity/tragedy-promotion read the same terms of the same post: the
 * second one takes the first one's references, per `skip` (the allow-list is the rule set's).
 */
const REFS = {};

/** The post's references to tragedies, in text order, one per stretch of text. */
export function tragedyRefs(ctx: CheckContext<{ skip?: readonly string[] }, unknown, unknown>): TragedyRef[] {
  const bySkip = ctx.shared(REFS, () => new Map<string, TragedyRef[]>());
  const skip = (ctx.options?.skip ?? []).join("\n");
  let refs = bySkip.get(skip);
  if (!refs) bySkip.set(skip, (refs = readRefs(ctx)));
  return refs;
}

function readRefs(ctx: CheckContext<unknown, unknown, unknown>): TragedyRef[] {
  const { text, tokens, hits } = ctx;
  const refs: TragedyRef[] = listHits(TRAGEDY, text, tokens, hits).map((h) => {
    const e = TRAGEDY.entries[h.key]!;
    const strength: Strength =
      e.severity !== "info" ? "strong" : e.group === "condolence" ? "implied" : e.group === "safety" ? "weak" : "mild";
    return { start: h.start, end: h.end, strength, group: e.group ?? "", note: e.note };
  });
  for (const m of contextMatches(IMAGERY, ctx, IMAGERY_LIST)) {
    refs.push({ start: m.start, end: m.end, strength: m.entry.severity === "info" ? "mild" : "strong", group: "imagery", note: m.entry.note, label: m.entry.label });
  }
  let local: LocalDay | undefined;
  const nearAnniversary = (t: NamedTragedy) =>
    Math.abs(daysFromAnniversary((local ??= localDay(ctx.context.at, ctx.context.timeZone)), t.date.slice(5))) <= ANNIVERSARY_WINDOW;
  // "Waves" in Khao Lak on 26 December: the 2004 tsunami, unnamed.
  for (const m of contextMatches(EVOKED, ctx, EVOKED_LIST)) {
    const t = EVOKED_OF.find((e) => e.id === m.entry.id)!;
    if (nearAnniversary(t)) refs.push({ start: m.start, end: m.end, strength: "strong", group: "named", note: m.entry.note, named: t, anniversary: true });
  }
  const named = hits.filter((h): h is Hit<{ named: number; ambiguous: boolean }> => isNamedKey(h.key));
  if (named.length > 0) {
    const mourning = refs.some((r) => r.strength !== "weak");
    for (const h of named) {
      const t = NAMED_TRAGEDIES[h.key.named]!;
      const anniversary = nearAnniversary(t);
      // "Las Vegas" is a city; next to "our hearts go out", or on 1 October, it is the shooting.
      if (h.key.ambiguous && !anniversary && !mourning) continue;
      refs.push({ start: h.start, end: h.end, strength: "strong", group: "named", note: t.note, named: t, anniversary });
    }
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  // One reference per stretch of text: the longest, and of the same words the clearest.
  const out: TragedyRef[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.start === last.start && r.end === last.end && rank(r) > rank(last)) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Whether a register cue is part of a reference's own words, so that it says nothing about the
 * post's register ("#PrayForParis" is the reference, not a prayer). Words of mourning that imply a
 * tragedy ("our hearts go out to") are the register itself and stay, and so does a cue that holds a
 * reference in longer words of its own: "the Wiener Holocaust Library" is an archive a post works
 * with, as the calendar reads "6.4折" (lib/engine/kinds/calendar.ts). A hashtag that holds one
 * ("#RIPKobe" around "#RIP") is still the reference.
 */
export function insideRefs(refs: readonly TragedyRef[], text: string): (c: { start: number; end: number }) => boolean {
  const own = refs.filter((r) => r.strength === "strong" || r.strength === "mild");
  const overlaps = overlapsSpans(own);
  const holds = (c: { start: number; end: number }) =>
    !HASHTAG_START.test(text.charAt(c.start)) && own.some((r) => c.start <= r.start && r.end <= c.end && c.end - c.start > r.end - r.start);
  return (c) => overlaps(c) && !holds(c);
}

const HASHTAG_START = /^[#\uff03]$/;

const RANKS: Record<Strength, number> = { weak: 0, mild: 1, implied: 2, strong: 3 };
const rank = (r: TragedyRef) => RANKS[r.strength] + (r.named ? 1 : 0);

const A_TRAGEDY: LocalizedText = { en: "a tragedy", "zh-CN": "悲剧事件" };

/** How the reading names a reference: the tragedy's title, or "a tragedy". */
export function refLabel(r: TragedyRef, locale: Locale): string {
  return (r.named?.title ?? r.label ?? A_TRAGEDY)[locale];
}
