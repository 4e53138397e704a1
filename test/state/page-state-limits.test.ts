// Issue 11, item 2: a valid configuration never makes the page state invalid (which left pages
// with nothing to check against and the gate open): merged results obey their parts' limits.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import { validateRuleSet } from "../../lib/ruleset/parse.ts";
import { LIMITS, type RuleSet } from "../../lib/ruleset/schema.ts";
import { PageStateSchema } from "../../lib/state/messages.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: "Preflight", version: "0.1.0" });

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const FULL_ALLOW = Array.from({ length: LIMITS.termsPerEntry }, (_, i) => `allowed phrase ${i}`);
const team: RuleSet = { schema: "preflight.ruleset/1", id: "acme", version: 1, issuedAt: "2026-11-01T00:00:00Z", allow: FULL_ALLOW };

describe("merged rule sets", () => {
  test("a team allow-list at its limit plus a local term stays within the limit, the team's terms kept", () => {
    expect(validateRuleSet(team).ok).toBe(true);
    const merged = mergeRuleSets(BUILT_IN_RULESET, team, { allow: ["my own phrase"] });
    expect(validateRuleSet(merged).ok).toBe(true);
    expect(merged.allow).toEqual(FULL_ALLOW);
  });

  test("a local term fits while there is room, and a term given twice counts once", () => {
    const merged = mergeRuleSets(BUILT_IN_RULESET, { ...team, allow: FULL_ALLOW.slice(1) }, { allow: ["allowed phrase 5", "my own phrase"] });
    expect(merged.allow).toHaveLength(LIMITS.termsPerEntry);
    expect(merged.allow?.at(-1)).toBe("my own phrase");
  });

  test("what pages receive validates", async () => {
    const { inForce, team: teamItems, background } = {
      inForce: await import("../../lib/sync/in-force.ts"),
      team: await import("../../lib/state/team.ts"),
      background: await import("../../lib/state/background.ts"),
    };
    await inForce.teamRuleSetItem.set(team);
    await teamItems.localSettingsItem.set({ allow: ["my own phrase"] });
    const parsed = PageStateSchema.safeParse(await background.pageState("x"));
    expect(parsed.success ? "valid" : parsed.error.issues[0]).toBe("valid");
  });
});
