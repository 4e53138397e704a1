// The logic behind the popup and the options page: both languages for every string, issues in
// plain words, the posts stopped today, and rule switches against the team's locks.
import { beforeAll, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { RuleSet } from "../../lib/ruleset/schema.ts";
import type { GateDecision } from "../../lib/state/schema.ts";
import { ISSUE_CODES } from "../../lib/sync/schema.ts";
import { STRINGS, t } from "../../lib/ui/strings.ts";

let hooks: typeof import("../../lib/ui/options/hooks.ts");
let rules: typeof import("../../lib/ui/options/rules.tsx");
let status: typeof import("../../lib/ui/popup-status.tsx");
let settings: typeof import("../../lib/sync/settings.ts");

beforeAll(async () => {
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  hooks = await import("../../lib/ui/options/hooks.ts");
  rules = await import("../../lib/ui/options/rules.tsx");
  status = await import("../../lib/ui/popup-status.tsx");
  settings = await import("../../lib/sync/settings.ts");
});

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("strings", () => {
  test("every string has English and Simplified Chinese, with the same placeholders", () => {
    for (const [id, text] of Object.entries(STRINGS)) {
      expect(text.en.trim(), id).not.toBe("");
      expect(text["zh-CN"].trim(), id).not.toBe("");
      expect(placeholders(text["zh-CN"]), id).toEqual(placeholders(text.en));
    }
  });

  test("every issue code is said in plain words in both languages", () => {
    for (const code of ISSUE_CODES) {
      const id = `issue_${code}` as keyof typeof STRINGS;
      expect(STRINGS[id], code).toBeDefined();
    }
    const issue = { code: "older" as const, version: 3, current: 5 };
    expect(hooks.issueText(issue, "en")).toBe("The server has version 3, older than version 5 in force: refused.");
    expect(hooks.issueText(issue, "zh-CN")).toBe("服务器上的第 3 版早于当前的第 5 版：已拒绝。");
    expect(hooks.issueText({ code: "keyPrivate", field: "trustedKeys[0]" }, "en")).toMatch(/^trustedKeys\[0\] is a private key/);
  });
});

describe("datetime-local values", () => {
  test("round-trip through ISO instants in local time; empty or unreadable is no value", () => {
    const date = new Date(2026, 10, 24, 15, 30);
    expect(hooks.toLocalInput(date)).toBe("2026-11-24T15:30");
    expect(hooks.fromLocalInput("2026-11-24T15:30")).toBe(date.toISOString());
    expect(hooks.fromLocalInput("")).toBeUndefined();
    expect(hooks.fromLocalInput("not a date")).toBeUndefined();
  });
});

describe("posts stopped today", () => {
  test("counts the gate's decisions on the local calendar day", () => {
    const now = new Date(2026, 10, 24, 9, 0);
    const at = (d: Date): GateDecision => ({ at: d.toISOString(), platform: "x", rules: [], crisis: true, decision: "edit" });
    const log = [at(new Date(2026, 10, 23, 23, 59)), at(new Date(2026, 10, 24, 0, 1)), at(new Date(2026, 10, 24, 8, 0)), at(new Date(2026, 10, 25, 0, 0))];
    expect(status.stoppedOn(log, now)).toBe(2);
    expect(status.stoppedOn([], now)).toBe(0);
  });

  test("the source of the rules in force, in words", () => {
    expect(status.sourceText({ kind: "policy", url: "https://rules.acme.example/x.json", appliedAt: "" }, "en")).toBe(
      "From your organisation's policy (rules.acme.example)",
    );
    expect(status.sourceText({ kind: "file", fileName: "acme.yaml", appliedAt: "" }, "zh-CN")).toBe(t("source_file", "zh-CN", { name: "acme.yaml" }));
    expect(status.sourceText(null, "en")).toBe("Team rules");
  });
});

describe("rule switches", () => {
  const team = (extra: Partial<RuleSet> = {}): RuleSet => ({ schema: "preflight.ruleset/1", id: "acme", version: 1, issuedAt: "2026-11-01T00:00:00Z", ...extra });

  test("a rule the team sets is locked unless the team allows local overrides", () => {
    expect(rules.lockedByTeam(team({ rules: { "voice/emoji": "off" } }), "voice/emoji")).toBe(true);
    expect(rules.lockedByTeam(team({ rules: { "voice/emoji": "off" }, allowLocalOverrides: true }), "voice/emoji")).toBe(false);
    expect(rules.lockedByTeam(team(), "voice/emoji")).toBe(false);
    expect(rules.lockedByTeam(null, "voice/emoji")).toBe(false);
  });

  test("switching stores only what differs from the built-in and team rules", () => {
    expect(rules.withSwitch({}, null, "sensitivity/tragedy", false)).toEqual({ rules: { "sensitivity/tragedy": "off" } });
    expect(rules.withSwitch({ rules: { "sensitivity/tragedy": "off" } }, null, "sensitivity/tragedy", true)).toEqual({ rules: {} });
    // Off by default: switching it on keeps the rule's own severities.
    expect(rules.withSwitch({}, null, "sensitivity/politics", true)).toEqual({ rules: { "sensitivity/politics": {} } });
    expect(rules.withSwitch({ allow: ["x"] }, team({ rules: { "voice/emoji": "off" }, allowLocalOverrides: true }), "voice/emoji", true)).toEqual({
      allow: ["x"],
      rules: { "voice/emoji": {} },
    });
  });
});

describe("checklist ticks", () => {
  test("are kept per crisis, newest crises last, at most twenty", () => {
    let ticks = settings.withTick([], "a", "Pause posts", true);
    ticks = settings.withTick(ticks, "a", "Call legal", true);
    ticks = settings.withTick(ticks, "a", "Pause posts", false);
    expect(ticks).toEqual([{ crisis: "a", done: ["Call legal"] }]);
    for (let i = 0; i < 25; i++) ticks = settings.withTick(ticks, `c${i}`, "x", true);
    expect(ticks).toHaveLength(20);
    expect(ticks.at(-1)?.crisis).toBe("c24");
  });

  test("a new declaration of a crisis is a new crisis", () => {
    const crisis = { active: true, title: "Recall", since: "2026-11-24T08:00:00Z" };
    expect(settings.crisisKey("acme", crisis)).not.toBe(settings.crisisKey("acme", { ...crisis, since: "2026-11-25T08:00:00Z" }));
    expect(settings.teamCrisis(null)).toBeUndefined();
    expect(settings.teamCrisis({ schema: "preflight.ruleset/1", id: "a", version: 1, issuedAt: "2026-01-01T00:00:00Z", crisis: { active: false } })).toBeUndefined();
  });
});

describe("checklist ticks are logged for the review (issue 12)", () => {
  test("each tick with its time, crisis, scenario, drill and checklist length; untick too", async () => {
    const { checklistLogItem } = await import("../../lib/audit/items.ts");
    const crisis = { active: true, title: "Outage", since: "2026-11-24T08:00:00Z", scenario: "outage", drill: true, checklist: ["Pause posts", "Call legal"] };
    const about = settings.tickContext(crisis);
    expect(about).toEqual({ scenario: "outage", crisisSince: "2026-11-24T08:00:00Z", drill: true, of: 2 });
    await settings.tickChecklist("k", "Pause posts", true, about);
    await settings.tickChecklist("k", "Pause posts", false, about);
    const log = await checklistLogItem.get();
    expect(log.map((e) => [e.item, e.done, e.of, e.scenario, e.crisis])).toEqual([
      ["Pause posts", true, 2, "outage", "k"],
      ["Pause posts", false, 2, "outage", "k"],
    ]);
    expect(Date.parse(log[0]!.at)).not.toBeNaN();
  });

  test("the log keeps the newest ticks only; a crisis past its until is no longer the team's", () => {
    const tick = { at: "2026-11-24T08:00:00Z", crisis: "k", item: "x", done: true, of: 1 };
    let log: ReturnType<typeof settings.withLoggedTick> = [];
    for (let i = 0; i < 2_005; i++) log = settings.withLoggedTick(log, { ...tick, item: `i${i}` });
    expect(log).toHaveLength(2_000);
    expect(log[0]!.item).toBe("i5");
    const ruleSet = { schema: "preflight.ruleset/1", id: "a", version: 1, issuedAt: "2026-01-01T00:00:00Z", crisis: { active: true, until: "2026-01-02T00:00:00Z" } } as const;
    expect(settings.teamCrisis(ruleSet, new Date("2026-01-01T12:00:00Z"))).toBeDefined();
    expect(settings.teamCrisis(ruleSet, new Date("2026-01-02T00:00:00Z"))).toBeUndefined();
  });
});

describe("the age of the rules in force (issue 11, item 4)", () => {
  const NOW = new Date("2026-11-24T12:00:00Z");
  test("is said in words, in both languages, so that a frozen feed shows", () => {
    expect(status.ruleSetAge("2026-11-24T11:55:00Z", NOW, "en")).toEqual({ text: "5 minutes ago", days: 0 });
    expect(status.ruleSetAge("2026-11-24T09:00:00Z", NOW, "en")).toEqual({ text: "3 hours ago", days: 0 });
    expect(status.ruleSetAge("2026-11-21T12:00:00Z", NOW, "en")).toEqual({ text: "3 days ago", days: 3 });
    expect(status.ruleSetAge("2026-09-01T00:00:00Z", NOW, "zh-CN").text).toBe("84天前");
    expect(t("ruleSetAge", "en", { age: "3 days ago" })).toBe("These rules were issued 3 days ago.");
  });
});
