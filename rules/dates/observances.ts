import { z } from "zod";
import { MARKETS, marketsOf } from "../../lib/engine/market.ts";
import { splitSentences } from "../../lib/engine/nlp.ts";
import { RESPECTFUL, type Register } from "../../lib/engine/reading.ts";
import { defineRule, type CheckContext, type Report, type TermSpec } from "../../lib/engine/rule.ts";
import { coveredBy, onePerSpan } from "../../lib/engine/spans.ts";
import { localDay } from "../../lib/engine/time.ts";
import { SEVERITIES, type Locale, type Severity } from "../../lib/engine/types.ts";
import data from "./observances.json" with { type: "json" };
import { datesInText } from "./support/dates-in-text.ts";
import { DateRuleSchema, dateOf, dayNumber, nearestOccurrence, type DayNumber, type Nearest } from "./support/observance-dates.ts";

const Localized = z.strictObject({ en: z.string().trim().min(1), "zh-CN": z.string().trim().min(1) });
const Term = z.string().min(1);
const Window = z.number().int().min(0).max(30);
const CueName = z.string().regex(/^[a-z][a-z0-9-]*$/, "a cue set name (kebab-case)");
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected kebab-case");

export const ObservanceSchema = z.strictObject({
  id: Id,
  title: Localized,
  tradition: z.string().trim().min(1),
  /** Every way the observance is dated (Western and Orthodox Easter; either Eid): any one counts. */
  on: z.array(DateRuleSchema).min(1),
  /** The window, in days before its first day and after its last, in which it is near. */
  before: Window,
  after: Window,
  /** The date can be a day off (the note says why): messages say "around". */
  approximate: z.boolean().optional(),
  /** Names that can only mean the observance, in English and Chinese. */
  names: z.array(Term).min(1),
  /** Names that are ordinary words too ("Lent", "清明"): they count near the date or next to `context`. */
  ambiguous: z.array(Term).optional(),
  /** Ambiguous names count only with the capitals they are listed with ("Lent", never "lent"). */
  matchCase: z.boolean().optional(),
  context: z.array(CueName).optional(),
  /** Greetings of the day: one outside the window is mistimed. */
  greetings: z.array(Term).optional(),
  /** A fast or a day of mourning: "happy" next to its name, or these `terms`, get `suggest`. */
  happy: z.strictObject({ severity: z.enum(SEVERITIES), suggest: z.array(Term).min(1), terms: z.array(Term).optional() }).optional(),
  /** Severity of a joke about it (the post's register is humour). */
  joke: z.enum(SEVERITIES).optional(),
  /** Severity of an offer in the sentence that names it; an offer elsewhere in the post is a step lower. */
  sell: z.enum(SEVERITIES).optional(),
  /**
   * What many who keep it do not eat or drink, offered in a post about it; with `gift`, a present
   * that the day's custom forbids (a clock for the Lunar New Year: 送钟 sounds like 送终), which
   * counts only in a sentence that gives it (the `gift` cues).
   */
  avoid: z.array(z.strictObject({ cue: CueName, severity: z.enum(SEVERITIES), gift: z.literal(true).optional() })).optional(),
  /** A fast: daytime food offers aimed at it are flagged, and, during it, in `markets` without naming it. */
  fast: z.strictObject({ markets: z.array(z.enum(MARKETS)).min(1) }).optional(),
  guidance: Localized,
  observed: z.string().trim().min(1),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});
export type Observance = z.infer<typeof ObservanceSchema>;

const CueSchema = z.strictObject({
  terms: z.array(Term).min(1),
  inflect: z.boolean().optional(),
  /** What the cue offers, in messages ("alcohol"): required of a cue an observance avoids. */
  label: Localized.optional(),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});

/** The cue sets the rule itself reads. */
export const RULE_CUES = ["happy", "offer", "daytime-meal", "night-meal", "cheat", "timing", "gift", "recast"] as const;

