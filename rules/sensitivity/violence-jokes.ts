import { z } from "zod";
import {
  ContextListOptions,
  ContextListSchema,
  contextListTerms,
  contextMatches,
  reportContextMatch,
  type ContextKey,
  type ContextListOptionsT,
  type ContextMatch,
} from "../../lib/engine/kinds/context-list.ts";
import { overlapsSpans } from "../../lib/engine/kinds/term-list.ts";
import { splitSentences } from "../../lib/engine/nlp.ts";
import { defineRule, type CheckContext, type Hit } from "../../lib/engine/rule.ts";
import { knownWordCost } from "../../lib/engine/segment.ts";
import type { Token } from "../../lib/engine/tokenize.ts";
import data from "./violence-jokes.json" with { type: "json" };

export const VIOLENCE_JOKES = ContextListSchema.parse(data);

const GAME = VIOLENCE_JOKES.entries.find((e) => e.id === "game-violence");
if (!GAME) throw new Error("violence-jokes.json: the entry game-violence is missing");

/** Capitalised words that are not names: Title Case, pronouns, days and months. */
const NOT_NAMES = new Set(
  [
    "i im a an the your my our his their this that these those it him her them me us you someone somebody everyone everybody nobody one",
    "monday tuesday wednesday thursday friday saturday sunday mondays fridays",
    "january february march april may june july august september october november december",
  ]
    .join(" ")
    .split(" "),
);

type Ctx = CheckContext<ContextListOptionsT, undefined, ContextKey>;

const isCue = (name: string) => (h: Hit<ContextKey>) => typeof h.key === "object" && "cue" in h.key && h.key.cue === name;

/**
 * Violence, above all against women, as entertainment: the list (violence-jokes.json) finds it in
 * copy, in games, in waved-away consent, stalking as romance and "what's better than" jokes, judged
 * by the post's stance. One case the list cannot say: a game whose target is a named person
 * ("Would you rather: Slap Rihanna or Punch Chris Brown", Snapchat 2018), a verb of violence
 * followed by a capitalised name in the sentence of a game frame.
 */
export default defineRule<ContextListOptionsT, undefined, ContextKey>({
  meta: {
    id: "sensitivity/violence-jokes",
    category: "sensitivity",
    severity: "warn",
    description: {
      en: "Violence against women (or anyone) turned into a joke, a game or a selling point: hitting a woman in copy, a named person as a target in a game, consent waved away, stalking as romance.",
      "zh-CN": "把针对女性（或任何人）的暴力当成笑话、游戏或卖点：文案中殴打女性、在游戏中把具名人物当作施暴对象、无视对方意愿、把跟踪包装成浪漫。",
    },
    messages: {
      violence: {
        en: "“{{excerpt}}”: {{label}}. Violence is never a punchline or a selling point; pull the copy.",
        "zh-CN": "“{{excerpt}}”：{{label}}。暴力绝不能拿来逗乐或当卖点，请撤下这段文案。",
      },
      violenceWithSuggestion: {
        en: "“{{excerpt}}”: {{label}}. Say “{{suggestion}}” instead, or rephrase.",
        "zh-CN": "“{{excerpt}}”：{{label}}。请改用“{{suggestion}}”或换一种说法。",
      },
    },
    options: ContextListOptions as unknown as z.ZodType<ContextListOptionsT>,
  },
  prepare: ({ options }) => ({ terms: contextListTerms(VIOLENCE_JOKES, options.skip) }),
  check(ctx) {
    const found = contextMatches(VIOLENCE_JOKES, ctx);
    if (found.length === 0 && !ctx.hits.some(isCue("game-frame"))) return;
    const game = gameSentences(ctx);
    for (const m of found) {
      // Hurting someone as the choice of a game is the game's block, whatever else the post does.
      const inGame = m.severity !== "info" && game.some((s) => s.start <= m.start && m.end <= s.end);
      const judged = inGame ? { ...m, severity: GAME!.severity } : m;
      reportContextMatch(ctx, VIOLENCE_JOKES, judged, m.entry.suggest ? "violenceWithSuggestion" : "violence");
    }
    const named = namedTarget(ctx, found, game);
    if (named) reportContextMatch(ctx, VIOLENCE_JOKES, named, "violence");
  },
});

