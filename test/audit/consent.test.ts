// Firefox's consent to data transmission for team reports: which builds ask, and what is asked.
import { afterEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { FIREFOX_SETTINGS, REPORT_DATA_COLLECTION } from "../../lib/packaging/manifest.ts";

(globalThis as Record<string, unknown>).chrome = fakeBrowser;
// After the fake browser is in place: wxt/browser picks the browser when it is imported.
const { consentRequired, reportConsentGiven, requestReportConsent } = await import("../../lib/audit/consent.ts");

const withManifest = (manifest: object) => vi.spyOn(fakeBrowser.runtime, "getManifest").mockReturnValue(manifest as never);
const FIREFOX = { manifest_version: 3, name: "Preflight", version: "1", browser_specific_settings: FIREFOX_SETTINGS };
const CHROME = { manifest_version: 3, name: "Preflight", version: "1" };

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe("consent to send team reports", () => {
  test("Firefox's manifest declares nothing required and the report's data as optional", () => {
    expect(FIREFOX_SETTINGS.gecko.data_collection_permissions).toEqual({ required: ["none"], optional: [...REPORT_DATA_COLLECTION] });
  });

  test("Chrome and Edge ask nothing: reports go as the team's rule set says", async () => {
    withManifest(CHROME);
    const contains = vi.spyOn(fakeBrowser.permissions, "contains");
    expect(consentRequired()).toBe(false);
    expect(await reportConsentGiven()).toBe(true);
    expect(contains).not.toHaveBeenCalled();
  });

  test("Firefox: given only when the browser says the user allowed every category a report holds", async () => {
    withManifest(FIREFOX);
    expect(consentRequired()).toBe(true);
    const contains = vi.spyOn(fakeBrowser.permissions, "contains").mockResolvedValue(false as never);
    expect(await reportConsentGiven()).toBe(false);
    expect(contains).toHaveBeenCalledWith({ data_collection: [...REPORT_DATA_COLLECTION] });
    contains.mockResolvedValue(true as never);
    expect(await reportConsentGiven()).toBe(true);
  });

  test("Firefox: a browser that cannot answer counts as not allowed (reports wait, visibly)", async () => {
    withManifest(FIREFOX);
    vi.spyOn(fakeBrowser.permissions, "contains").mockRejectedValue(new Error("Type error for parameter permissions"));
    expect(await reportConsentGiven()).toBe(false);
  });

  test("asking requests exactly the report's categories", async () => {
    const request = vi.spyOn(fakeBrowser.permissions, "request").mockResolvedValue(true as never);
    expect(await requestReportConsent()).toBe(true);
    expect(request).toHaveBeenCalledWith({ data_collection: [...REPORT_DATA_COLLECTION] });
  });
});
