/**
 * Property tests of the engine and the rule-set reader on hostile input: any Unicode (emoji with
 * ZWJ sequences and skin tones, RTL, combining marks, lone surrogates, invisible and full-width
 * characters, CJK, very long words), huge texts, thousands of random terms, deeply nested and
 * oversized rule sets. Nothing may throw, hang or produce offsets outside the text.
 *
 * Seeds are fixed so a failure reproduces; fast-check prints the seed and the shrunk input.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../lib/engine/analyze.ts";
import { NO_INFLECTION } from "../../lib/engine/inflect.ts";
import { parseTerm, TermError } from "../../lib/engine/terms.ts";
import { fold } from "../../lib/engine/text.ts";
import { tokenize } from "../../lib/engine/tokenize.ts";
import { SEVERITIES, type AnalysisContext, type Finding } from "../../lib/engine/types.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet, type CompiledRuleSet } from "../../lib/ruleset/compile.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import { parseRuleSet, validateRuleSet } from "../../lib/ruleset/parse.ts";
import { MAX_RULESET_BYTES, type RuleSet } from "../../lib/ruleset/schema.ts";
import { createRandom, marketingProse } from "../bench/corpus.ts";

const SEED = 424242;
const AT = new Date("2026-11-25T15:00:00Z");
const CONTEXT: AnalysisContext = { platform: "x", account: "@acme", author: "nobody@acme.example", at: AT, timeZone: "UTC" };

const TEAM: RuleSet = {
  schema: "preflight.ruleset/1",
  id: "fuzz",
  version: 1,
  issuedAt: "2026-11-20T00:00:00Z",
  brand: { names: ["Acme", "Acme Outdoors"], accounts: [{ platform: "x", handle: "acme" }] },
  spokespeople: [{ id: "ann@acme.example", accounts: ["x:acme"] }],
  crisis: { active: true, title: "Recall", message: "Hold all promotions." },
  events: [
    {
      id: "storm",
      title: "Hurricane Delia",
      terms: ["hurricane", "#Delia", "storm surge", "evacuation", "#WhyIStayed", "Café Ünïcode", "台风", "/\\bcat(egory)? ?[1-5]\\b/"],
      from: "2026-11-20T00:00:00Z",
      until: "2026-12-10T00:00:00Z",
      severity: "block",
    },
  ],
  dates: [{ id: "today", title: "A sensitive day", on: "11-25", before: 1, after: 1, terms: ["never forget"], severity: "warn" }],
  terms: [{ id: "cheap", match: ["cheap", "ＦＵＬＬ ｗｉｄｔｈ", "naïve", "/dirt[- ]?cheap/"], suggest: ["affordable"], severity: "info" }],
  voice: { readingGrade: 6 },
  rules: { "voice/passive-voice": "info" },
  allow: ["killer deals"],
};

/** Every rule of the built-in rule set plus the team's, NLP rules included. */
let full: CompiledRuleSet;
/** The same without the NLP rules, for the timing of huge inputs (compromise is ~110 kB/s). */
let noNlp: CompiledRuleSet;

beforeAll(async () => {
  const team = validateRuleSet(TEAM);
  if (!team.ok) throw new Error(JSON.stringify(team.errors));
  full = await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, team.value));
  const { voice: _voice, ...withoutVoice } = team.value;
  noNlp = await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, { ...withoutVoice, rules: {} }));
  expect(full.sentences.hasNlp).toBe(true);
  expect(noNlp.sentences.hasNlp).toBe(false);
});

// --- Arbitraries --------------------------------------------------------------------------------

const fromCodes = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));
const EMOJI_BASES = ["👩", "👨", "🧑", "👋", "🙌", "👍", "🏃", "🧗", "❤", "🏳", "👁"];
const SKIN = ["", "\u{1f3fb}", "\u{1f3fc}", "\u{1f3fd}", "\u{1f3fe}", "\u{1f3ff}"];
const emoji = fc.oneof(
  fc.constantFrom("👩🏽‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️‍🔥", "🇺🇸", "🇨🇳", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1️⃣", "🧑🏿‍🤝‍🧑🏻", "🎉", "🔥"),
  fc
    .array(fc.tuple(fc.constantFrom(...EMOJI_BASES), fc.constantFrom(...SKIN), fc.constantFrom("", "\ufe0f")), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map((p) => p.join("")).join("\u200d")),
);
const words = fc.constantFrom(
  "sale", "Sale", "SALE", "storm", "storms", "hurricane", "Hurricanes", "evacuation", "cheap", "naïve", "naive", "café",
  "Acme", "acme", "was", "designed", "by", "the", "team", "never", "forget", "killer", "deals", "shop", "now", "20% off",
  "$19.99", "category 4", "台风", "storm surge", "dirt-cheap", "don't", "it’s", "we", "you", "I",
);
const latinWord = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 1, maxLength: 12 });
const hashtag = fc
  .tuple(fc.constantFrom("#", "＃", "#_", "#"), fc.array(fc.oneof(latinWord, words, fromCodes(0x4e00, 0x9fff)), { minLength: 1, maxLength: 4 }))
  .map(([sigil, parts]) => sigil + parts.join(""));
