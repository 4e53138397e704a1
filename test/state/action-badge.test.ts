// Issue 13: the toolbar button shows crisis mode, from the stored state only; and the icons the
// manifest names exist in every size, as PNGs of that size.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ICON_SIZES, iconPaths } from "../../lib/icons.ts";
import type { RuleSet } from "../../lib/ruleset/schema.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
const { actionLook } = await import("../../lib/state/action-badge.ts");

const NOW = new Date("2026-11-24T12:00:00Z");
const team = (active: boolean): RuleSet => ({ schema: "preflight.ruleset/1", id: "acme", version: 1, issuedAt: "2026-11-01T00:00:00Z", crisis: { active } });

describe("the toolbar badge", () => {
  test("is empty when there is no crisis", () => {
    expect(actionLook(null, { active: false }, "en", NOW)).toEqual({ text: "", color: "#b3261e", title: "Preflight" });
    expect(actionLook(team(false), { active: false }, "en", NOW).text).toBe("");
  });

  test("shows ! with the team's crisis, in the user's language", () => {
    expect(actionLook(team(true), { active: false }, "en", NOW)).toMatchObject({ text: "!", title: "Preflight: your team declared a crisis" });
    expect(actionLook(team(true), { active: false }, "zh-CN", NOW).title).toBe("Preflight：团队已宣布进入危机状态");
  });

  test("shows ! with this browser's crisis until its end", () => {
    expect(actionLook(null, { active: true, until: "2026-11-24T13:00:00Z" }, "en", NOW)).toMatchObject({ text: "!", title: "Preflight: crisis mode is on (this browser)" });
    expect(actionLook(null, { active: true, until: "2026-11-24T11:00:00Z" }, "en", NOW).text).toBe("");
  });
});

describe("the icons", () => {
  test("come in every size the stores and the toolbar need, 16 to 128", () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 96, 128]);
    expect(iconPaths()).toEqual({ "16": "icon/16.png", "32": "icon/32.png", "48": "icon/48.png", "96": "icon/96.png", "128": "icon/128.png" });
  });

  test.each(ICON_SIZES.map((s) => [s]))("public/icon/%i.png is a PNG of that size", (size) => {
    const png = readFileSync(new URL(`../../public/${iconPaths()[String(size)]}`, import.meta.url));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
