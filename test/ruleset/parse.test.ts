import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { detectFormat, formatIssue, formatPath, parseRuleSet, validateLocalSettings, validateRuleSet } from "../../lib/ruleset/parse.ts";

const acmeYaml = readFileSync(new URL("../fixtures/rulesets/acme.yaml", import.meta.url), "utf8");
const minimal = { schema: "preflight.ruleset/1", id: "t", version: 1, issuedAt: "2026-11-24T09:00:00Z" };

function errorsOf(source: string, name?: string) {
  const r = parseRuleSet(source, name ? { name } : {});
  if (r.ok) throw new Error("expected the rule set to be refused");
  return r.errors;
}

describe("parseRuleSet", () => {
  it("reads the sample YAML rule set, and the same data as JSON", () => {
    const yaml = parseRuleSet(acmeYaml, { name: "acme.yaml" });
    expect(yaml.ok).toBe(true);
    if (!yaml.ok) return;
    expect(yaml.value.events?.[0]?.terms).toContain("#Delia");
    const json = parseRuleSet(JSON.stringify(yaml.value), { name: "acme.json" });
    expect(json).toEqual(yaml);
  });

  it("accepts a minimal rule set and ISO instants with offsets and fractions", () => {
    expect(validateRuleSet(minimal).ok).toBe(true);
    expect(validateRuleSet({ ...minimal, issuedAt: "2026-11-24T09:00:00.123+08:00" }).ok).toBe(true);
  });

  it("names the line of each mistake in YAML", () => {
    const source = stringify({ ...minimal, events: [{ id: "e", title: "T", terms: ["x"], from: "tomorrow", severity: "warn" }] });
    const [issue] = errorsOf(source, "team.yaml");
    expect(issue).toMatchObject({ path: "events[0].from", line: source.split("\n").findIndex((l) => l.includes("from:")) + 1 });
    expect(formatIssue(issue!)).toMatch(/^line \d+, events\[0\]\.from: expected an ISO 8601 instant/);
  });

  it("names the line of each mistake in pretty-printed JSON", () => {
    const source = JSON.stringify({ ...minimal, version: "7" }, null, 2);
    expect(errorsOf(source, "team.json")).toEqual([{ path: "version", message: "expected number, got string", line: 4 }]);
  });

  it("reports every mistake at once", () => {
    const errors = errorsOf(
      JSON.stringify({
        ...minimal,
        version: 0,
        evnts: [],
        events: [{ id: "a", title: "A", terms: ["/a(?=b)/"], from: "2026-01-02T00:00:00Z", until: "2026-01-01T00:00:00Z", severity: "warn" }],
        terms: [
          { id: "x", match: ["x"], severity: "loud" },
          { id: "x", match: ["y"], severity: "info" },
        ],
      }),
    );
    expect(errors.map((e) => e.path).sort()).toEqual(
      ["version", "evnts", "events[0].terms[0]", "events[0].until", "terms[0].severity", "terms[1].id"].sort(),
    );
  });

  it("suggests the field or rule an admin probably meant", () => {
    const errors = errorsOf(JSON.stringify({ ...minimal, evnts: [], rules: { "events/mach": "off" } }));
    expect(errors.map(formatIssue)).toEqual([
      'line 1, evnts: unknown field (did you mean "events"?)',
      'line 1, rules["events/mach"]: unknown rule (did you mean "events/match"?)',
    ]);
  });

  it("suggests the nested field an admin probably meant, in lists, rule switches and rule options", () => {
    const errors = errorsOf(
      JSON.stringify({
        ...minimal,
        brand: { nams: ["Acme"] },
        crisis: { active: true, mesage: "We are on it." },
        events: [{ id: "e", title: "T", terms: ["x"], from: "2026-11-24T09:00:00Z", severity: "warn", guidence: "Wait." }],
        voice: { maxEmojis: 3 },
        rules: { "voice/emoji": { severty: "warn" }, "voice/reading-level": { options: { minWord: 5 } } },
        report: { zzzzzz: 1 },
      }),
    );
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'brand.nams: unknown field (did you mean "names"?)',
      'crisis.mesage: unknown field (did you mean "message"?)',
      'events[0].guidence: unknown field (did you mean "guidance"?)',
      'voice.maxEmojis: unknown field (did you mean "maxEmoji"?)',
      'rules["voice/emoji"].severty: unknown field (did you mean "severity"?)',
      "report.zzzzzz: unknown field",
      'rules["voice/reading-level"].options.minWord: unknown field (did you mean "minWords"?)',
    ]);
  });

  it("refuses syntax errors with their line", () => {
    expect(errorsOf("schema: x\n  bad: [unclosed\n", "a.yaml")[0]).toMatchObject({ path: "", line: expect.any(Number) });
    expect(errorsOf('{\n  "id": 1,\n}', "a.json")[0]?.message).toMatch(/^not valid JSON/);
  });

  it("detects the format from the name or the first character", () => {
    expect(detectFormat("{}", "a.yml")).toBe("yaml");
    expect(detectFormat("id: x")).toBe("yaml");
    expect(detectFormat('  {"a":1}')).toBe("json");
  });
});

describe("formatPath", () => {
  it("writes paths the way an admin reads them", () => {
    expect(formatPath(["events", 3, "terms", 0])).toBe("events[3].terms[0]");
    expect(formatPath(["rules", "voice/passive-voice", "options"])).toBe('rules["voice/passive-voice"].options');
  });
});

describe("validateLocalSettings", () => {
  it("accepts rule switches and an allow-list", () => {
    expect(validateLocalSettings({ rules: { "voice/passive-voice": "warn" }, allow: ["killer deal"] }).ok).toBe(true);
  });
  it("refuses unknown rules, bad severities and bad terms", () => {
    const r = validateLocalSettings({ rules: { "x/y": "warn", "events/match": "loud" }, allow: ["/(a)\\1/"], extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['allow[0]', 'extra', 'rules["events/match"]', 'rules["x/y"]'].sort());
  });
});
