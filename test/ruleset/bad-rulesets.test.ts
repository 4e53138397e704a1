/**
 * The corpus of bad rule sets (test/fixtures/bad-rulesets/): one file per mistake an admin makes,
 * each refused with the exact path named, a message that says what is wrong and, in YAML and
 * pretty-printed JSON, the line. Every file in the folder has an expectation below and every
 * expectation a file, so the corpus cannot silently shrink or grow untested. The good rule sets in
 * `good/` must be accepted and must compile.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/engine/analyze.ts";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import { parseRuleSet, type RuleSetIssue } from "../../lib/ruleset/parse.ts";
import { MAX_RULESET_BYTES } from "../../lib/ruleset/schema.ts";

const DIR = new URL("../fixtures/bad-rulesets/", import.meta.url);
const GOOD = new URL("good/", DIR);

interface Expected {
  path: string;
  /** A fragment of the message, or a pattern it matches. */
  message: string | RegExp;
  /** 1-based line; a list when either line is right (a syntax error noticed on the next line). */
  line?: number | number[];
}

interface Case {
  errors: Expected[];
  /** Syntax errors: the parser may add follow-up errors after the first, all on the document. */
  more?: boolean;
}

const PLATFORM = /expected one of x, linkedin, .*, or a site's host name/;
const INSTANT = "expected an ISO 8601 instant with a time zone";
const MONTH_DAY = 'expected a day of the year: "MM-DD"';
const NOT_LINEAR = "backreferences and lookaround are not available";

