// The daily finding counts: merging batches, the cap by age, and local days.
import { describe, expect, test } from "vitest";
import { addFindingCounts, localDay } from "../../lib/audit/counts.ts";
import type { FindingCounts } from "../../lib/audit/schema.ts";

const empty: FindingCounts = { rows: [], dropped: 0 };

describe("addFindingCounts", () => {
  test("merges a rule's counts within a day, platform and account; keeps the others apart", () => {
    let s = addFindingCounts(empty, { day: "2026-11-24", platform: "x", account: "acme", counts: [{ rule: "a/b", n: 2 }] });
    s = addFindingCounts(s, { day: "2026-11-24", platform: "x", account: "acme", counts: [{ rule: "a/b", n: 1 }] });
    s = addFindingCounts(s, { day: "2026-11-24", platform: "x", counts: [{ rule: "a/b", n: 1 }] });
    s = addFindingCounts(s, { day: "2026-11-24", platform: "linkedin", account: "acme", counts: [{ rule: "a/b", n: 4 }] });
    s = addFindingCounts(s, { day: "2026-11-25", platform: "x", account: "acme", counts: [{ rule: "a/b", n: 1 }, { rule: "c/d", n: 0 }] });
    expect(s.rows).toEqual([
      { day: "2026-11-24", platform: "x", account: "acme", rule: "a/b", n: 3 },
      { day: "2026-11-24", platform: "x", rule: "a/b", n: 1 },
      { day: "2026-11-24", platform: "linkedin", account: "acme", rule: "a/b", n: 4 },
      { day: "2026-11-25", platform: "x", account: "acme", rule: "a/b", n: 1 },
    ]);
  });

  test("does not change the state it was given", () => {
    const s = addFindingCounts(empty, { day: "2026-11-24", platform: "x", counts: [{ rule: "a/b", n: 1 }] });
    addFindingCounts(s, { day: "2026-11-24", platform: "x", counts: [{ rule: "a/b", n: 5 }] });
    expect(s.rows[0]?.n).toBe(1);
  });

  test("past the cap the oldest days go first, and the rows dropped are counted", () => {
    let s = empty;
    for (const day of ["2026-11-26", "2026-11-24", "2026-11-25"]) {
      s = addFindingCounts(s, { day, platform: "x", counts: [{ rule: "a/b", n: 1 }, { rule: "c/d", n: 1 }] }, 4);
    }
    expect(s.rows.map((r) => `${r.day} ${r.rule}`)).toEqual(["2026-11-25 a/b", "2026-11-25 c/d", "2026-11-26 a/b", "2026-11-26 c/d"]);
    expect(s.dropped).toBe(2);
  });
});

describe("localDay", () => {
  test("the calendar day in a time zone", () => {
    const instant = new Date("2026-11-24T23:30:00Z");
    expect(localDay(instant, "UTC")).toBe("2026-11-24");
    expect(localDay(instant, "Asia/Shanghai")).toBe("2026-11-25");
    expect(localDay(instant, "America/Los_Angeles")).toBe("2026-11-24");
  });
});