export const ObservancesSchema = z
  .strictObject({
    about: z.string().trim().min(1),
    observances: z.array(ObservanceSchema).min(1),
    cues: z.record(CueName, CueSchema),
    safe: z.array(z.strictObject({ terms: z.array(Term).min(1), note: z.string().trim().min(1) })),
  })
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    for (const name of RULE_CUES) if (!(name in list.cues)) ctx.addIssue({ code: "custom", path: ["cues"], message: `the rule needs the cue set ${name}` });
    list.observances.forEach((o, i) => {
      if (ids.has(o.id)) ctx.addIssue({ code: "custom", path: ["observances", i, "id"], message: `duplicate id ${o.id}` });
      ids.add(o.id);
      for (const name of o.context ?? []) {
        if (!(name in list.cues)) ctx.addIssue({ code: "custom", path: ["observances", i, "context"], message: `unknown cue set ${name}` });
      }
      for (const a of o.avoid ?? []) {
        if (!list.cues[a.cue]?.label) ctx.addIssue({ code: "custom", path: ["observances", i, "avoid"], message: `${a.cue}: a cue set with a label` });
      }
    });
  });

const DATA = ObservancesSchema.parse(data);
export const OBSERVANCES: readonly Observance[] = DATA.observances;
const IDS = OBSERVANCES.map((o) => o.id) as [string, ...string[]];

const Options = z.strictObject({
  /** Observances to leave out, by id. */
  skip: z.array(z.enum(IDS, { message: `expected an observance: ${IDS.join(", ")}` })).default([]),
});
type OptionsT = z.infer<typeof Options>;

/** How a name refers to its observance. */
type NameKind = "name" | "ambiguous" | "greeting" | "happy";
type Key = { obs: number; kind: NameKind } | { cue: string } | "safe";

interface Span {
  start: number;
  end: number;
}
interface Ref extends Span {
  obs: number;
  kind: NameKind;
}

const HUMOUR: ReadonlySet<Register> = new Set(["humour"]);
const LOWER: Record<Severity, Severity> = { block: "warn", warn: "info", info: "info" };
const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_BREAK = /[.!?\n\u3002\uff01\uff1f]/u;

/**
 * Religious and cultural observances, dated by the platform's own calendars (Intl's Islamic,
 * Hebrew and Chinese calendars, the computus, the sun and the moon: support/observance-dates.ts),
 * and what a post does with them (lib/engine/reading.ts): a joke about a solemn day, a solemn day
 * used to sell, "happy" for a fast or a day of mourning, food and drink offered to people who are
 * fasting (named, or during the fast in a market that keeps it) or a fast waved away ("nobody's
 * counting", a cheat day), what those who keep a feast do not eat or drink or give (a clock at a
 * Chinese festival), a day recast as a party or someone else's holiday ("Mexican Halloween"), and a
 * greeting far from the day unless the post gives the day itself ("close on Sunday 20 September").
 * Greetings, closures, iftar menus and festive sales are not flagged.
 *
 * Cost: the names and cues join the shared matcher; dates are computed only for a post that has a
 * name or a daytime-meal word, once per observance and year.
 */
