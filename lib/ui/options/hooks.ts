/** What the popup and the options page share: live storage values, times and issues in words. */
import { useEffect, useState } from "preact/hooks";
import type { Locale } from "../../engine/types.ts";
import type { ValidatedItem } from "../../state/items.ts";
import type { Issue } from "../../sync/schema.ts";
import { t, type StringId } from "../strings.ts";

/** A storage item's validated value, kept current as other parts of the extension change it. */
export function useItem<T>(item: ValidatedItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.get().then((v) => live && setValue(() => v));
    const unwatch = item.watch((v) => setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

/** The current time, updated every `ms`, for "ends in…" and "today". */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

export function formatTime(iso: string | undefined, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** `2026-11-24T15:30` in local time, for a datetime-local input. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant; undefined when empty or unreadable. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An issue in plain words, in the UI's language; the technical detail is shown apart. */
export function issueText(issue: Issue, locale: Locale): string {
  return t(`issue_${issue.code}` as StringId, locale, {
    field: issue.field ?? "",
    detail: issue.detail ?? "",
    ...(issue.status !== undefined ? { status: issue.status } : {}),
    ...(issue.version !== undefined ? { version: issue.version } : {}),
    ...(issue.current !== undefined ? { current: issue.current } : {}),
  });
}

export function hostOf(url: string | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
