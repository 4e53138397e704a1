/**
 * Counts the findings a page shows while the author composes, per rule, and sends them to the
 * background in one message every few seconds (never per keystroke), and when the page is hidden
 * or left. Only rule ids and numbers leave the page, never the text. Runs in the content script,
 * so it carries no dependencies.
 */
import type { Finding } from "../engine/types.ts";
import type { Request } from "../state/messages.ts";

/** Counts gather this long before one message goes. */
export const TALLY_DELAY_MS = 10_000;
/** The message's limit of rules (lib/state/messages.ts). */
const MAX_RULES = 500;

type CountRequest = Extract<Request, { type: "findings.count" }>;

export interface TallyOptions {
  send(request: CountRequest): Promise<unknown>;
  /** The platform id, or the host of a site the user added (read when sending: it can be settled late). */
  site(): string;
  window: Window;
  signal: AbortSignal;
  delayMs?: number;
}

export class FindingTally {
  /** Per compose box, each rule's findings at its last analysis. */
  private readonly last = new WeakMap<object, Map<string, number>>();
  /** Per account ("" when unknown), each rule's new findings not yet sent. */
  private readonly pending = new Map<string, Map<string, number>>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: TallyOptions) {
    const { window, signal } = options;
    const flush = () => this.flush();
    window.addEventListener("pagehide", flush, { signal });
    window.document.addEventListener("visibilitychange", () => window.document.visibilityState === "hidden" && flush(), { signal });
    signal.addEventListener("abort", () => clearTimeout(this.timer), { once: true });
  }

  /**
   * A compose box's findings as just shown. A finding counts when it appears: a rule's findings
   * beyond those the box showed at its previous analysis are new; those still there are not.
   */
  note(composer: object, findings: readonly Finding[], account: string | undefined): void {
    const now = new Map<string, number>();
    for (const f of findings) now.set(f.ruleId, (now.get(f.ruleId) ?? 0) + 1);
    const before = this.last.get(composer);
    this.last.set(composer, now);
    let added = false;
    for (const [rule, n] of now) {
      const fresh = n - (before?.get(rule) ?? 0);
      if (fresh <= 0) continue;
      const key = account ?? "";
      const rules = this.pending.get(key) ?? new Map<string, number>();
      rules.set(rule, (rules.get(rule) ?? 0) + fresh);
      this.pending.set(key, rules);
      added = true;
    }
    if (added && this.timer === undefined && !this.options.signal.aborted) {
      this.timer = setTimeout(() => this.flush(), this.options.delayMs ?? TALLY_DELAY_MS);
    }
  }

  /** Sends what has gathered, one message per account. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const [account, rules] of this.pending) {
      const counts = [...rules].map(([rule, n]) => ({ rule, n }));
      for (let i = 0; i < counts.length; i += MAX_RULES) {
        const request: CountRequest = {
          type: "findings.count",
          site: this.options.site(),
          ...(account ? { account } : {}),
          counts: counts.slice(i, i + MAX_RULES),
        };
        try {
          void this.options.send(request).catch(() => undefined);
        } catch {
          // The extension was reloaded under this page: its counts cannot go anywhere.
        }
      }
    }
    this.pending.clear();
  }
}