export default defineRule<OptionsT, undefined, Key>({
  meta: {
    id: "dates/observances",
    category: "dates",
    severity: "warn",
    description: {
      en: "Religious observances (Ramadan, Eid, Yom Kippur, Passover, Lent, Good Friday, Easter, Diwali, Holi, Vesak, Lunar New Year, Qingming, the Day of the Dead, …), dated every year by their own calendars: jokes about solemn days, solemn days used to sell, 'happy' for a fast, food offers to people who are fasting or jokes about cheating on the fast, forbidden food, drink or gifts offered for a feast, a day recast as a party or someone else's holiday, and greetings on the wrong day.",
      "zh-CN": "宗教与传统节日（斋月、开斋节、赎罪日、逾越节、大斋期、耶稣受难日、复活节、排灯节、洒红节、卫塞节、春节、清明节、亡灵节等），每年按各自的历法推算日期：拿庄重的节日开玩笑或做促销、对斋戒日说“快乐”、向禁食的人推餐饮或拿偷偷破戒开玩笑、为节日推守节者忌讳的食物、酒或礼物、把节日说成派对或别的节日，以及在错误的日子发节日问候。",
    },
    messages: {
      joke: {
        en: "“{{excerpt}}”: {{title}} is holy to those who keep it, and the post jokes about it (“{{cue}}”).",
        "zh-CN": "“{{excerpt}}”：{{title}}对守节的人而言是神圣的日子，而帖子在拿它开玩笑（“{{cue}}”）。",
      },
      recast: {
        en: "“{{excerpt}}”: the post makes {{title}} a party theme or someone else's holiday (“{{cue}}”). To those who keep it, the day has its own meaning.",
        "zh-CN": "“{{excerpt}}”：帖子把{{title}}说成派对主题或别的节日（“{{cue}}”），而对守节的人来说，这一天有它自己的意义。",
      },
      sells: {
        en: "“{{excerpt}}”: the post uses {{title}}, a solemn day, to sell (“{{promotion}}”).",
        "zh-CN": "“{{excerpt}}”：帖子借{{title}}这一庄重的日子做推销（“{{promotion}}”）。",
      },
      happy: {
        en: "“{{excerpt}}”: {{title}} is a solemn day, not a happy one. Say “{{suggestion}}” instead.",
        "zh-CN": "“{{excerpt}}”：{{title}}是庄重的日子，不宜说“快乐”。可改为“{{suggestion}}”。",
      },
      preferredGreeting: {
        en: "“{{excerpt}}”: for {{title}}, many readers prefer “{{suggestion}}”.",
        "zh-CN": "“{{excerpt}}”：{{title}}期间，很多读者更习惯说“{{suggestion}}”。",
      },
      avoid: {
        en: "“{{excerpt}}” is offered in a post about {{title}}, and many who keep it do not eat or drink {{goods}}.",
        "zh-CN": "“{{excerpt}}”出现在与{{title}}相关的帖子里，而许多守节的人忌{{goods}}。",
      },
      avoidGift: {
        en: "“{{excerpt}}” is offered as a gift in a post about {{title}}: {{goods}}.",
        "zh-CN": "“{{excerpt}}”在与{{title}}相关的帖子里被当作礼物推荐：{{goods}}。",
      },
      fastFood: {
        en: "“{{excerpt}}”: a daytime food or drink offer next to {{title}}, when those who keep it are fasting. Offer the meal that breaks the fast instead.",
        "zh-CN": "“{{excerpt}}”：在{{title}}的帖子里推白天的餐饮优惠，而守斋的人此时正在禁食。请改为推广开斋的餐食。",
      },
      fastCheat: {
        en: "“{{excerpt}}” invites people who keep {{title}} to break their fast: it mocks the fast.",
        "zh-CN": "“{{excerpt}}”怂恿守{{title}}的人破戒，是在嘲弄斋戒。",
      },
      fastMarket: {
        en: "“{{excerpt}}”: it is {{title}} (day {{day}}) where this post goes out, and a daytime food or drink offer reads as aimed at people who are fasting.",
        "zh-CN": "“{{excerpt}}”：这条帖子面向的市场正值{{title}}（第{{day}}天），白天的餐饮优惠会被看作是冲着禁食的人去的。",
      },
      mistimed: {
        en: "“{{excerpt}}” greets {{title}}, which {{relative}} ({{date}}): check the publish date.",
        "zh-CN": "“{{excerpt}}”是{{title}}的问候，而该节日{{relative}}（{{date}}）：请核对发布日期。",
      },
    },
    options: Options as unknown as z.ZodType<OptionsT>,
  },
  prepare({ options }) {
    const terms: TermSpec<Key>[] = [];
    OBSERVANCES.forEach((o, obs) => {
      if (options.skip.includes(o.id)) return;
      const add = (list: readonly string[] | undefined, kind: NameKind) => {
        for (const term of list ?? []) terms.push({ term, key: { obs, kind }, inflect: false, native: true });
      };
      add(o.names, "name");
      add(o.ambiguous, "ambiguous");
      add(o.greetings, "greeting");
      add(o.happy?.terms, "happy");
    });
    for (const [name, cue] of Object.entries(DATA.cues)) {
      for (const term of cue.terms) terms.push({ term, key: { cue: name }, inflect: cue.inflect !== false, native: true });
    }
    for (const s of DATA.safe) for (const term of s.terms) terms.push({ term, key: "safe", inflect: false, native: true });
    return { terms };
  },
  check(ctx) {
    const hits = ctx.hits;
    if (hits.length === 0) return;
    const safe = coveredBy(hits.filter((h) => h.key === "safe"));
    const named: Ref[] = [];
    const cues = new Map<string, Span[]>();
    for (const h of hits) {
      const k = h.key;
      if (k === "safe" || safe(h)) continue;
      if ("obs" in k) named.push({ start: h.start, end: h.end, obs: k.obs, kind: k.kind });
      else (cues.get(k.cue) ?? cues.set(k.cue, []).get(k.cue)!).push(h);
    }
    if (named.length === 0 && !cues.has("daytime-meal")) return;
    new Judgement(ctx, named, cues).run();
  },
});

