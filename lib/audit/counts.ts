/** The daily count of findings shown while composing: pure, so that the background and tests share it. */
import { MAX_COUNT_ROWS, type FindingCountRow, type FindingCounts } from "./schema.ts";

/** `YYYY-MM-DD` of an instant in a time zone (the machine's when absent). */
export function localDay(date: Date, timeZone?: string): string {
  if (!timeZone) {
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  }
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export interface CountBatch {
  day: string;
  platform: string;
  account?: string | undefined;
  counts: ReadonlyArray<{ rule: string; n: number }>;
}

const rowKey = (r: { day: string; platform: string; account?: string | undefined; rule: string }) =>
  `${r.day}\u0000${r.platform}\u0000${r.account ?? ""}\u0000${r.rule}`;

/** Adds a batch to the counts; past `max` rows the oldest days go first, and the rows dropped are counted. */
export function addFindingCounts(state: FindingCounts, batch: CountBatch, max = MAX_COUNT_ROWS): FindingCounts {
  const rows = state.rows.map((r) => ({ ...r }));
  const index = new Map(rows.map((r, i) => [rowKey(r), i]));
  for (const { rule, n } of batch.counts) {
    if (n <= 0) continue;
    const row: FindingCountRow = { day: batch.day, platform: batch.platform, ...(batch.account ? { account: batch.account } : {}), rule, n };
    const at = index.get(rowKey(row));
    if (at === undefined) {
      index.set(rowKey(row), rows.length);
      rows.push(row);
    } else {
      rows[at]!.n += n;
    }
  }
  if (rows.length <= max) return { rows, dropped: state.dropped };
  // Stable: within a day the rows keep their order.
  const kept = rows
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => (a.day < b.day ? -1 : a.day > b.day ? 1 : i - j))
    .slice(rows.length - max)
    .map(([r]) => r);
  return { rows: kept, dropped: state.dropped + (rows.length - max) };
}
