// The rule set's `report` setting: where decisions go, and the team's policy on a short excerpt.
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseRuleSet, validateRuleSet } from "../../lib/ruleset/parse.ts";
import { isReportUrl } from "../../lib/ruleset/schema.ts";
import { ruleSetJsonSchema } from "../../lib/cli/validate.ts";

const minimal = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-11-24T09:00:00Z" };

function errorsOf(report: unknown) {
  const r = validateRuleSet({ ...minimal, report });
  if (r.ok) throw new Error("expected the rule set to be refused");
  return r.errors.map((e) => `${e.path}: ${e.message}`);
}

describe("report", () => {
  it.each([
    ["an https URL", { url: "https://hooks.acme.example/preflight?token=abc" }],
    ["a URL and an excerpt", { url: "https://script.google.com/macros/s/abc/exec", excerpt: 80 }],
    ["an excerpt for the local log only", { excerpt: 280 }],
    ["http on this machine, for testing", { url: "http://127.0.0.1:8080/hook" }],
    ["http on localhost", { url: "http://localhost/hook" }],
    ["excerpt 0: never the text", { url: "https://a.example", excerpt: 0 }],
  ])("accepts %s", (_, report) => {
    const r = validateRuleSet({ ...minimal, report });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.report).toEqual(report);
  });

  it.each([
    ["plain http elsewhere", { url: "http://hooks.acme.example/x" }, "report.url: expected an https:// address"],
    ["not a URL", { url: "hooks.acme.example" }, "report.url: expected an https:// address"],
    ["a user and password", { url: "https://me:secret@hooks.acme.example/" }, "report.url: expected an https:// address without a user name or password"],
    ["another scheme", { url: "ftp://hooks.acme.example/" }, "report.url: expected an https:// address"],
    ["a negative excerpt", { excerpt: -1 }, "report.excerpt: excerpt must be 0 or more"],
    ["too long an excerpt", { excerpt: 281 }, "report.excerpt: excerpt must be at most 280 characters"],
    ["a fraction", { excerpt: 10.5 }, "report.excerpt: excerpt must be a whole number of characters"],
    ["an unknown key", { url: "https://a.example", text: true }, "report.text: unknown field"],
    ["a string", "https://a.example", "report: "],
  ])("refuses %s, naming the field", (_, report, message) => {
    const errors = errorsOf(report);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it("names the line of a bad report URL in YAML", () => {
    const source = stringify({ ...minimal, report: { url: "http://hooks.acme.example/x", excerpt: 40 } });
    const r = parseRuleSet(source, { name: "team.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: "report.url", line: source.split("\n").findIndex((l) => l.includes("url:")) + 1 });
  });

  it("is in the JSON Schema that editors read", () => {
    const schema = ruleSetJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties["report"]?.properties ?? {})).toEqual(["url", "excerpt"]);
  });

  it("isReportUrl", () => {
    expect(isReportUrl("https://a.example/x")).toBe(true);
    expect(isReportUrl("http://[::1]:9/x")).toBe(true);
    expect(isReportUrl("http://127.0.0.2/x")).toBe(false);
    expect(isReportUrl("javascript:alert(1)")).toBe(false);
  });
});