/** Every file of the corpus and what the reader must say about it. */
const CASES: Record<string, Case> = {
  "wrong-types.json": {
    errors: [
      { path: "id", message: "expected string, got number", line: 3 },
      { path: "version", message: "expected number, got string", line: 4 },
      { path: "crisis.active", message: "expected boolean, got string", line: 6 },
      { path: "events", message: "expected array, got an object", line: 7 },
    ],
  },
  "unknown-schema.yaml": { errors: [{ path: "schema", message: 'expected "preflight.ruleset/1"', line: 2 }] },
  "missing-required.json": {
    errors: [
      { path: "id", message: "required" },
      { path: "issuedAt", message: "required" },
      { path: "events[0].title", message: "required", line: 5 },
      { path: "events[0].severity", message: "expected one of info, warn, block", line: 5 },
    ],
  },
  "unknown-top-level-key.yaml": { errors: [{ path: "evnts", message: 'unknown field (did you mean "events"?)', line: 5 }] },
  "unknown-nested-key.yaml": { errors: [{ path: "events[0].guidence", message: 'unknown field (did you mean "guidance"?)', line: 11 }] },
  "duplicate-ids.yaml": { errors: [{ path: "events[1].id", message: 'duplicate id "storm" (also events[0])', line: 11 }] },
  "duplicate-key.yaml": { errors: [{ path: "", message: /not valid YAML: .*unique/, line: 5 }] },
  "impossible-instant.json": { errors: [{ path: "issuedAt", message: INSTANT, line: 5 }] },
  "no-time-zone.yaml": { errors: [{ path: "issuedAt", message: INSTANT, line: 4 }] },
  "impossible-month-day.yaml": {
    errors: [
      { path: "dates[0].on", message: MONTH_DAY, line: 8 },
      { path: "dates[1].on", message: MONTH_DAY, line: 12 },
    ],
  },
  "event-window-backwards.yaml": {
    errors: [{ path: "events[0].until", message: "the window ends before it starts", line: 10 }],
  },
  "event-mention.yaml": {
    errors: [{ path: "events[0].mention", message: 'expected "with-care" (judged by the post\'s tone, the default) or "never" (any mention)', line: 11 }],
  },
  "team-text-one-language.yaml": {
    errors: [{ path: "crisis.message", message: 'expected { en: "…", zh-CN: "…" }: a text in each language', line: 7 }],
  },
  "expires-before-issued.json": { errors: [{ path: "expiresAt", message: "must be after issuedAt", line: 6 }] },
  "regex-backreference.yaml": {
    errors: [{ path: "events[0].terms[1]", message: NOT_LINEAR, line: 10 }],
  },
  "regex-lookaround.json": {
    errors: [
      { path: "terms[0].match[0]", message: NOT_LINEAR, line: 9 },
      { path: "terms[0].match[1]", message: NOT_LINEAR, line: 9 },
    ],
  },
  "empty-term.yaml": { errors: [{ path: "events[0].terms[1]", message: "a term must not be empty", line: 8 }] },
  "invalid-syntax.yaml": { errors: [{ path: "", message: "not valid YAML", line: [8, 9] }], more: true },
  "invalid-syntax.json": { errors: [{ path: "", message: "not valid JSON", line: 6 }] },
  "alias-bomb.yaml": { errors: [{ path: "", message: /not valid YAML: .*alias/i }] },
  "unknown-rule.yaml": {
    errors: [{ path: 'rules["voice/pasive-voice"]', message: 'unknown rule (did you mean "voice/passive-voice"?)', line: 6 }],
  },
  "bad-rule-options.json": {
    errors: [
      { path: 'rules["voice/reading-level"].options.minWords', message: "must be at least 1", line: 7 },
      { path: 'rules["voice/reading-level"].options.maxWords', message: 'unknown field (did you mean "minWords"?)', line: 7 },
    ],
  },
  "bad-platform.yaml": { errors: [{ path: "brand.accounts[1].platform", message: PLATFORM, line: 9 }] },
  "bad-account-ref.yaml": {
    errors: [{ path: "spokespeople[0].accounts[1]", message: 'expected "<platform>:<handle>"', line: 8 }],
  },
  "bad-severity.json": { errors: [{ path: "terms[0].severity", message: "expected one of info, warn, block", line: 7 }] },
  "version-zero.yaml": { errors: [{ path: "version", message: "version must be 1 or more", line: 3 }] },
  "version-fraction.json": {
    errors: [{ path: "version", message: "whole number", line: 4 }],
  },
  "top-level-list.json": { errors: [{ path: "", message: "expected object, got a list" }] },
  "empty.yaml": {
    errors: [{ path: "", message: /empty|nothing|null/ }],
  },
  "many-mistakes.yaml": {
    errors: [
      { path: "id", message: "an id is 1-100 letters", line: 3 },
      { path: "version", message: "version must be 1 or more", line: 4 },
      { path: "brand.accounts[0].platform", message: PLATFORM, line: 9 },
      { path: "events[0].terms[1]", message: NOT_LINEAR, line: 13 },
      { path: "events[0].from", message: INSTANT, line: 14 },
      { path: "events[0].severity", message: "expected one of info, warn, block", line: 15 },
      { path: "dates[0].on", message: MONTH_DAY, line: 19 },
      { path: 'rules["voice/pasive-voice"]', message: "unknown rule", line: 22 },
      { path: "evnts", message: 'unknown field (did you mean "events"?)', line: 23 },
    ],
  },
};

const corpus = readdirSync(DIR).filter((f) => /\.(json|ya?ml)$/.test(f));

function errorsOf(source: string, name: string): RuleSetIssue[] {
  const result = parseRuleSet(source, { name });
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.errors;
}

function expectIssues(name: string, errors: RuleSetIssue[], c: Case) {
  const shown = JSON.stringify(errors, null, 1);
  for (const want of c.errors) {
    const issue = errors.find(
      (e) => e.path === want.path && (typeof want.message === "string" ? e.message.includes(want.message) : want.message.test(e.message)),
    );
    expect(issue, `${name}: no error at "${want.path}" matching ${String(want.message)}; got ${shown}`).toBeDefined();
    if (!issue) continue;
    if (want.line !== undefined) {
      expect([want.line].flat(), `${name}: line of "${want.path}"`).toContain(issue.line);
    }
  }
  if (c.more) {
    for (const e of errors) expect(c.errors.map((w) => w.path), shown).toContain(e.path);
  } else {
    // All at once, and nothing else: no mistake is hidden behind another, none is invented.
    expect(errors.map((e) => e.path).sort(), shown).toEqual(c.errors.map((w) => w.path).sort());
  }
  for (const e of errors) {
    expect(e.message).not.toMatch(/^\s*$/);
    expect(e.message, "no stack traces").not.toMatch(/\n\s+at /);
  }
}

