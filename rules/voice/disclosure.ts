import { z } from "zod";
import { SafePhraseSchema } from "../../lib/engine/kinds/term-list.ts";
import { defineRule, noOptions, type CheckContext, type Hit } from "../../lib/engine/rule.ts";
import { parseTerm, type RegexFinder } from "../../lib/engine/terms.ts";
import { knownWordCost } from "../../lib/engine/segment.ts";
import { fold } from "../../lib/engine/text.ts";
import { tokenize, type Tokens } from "../../lib/engine/tokenize.ts";
import data from "./disclosure.json" with { type: "json" };
import { reportable, TermCollector, VoiceEntrySchema, type TermInfo } from "./support/data.ts";
import { postedAsBrand } from "./support/text.ts";

export const TRIGGER_GROUPS = ["gift", "affiliate", "unclear", "partnership", "agent", "giftHint", "commerceHint", "creator"] as const;
type Group = (typeof TRIGGER_GROUPS)[number];

export const DisclosureFileSchema = z.strictObject({
  about: z.string().min(1),
  triggers: z.array(VoiceEntrySchema.extend({ group: z.enum(TRIGGER_GROUPS) })).min(1),
  disclosures: z.array(VoiceEntrySchema).min(1),
  /** "Not sponsored", "I paid for it myself": clears hints, not a gift or a code the post names. */
  independent: VoiceEntrySchema,
  /** Words of a first-person endorsement, for a post on one brand account about another brand. */
  placementPraise: VoiceEntrySchema,
  /** A call to act ("link in bio", "grab a bag", a link), for the same. */
  placementAction: VoiceEntrySchema,
  /** Ordinary phrases holding a trigger ("photo courtesy of"). */
  safe: z.array(SafePhraseSchema),
});

const FILE = DisclosureFileSchema.parse(data);

/**
 * A trigger entry's index, a disclosure (built in or the team's `voice.disclosures`), a statement
 * of independence, or one of the brand's names.
 */
type Entry = number | "disclosure" | "independent" | "brand" | "praise" | "act";
interface State {
  info: TermInfo<Entry>[];
  /** Regular-expression disclosures ("#ad", "Ad:"), run only when a trigger is found. */
  disclosureRegexes: RegexFinder[];
  /** Words of the brand's names: a name before "sent me" makes it a gift. */
  brandWords: Set<string>;
  /**
   * The brand's names, folded, with the words of each, that have an account of their own in
   * `brand.accounts`: to tell a post's own name from another client's. A product with no account
   * of its own ("Ridge Roast") is the brand's own, whatever account names it.
   */
  names: { folded: string; words: string[] }[];
  /** Regular expressions among the calls to act (a link), run only for a placement's candidate. */
  actionRegexes: RegexFinder[];
}

const isRegex = (term: string) => /^\/.+\/[a-z]*$/s.test(term);

function regexFinder(term: string, builtIn: boolean): RegexFinder {
  const parsed = parseTerm(term, { native: builtIn });
  if (parsed.kind !== "regex") throw new Error(`${term} is not a regular expression`);
  return parsed.find;
}

/** Signs that stand on their own; the others (agent without a name, hints) count only together. */
const STRONG: ReadonlySet<Group> = new Set(["gift", "affiliate", "unclear", "partnership"]);

/**
 * Capitalized words before "sent me" that are people close to the author, not companies: "Mum sent
 * me" is family, "Acme sent me" a gift.
 */
const KIN = new Set(
  "i he she they we you it mum mom dad mama papa nan nana gran granny grandma grandpa auntie aunt uncle sis bro babe hubby wife husband boyfriend girlfriend bestie friend santa god someone somebody everyone nobody".split(
    " ",
  ),
);

