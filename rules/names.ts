/**
 * Every rule's name in words, in each language the UI speaks (issue 13): the panel, the gate, the
 * try-it box, the Rules page and the reports name a finding's rule by this, not by its
 * `category/name` id, which stays the machine's key (the rule-set format, the audit log, `--format
 * json`). One table rather than a field in each rule's `meta`, so that the in-page panel can import
 * the names without the rules (and their word lists); test/rules/names.test.ts proves it covers
 * every registered rule and names nothing else.
 */
import type { Locale, LocalizedText } from "../lib/engine/types.ts";

export const RULE_NAMES: Readonly<Record<string, LocalizedText>> = {
  "crisis/active": { en: "Crisis mode", "zh-CN": "危机模式" },
  "crisis/statement": { en: "Wording during a crisis", "zh-CN": "危机期间的措辞" },
  "spokesperson/unapproved": { en: "Not an approved spokesperson", "zh-CN": "未获授权的发言人" },
  "events/match": { en: "Current event", "zh-CN": "当前事件" },
  "dates/calendar": { en: "Your team's sensitive date", "zh-CN": "团队设定的敏感日期" },
  "dates/sensitive-days": { en: "Sensitive day", "zh-CN": "敏感纪念日" },
  "dates/observances": { en: "Religious or traditional observance", "zh-CN": "宗教与传统节日" },
  "terms/custom": { en: "Your team's terms", "zh-CN": "团队词条" },
  "sensitivity/profanity": { en: "Profanity and slurs", "zh-CN": "粗话与侮辱性称呼" },
  "sensitivity/inclusive": { en: "Non-inclusive wording", "zh-CN": "不够包容的用语" },
  "sensitivity/tragedy": { en: "A tragedy mentioned", "zh-CN": "提及悲剧事件" },
  "sensitivity/tragedy-promotion": { en: "Selling on a tragedy (newsjacking)", "zh-CN": "借悲剧营销（蹭热点）" },
  "sensitivity/tropes": { en: "Stereotypes", "zh-CN": "刻板印象" },
  "sensitivity/substances": { en: "Alcohol and drugs", "zh-CN": "酒精与毒品" },
  "sensitivity/politics": { en: "Party politics", "zh-CN": "党派政治" },
  "sensitivity/hashtag-reading": { en: "Hashtag that reads badly", "zh-CN": "容易读歪的话题标签" },
  "sensitivity/minors": { en: "Children sexualised", "zh-CN": "将儿童性化" },
  "sensitivity/body-shaming": { en: "Body-shaming", "zh-CN": "身材羞辱" },
  "sensitivity/mental-health": { en: "Mental health made light of", "zh-CN": "轻视心理健康" },
  "sensitivity/violence-jokes": { en: "Violence made a joke", "zh-CN": "拿暴力开玩笑" },
  "sensitivity/trivialising": { en: "Atrocities trivialised", "zh-CN": "轻慢历史暴行" },
  "sensitivity/appropriation": { en: "Cultural appropriation", "zh-CN": "文化挪用" },
  "sensitivity/hate-codes": { en: "Hate symbols and codes", "zh-CN": "仇恨符号与暗语" },
  "sensitivity/geopolitics": { en: "Political flashpoint", "zh-CN": "地缘政治敏感点" },
  "sensitivity/translation": { en: "Literal translation", "zh-CN": "逐字直译" },
  "voice/length": { en: "Post too long", "zh-CN": "帖子超长" },
  "voice/claims": { en: "Claim for legal review", "zh-CN": "需法务审核的宣称" },
  "voice/disclosure": { en: "Ad not disclosed", "zh-CN": "未标明广告" },
  "voice/competitors": { en: "Competitor mentioned", "zh-CN": "提及竞争对手" },
  "voice/customer-contempt": { en: "Contempt for customers", "zh-CN": "对顾客不敬" },
  "voice/brand-name": { en: "Brand name spelling", "zh-CN": "品牌名称写法" },
  "voice/hashtags": { en: "Too many hashtags", "zh-CN": "话题标签过多" },
  "voice/emoji": { en: "Too many emoji", "zh-CN": "表情符号过多" },
  "voice/exclamations": { en: "Exclamation marks", "zh-CN": "感叹号过多" },
  "voice/all-caps": { en: "Words in capitals", "zh-CN": "全大写单词过多" },
  "voice/formality": { en: "Too informal", "zh-CN": "用语不够正式" },
  "voice/passive-voice": { en: "Passive voice", "zh-CN": "被动语态" },
  "voice/reading-level": { en: "Hard to read", "zh-CN": "句子难读" },
  // The gate's own reason when the rules did not load (lib/review/shapes.ts, UNCHECKED_RULE).
  "preflight/unchecked": { en: "Preflight could not check", "zh-CN": "Preflight 未能检查" },
};

/** A rule's name in words; its id when it has none (a rule newer than this table), never blank. */
export function ruleName(ruleId: string, locale: Locale): string {
  return RULE_NAMES[ruleId]?.[locale] ?? ruleId;
}