const mention = fc.tuple(fc.constantFrom("@", "＠"), latinWord, fc.constantFrom("", "_", ".", "_co")).map((p) => p.join(""));

/** One piece of a hostile text; texts are runs of pieces. */
const piece = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 4, arbitrary: latinWord },
  { weight: 6, arbitrary: fc.constantFrom(" ", " ", " ", "\n", "\n\n", ". ", "! ", "? ", ", ", "… ", "。", "\t", "\u00a0", "\u3000") },
  { weight: 3, arbitrary: hashtag },
  { weight: 2, arbitrary: mention },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
  { weight: 2, arbitrary: emoji },
  { weight: 1, arbitrary: fc.constantFrom(...SKIN.slice(1), "\u200d", "\ufe0f", "\u20e3") }, // dangling modifiers
  // RTL: Hebrew and Arabic words, directional marks and overrides.
  { weight: 2, arbitrary: fc.constantFrom("שלום", "مرحبا بالعالم", "\u200f", "\u200e", "\u202e", "\u202c", "\u2067", "\u2069", "‏#سلام") },
  // Combining marks on letters, stacked.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("a", "e", "i", "I", "z", "#", "ก", "か"), fc.array(fromCodes(0x300, 0x36f), { maxLength: 8 })).map(([b, m]) => b + m.join("")) },
  // Lone surrogates, high and low.
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  // Invisible characters, alone or inside words.
  { weight: 2, arbitrary: fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "sto\u200brm", "sa\u00adle", "\u034f") },
  // Full-width letters, digits and sigils.
  { weight: 2, arbitrary: fc.string({ unit: fromCodes(0xff01, 0xff5e), minLength: 1, maxLength: 8 }) },
  // CJK, kana, Hangul, Thai.
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(fromCodes(0x4e00, 0x9fff), fromCodes(0x3040, 0x30ff), fromCodes(0xac00, 0xd7a3), fromCodes(0x0e01, 0x0e4e)), minLength: 1, maxLength: 10 }) },
  // Very long words, with and without a hashtag sign.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("", "#", "@"), fc.integer({ min: 100, max: 3_000 }), fc.constantFrom("a", "storm", "Ab", "é", "_")).map(([s, n, w]) => s + w.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("https://acme.example/sale?x=1#storm", "www.storm.example", "http://", "<b>sale</b>", "%", "$", "'", "’’", "__", "#", "@", "#_", "#'") },
);
const hostileText = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));

/** Characters fold() deletes: apostrophes, soft hyphen and zero-width characters. */
const FOLD_REMOVES = ["'", "\u00ad", "\u02bc", "\u200b", "\u200c", "\u200d", "\u2018", "\u2019", "\u2060", "\ufeff", "\uff07"];

// --- Checks -------------------------------------------------------------------------------------

const RULE_ID = /^[a-z-]+\/[a-z-]+$/;

function expectValidFindings(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(f.ruleId).toMatch(RULE_ID);
    // A rule that throws is reported, not raised: on text alone no rule may fail.
    expect(f.ruleId, f.message).not.toBe("engine/rule-error");
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.message).toBe("string");
    expect(f.message.length).toBeGreaterThan(0);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(f.start, f.end);
    if (slice.length <= 120) expect(f.excerpt).toBe(slice);
    else {
      expect(f.excerpt.endsWith("…")).toBe(true);
      expect(slice.startsWith(f.excerpt.slice(0, -1))).toBe(true);
      expect(f.excerpt.length).toBeLessThanOrEqual(120);
    }
  }
}

