import { describe, expect, test } from "vitest";
import { UiLanguageSchema } from "../../lib/state/schema.ts";
import { resolveLocale } from "../../lib/engine/i18n.ts";

describe("the language of Preflight's own words", () => {
  test.each([
    ["auto", "zh-TW", "zh-CN"],
    ["auto", "en-GB", "en"],
    ["auto", undefined, "en"],
    ["zh-CN", "en-US", "zh-CN"],
    ["en", "zh-CN", "en"],
  ] as const)("choice %s with browser %s reads %s", (choice, browser, expected) => {
    expect(resolveLocale(choice, browser)).toBe(expected);
  });

  test("only the known choices are stored", () => {
    expect(UiLanguageSchema.safeParse("zh-CN").success).toBe(true);
    expect(UiLanguageSchema.safeParse("fr").success).toBe(false);
    expect(UiLanguageSchema.safeParse(undefined).success).toBe(false);
  });
});
