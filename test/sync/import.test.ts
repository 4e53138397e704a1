// A rule-set file imported by hand: plain or signed, checked before anything is stored.
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { KeyPair } from "../../lib/ruleset/sign.ts";
import type * as Items from "../../lib/state/items.ts";
import type * as InForce from "../../lib/sync/in-force.ts";
import type * as Team from "../../lib/state/team.ts";
import type * as Import from "../../lib/sync/import.ts";
import { FEED_URL, generateKeyPair, signed, tamper } from "./kit.ts";

let items: typeof Items;
let inForce: typeof InForce;
let team: typeof Team;
let imp: typeof Import;
let pair: KeyPair;
const NOW = new Date("2026-11-24T12:00:00Z");

beforeAll(async () => {
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  items = await import("../../lib/state/items.ts");
  inForce = await import("../../lib/sync/in-force.ts");
  team = await import("../../lib/state/team.ts");
  imp = await import("../../lib/sync/import.ts");
  pair = await generateKeyPair();
});
beforeEach(() => fakeBrowser.reset());

const YAML = `schema: preflight.ruleset/1
id: acme
version: 3
issuedAt: 2026-11-01T00:00:00Z
crisis:
  active: true
  title: Product recall
`;

describe("importing a rule-set file", () => {
  test("a plain YAML file replaces the user's feed and is in force, marked as a file", async () => {
    await team.syncConfigItem.set({ url: FEED_URL, keys: [pair.publicKey], via: "invite" });
    const result = await imp.importRuleSetFile(YAML, "acme.yaml", { keys: [], now: NOW });
    expect(result.ok).toBe(true);
    expect(await inForce.teamRuleSetItem.get()).toMatchObject({ id: "acme", version: 3, crisis: { active: true } });
    expect(await team.teamSourceItem.get()).toMatchObject({ kind: "file", fileName: "acme.yaml", appliedAt: NOW.toISOString() });
    expect(await team.syncConfigItem.get()).toBeNull();
  });

  test("mistakes are listed with their line and field, and nothing changes", async () => {
    await inForce.teamRuleSetItem.set({ schema: "preflight.ruleset/1", id: "kept", version: 1, issuedAt: "2026-01-01T00:00:00Z" });
    const result = await imp.importRuleSetFile(YAML.replace("version: 3", "version: 0").replace("active: true", "active: yes please"), "acme.yaml", {
      keys: [],
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: "invalid", field: "version", detail: "line 3, version: version must be 1 or more" },
        { code: "invalid", field: "crisis.active", detail: expect.stringMatching(/^line 6, crisis\.active: expected boolean/) },
      ],
    });
    expect((await inForce.teamRuleSetItem.get())?.id).toBe("kept");
  });

  test("a signed file needs a trusted key and a good signature", async () => {
    const file = await signed(4, pair);
    expect(await imp.importRuleSetFile(file, "acme.signed.json", { keys: [], now: NOW })).toEqual({ ok: false, issues: [{ code: "required", field: "keys" }] });
    expect(await imp.importRuleSetFile(tamper(file), "acme.signed.json", { keys: [pair.publicKey], now: NOW })).toMatchObject({
      ok: false,
      issues: [{ code: "badSignature" }],
    });
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
    const ok = await imp.importRuleSetFile(file, "acme.signed.json", { keys: [pair.publicKey], now: NOW });
    expect(ok).toMatchObject({ ok: true, ruleSet: { version: 4 }, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(await team.teamSourceItem.get()).toMatchObject({ kind: "file", keyId: (ok as { keyId: string }).keyId });
  });

  test("an expired file is refused", async () => {
    const result = await imp.importRuleSetFile(`${YAML}expiresAt: 2026-11-02T00:00:00Z\n`, "acme.yaml", { keys: [], now: NOW });
    expect(result).toEqual({ ok: false, issues: [{ code: "expired", field: "expiresAt", detail: "2026-11-02T00:00:00Z" }] });
  });

  test("when the policy names the feed, no file replaces it", async () => {
    await team.policyItem.set({ readAt: NOW.toISOString(), managed: true, values: { ruleSetUrl: FEED_URL, trustedKeys: [pair.publicKey] }, issues: [] });
    const result = await imp.importRuleSetFile(YAML, "acme.yaml", { keys: [], now: NOW });
    expect(result).toMatchObject({ ok: false, issues: [{ code: "policyOwnsFeed", field: "ruleSetUrl" }] });
    expect(await inForce.teamRuleSetItem.get()).toBeNull();
  });
});