function expectValidTokens(text: string) {
  const { list, hashtags } = tokenize(text);
  let lastEnd = 0;
  for (const t of list) {
    expect(t.start).toBeGreaterThanOrEqual(lastEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.norm.length).toBeGreaterThan(0);
    lastEnd = t.end;
  }
  let lastHashtagEnd = 0;
  hashtags.forEach((h, index) => {
    expect(h.start).toBeGreaterThanOrEqual(lastHashtagEnd);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(h.first).toBeLessThanOrEqual(h.last);
    expect(h.last).toBeLessThanOrEqual(list.length);
    for (let i = h.first; i < h.last; i++) {
      const t = list[i]!;
      expect(t.hashtag).toBe(index);
      expect(t.start).toBeGreaterThanOrEqual(h.start);
      expect(t.end).toBeLessThanOrEqual(h.end);
    }
    lastHashtagEnd = h.end;
  });
}

// --- Text ---------------------------------------------------------------------------------------

describe("analyze on hostile text", () => {
  it("never throws, and every finding lies inside the text with its exact excerpt", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectValidFindings(text, analyze(text, CONTEXT, full));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("finds the terms it should among the noise", () => {
    const text = "\u202e👩🏽‍💻 Big SALE\u200b!! #WhyIStayed ｃｈｅａｐ storm\u00adsurge, Hurricanes… @acme 台风 cat 4";
    const ids = analyze(text, CONTEXT, full).map((f) => `${f.ruleId}:${f.excerpt}`);
    expect(ids).toEqual(
      expect.arrayContaining(["crisis/active:SALE", "events/match:#WhyIStayed", "events/match:Hurricanes", "events/match:台风"]),
    );
    expectValidFindings(text, analyze(text, CONTEXT, full));
  });

  it("tokenizes into ascending, non-overlapping tokens inside the text", () => {
    fc.assert(
      fc.property(hostileText, (text) => expectValidTokens(text)),
      { seed: SEED + 1, numRuns: 500 },
    );
  });

  it("folds idempotently", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
      piece,
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }).map((u) => u.join("")), (s) => {
        const once = fold(s);
        expect(fold(once)).toBe(once);
      }),
      { seed: SEED + 2, numRuns: 3_000 },
    );
  });

  it("folds every assigned-plane code point idempotently, alone and between a letter and a combining mark", () => {
    const failures: string[] = [];
    // Planes 0-2 and 14 hold every character that normalization or case mapping touches; the
    // other planes are unassigned or private use. In context only the BMP, to keep this quick.
    const planes = [0, 1, 2, 14];
    for (const plane of planes) {
      for (let c = plane * 0x10000; c < (plane + 1) * 0x10000; c++) {
        const ch = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c);
        const contexts = plane > 0 || FOLD_REMOVES.includes(ch) ? [ch] : [ch, `Σ${ch}\u0301`, `e${ch}\u0301`];
        for (const s of contexts) {
          const once = fold(s);
          if (fold(once) !== once && failures.push(`U+${c.toString(16)} in ${JSON.stringify(s)}`) > 20) break;
        }
      }
    }
    expect(failures).toEqual([]);
  });

  // fold() once stripped accents before removing invisible characters, leaving the accent behind:
  // fold("e\u200b\u0301") was "e\u0301" while fold("e\u0301") is "e".
  it("folds idempotently when fold removes a character before a combining mark", () => {
    for (const ch of FOLD_REMOVES) {
      const once = fold(`e${ch}\u0301`);
      expect(fold(once), JSON.stringify(ch)).toBe(once);
      expect(once).toBe("e");
    }
  });
});

// --- Huge input ---------------------------------------------------------------------------------

/**
 * DESIGN.md's 60,000-character budget scaled linearly, times forty: a guard against blowups (a
 * quadratic pass over 1 MB takes minutes), not a speed check (`npm run bench` is). Times ten was
 * too close for 1 MB of Chinese, every character a token and a tragedy hit in every ten (2.1 to
 * 2.6 s alone against 3.3 s), when the suite shares two cores with other work.
 */
const boundFor = (length: number) => 40 * 20 * (length / 60_000);

