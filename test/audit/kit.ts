// Helpers for the audit tests: decisions, rule sets naming a report URL, and a fake receiver that
// answers `fetch` as a report endpoint would, deduping on decision ids as the README tells admins to.
import type { GateDecision } from "../../lib/state/schema.ts";
import type { ReportBody } from "../../lib/audit/queue.ts";

export const REPORT_URL = "https://hooks.acme.example/preflight";

export function decision(n: number, over: Partial<GateDecision> = {}): GateDecision {
  return {
    at: new Date(Date.UTC(2026, 10, 24, 12, 0, n % 60)).toISOString(),
    platform: "x",
    account: "acme",
    author: "ann@acme.example",
    rules: [{ id: "events/match", severity: "block" }],
    crisis: false,
    decision: "override",
    reason: `reason ${n}`,
    ...over,
  };
}

export function teamRuleSet(report?: Record<string, unknown>): Record<string, unknown> {
  return {
    schema: "preflight.ruleset/1",
    id: "acme",
    version: 3,
    issuedAt: "2026-11-01T00:00:00Z",
    ...(report ? { report } : {}),
  };
}

type Answer = (body: ReportBody) => Response | Promise<Response>;

/** A report endpoint: records every request; `answer` decides the response. */
export class FakeReceiver {
  requests: Array<{ url: string; init: RequestInit | undefined; body: ReportBody }> = [];
  answer: Answer = () => new Response("ok", { status: 200 });

  fetch: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body)) as ReportBody;
    this.requests.push({ url: String(input), init, body });
    return this.answer(body);
  };

  /** Every decision id received, with repeats. */
  get ids(): string[] {
    return this.requests.flatMap((r) => r.body.events.map((e) => e.id));
  }

  /** What a receiver that dedupes on ids keeps. */
  get unique(): string[] {
    return [...new Set(this.ids)];
  }
}