interface Span {
  start: number;
  end: number;
}

/** The sentences that hold a game frame ("would you rather", "kiss, marry, kill"), with their frames. */
function gameSentences(ctx: Ctx): (Span & { frames: Hit<ContextKey>[] })[] {
  const frames = ctx.hits.filter(isCue("game-frame"));
  if (frames.length === 0 || ctx.hits.some(isCue("support"))) return [];
  return splitSentences(ctx.text)
    .map((s) => ({ ...s, frames: frames.filter((f) => s.start <= f.start && f.end <= s.end) }))
    .filter((s) => s.frames.length > 0);
}

/**
 * The first person named as the target of violence in a game, unless the list found it: a verb of
 * violence followed by a name after the frame ("Would you rather: Slap Rihanna"), or names after a
 * frame that is itself violent ("Kiss, marry, kill: Taylor, Selena, Ariana").
 */
function namedTarget(ctx: Ctx, found: readonly ContextMatch[], game: readonly (Span & { frames: Hit<ContextKey>[] })[]): ContextMatch | undefined {
  if (game.length === 0) return undefined;
  const { hits, text, tokens } = ctx;
  const taken = overlapsSpans(found);
  const judge = (span: Span): ContextMatch | undefined => {
    const stance = ctx.register.stance((c) => c.start < span.end && span.start < c.end);
    const bySt = GAME!.stance?.[stance];
    return bySt === "off" ? undefined : { entry: GAME!, ...span, severity: bySt ?? GAME!.severity, stance };
  };
  for (const s of game) {
    for (const verb of hits.filter(isCue("violent-verb"))) {
      if (verb.start < s.start || verb.end > s.end || taken(verb)) continue;
      if (!s.frames.some((f) => f.end <= verb.start)) continue;
      const name = nameAfter(tokens.list, verb, text);
      if (name) return judge({ start: verb.start, end: name.end });
    }
    for (const frame of s.frames) {
      if (!VIOLENT_FRAME.test(text.slice(frame.start, frame.end))) continue;
      for (let t = tokens.list.findIndex((x) => x.start >= frame.end); t >= 0 && t < tokens.list.length; t++) {
        if (tokens.list[t]!.start >= s.end) break;
        if (nameAt(tokens.list, t, text, true)) return judge({ start: frame.start, end: frame.end });
      }
    }
  }
  return undefined;
}

/** A game frame that names violence itself: "kiss, marry, kill". */
const VIOLENT_FRAME = /kill/i;

/**
 * The name right after a verb: a @mention, or a capitalised word that is not Title Case filler.
 * When the verb is capitalised too (Title Case, "Slap Rihanna"), the name must also be a word the
 * frequency list does not know, so "Punch Sharks" in a Title Case post is not a person.
 */
function nameAfter(list: readonly Token[], verb: Span, text: string): Token | undefined {
  const i = list.findIndex((t) => t.start >= verb.end);
  if (i < 0 || list[i]!.clause) return undefined;
  return nameAt(list, i, text, /^\p{Lu}/u.test(text.slice(verb.start, verb.end)));
}

/**
 * The name that starts at token `i`: a @mention, or a capitalised word (with a capitalised surname
 * after it) that is not a pronoun, a day or a month; with `strict`, also not a word the frequency
 * list knows.
 */
function nameAt(list: readonly Token[], i: number, text: string, strict: boolean): Token | undefined {
  const next = list[i];
  if (!next) return undefined;
  if (next.kind === "mention") return next;
  if (next.kind !== "word" || NOT_NAMES.has(next.norm)) return undefined;
  if (!/^\p{Lu}/u.test(text.slice(next.start, next.end))) return undefined;
  if (strict && knownWordCost(next.norm) !== undefined) return undefined;
  // "Chris Brown": the surname belongs to the name.
  const after = list[i + 1];
  if (after && !after.clause && after.kind === "word" && /^\p{Lu}/u.test(text.slice(after.start, after.end)) && !NOT_NAMES.has(after.norm)) {
    return { ...next, end: after.end };
  }
  return next;
}
