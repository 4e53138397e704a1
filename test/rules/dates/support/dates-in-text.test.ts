/** The days a post names itself (rules/dates/support/dates-in-text.ts), resolved against the publish date. */
import { describe, expect, it } from "vitest";
import { datesInText } from "../../../../rules/dates/support/dates-in-text.ts";
import { dayNumber, isoDay } from "../../../../rules/dates/support/observance-dates.ts";

const from = (text: string, today: [number, number, number]) => datesInText(text, dayNumber(...today)).map(isoDay).sort();

describe("datesInText", () => {
  it.each([
    ["close from 2pm on Sunday 20 September", [2026, 9, 18], ["2026-09-20", "2026-09-20"]],
    ["order by Nov. 8th", [2026, 11, 2], ["2026-11-08"]],
    ["collection from 5 November", [2026, 11, 2], ["2026-11-05"]],
    ["celebrating on the 8th", [2026, 11, 2], ["2026-11-08"]],
    ["celebrating on the 1st", [2026, 11, 2], ["2026-12-01"]],
    ["see you on 3 January", [2026, 12, 20], ["2027-01-03"]],
    ["back tomorrow", [2026, 2, 28], ["2026-03-01"]],
    ["2月17日至19日门店休息", [2026, 2, 5], ["2026-02-17"]],
    ["周日闭店，明天照常营业", [2026, 9, 18], ["2026-09-19", "2026-09-20"]],
  ] as const)("%s", (text, today, days) => {
    expect(from(text, [...today])).toEqual(days);
  });

  it("reads no date in ordinary words", () => {
    expect(from("We sat down, may we wed? The 5G rollout is 8x faster.", [2026, 5, 1])).toEqual([]);
    expect(from("Open 24/7, the 32nd of nothing, 2月30日, 13月5日.", [2026, 5, 1])).toEqual([]);
  });
});
