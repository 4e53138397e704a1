import { z } from "zod";
import { listHits, TermListOptions, TermListSchema, termListTerms, type TermKey, type TermListOptionsT } from "../../lib/engine/kinds/term-list.ts";
import { defineRule } from "../../lib/engine/rule.ts";
import data from "./statement.json" with { type: "json" };

export const STATEMENT = TermListSchema.parse(data);

const SUGGEST: Record<"en" | "zh-CN", string> = {
  en: "We're sorry. We got this wrong, and here is what we are doing to put it right.",
  "zh-CN": "我们错了，对此深表歉意。以下是我们的整改措施。",
};

/**
 * While a crisis is declared (the team's, or this install's), what a post must not do: apologise
 * without apologising ("sorry if anyone was offended", "for any inconvenience"), shift the blame
 * (a rogue employee, a vendor, 临时工), hedge an apology in legal terms, joke, or carry on with
 * business as usual: a launch, a job ad ("join the family" during layoffs), a celebration, or any
 * post that does not address the crisis at all. A factual update or a real apology keeps only
 * crisis/active's routine warning. Sales are crisis/active's block already.
 */
export default defineRule<TermListOptionsT, undefined, TermKey>({
  meta: {
    id: "crisis/statement",
    category: "crisis",
    severity: "block",
    description: {
      en: "During a crisis: non-apologies, blame-shifting, legal hedges, jokes and business as usual (launches, hiring, celebrations, posts that ignore the crisis).",
      "zh-CN": "危机期间：敷衍的道歉、推卸责任、法律免责措辞、开玩笑，以及照常营业（发布新品、招聘、庆祝、对危机只字不提的帖子）。",
    },
    messages: {
      nonApology: {
        en: "“{{excerpt}}” is a non-apology: it regrets people's feelings instead of owning what happened{{title}}.",
        "zh-CN": "“{{excerpt}}”是敷衍式道歉：只对他人的感受表示遗憾，却没有承担责任{{title}}。",
      },
      blame: {
        en: "“{{excerpt}}” shifts the blame or plays the harm down{{title}}: own it.",
        "zh-CN": "“{{excerpt}}”在推卸责任或淡化问题{{title}}：请直面并承担责任。",
      },
      hedge: {
        en: "“{{excerpt}}” is legal hedging inside a statement{{title}}: it tells readers the apology is not meant. Agree the wording with legal and comms together.",
        "zh-CN": "“{{excerpt}}”是声明中的法律免责措辞{{title}}：会让读者觉得道歉缺乏诚意。请法务与传播团队共同确定措辞。",
      },
      joke: {
        en: "“{{excerpt}}” jokes while a crisis is declared{{title}}: humour reads as not taking it seriously.",
        "zh-CN": "危机期间{{title}}，“{{excerpt}}”在开玩笑：会显得不把问题当回事。",
      },
      businessAsUsual: {
        en: "“{{excerpt}}” is business as usual ({{register}}) while a crisis is declared{{title}}: hold it until the crisis is over.",
        "zh-CN": "危机期间{{title}}，“{{excerpt}}”属于照常营业（{{register}}）：请等危机结束后再发布。",
      },
      ignoresCrisis: {
        en: "This post does not address the crisis{{title}}: posting as usual now looks tone-deaf. Post a factual update or an apology, or hold it.",
        "zh-CN": "这条帖子对当前危机{{title}}只字不提：此时照常发帖会显得漠不关心。请发布事实进展或致歉，或暂缓发布。",
      },
    },
    /** `skip`: groups of the statement pack to leave out (`non-apology`, `blame`, `hedge`). */
    options: TermListOptions as unknown as z.ZodType<TermListOptionsT>,
    supersedes: ["crisis/active"],
  },
  // "inconvenience" is a kind of non-apology: skipping the one skips the other.
  prepare: ({ options }) => ({
    terms: termListTerms(STATEMENT, options.skip.includes("non-apology") ? [...options.skip, "inconvenience"] : options.skip, { native: true }),
  }),
  check(ctx) {
    const { context, text, report, register } = ctx;
    const { crisis } = context;
    if (!crisis) return;
    const locale = context.locale;
    // issue 12: a drill is marked as one in every finding that names the crisis
    const drill = crisis.drill ? (locale === "zh-CN" ? "演练：" : "Drill: ") : "";
    const title = crisis.title ? ` (${drill}${crisis.title})` : drill ? ` (${drill.replace(/[:：]\s*$/, "")})` : "";
    // The team's crisis message goes with every finding, as crisis/active's does: this rule speaks for it.
    const guidance = crisis.message ? { guidance: crisis.message } : {};
    const refers = { kind: "crisis" as const, label: crisis.title ?? (locale === "zh-CN" ? "品牌当前的危机" : "the brand's crisis") };
    let reported = false;
    for (const hit of listHits(STATEMENT, text, ctx.tokens, ctx.hits)) {
      const entry = STATEMENT.entries[hit.key]!;
      const messageId = entry.group === "non-apology" || entry.group === "inconvenience" ? "nonApology" : entry.group === "blame" ? "blame" : "hedge";
      // Sorry "for the inconvenience" beside the remedies (a recall's or a notice's steps) is an
      // apology worded weakly: a note. Alone, it is the non-apology.
      const weak = entry.group === "inconvenience" && register.has("advisory");
      report({
        messageId,
        data: { excerpt: text.slice(hit.start, hit.end), title },
        start: hit.start,
        end: hit.end,
        guidance: entry.note ?? crisis.message,
        suggestions: [entry.suggest?.[0] ?? SUGGEST[locale]],
        refers,
        ...(weak ? { severity: "info" as const } : entry.severity ? { severity: entry.severity } : {}),
      });
      reported = true;
    }
    const joke = register.first(HUMOUR);
    if (joke) {
      report({ messageId: "joke", data: { excerpt: text.slice(joke.start, joke.end), title }, start: joke.start, end: joke.end, refers, ...guidance });
      return;
    }
    // A sale is crisis/active's block already; a launch, a job ad or a party is business as usual here.
    if (register.first(PROMOTION)) return;
    const usual = register.first(BUSINESS);
    if (usual) {
      report({
        messageId: "businessAsUsual",
        data: { excerpt: text.slice(usual.start, usual.end), title, register: REGISTER_WORDS[usual.register]?.[locale] ?? usual.register },
        start: usual.start,
        end: usual.end,
        refers,
        ...guidance,
      });
      return;
    }
    if (reported || register.stance() === "respectful") return;
    // Not an update, not an apology, not a notice: a post that ignores the crisis.
    report({ messageId: "ignoresCrisis", data: { title }, start: 0, end: 0, refers, suggestions: [SUGGEST[locale]], ...guidance });
  },
});

const HUMOUR = new Set(["humour"] as const);
const BUSINESS = new Set(["launch", "hiring", "celebration"] as const);
const PROMOTION = new Set(["promotion"] as const);

const REGISTER_WORDS: Partial<Record<string, Record<"en" | "zh-CN", string>>> = {
  launch: { en: "a launch", "zh-CN": "新品发布" },
  hiring: { en: "a job ad", "zh-CN": "招聘" },
  celebration: { en: "a celebration", "zh-CN": "庆祝" },
};