/** One post's judgement: its references to observances, and what it does with them. */
class Judgement {
  private readonly text: string;
  private readonly locale: Locale;
  private readonly near = new Map<number, Nearest | undefined>();
  private today: DayNumber | undefined;
  private sentences: readonly Span[] | undefined;

  constructor(
    private readonly ctx: CheckContext<OptionsT, undefined, Key>,
    private readonly named: readonly Ref[],
    private readonly cues: ReadonlyMap<string, readonly Span[]>,
  ) {
    this.text = ctx.text;
    this.locale = ctx.context.locale;
  }

  run(): void {
    const refs = this.references();
    const byObs = new Map<number, Ref[]>();
    for (const r of refs) (byObs.get(r.obs) ?? byObs.set(r.obs, []).get(r.obs)!).push(r);
    const inRefs = (c: Span) => refs.some((r) => c.start < r.end && r.start < c.end);
    for (const [obs, list] of byObs) this.judge(obs, list, inRefs);
    if (this.cues.has("daytime-meal")) this.fastingMarkets(byObs);
  }

  /**
   * The references, one per stretch of text ("Eid al-Fitr", not "Eid" inside it): an ambiguous
   * name counts near the date, next to its context cues, or beside a sure reference to the same day.
   */
  private references(): Ref[] {
    const sure = new Set(this.named.filter((r) => r.kind !== "ambiguous").map((r) => r.obs));
    const counted = this.named.filter((r) => {
      if (r.kind !== "ambiguous") return true;
      const o = OBSERVANCES[r.obs]!;
      if (o.matchCase && !o.ambiguous!.includes(this.slice(r))) return false;
      if (sure.has(r.obs)) return true;
      return (o.context ?? []).some((name) => this.has(name, r)) || this.inWindow(r.obs);
    });
    return onePerSpan(counted.map((r) => ({ key: r, start: r.start, end: r.end }))).map((h) => h.key);
  }