describe("analyze on 1 MB inputs", () => {
  const MB = 1_000_000;
  const random = createRandom(SEED);
  const prose = marketingProse(random, MB, ["hurricane", "#Delia", "storm surge", "evacuation"]);
  const inputs: [string, string][] = [
    ["marketing prose", prose],
    ["one word", "a".repeat(MB)],
    ["one hashtag", `#${"Storm".repeat(MB / 5)}`],
    ["one lower-case hashtag", `#${"stormsurge".repeat(MB / 10)}`],
    ["CJK without spaces", "台风来了我们停止促销".repeat(MB / 10)],
    ["emoji", "👩🏽‍💻🎉 ".repeat(MB / 10)],
    ["combining marks", `e${"\u0301".repeat(MB - 1)}`],
    ["lone surrogates and zero-width", "\ud800\u200b\udc00\u200d#".repeat(MB / 5)],
    ["hashtags and mentions", "#sale @acme #WhyIStayed ".repeat(MB / 24)],
  ];

  for (const [name, text] of inputs) {
    it(`${name}: no throw, bounded time`, () => {
      const timed = () => {
        const started = performance.now();
        const findings = analyze(text, CONTEXT, noNlp);
        return { findings, ms: performance.now() - started };
      };
      const first = timed();
      expectValidFindings(text, first.findings.slice(0, 2_000));
      const bound = boundFor(text.length);
      // A blowup is slow every time; a busy machine only now and then: over the bound, time again.
      const ms = first.ms < bound ? first.ms : Math.min(first.ms, timed().ms);
      // Measured, not asserted tightly: printed so a slow drift is visible in the test log.
      console.info(`analyze, 1 MB ${name}: ${ms.toFixed(0)} ms for ${text.length} chars (bound ${bound.toFixed(0)} ms)`);
      expect(ms).toBeLessThan(bound);
    });
  }

  it("a 60,000-character post with NLP rules on, from a cold sentence cache, does not throw", async () => {
    const compiled = await compileRuleSet(full.ruleSet);
    const text = marketingProse(createRandom(SEED + 3), 60_000, ["hurricane", "storm surge"]);
    expectValidFindings(text, analyze(text, CONTEXT, compiled));
  });
});

// --- Rule sets ----------------------------------------------------------------------------------

const base = { schema: "preflight.ruleset/1", id: "fuzz", version: 1, issuedAt: "2026-11-20T00:00:00Z" };

/** Terms the reader must refuse, each with the reason it gives. */
const BAD_TERMS: [string, RegExp][] = [
  ["", /must not be empty/],
  ["   ", /at least one letter or digit/],
  ["!!! ???", /at least one letter or digit/],
  ["#", /at least one letter or digit/],
  ["\u200b\u200d", /at least one letter or digit/],
  ["/(a)\\1/", /linear time/],
  ["/storm(?=s)/", /linear time/],
  ["/(?<!no )sale/", /linear time/],
  ["/sale/g", /unknown regular-expression flag/],
  ["/a*/", /matches empty text/],
  ["/[/", /linear time or is invalid/],
  ["x".repeat(501), /at most 500 characters/],
];

const randomTerm = fc.oneof(
  { weight: 5, arbitrary: hostileText.map((t) => t.slice(0, 80)) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."/()[]{}*+?|\\^$.a1(?=<!:"), minLength: 1, maxLength: 12 }).map((s) => `/${s}/`) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_TERMS.map(([t]) => t)) },
);

describe("rule sets with thousands of random terms", () => {
  it("are accepted or refused with a path and a message, never by throwing", () => {
    fc.assert(
      fc.property(fc.array(randomTerm, { minLength: 500, maxLength: 3_000 }), (terms) => {
        const events = [];
        for (let i = 0; i < terms.length; i += 10) {
          events.push({ id: `e${i}`, title: `Event ${i}`, terms: terms.slice(i, i + 10), from: "2026-11-20T00:00:00Z", severity: "warn" });
        }
        const result = validateRuleSet({ ...base, events, allow: terms.slice(0, 50) });
        const badIndexes = terms.flatMap((t, i) => (isRefusedTerm(t) ? [i] : []));
        if (result.ok) {
          expect(badIndexes).toEqual([]);
          return;
        }
        for (const issue of result.errors) {
          expect(typeof issue.path).toBe("string");
          expect(issue.message.length).toBeGreaterThan(0);
        }
        const paths = new Set(result.errors.map((e) => e.path));
        for (const i of badIndexes) expect(paths).toContain(`events[${Math.floor(i / 10)}].terms[${i % 10}]`);
      }),
      { seed: SEED + 4, numRuns: 15 },
    );
  });

  it("each refused term is named with its path and reason", () => {
    const events = BAD_TERMS.map(([term], i) => ({ id: `e${i}`, title: "E", terms: ["fine", term], from: "2026-11-20T00:00:00Z", severity: "warn" }));
    const result = validateRuleSet({ ...base, events });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    BAD_TERMS.forEach(([, reason], i) => {
      const issue = result.errors.find((e) => e.path === `events[${i}].terms[1]`);
      expect(issue?.message, `events[${i}].terms[1]`).toMatch(reason);
    });
  });

  it("compiles every rule set it accepts", async () => {
    const samples = fc.sample(fc.array(randomTerm, { minLength: 200, maxLength: 400 }), { seed: SEED + 5, numRuns: 4 });
    for (const terms of samples) {
      const good = terms.filter((t) => !isRefusedTerm(t));
      const data = { ...base, terms: [{ id: "t", match: good.slice(0, 1_000), severity: "info" }] };
      const result = validateRuleSet(data);
      expect(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3))).toBe(true);
      if (!result.ok) continue;
      const compiled = await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, result.value), { inflector: NO_INFLECTION });
      fc.assert(
        fc.property(hostileText, (text) => expectValidFindings(text, analyze(text, CONTEXT, compiled))),
        { seed: SEED + 6, numRuns: 20 },
      );
    }
  });
});

