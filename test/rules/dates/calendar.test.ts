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

testRule(rule, {
  ruleSet: { dates: [nineEleven, remembrance, leap, newYear] },
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
  ],
});