  private judge(obs: number, refs: readonly Ref[], inRefs: (c: Span) => boolean): void {
    const o = OBSERVANCES[obs]!;
    const first = refs[0]!;
    const { register } = this.ctx;
    const joke = o.joke ? register.first(HUMOUR, inRefs) : undefined;
    const recast = this.cues.get("recast")?.find((c) => !inRefs(c));
    if (o.joke && joke) this.report("joke", first, o.joke, obs, { cue: this.slice(joke) });
    else if (recast) this.report("recast", first, "warn", obs, { cue: this.slice(recast) });
    else if (o.sell) this.sells(o.sell, obs, refs, inRefs);
    if (o.happy) this.happy(o.happy, obs, refs);
    for (const a of o.avoid ?? []) {
      const gifts = a.gift ? new Set((this.cues.get("gift") ?? []).map((g) => this.sentenceOf(g))) : undefined;
      const goods = this.cues.get(a.cue)?.find((g) => !gifts || gifts.has(this.sentenceOf(g)));
      if (goods) this.report(a.gift ? "avoidGift" : "avoid", goods, a.severity, obs, { goods: DATA.cues[a.cue]!.label![this.locale] });
    }
    if (o.fast) {
      const cheat = this.cues.get("cheat")?.[0];
      const meal = cheat ? undefined : this.daytimeOffer();
      if (cheat) this.report("fastCheat", cheat, "block", obs);
      else if (meal) this.report("fastFood", meal, "block", obs);
    }
    const greeting = refs.find((r) => r.kind === "greeting");
    if (greeting && !this.cues.has("timing") && !this.inWindow(obs) && !this.datesTheDay(obs)) this.mistimed(greeting, obs);
  }

  /** An offer in the sentence that names a solemn day uses it to sell; elsewhere in the post it is a step lower. */
  private sells(severity: Severity, obs: number, refs: readonly Ref[], inRefs: (c: Span) => boolean): void {
    const cues = this.ctx.register.cues();
    const offers = [
      ...cues.filter((c) => (c.register === "promotion" || c.register === "launch") && !inRefs(c)),
      ...(this.cues.get("offer") ?? []),
    ];
    if (offers.length === 0) return;
    for (const r of refs) {
      const offer = offers.find((c) => this.sameSentence(r, c));
      if (offer) return this.report("sells", r, severity, obs, { promotion: this.slice(offer) });
    }
    const respectful = cues.some((c) => RESPECTFUL.has(c.register));
    this.report("sells", refs[0]!, respectful ? "info" : LOWER[severity], obs, { promotion: this.slice(offers[0]!) });
  }

  /** "Happy" right next to the name of a fast or a day of mourning ("Happy Yom Kippur", "中元节快乐"). */
  private happy(happy: NonNullable<Observance["happy"]>, obs: number, refs: readonly Ref[]): void {
    let span = refs.find((r) => r.kind === "happy") as Span | undefined;
    for (const r of refs) {
      if (span) break;
      const cue = (this.cues.get("happy") ?? []).find((h) => this.adjacent(r, h));
      if (cue) span = { start: Math.min(r.start, cue.start), end: Math.max(r.end, cue.end) };
    }
    if (!span) return;
    const messageId = happy.severity === "info" ? "preferredGreeting" : "happy";
    this.report(messageId, span, happy.severity, obs, { suggestion: happy.suggest[0]! }, happy.suggest);
  }

