/** The audit's storage items (storage.local), validated on every read like those of lib/state/items.ts. */
import { validatedItem } from "../state/items.ts";
import { LoggedDecisionSchema } from "../state/schema.ts";
import { ChecklistLogSchema, type ChecklistTick, EMPTY_QUEUE, FindingCountsSchema, MAX_QUEUE, ReportQueueSchema, type FindingCounts, type ReportQueue } from "./schema.ts";

export const findingCountsItem = validatedItem<FindingCounts>("local:findingCounts", { rows: [], dropped: 0 }, (raw) => {
  const parsed = FindingCountsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
});

/** A damaged queue keeps its readable decisions: losing them would lose them for the receiver too. */
export const reportQueueItem = validatedItem<ReportQueue>("local:reportQueue", EMPTY_QUEUE, (raw) => {
  const parsed = ReportQueueSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const events = (raw as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return undefined;
  const readable = events.flatMap((event) => {
    const entry = LoggedDecisionSchema.safeParse(event);
    return entry.success ? [entry.data] : [];
  });
  return { ...EMPTY_QUEUE, events: readable.slice(-MAX_QUEUE) };
});

/** Issue 12: the crisis checklist's ticks, each with its time, for `preflight report --crisis`. */
export const checklistLogItem = validatedItem<ChecklistTick[]>("local:crisisChecklistLog", [], (raw) => {
  const parsed = ChecklistLogSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
});
