/**
 * The reading of a post (DESIGN.md, "Judgment"): what it *refers to* (a tragedy, a solemn day, a
 * listed event, a group of people, a political flashpoint) and its *register* (condolence, relief,
 * advisory, apology, celebration, humour, promotion, launch, hiring). A word names a topic; the
 * pair says what the post does with it, and the verdict comes from the pair: a tragedy remembered
 * respectfully is at most `info`, the same tragedy next to a sale, a launch or a joke is `block`.
 *
 * The register comes from cues (rules/shared/registers.json and promotion.json), compiled into the
 * shared matcher with every rule's terms, so finding them costs nothing extra per keystroke; their
 * regular expressions (prices, emoji) run only when a rule asks for the reading, which a rule does
 * only once it has found a reference. References are what rules report with `refers`.
 */
import { z } from "zod";
import promotion from "../../rules/shared/promotion.json" with { type: "json" };
import registerData from "../../rules/shared/registers.json" with { type: "json" };
import type { Hit } from "./rule.ts";
import { coveredBy, onePerSpan } from "./spans.ts";
import type { LocalizedText, Severity } from "./types.ts";

export const REGISTERS = [
  "condolence",
  "relief",
  "advisory",
  "apology",
  "celebration",
  "humour",
  "promotion",
  "launch",
  "hiring",
] as const;
export type Register = (typeof REGISTERS)[number];

/** Registers that treat a sensitive topic with care. */
export const RESPECTFUL: ReadonlySet<Register> = new Set(["condolence", "relief", "advisory", "apology"]);
/** Registers in which a sum of money is given, not asked for: a donation, a credit after an outage, a refund. */
export const MAKES_GOOD: ReadonlySet<Register> = new Set(["relief", "advisory", "apology"]);
/** Registers that use whatever they stand next to: selling, launching, joking, recruiting. */
export const EXPLOITING: ReadonlySet<Register> = new Set(["promotion", "launch", "humour", "hiring"]);

