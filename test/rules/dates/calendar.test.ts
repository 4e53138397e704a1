import rule from "../../../rules/dates/calendar.ts";
import { testRule } from "../rule-tester.ts";

const nineEleven = {
  id: "nine-eleven",
  title: "September 11",
  on: "09-11",
  before: 1,
  after: 1,
  terms: ["never forget", "twin towers"],
  severity: "warn" as const,
  guidance: "No promotions that reference the attacks.",
};
const remembrance = { id: "remembrance", title: "Remembrance Day", on: "11-11", severity: "info" as const };
const leap = { id: "leap", title: "Leap day", on: "02-29", terms: ["leap"], severity: "info" as const };
const newYear = { id: "ny", title: "New Year", on: "01-01", before: 2, terms: ["countdown"], severity: "info" as const };
const at = (iso: string, timeZone = "UTC") => ({ at: new Date(iso), timeZone });
/** A day of mourning without terms: every post is reminded of it, and promotions are blocked. */
const founder = {
  id: "founder",
  title: "Our founder's memorial",
  on: "03-02",
  severity: "warn" as const,
  solemn: true,
  guidance: "Stores close at noon; no marketing today.",
};
/** A movable day of mourning with terms and a window: the last Friday of July, and the day before. */
const flood = { id: "flood", title: "Flood anniversary", on: "last-fri-07", before: 1, terms: ["flood"], severity: "warn" as const, solemn: true };
const mothersDay = { id: "mothers-day", title: "Mother's Day", on: "2-sun-05", terms: ["#MothersDay"], severity: "info" as const };

testRule(rule, {
  ruleSet: { dates: [nineEleven, remembrance, leap, newYear, founder, flood, mothersDay] },
  valid: [
    { text: "We will never forget our first customers.", context: at("2026-06-01T12:00:00Z"), name: "terms far from the date" },
    { text: "Never forget to pack water.", context: at("2026-09-13T00:00:00Z"), name: "two days after, window is one day" },
    {
      text: "Never forget.",
      context: at("2026-09-12T04:30:00Z", "Asia/Tokyo"),
      name: "Sept 12 13:30 in Tokyo is still inside after:1, but Sept 13 is not",
      ruleSet: { dates: [{ ...nineEleven, after: 0 }] },
    },
    { text: "New colours in store.", context: at("2026-11-12T12:00:00Z"), name: "day after a date without a window" },
    { text: "Leap into spring.", context: at("2027-03-01T12:00:00Z"), name: "Feb 29 falls on Feb 28 in common years, not Mar 1" },
    { text: "Never forget. 20% off today.", context: at("2026-09-11T12:00:00Z"), ruleSet: { dates: [] }, name: "no team dates" },
    {
      text: "Never forget. Shop now: 20% off.",
      context: at("2026-09-11T12:00:00Z"),
      ruleSet: { dates: [{ ...nineEleven, terms: ["twin towers"] }] },
      name: "promotions are not stopped on a date that is not solemn",
    },
    { text: "Spring sale: 20% off.", context: at("2026-03-03T12:00:00Z"), name: "the day after a solemn date without a window" },
    { text: "Summer sale: 20% off.", context: at("2026-07-29T12:00:00Z"), name: "two days before the last Friday of July 2026 (July 31)" },
    { text: "Summer sale: 20% off.", context: at("2027-07-31T12:00:00Z"), name: "the last Friday of July 2027 is July 30; no after window" },
    { text: "Happy #MothersDay!", context: at("2027-05-10T12:00:00Z"), name: "Mother's Day 2027 is May 9" },
  ],
  invalid: [
    {
      text: "Never forget. #NeverForget",
      context: at("2026-09-11T12:00:00Z"),
      findings: [
        { messageId: "dateTerm", excerpt: "Never forget", severity: "warn", guidance: nineEleven.guidance },
        { messageId: "dateTerm", excerpt: "#NeverForget" },
      ],
    },
    { text: "The twin towers skyline.", context: at("2026-09-10T08:00:00Z"), findings: [{ messageId: "dateTerm", excerpt: "twin towers" }], name: "one day before" },
    {
      text: "Never forget.",
      context: at("2026-09-11T02:00:00Z", "America/New_York"),
      findings: [{ messageId: "dateTerm", excerpt: "Never forget" }],
      name: "Sept 10 in New York is within before:1",
    },
    {
      text: "Never forget.",
      context: at("2026-09-12T02:00:00Z", "America/Los_Angeles"),
      ruleSet: { dates: [{ ...nineEleven, before: 0, after: 0 }] },
      findings: [{ messageId: "dateTerm", excerpt: "Never forget" }],
      name: "Sept 12 02:00 UTC is Sept 11 in Los Angeles",
    },
    {
      text: "New colours in store.",
      context: at("2026-11-11T09:00:00Z"),
      findings: [{ messageId: "dateNear", excerpt: "", severity: "info" }],
      name: "a date without terms reminds of the day",
    },
    { text: "Leap!", context: at("2027-02-28T12:00:00Z"), findings: [{ messageId: "dateTerm", excerpt: "Leap" }], name: "Feb 29 in a common year" },
    {
      text: "Countdown starts now",
      context: at("2026-12-30T12:00:00Z"),
      findings: [{ messageId: "dateTerm", excerpt: "Countdown" }],
      name: "window across the new year",
    },
    {
      text: "Spring sale: 20% off.",
      context: at("2026-03-02T12:00:00Z"),
      findings: [
        { messageId: "dateNear", excerpt: "", severity: "warn", guidance: founder.guidance },
        { messageId: "solemnPromotion", excerpt: "sale", severity: "block", guidance: founder.guidance },
        { messageId: "solemnPromotion", excerpt: "20% off", severity: "block" },
      ],
      name: "a promotion on a solemn team date",
    },
    {
      text: "Flood relief update: 20% off for affected customers.",
      context: at("2026-07-30T20:00:00Z", "America/Chicago"),
      findings: [
        { messageId: "dateTerm", excerpt: "Flood", severity: "block" },
        { messageId: "solemnPromotion", excerpt: "20% off", severity: "block" },
      ],
      name: "the day before the last Friday of July 2026, inside before:1: a discount that uses a solemn day",
    },
    {
      text: "Summer sale: 20% off.",
      context: at("2027-07-30T12:00:00Z"),
      findings: [
        { messageId: "solemnPromotion", excerpt: "sale" },
        { messageId: "solemnPromotion", excerpt: "20% off" },
      ],
      name: "the last Friday of July 2027 (July 30)",
    },
    { text: "Happy #MothersDay!", context: at("2026-05-10T12:00:00Z"), findings: [{ messageId: "dateTerm", excerpt: "#MothersDay", severity: "info" }], name: "Mother's Day 2026 (May 10)" },
    { text: "Happy Mothers Day!", context: at("2027-05-09T12:00:00Z"), findings: [{ messageId: "dateTerm", excerpt: "Mothers Day" }], name: "Mother's Day 2027 (May 9)" },
    {
      text: "Never forget. 20% off today.",
      context: at("2026-09-11T12:00:00Z"),
      ruleSet: { dates: [{ ...nineEleven, solemn: true }] },
      findings: [
        { messageId: "dateTerm", excerpt: "Never forget" },
        { messageId: "solemnPromotion", excerpt: "20% off", guidance: nineEleven.guidance },
      ],
      name: "a team date may be marked solemn",
    },
  ],
});