describe("the bad rule-set corpus", () => {
  it("has an expectation for every file and a file for every expectation", () => {
    expect(corpus.sort()).toEqual(Object.keys(CASES).sort());
    expect(corpus.some((f) => f.endsWith(".json")) && corpus.some((f) => f.endsWith(".yaml"))).toBe(true);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: refused`, () => {
      const source = readFileSync(new URL(name, DIR), "utf8");
      const started = performance.now();
      const errors = errorsOf(source, name);
      expect(performance.now() - started).toBeLessThan(2_000);
      expectIssues(name, errors, c);
    });
  }

  it("reports every mistake of a file at once, each with its line", () => {
    const errors = errorsOf(readFileSync(new URL("many-mistakes.yaml", DIR), "utf8"), "many-mistakes.yaml");
    expect(errors.length).toBe(CASES["many-mistakes.yaml"]!.errors.length);
    expect(errors.every((e) => typeof e.line === "number")).toBe(true);
  });

  it("refuses a file over the documented 5 MiB limit, JSON or YAML, before parsing it", () => {
    // A real-looking rule set that is simply too big: events of 40 terms until past the limit.
    const events = [];
    for (let i = 0, bytes = 0; bytes <= MAX_RULESET_BYTES; i++) {
      const event = { id: `e${i}`, title: `Event ${i}`, terms: Array.from({ length: 40 }, (_, j) => `term ${i} ${j}`), from: "2026-11-20T00:00:00Z", severity: "warn" };
      events.push(event);
      bytes += JSON.stringify(event).length + 1;
    }
    const json = JSON.stringify({ schema: "preflight.ruleset/1", id: "big", version: 1, issuedAt: "2026-11-20T00:00:00Z", events });
    expect(Buffer.byteLength(json)).toBeGreaterThan(MAX_RULESET_BYTES);
    const [issue, ...rest] = errorsOf(json, "big.json");
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: "", message: expect.stringContaining("5 MiB") });
    // Multi-byte characters count as bytes: 2 MiB of 3-byte characters is 6 MiB.
    const yaml = `schema: preflight.ruleset/1\n# ${"台".repeat(2 * 1024 * 1024)}\n`;
    expect(errorsOf(yaml, "big.yaml")).toEqual([{ path: "", message: expect.stringContaining("5 MiB") }]);
  });
});

describe("good rule sets", () => {
  const good = readdirSync(GOOD).filter((f) => /\.(json|ya?ml)$/.test(f));

  it("include a minimal one, a full-featured YAML one and a JSON one", () => {
    expect(good).toEqual(expect.arrayContaining(["minimal.json", "full.yaml", "full.json"]));
  });

  for (const name of good) {
    it(`${name}: accepted and compiled`, async () => {
      const result = parseRuleSet(readFileSync(new URL(name, GOOD), "utf8"), { name });
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      const compiled = await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, result.value), { inflector: NO_INFLECTION });
      expect(() => analyze("Hurricane sale: 20% off, never forget! #Delia", { at: new Date("2026-11-25T12:00:00Z"), timeZone: "UTC" }, compiled)).not.toThrow();
    });
  }

  it("full.yaml keeps what the admin wrote: aliases, host-name platforms, rule options", () => {
    const result = parseRuleSet(readFileSync(new URL("full.yaml", GOOD), "utf8"), { name: "full.yaml" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const rs = result.value;
    expect(rs.events?.[1]?.guidance).toBe(rs.events?.[0]?.guidance);
    expect(rs.brand?.accounts.map((a) => a.platform)).toContain("social.acme.example");
    expect(rs.rules?.["voice/reading-level"]).toEqual({ severity: "warn", options: { minWords: 15 } });
    expect(rs.rules?.["dates/calendar"]).toBe("off");
    expect(rs.crisis?.checklist).toHaveLength(3);
    // A team text may be one string or one per language.
    expect(rs.crisis?.message).toEqual({ en: "We are recalling the TrailStove. Pause all promotions.", "zh-CN": "我们正在召回 TrailStove 炉具，请暂停所有推广。" });
    expect(rs.crisis?.checklist?.[2]).toEqual({ en: "Check the holding statement with legal", "zh-CN": "与法务核对待发声明" });
  });
});