  private mistimed(greeting: Ref, obs: number): void {
    const near = this.nearest(obs);
    if (!near) return;
    const days = near.fromStart;
    const d = dateOf(near.start);
    const zh = this.locale === "zh-CN";
    const about = OBSERVANCES[obs]!.approximate ? (zh ? "大约" : "about ") : "";
    const relative = zh
      ? days < 0 ? `${about}还有${-days}天` : `${about}已过去${days}天`
      : days < 0 ? `is in ${about}${-days} days` : `was ${about}${days} days ago`;
    const date = zh ? `${d.year}年${d.month}月${d.day}日` : `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
    this.report("mistimed", greeting, "warn", obs, { relative, date });
  }

  /**
   * During a fast, in a market that keeps it, a daytime food offer reads as aimed at the people
   * fasting even when the post does not name the fast (McDonald's breakfast ads in Dubai).
   */
  private fastingMarkets(byObs: ReadonlyMap<number, readonly Ref[]>): void {
    let markets: ReadonlySet<string> | undefined;
    OBSERVANCES.forEach((o, obs) => {
      if (!o.fast || byObs.has(obs) || this.ctx.options.skip.includes(o.id)) return;
      markets ??= marketsOf(this.ctx.context, this.text);
      if (!o.fast.markets.some((m) => markets!.has(m))) return;
      const near = this.nearest(obs);
      if (!near || near.outside !== 0) return;
      const meal = this.daytimeOffer();
      if (meal) this.report("fastMarket", meal, "warn", obs, { day: near.fromStart + 1 });
    });
  }

  /** A daytime meal in a sentence with an offer and without the meal that breaks the fast. */
  private daytimeOffer(): Span | undefined {
    const promotions = this.ctx.register.cues().filter((c) => c.register === "promotion");
    const offers = new Set([...promotions, ...(this.cues.get("offer") ?? [])].map((o) => this.sentenceOf(o)));
    const nights = new Set((this.cues.get("night-meal") ?? []).map((n) => this.sentenceOf(n)));
    return (this.cues.get("daytime-meal") ?? []).find((m) => offers.has(this.sentenceOf(m)) && !nights.has(this.sentenceOf(m)));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private report(messageId: string, span: Span, severity: Severity, obs: number, data: Record<string, string | number> = {}, suggestions?: string[]): void {
    const o = OBSERVANCES[obs]!;
    const title = o.title[this.locale];
    const report: Report = {
      messageId,
      start: span.start,
      end: span.end,
      severity,
      data: { excerpt: this.slice(span), title, ...data },
      guidance: o.guidance[this.locale],
      refers: { kind: "observance", label: title },
    };
    if (suggestions) report.suggestions = suggestions;
    this.ctx.report(report);
  }

  private slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  /** Whether a cue set has a hit in the post outside `own` (an ambiguous name's own words). */
  private has(name: string, own: Span): boolean {
    return (this.cues.get(name) ?? []).some((s) => s.end <= own.start || s.start >= own.end);
  }

  private sameSentence(a: Span, b: Span): boolean {
    return this.sentenceOf(a) === this.sentenceOf(b);
  }

  /** The index of the sentence a span starts in (the last one that starts at or before it). */
  private sentenceOf(s: Span): number {
    const sentences = (this.sentences ??= splitSentences(this.text));
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= s.start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Two spans with at most two words and no sentence break between them. */
  private adjacent(a: Span, b: Span): boolean {
    const gap = a.end <= b.start ? this.text.slice(a.end, b.start) : b.end <= a.start ? this.text.slice(b.end, a.start) : "";
    return !SENTENCE_BREAK.test(gap) && (gap.match(WORD)?.length ?? 0) <= 2;
  }

  /** The publish date, where the post goes out. */
  private day(): DayNumber {
    if (this.today === undefined) {
      const local = localDay(this.ctx.context.at, this.ctx.context.timeZone);
      this.today = dayNumber(local.year, local.month, local.day);
    }
    return this.today;
  }

  private nearest(obs: number): Nearest | undefined {
    if (!this.near.has(obs)) this.near.set(obs, nearestOccurrence(OBSERVANCES[obs]!.on, this.day()));
    return this.near.get(obs);
  }

  private inWindow(obs: number): boolean {
    return this.windowHolds(obs, this.nearest(obs));
  }

  private windowHolds(obs: number, near: Nearest | undefined): boolean {
    const o = OBSERVANCES[obs]!;
    return near !== undefined && near.outside >= -o.before && near.outside <= o.after;
  }

  /**
   * Whether the post names a day in the observance's window ("close for Yom Kippur from 2pm on
   * Sunday 20 September", "Happy Diwali to everyone celebrating on the 8th"): a greeting in it is
   * said ahead on purpose, for the day the post itself gives, and is not mistimed.
   */
  private datesTheDay(obs: number): boolean {
    const on = OBSERVANCES[obs]!.on;
    return datesInText(this.text, this.day()).some((day) => this.windowHolds(obs, nearestOccurrence(on, day)));
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