/** Whether the reader must refuse `term`: the engine's own term parser is the oracle. */
function isRefusedTerm(term: string): boolean {
  if (term === "") return true;
  try {
    parseTerm(term);
    return false;
  } catch (e) {
    if (e instanceof TermError) return true;
    throw e;
  }
}

describe("hostile rule-set files", () => {
  const refused = (source: string, name: string, boundMs = 5_000) => {
    const started = performance.now();
    const result = parseRuleSet(source, { name });
    const ms = performance.now() - started;
    console.info(`parseRuleSet, ${name} of ${source.length} chars: refused in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(boundMs);
    expect(result.ok).toBe(false);
    if (result.ok) return [];
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
    return result.errors;
  };

  it("refuses 100,000-deep nested arrays as a field value, in JSON and in YAML", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const json = `{"schema":"preflight.ruleset/1","id":"deep","version":${deep},"issuedAt":"2026-11-20T00:00:00Z"}`;
    expect(refused(json, "deep.json").map((e) => e.path)).toContain("version");
    const yaml = `schema: preflight.ruleset/1\nid: deep\nversion: ${deep}\nissuedAt: 2026-11-20T00:00:00Z\n`;
    refused(yaml, "deep.yaml");
  });

  it("refuses deep nesting inside rule options and unknown fields", () => {
    const deepObject = `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`;
    const json = `{"schema":"preflight.ruleset/1","id":"deep","version":1,"issuedAt":"2026-11-20T00:00:00Z",
      "rules":{"voice/reading-level":{"options":{"minWords":${deepObject}}}},"extra":${deepObject}}`;
    const paths = refused(json, "deep.json").map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['rules["voice/reading-level"].options.minWords', "extra"]));
  });

  it("refuses data nested 100,000 deep handed to validateRuleSet directly", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = validateRuleSet({ ...base, crisis: { active: true, checklist: deep } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("crisis.checklist[0]");
  });

  it("refuses a 6 MB file before parsing it, JSON or YAML", () => {
    const padding = "x".repeat(6 * 1024 * 1024);
    const json = JSON.stringify({ ...base, crisis: { active: false, message: padding } });
    expect(Buffer.byteLength(json)).toBeGreaterThan(MAX_RULESET_BYTES);
    expect(refused(json, "big.json")).toEqual([{ path: "", message: expect.stringMatching(/at most 5242880 \(5 MiB\)/) }]);
    expect(refused(`# ${padding}\nschema: preflight.ruleset/1\n`, "big.yaml")[0]?.message).toMatch(/5 MiB/);
  });

  it("refuses a file under the size limit with too many entries", () => {
    const events = Array.from({ length: 25_000 }, (_, i) => ({ id: `e${i}`, title: "E", terms: ["x"], from: "2026-11-20T00:00:00Z", severity: "warn" }));
    const json = JSON.stringify({ ...base, events });
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_RULESET_BYTES);
    // Generous: a refused JSON file is parsed a second time as YAML to find the lines of its
    // errors (parse.ts withLines), about 1 s a megabyte here.
    expect(refused(json, "many.json", 20_000).map((e) => e.path)).toContain("events");
  });
});
