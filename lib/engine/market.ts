/**
 * The market of a post: who will read it, from its language, its publish time zone and its
 * platform (DESIGN.md, "Judgment"). A Chinese seller writing English for Western buyers and a
 * Western brand writing for Chinese customers meet different sensitivities: a territory listed
 * among countries offends mainland readers, a literal rendering of a Chinese sales idiom reads as
 * suicide to English ones. A post can be in several markets (an English post published at a
 * Shanghai time is read in both).
 */
import type { ResolvedContext } from "./rule.ts";

export const MARKETS = ["cn", "hk", "tw", "in", "pk", "ua", "ru", "il", "arab", "jp", "kr", "en", "west"] as const;
export type Market = (typeof MARKETS)[number];

/** Platforms of the mainland Chinese internet. */
const CN_PLATFORMS = new Set(["weibo.com", "xiaohongshu.com", "douyin.com", "bilibili.com", "zhihu.com", "mp.weixin.qq.com", "wechat", "weibo", "xiaohongshu", "douyin"]);

const ZONES: [Market, readonly string[]][] = [
  ["cn", ["Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "Asia/Kashgar", "PRC", "Asia/Macau", "Asia/Macao"]],
  ["hk", ["Asia/Hong_Kong", "Hongkong"]],
  ["tw", ["Asia/Taipei", "ROC"]],
  ["in", ["Asia/Kolkata", "Asia/Calcutta"]],
  ["pk", ["Asia/Karachi"]],
  ["ua", ["Europe/Kyiv", "Europe/Kiev", "Europe/Uzhgorod", "Europe/Zaporozhye"]],
  ["ru", ["Europe/Moscow", "Europe/Simferopol", "Europe/Volgograd", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"]],
  ["il", ["Asia/Jerusalem", "Asia/Tel_Aviv", "Israel"]],
  ["arab", ["Asia/Riyadh", "Asia/Dubai", "Asia/Qatar", "Asia/Kuwait", "Asia/Bahrain", "Asia/Muscat", "Asia/Amman", "Asia/Beirut", "Asia/Baghdad", "Asia/Gaza", "Asia/Hebron", "Africa/Cairo", "Africa/Casablanca", "Africa/Algiers", "Africa/Tunis"]],
  ["jp", ["Asia/Tokyo", "Japan"]],
  ["kr", ["Asia/Seoul", "ROK"]],
];
const ZONE_MARKET = new Map<string, Market>(ZONES.flatMap(([m, zones]) => zones.map((z) => [z, m] as [string, Market])));

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

const count = (text: string, re: RegExp) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

/**
 * The markets a post is read in. `cn` for a mainland platform, zone or a post mostly in Chinese
 * characters (not Japanese); `en` for a post mostly in Latin letters; `west` for `en` published
 * outside the Asian markets; the zone's own market otherwise.
 */
export function marketsOf(context: Pick<ResolvedContext, "platform" | "timeZone">, text: string): ReadonlySet<Market> {
  const markets = new Set<Market>();
  const zone = ZONE_MARKET.get(context.timeZone);
  if (zone) markets.add(zone);
  if (context.platform && CN_PLATFORMS.has(context.platform)) markets.add("cn");
  // A sample is enough to know the script of a post; a pasted book need not be counted twice.
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const han = count(sample, HAN);
  const latin = count(sample, LATIN);
  if (han > 0 && han >= latin / 4 && !KANA.test(sample) && zone !== "tw" && zone !== "hk") markets.add("cn");
  if (latin > 0 && latin >= han * 4) {
    markets.add("en");
    if (!zone || zone === "ua" || zone === "ru" || zone === "il") markets.add("west");
  }
  return markets;
}