export const REFERENCE_KINDS = ["tragedy", "solemn-day", "observance", "event", "group", "flashpoint", "crisis"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/**
 * What the post does with a sensitive reference, from its register:
 * - `mocking`: a joke (humour beats everything else: a joke about a tragedy is never respectful);
 * - `exploiting`: a sale, a launch, a plug or a job ad;
 * - `cause`: selling *for* relief ("10% of every order goes to the Red Cross"): cause marketing,
 *   which a comms lead wants to see, but not the classic newsjacking;
 * - `respectful`: condolence, remembrance, relief, a service notice or an apology, and nothing else;
 * - `celebrating`: celebration words with nothing respectful;
 * - `neutral`: no cue either way.
 */
export type Stance = "mocking" | "exploiting" | "cause" | "respectful" | "celebrating" | "neutral";

export const STANCE_NAMES: Record<Stance, LocalizedText> = {
  mocking: { en: "makes a joke of it", "zh-CN": "拿它开玩笑" },
  exploiting: { en: "uses it to sell or promote", "zh-CN": "借它推销或宣传" },
  cause: { en: "ties a donation to sales", "zh-CN": "把捐款与销售挂钩" },
  respectful: { en: "treats it with respect", "zh-CN": "以尊重的方式提及" },
  celebrating: { en: "celebrates", "zh-CN": "以庆祝的口吻提及" },
  neutral: { en: "mentions it without a clear purpose", "zh-CN": "提及但意图不明" },
};

export const REGISTER_NAMES: Record<Register, LocalizedText> = {
  condolence: { en: "condolence or remembrance", "zh-CN": "哀悼或纪念" },
  relief: { en: "relief or donation", "zh-CN": "救助或捐赠" },
  advisory: { en: "service notice or safety advisory", "zh-CN": "服务通知或安全提示" },
  apology: { en: "apology or statement", "zh-CN": "道歉或声明" },
  celebration: { en: "celebration", "zh-CN": "庆祝" },
  humour: { en: "humour", "zh-CN": "玩笑" },
  promotion: { en: "sale or promotion", "zh-CN": "促销或推广" },
  launch: { en: "product launch", "zh-CN": "新品发布" },
  hiring: { en: "hiring", "zh-CN": "招聘" },
};

export const REFERENCE_NAMES: Record<ReferenceKind, LocalizedText> = {
  tragedy: { en: "a tragedy", "zh-CN": "悲剧事件" },
  "solemn-day": { en: "a sensitive day", "zh-CN": "敏感纪念日" },
  observance: { en: "a religious observance", "zh-CN": "宗教节日" },
  event: { en: "a listed current event", "zh-CN": "团队列出的当前事件" },
  group: { en: "a group of people", "zh-CN": "特定人群" },
  flashpoint: { en: "a political flashpoint", "zh-CN": "政治敏感议题" },
  crisis: { en: "the brand's crisis", "zh-CN": "品牌当前的危机" },
};

// ---- the cue data -------------------------------------------------------------------------------

const CueEntrySchema = z.strictObject({
  register: z.enum(REGISTERS),
  terms: z.array(z.string().min(1)).min(1),
  inflect: z.boolean().optional(),
  note: z.string().trim().min(1),
  source: z.string().trim().min(1),
});

export const RegisterDataSchema = z.strictObject({
  about: z.string().trim().min(1),
  entries: z.array(CueEntrySchema).min(1),
  /** Ordinary phrases containing a cue ("coffee shop", "new to"): a cue inside one does not count. */
  safe: z.array(z.strictObject({ terms: z.array(z.string().min(1)).min(1), note: z.string().trim().min(1) })),
});

const REGISTER_DATA = RegisterDataSchema.parse(registerData);

/**
 * What a cue term signals: a register; `amount`, a sum of money, which sells unless the post is
 * about a donation ("up to €50,000" matched); or `safe`, an ordinary phrase that shields a cue.
 */
export type CueKey = Register | "amount" | "safe";

/** A cue term for the matcher. */
export interface CueTerm {
  term: string;
  register: CueKey;
  inflect: boolean;
}

interface PromotionEntry {
  term: string;
  inflect?: boolean;
  amount?: boolean;
}

/** Every cue term: the register lexicon, then promotion.json as the `promotion` register. */
export const CUE_TERMS: readonly CueTerm[] = [
  ...REGISTER_DATA.entries.flatMap((e) => e.terms.map((term) => ({ term, register: e.register, inflect: e.inflect !== false }))),
  ...(promotion.entries as PromotionEntry[]).map((e) => ({
    term: e.term,
    register: e.amount ? ("amount" as const) : ("promotion" as const),
    inflect: e.inflect !== false,
  })),
  ...REGISTER_DATA.safe.flatMap((s) => s.terms.map((term) => ({ term, register: "safe" as const, inflect: true }))),
];

// ---- the reading of one post ----------------------------------------------------------------------

/** A reference a rule found, for the reading shown to the user. */
export interface Reference {
  kind: ReferenceKind;
  /** What it refers to, in the analysis language ("Hurricane Delia", "9/11", "a tragedy"). */
  label: string;
  start: number;
  end: number;
  ruleId: string;
}

export interface RegisterCue {
  register: Register;
  start: number;
  end: number;
}

/** The register of one post, computed once per analysis on first use. */
export class PostRegister {
  private cached: RegisterCue[] | undefined;

  constructor(private readonly collect: () => Hit<CueKey>[]) {}

  /** Every cue, in text order, one per stretch of text, outside safe phrases. */
  cues(): readonly RegisterCue[] {
    if (this.cached) return this.cached;
    const hits = this.collect().sort((a, b) => a.start - b.start || b.end - a.end);
    const inSafe = coveredBy(hits.filter((h) => h.key === "safe"));
    const cues = onePerSpan(hits.filter((h): h is Hit<Register | "amount"> => h.key !== "safe" && !inSafe(h)));
    // A sum of money sells, unless the post gives it ("we're donating $10,000") or makes good
    // with it in a notice or an apology that sells nothing else ("every affected customer gets a
    // £10 credit").
    this.givesMoney =
      cues.some((c) => c.key === "relief") ||
      (cues.some((c) => c.key !== "amount" && MAKES_GOOD.has(c.key)) && !cues.some((c) => c.key === "promotion"));
    const out: RegisterCue[] = [];
    for (const c of cues) {
      if (c.key !== "amount") out.push({ register: c.key, start: c.start, end: c.end });
      else if (!this.givesMoney) out.push({ register: "promotion", start: c.start, end: c.end });
    }
    return (this.cached = out);
  }

  private givesMoney = false;

  /**
   * Whether a sum of money in this post is given rather than asked for: a donation, a credit or a
   * refund in a service notice or an apology. crisis/active asks before it blocks a bare price.
   */
  moneyIsGiven(): boolean {
    this.cues();
    return this.givesMoney;
  }

  has(register: Register): boolean {
    return this.cues().some((c) => c.register === register);
  }

  /** The first cue of any of `registers`, outside `except` (a reference's own words). */
  first(registers: ReadonlySet<Register>, except?: (span: { start: number; end: number }) => boolean): RegisterCue | undefined {
    return this.cues().find((c) => registers.has(c.register) && !except?.(c));
  }

  /**
   * What the post does with a reference. `except` leaves out cues inside the reference itself
   * ("Memorial Day *sale*" sells, but the "day" of "Women's Day" does not).
   */
  stance(except?: (span: { start: number; end: number }) => boolean): Stance {
    // Rules ask this for every reference they find: one pass, nothing allocated.
    let humour = false;
    let exploiting = false;
    let relief = false;
    let respectful = false;
    let celebration = false;
    for (const c of this.cues()) {
      if (except?.(c)) continue;
      const r = c.register;
      if (r === "humour") humour = true;
      else if (r === "relief") relief = true;
      else if (r === "celebration") celebration = true;
      if (EXPLOITING.has(r)) exploiting = true;
      if (RESPECTFUL.has(r)) respectful = true;
    }
    if (humour) return "mocking";
    if (exploiting) return relief ? "cause" : "exploiting";
    if (respectful) return "respectful";
    if (celebration) return "celebrating";
    return "neutral";
  }
}

/** Severity of a sensitive reference by what the post does with it. */
export type StanceSeverities = Record<Stance, Severity | undefined>;

/**
 * The house judgment of a reference to a tragedy or a day of mourning: respectful at most `info`
 * ("check the tone"), a joke or a sale `block`, cause marketing and a bare mention `warn`.
 */
export const TRAGIC: StanceSeverities = {
  mocking: "block",
  exploiting: "block",
  cause: "warn",
  respectful: "info",
  celebrating: "warn",
  neutral: "warn",
};

/** What the analysis shows the user: why Preflight decided as it did. */
export interface Reading {
  refersTo: { kind: ReferenceKind; label: string; excerpt: string }[];
  register: { register: Register; excerpt: string }[];
  stance: Stance;
}

const READ_AS: LocalizedText = { en: "Read as: refers to {{refs}}; the post {{stance}}{{cue}}.", "zh-CN": "解读：涉及{{refs}}；帖子{{stance}}{{cue}}。" };
const READ_DURING_AS: LocalizedText = { en: "Read as: posted during {{refs}}; the post {{stance}}{{cue}}.", "zh-CN": "解读：发布于{{refs}}期间；帖子{{stance}}{{cue}}。" };
const READ_DURING: LocalizedText = { en: "Read as: posted during {{refs}}; the post does not address it.", "zh-CN": "解读：发布于{{refs}}期间；帖子对此只字不提。" };

/** Which cues speak for a stance, to quote one beside it. */
const STANCE_CUES: Record<Stance, ReadonlySet<Register>> = {
  mocking: new Set(["humour"]),
  exploiting: EXPLOITING,
  cause: new Set(["relief"]),
  respectful: RESPECTFUL,
  celebrating: new Set(["celebration"]),
  neutral: new Set(),
};

/**
 * One line that says why: what the post refers to and what it does with it, quoting the words
 * ("Read as: refers to a tragedy (“floods”); the post uses it to sell or promote (“30% off”).").
 * Undefined for a post that refers to nothing sensitive.
 */
export function describeReading(reading: Reading, locale: keyof LocalizedText): string | undefined {
  if (reading.refersTo.length === 0) return undefined;
  const q = (s: string) => (locale === "zh-CN" ? `（“${s}”）` : ` (“${s}”)`);
  const seen = new Set<string>();
  const refs: string[] = [];
  for (const r of reading.refersTo) {
    const key = `${r.label}\u0000${r.excerpt}`;
    if (seen.has(key) || refs.length >= 3) continue;
    seen.add(key);
    refs.push(r.excerpt ? `${r.label}${q(r.excerpt)}` : r.label);
  }
  const cue = reading.register.find((c) => STANCE_CUES[reading.stance].has(c.register));
  // Only the declared crisis, named by no word of the post: the post is *during* it, not about it.
  const during = reading.refersTo.every((r) => r.kind === "crisis" && !r.excerpt);
  if (during && reading.stance === "neutral") return READ_DURING[locale].replace("{{refs}}", refs.join(locale === "zh-CN" ? "、" : ", "));
  return (during ? READ_DURING_AS : READ_AS)[locale]
    .replace("{{refs}}", refs.join(locale === "zh-CN" ? "、" : ", "))
    .replace("{{stance}}", STANCE_NAMES[reading.stance][locale])
    .replace("{{cue}}", cue ? q(cue.excerpt) : "");
}