/** A discount code as creators write it: capitals and digits, at least four, after "use" or "code". */
const CODE = /^(?=[A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{3,}$/;
const CODE_CUES = new Set(["use", "code", "enter", "apply"]);

/** Nouns that name a company without its name: "the brand sent me", "the hotel put us up". */
const COMPANY_NOUNS = new Set(["brand", "brands", "company", "hotel", "resort", "airline", "label", "pr"]);

/**
 * Who is named right before `start`: a "company" when it is an @mention, a word of the brand's
 * names, a company noun ("the brand sent me") or a capitalized word no dictionary knows ("Wanderly
 * put me up"); a "name" when it is a capitalized everyday word that does not start the sentence
 * ("Skylark Air flew us", or a person: "my friend Sarah sent me"); otherwise nothing ("my sister
 * sent me", "He sent me").
 */
function nameBefore(text: string, tokens: Tokens, start: number, brandWords: ReadonlySet<string>): "company" | "name" | undefined {
  const list = tokens.list;
  let i = list.findIndex((t) => t.start >= start);
  if (i <= 0 || list[i]!.clause) return undefined;
  const t = list[--i]!;
  if (t.kind === "mention") return "company";
  if (t.kind !== "word" || KIN.has(t.norm)) return undefined;
  if (brandWords.has(t.norm) || COMPANY_NOUNS.has(t.norm)) return "company";
  if (!/^\p{Lu}/u.test(text.slice(t.start, t.end))) return undefined;
  if (knownWordCost(t.norm) === undefined) return "company";
  const sentenceStart = i === 0 || t.clause;
  return sentenceStart ? undefined : "name";
}

/** Discount codes in capitals after "use" or "code" ("use JAYWANDER", "code LINA20"). */
function hasCode(text: string, tokens: Tokens): { start: number; end: number } | undefined {
  const list = tokens.list;
  for (let i = 1; i < list.length; i++) {
    const t = list[i]!;
    if (t.kind !== "word" || t.clause || !CODE_CUES.has(list[i - 1]!.norm)) continue;
    if (CODE.test(text.slice(t.start, t.end))) return { start: list[i - 1]!.start, end: t.end };
  }
  return undefined;
}

/** Quotation marks: the creator's own words, quoted in the brand's post. */
const QUOTE = /["'“”‘’「」『』]/;
/** An @mention right after the frame (Chinese text has no mention tokens, so this reads the text). */
const MENTION_NEXT = /^\s{0,2}[@＠][^\s@＠]/;

/**
 * The brand's own account quoting a creator it names ("Takeover by @sofia: 'this is the only thing
 * that worked'", "From our friend @mo", 转载达人@小鹿): the endorsement is the brand's advertising,
 * and whether the creator was paid or gifted is a material connection the post must state (FTC
 * Endorsement Guides §255.5; CMA/ASA: brands answer for the creators' posts they use). The frame
 * must stand right before an @mention, and the post must quote someone; a disclosure clears it,
 * a quoted "not sponsored" does not (the brand is publishing it). Runs only when a frame was found.
 */
function creatorOnBrand(
  text: string,
  hits: readonly Hit<number>[],
  state: State,
  report: CheckContext<Record<string, never>, State, number>["report"],
): boolean {
  const frames = hits.filter((h) => {
    const entry = state.info[h.key]?.entry;
    return typeof entry === "number" && FILE.triggers[entry]!.group === "creator";
  });
  if (frames.length === 0 || !QUOTE.test(text)) return false;
  const frame = frames.find((h) => MENTION_NEXT.test(text.slice(h.end, h.end + 4)));
  if (!frame) return false;
  const found = reportable(text, hits, state.info);
  if (found.some((h) => h.key === "disclosure") || disclosedByPattern(text, state)) return true;
  const entry = FILE.triggers[state.info[frame.key]!.entry as number]!;
  report({ messageId: "creator", data: { excerpt: text.slice(frame.start, frame.end) }, start: frame.start, end: frame.end, guidance: entry.note });
  return true;
}

/**
 * The brand's own account publishing someone's "nobody paid me" ("From @mo: 'Nobody paid me to say
 * that!'", 转自@阿杰：“没有收钱”): the brand cannot vouch for an independence it may have bought, and
 * when the person is a partner the claim is false (FTC Endorsement Guides §255.5; CMA/ASA). It needs
 * someone named (an @mention) and a quotation; a disclosure clears it.
 */
function denialOnBrand(
  text: string,
  hits: readonly Hit<number>[],
  state: State,
  report: CheckContext<Record<string, never>, State, number>["report"],
): void {
  const denial = hits.find((h) => state.info[h.key]?.entry === "independent");
  if (!denial || !QUOTE.test(text) || !MENTION.test(text)) return;
  if (disclosed(text, hits, state)) return;
  report({ messageId: "denial", data: { excerpt: text.slice(denial.start, denial.end) }, start: denial.start, end: denial.end, guidance: FILE.independent.note });
}
const MENTION = /[@＠][\p{L}\p{N}_]/u;

/** A disclosure written as a pattern ("#ad", "Ad:"): run only once a post needs one. */
const disclosedByPattern = (text: string, state: State): boolean => state.disclosureRegexes.some((find) => find(text).length > 0);

/** A disclosure among the hits, or written as a pattern. */
const disclosed = (text: string, hits: readonly Hit<number>[], state: State): boolean =>
  hits.some((h) => state.info[h.key]?.entry === "disclosure") || disclosedByPattern(text, state);

/** A name's letters and digits, lower-cased ("Crumb & Co" → "crumbco"): to compare names with handles. */
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Whether a brand name belongs to the account: its words are all in the handle ("Crumb & Co", @crumbandco), or the handle in it. */
function ownName(name: { folded: string; words: string[] }, handle: string): boolean {
  const h = compact(handle.replace(/@[^@]*\.[^@]*$/, ""));
  if (h === "" || name.folded === "") return false;
  return name.folded.includes(h) || name.words.every((w) => h.includes(w));
}

/**
 * One brand account praising another of the team's brands (a name with an account of its own) with a call to act ("Tellio 5G made our
 * scrims lag-free. Switch now: tellio.example/…" on a games brand's account; "Grab a bag of Nuvola's
 * blend" on a bakery's): a placement between clients, which is advertising for the other brand and
 * must say so (FTC §255.5, CAP Code 2.1). Three concepts: another client's name, a first-person
 * endorsement, a call to act; a disclosure clears it. A brand's own names (its handle's words) are
 * not another's.
 */
function placementOnBrand(
  text: string,
  hits: readonly Hit<number>[],
  state: State,
  account: string,
  report: CheckContext<Record<string, never>, State, number>["report"],
): void {
  const entryOf = (h: Hit<number>) => state.info[h.key]?.entry;
  const other = hits.find((h) => {
    if (entryOf(h) !== "brand") return false;
    const folded = compact(text.slice(h.start, h.end).replace(/['’]s$/u, ""));
    const name = state.names.find((n) => n.folded === folded);
    return name !== undefined && !ownName(name, account);
  });
  if (!other || !hits.some((h) => entryOf(h) === "praise")) return;
  if (!hits.some((h) => entryOf(h) === "act") && !state.actionRegexes.some((find) => find(text).length > 0)) return;
  if (disclosed(text, hits, state)) return;
  const end = other.end - (/['’]s$/u.exec(text.slice(other.start, other.end))?.[0].length ?? 0);
  report({ messageId: "placement", data: { excerpt: text.slice(other.start, end) }, start: other.start, end, guidance: FILE.placementAction.note });
}

/**
 * A post that points to a paid, gifted or affiliate relationship without saying it is an ad
 * (FTC Endorsement Guides, CMA/ASA influencers' guide, and the labels other countries require).
 * Posts from the brand's own accounts are the brand's own advertising and are not checked. Clear
 * signs (a gift, an affiliate link, "Acme sent me") are enough alone; hints count together: a sign
 * of a gift with a sign of selling ("…for the upgrade. Link in bio for 10% off"), or two different
 * signs of a gift ("got upgraded… breakfast on the house").
 */
export default defineRule<Record<string, never>, State, number>({
  meta: {
    id: "voice/disclosure",
    category: "voice",
    severity: "warn",
    description: {
      en: "Sponsored, gifted or affiliate posts without a clear disclosure such as #ad or “Paid partnership”.",
      "zh-CN": "有赞助、赠品或联盟推广关系却没有明确标识（如 #ad 或“付费合作”）的帖子。",
    },
    messages: {
      missing: {
        en: "“{{excerpt}}” points to a paid, gifted or affiliate relationship, and the post has no clear disclosure. Start it with “Ad:”, add #ad, or use the platform's paid-partnership label.",
        "zh-CN": "“{{excerpt}}”表明存在付费、赠品或联盟推广关系，但帖子没有明确的广告标识。请以“广告：”开头、加上 #ad，或使用平台的“付费合作”标签。",
      },
      unclear: {
        en: "“{{excerpt}}” does not tell readers this is an ad: the FTC and the ASA call labels like #sp, #spon and #collab unclear. Use #ad or “Paid partnership”.",
        "zh-CN": "“{{excerpt}}”无法让读者明白这是广告：美国 FTC 和英国 ASA 认为 #sp、#spon、#collab 这类标签不够清楚。请使用 #ad 或“付费合作”。",
      },
      partnership: {
        en: "“{{excerpt}}” may describe a paid relationship. If the brand paid for this post or gave the product, say so: add #ad or “Paid partnership”.",
        "zh-CN": "“{{excerpt}}”可能涉及付费合作关系。如果品牌为此帖付费或赠送了产品，请明确说明：加上 #ad 或“付费合作”。",
      },
      connection: {
        en: "“{{excerpt}}” is a brand {{author}} works with, praised from a personal account ({{account}}) with no disclosure. Say the connection: add #ad, or “I work with {{excerpt}}”.",
        "zh-CN": "“{{excerpt}}”是{{author}}服务的品牌，却在个人账号（{{account}}）上推荐且未披露关系。请说明利益关系：加上“广告”，或写明“利益相关：我为{{excerpt}}工作”。",
      },
      creator: {
        en: "“{{excerpt}}” puts a creator's endorsement in the brand's own post. If the creator is paid, gifted or an ambassador, say so (“Paid partnership with …”, #ad); the brand answers for the claim, and a quoted “not sponsored” cannot be true here.",
        "zh-CN": "“{{excerpt}}”把达人的推荐放进了品牌自己的帖子。如果达人收了费用、赠品或是品牌大使，请写明（“与……付费合作”“广告”）；品牌要为这段推荐负责，引用里的“不是广告”在这里也站不住。",
      },
      placement: {
        en: "“{{excerpt}}” is another of the team's brands, praised with a call to act from this brand's account: if it is a paid placement or a partnership, say so (“Paid partnership with {{excerpt}}”, #ad).",
        "zh-CN": "“{{excerpt}}”是团队服务的另一个品牌，却在本品牌账号上被推荐并引导购买：如果这是付费植入或合作，请写明（“与{{excerpt}}付费合作”、加上“广告”）。",
      },
      denial: {
        en: "“{{excerpt}}” is quoted in the brand's own post: the brand cannot vouch that nobody paid. If the person is a partner, paid or gifted, the claim is false; say the connection (#ad, “Paid partnership”) or leave the line out.",
        "zh-CN": "品牌自己的帖子引用了“{{excerpt}}”：品牌无法担保对方没有收钱。如果对方是合作方、收了费用或赠品，这句话就是假的；请写明合作关系（“广告”“付费合作”）或删掉这句。",
      },
      hints: {
        en: "“{{excerpt}}” and “{{other}}” together suggest a gift or a commission, and the post has no clear disclosure. If a brand gave, hosted or pays for anything here, add #ad.",
        "zh-CN": "“{{excerpt}}”和“{{other}}”同时出现，暗示存在赠品或佣金关系，但帖子没有明确的广告标识。如果品牌赠送、招待或为此付费，请加上 #ad。",
      },
    },
    options: noOptions,
  },
  prepare({ ruleSet }) {
    const terms = new TermCollector<Entry>();
    FILE.triggers.forEach((entry, i) => {
      for (const term of entry.terms) terms.add(term, i, { inflect: entry.inflect !== false, builtIn: true });
    });
    const disclosureRegexes: RegexFinder[] = [];
    const addDisclosure = (term: string, inflect: boolean, builtIn: boolean) => {
      if (isRegex(term)) disclosureRegexes.push(regexFinder(term, builtIn));
      else terms.add(term, "disclosure", { inflect, builtIn });
    };
    for (const entry of FILE.disclosures) for (const term of entry.terms) addDisclosure(term, entry.inflect !== false, true);
    for (const term of ruleSet.voice?.disclosures ?? []) addDisclosure(term, true, false);
    for (const term of FILE.independent.terms) terms.add(term, "independent", { inflect: false, builtIn: true });
    for (const safe of FILE.safe) for (const term of safe.terms) terms.add(term, "safe", { inflect: false, builtIn: true });
    const brandWords = new Set((ruleSet.brand?.names ?? []).flatMap((n) => tokenize(n).list.map((t) => t.norm)));
    const handles = (ruleSet.brand?.accounts ?? []).map((a) => a.handle);
    const names = (ruleSet.brand?.names ?? [])
      .map((n) => ({ folded: compact(n), words: tokenize(n).list.map((t) => compact(t.norm)).filter((w) => w !== "") }))
      .filter((name) => handles.some((handle) => ownName(name, handle)));
    for (const term of FILE.placementPraise.terms) terms.add(term, "praise", { inflect: false, builtIn: true });
    const actionRegexes: RegexFinder[] = [];
    for (const term of FILE.placementAction.terms) {
      if (isRegex(term)) actionRegexes.push(regexFinder(term, true));
      else terms.add(term, "act", { inflect: false, builtIn: true });
    }
    // The brand's own names, for a team member's post about them from a personal account.
    // With its possessive ("Harbour Coffee's cold brew"), as spokesperson/unapproved reads it.
    for (const name of ruleSet.brand?.names ?? []) {
      terms.add(name, "brand", { inflect: false, builtIn: false });
      if (/\p{L}$/u.test(name)) terms.add(`${name}'s`, "brand", { inflect: false, builtIn: false });
    }
    return { terms: terms.terms, state: { info: terms.info, disclosureRegexes, brandWords, names, actionRegexes } };
  },
  check({ hits, state, text, tokens, ruleSet, context, report }) {
    if (hits.length === 0) return;
    const isPlacementCue = (h: { key: number }) => {
      const e = state.info[h.key]?.entry;
      return e === "praise" || e === "act";
    };
    if (postedAsBrand(ruleSet, context)) {
      placementOnBrand(text, hits, state, context.account!, report);
      const own = hits.filter((h) => !isPlacementCue(h));
      if (!creatorOnBrand(text, own, state, report)) denialOnBrand(text, own, state, report);
      return;
    }
    const isName = (h: { key: number }) => state.info[h.key]?.entry === "brand";
    const found = reportable(
      text,
      hits.filter((h) => !isName(h) && !isPlacementCue(h)),
      state.info,
    );
    if (found.some((h) => h.key === "disclosure")) return; // disclosed in words
    /**
     * Someone the rule set names (a team member or a paid creator) praising one of the brand's names
     * from a personal account: the connection is material and must be said (FTC Endorsement Guides
     * §255.5 on employees; CMA/ASA guidance), even with no gift or code in sight.
     */
    const connection = (): void => {
      const { author, account } = context;
      const person = author ? ruleSet.spokespeople?.find((p) => p.id.toLowerCase() === author.toLowerCase()) : undefined;
      if (!person || !account) return;
      const name = hits.find(isName);
      if (!name || disclosedByPattern(text, state)) return;
      report({
        messageId: "connection",
        data: { excerpt: text.slice(name.start, name.end), author: person.name ?? person.id, account },
        start: name.start,
        end: name.end,
      });
    };
    const triggers = found.filter((h): h is typeof h & { key: number } => typeof h.key === "number");
    if (triggers.length === 0) return connection();
    const groupOf = (h: { key: number; start: number }): Group | undefined => {
      const g = FILE.triggers[h.key]!.group;
      if (g !== "agent") return g;
      const named = nameBefore(text, tokens, h.start, state.brandWords);
      return named === "company" ? "gift" : named === "name" ? "giftHint" : undefined;
    };
    const strong = triggers.filter((h) => {
      const g = groupOf(h);
      return g !== undefined && STRONG.has(g);
    });
    const personal = context.account !== undefined; // and not the brand's (checked above)

    if (strong.length > 0) {
      if (disclosedByPattern(text, state)) return;
      // One finding for the post, at its clearest sign: a gift or a code before a mere partnership.
      const rank = (h: { key: number; start: number }) => (groupOf(h) === "partnership" ? 1 : 0);
      const first = [...strong].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0]!;
      const entry = FILE.triggers[first.key]!;
      const group = groupOf(first);
      report({
        messageId: group === "unclear" ? "unclear" : group === "partnership" ? "partnership" : "missing",
        data: { excerpt: text.slice(first.start, first.end) },
        start: first.start,
        end: first.end,
        guidance: entry.note,
        ...(group === "partnership" && !personal ? { severity: "info" as const } : {}),
      });
      return;
    }

    // Hints: a sign of a gift with a sign of selling, or two different signs of a gift.
    if (found.some((h) => h.key === "independent")) return connection();
    const gifts = triggers.filter((h) => groupOf(h) === "giftHint");
    const sales: { start: number; end: number }[] = triggers.filter((h) => groupOf(h) === "commerceHint");
    const code = gifts.length > 0 ? hasCode(text, tokens) : undefined;
    if (code) sales.push(code);
    const first = gifts[0];
    if (!first) return connection();
    const wording = (h: { start: number; end: number }) => fold(text.slice(h.start, h.end));
    // A second sign of a gift counts when it is worded differently: "on the house" twice is one.
    const other = sales[0] ?? gifts.find((h) => wording(h) !== wording(first));
    if (!other) return connection();
    if (disclosedByPattern(text, state)) return;
    report({
      messageId: "hints",
      data: { excerpt: text.slice(first.start, first.end), other: text.slice(other.start, other.end) },
      start: first.start,
      end: first.end,
      guidance: FILE.triggers[first.key]!.note,
      ...(personal ? {} : { severity: "info" as const }),
    });
  },
});
