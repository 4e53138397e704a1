import { describe, expect, it } from "vitest";
import { marketsOf } from "../../lib/engine/market.ts";

const of = (text: string, timeZone: string, platform?: string) => [...marketsOf({ timeZone, platform }, text)].sort();

describe("marketsOf", () => {
  const cases: [string, string, string | undefined, string[]][] = [
    ["New in: linen shirts.", "Europe/London", "x", ["en", "west"]],
    ["New in: linen shirts.", "America/New_York", "instagram", ["en", "west"]],
    ["New in: linen shirts.", "Asia/Shanghai", "instagram", ["cn", "en"]],
    ["新品上市，全场包邮。", "Asia/Shanghai", "weibo.com", ["cn"]],
    ["新品上市，全场包邮。", "America/Los_Angeles", "instagram", ["cn"]],
    ["New in, 全场包邮", "Europe/Paris", "weibo.com", ["cn"]],
    ["Our new autumn menu is here, 秋季新品", "Europe/Paris", "instagram", ["en", "west"]],
    ["新品上市", "Asia/Taipei", "instagram", ["tw"]],
    ["新品上市", "Asia/Hong_Kong", "instagram", ["hk"]],
    ["新作が登場しました", "Asia/Tokyo", "x", ["jp"]],
    ["Diwali offers all week.", "Asia/Kolkata", "instagram", ["en", "in"]],
    ["Spring sale in Kyiv.", "Europe/Kyiv", "x", ["en", "ua", "west"]],
    ["عرض رمضان", "Asia/Riyadh", "x", ["arab"]],
  ];
  for (const [text, zone, platform, markets] of cases) {
    it(`${text} (${zone}, ${platform})`, () => expect(of(text, zone, platform)).toEqual(markets));
  }
});
