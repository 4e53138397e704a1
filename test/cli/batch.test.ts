import { describe, expect, it } from "vitest";
import { ACME, cli, DURING_STORM, FIXTURES, jsonLines } from "./harness.ts";

const JSONL = `${FIXTURES}/posts/calendar.jsonl`;
const CSV = `${FIXTURES}/posts/calendar.csv`;
const NINE_ELEVEN = `${FIXTURES}/rulesets/nine-eleven.json`;

interface Line {
  id: string | number;
  verdict?: string;
  error?: string;
  findings?: { ruleId: string; excerpt: string; start: number }[];
}
const lines = (stdout: string) => jsonLines(stdout) as unknown as Line[];
/** `id verdict rule:excerpt …` or `id error`, one a post: a compact view of a batch's output. */
const summary = (stdout: string) =>
  lines(stdout).map((l) => (l.error ? `${l.id} error` : [l.id, l.verdict, ...(l.findings ?? []).map((f) => `${f.ruleId}:${f.excerpt}`)].join(" ")));

describe("check --jsonl", () => {
  it("writes one line per post, checks the good lines around a bad one, and exits 2", async () => {
    const { code, stdout, stderr } = await cli(["check", JSONL, "--jsonl", "--rules", ACME, "--at", DURING_STORM, "--tz", "UTC"]);
    expect(code).toBe(2);
    expect(summary(stdout)).toEqual([
      "fleece block sensitivity/tragedy:Stay safe sensitivity/tragedy-promotion:during the storm events/match:storm",
      "thanks pass",
      "4 error",
      "5 block dates/calendar:Never forget crisis/active:20% off",
    ]);
    expect(lines(stdout)[2]).toEqual({ id: 4, error: "line 4: text: required; txt: unknown field" });
    expect(stderr).toBe('preflight: 1 of 4 posts could not be checked; see their "error" entries\n');
  });

  it("gives every line exactly { id, verdict, findings, reading } with the contract's finding fields", async () => {
    const { stdout } = await cli(["check", "--jsonl", "--rules", ACME, "--at", DURING_STORM], { stdin: '{"id":"a","text":"storm sale"}\n' });
    const [line] = jsonLines(stdout);
    // The contract's { id, verdict, findings }, extended with the reading that explains them.
    expect(Object.keys(line!)).toEqual(["id", "verdict", "findings", "reading"]);
    expect(line).toEqual({
      id: "a",
      verdict: "block",
      findings: [
        {
          ruleId: "events/match",
          messageId: "eventUsed",
          severity: "block",
          message: "“storm” refers to a current event (Hurricane Delia), and the post also sells (“sale”).",
          start: 0,
          end: 5,
          excerpt: "storm",
          guidance: "Do not mention the storm in marketing posts until the comms lead says so.",
        },
      ],
      reading: {
        refersTo: [{ kind: "event", label: "Hurricane Delia", excerpt: "storm" }],
        register: [{ register: "promotion", excerpt: "sale" }],
        stance: "exploiting",
      },
    });
  });

  it.each([
    ["all pass", ['{"text":"Hello"}', '{"text":"Thanks"}'], 0],
    ["one warns", ['{"text":"Hello"}', '{"text":"Never forget","at":"2026-09-11T12:00:00Z"}'], 1],
    ["one blocks", ['{"text":"storm"}', '{"text":"Hello"}'], 1],
    ["one is bad", ['{"text":"storm"}', '{"text":5}'], 2],
    ["nothing to check", ["", "  "], 0],
  ])("exits by the worst post: %s", async (_, input, code) => {
    const result = await cli(["check", "--jsonl", "--rules", ACME, "--at", DURING_STORM, "--tz", "UTC"], { stdin: input.join("\n") });
    expect(result.code).toBe(code);
  });

  it.each<[string, string, Line]>([
    ["not JSON", "{text: 'x'}", { id: 1, error: expect.stringMatching(/^line 1: not valid JSON: /) as unknown as string }],
    ["not an object", '["storm"]', { id: 1, error: 'line 1: expected a JSON object such as {"text": "…"}' }],
    ["no text", '{"id":"p1"}', { id: "p1", error: "line 1: text: required" }],
    ["text not a string", '{"text":42}', { id: 1, error: "line 1: text: expected string, received number" }],
    ["an unknown field", '{"text":"x","platfrom":"x"}', { id: 1, error: "line 1: platfrom: unknown field" }],
    ["a bad time", '{"text":"x","at":"soon"}', { id: 1, error: expect.stringMatching(/^line 1: at: expected an ISO 8601 time/) as unknown as string }],
    ["a bad platform", '{"text":"x","platform":"myspace"}', { id: 1, error: expect.stringMatching(/^line 1: platform: expected one of x, /) as unknown as string }],
    ["crisis as text", '{"text":"x","crisis":"yes"}', { id: 1, error: "line 1: crisis: expected boolean, received string" }],
    ["an empty id", '{"id":"","text":"x"}', { id: 1, error: "line 1: id: id must not be empty" }],
  ])("names the field and line of a bad line: %s", async (_, input, expected) => {
    const { code, stdout } = await cli(["check", "--jsonl"], { stdin: input });
    expect(code).toBe(2);
    expect(jsonLines(stdout)).toEqual([expected]);
  });

  it("numbers lines from 1, counting blank lines, for ids and errors", async () => {
    const { stdout } = await cli(["check", "--jsonl"], { stdin: '\n{"text":"a"}\n\n{"text":1}\n' });
    expect(lines(stdout).map((l) => [l.id, l.error ?? l.verdict])).toEqual([
      [2, "pass"],
      [4, "line 4: text: expected string, received number"],
    ]);
  });

  it("lets a post's own fields win over the options", async () => {
    const input = [
      '{"id":"options","text":"New trail maps are up."}',
      '{"id":"own","text":"New trail maps are up.","account":"@someone","crisis":false}',
    ].join("\n");
    const { stdout } = await cli(
      ["check", "--jsonl", "--rules", ACME, "--at", DURING_STORM, "--platform", "x", "--account", "@acme", "--crisis"],
      { stdin: input },
    );
    // During the crisis (--crisis), a post that ignores it is held: business as usual.
    expect(summary(stdout)).toEqual(["options block crisis/statement: spokesperson/unapproved:", "own pass"]);
  });

  it("reads each line's time in --tz", async () => {
    const input = '{"text":"x","at":"2026-09-11T02:00:00Z"}\n{"text":"x","at":"2026-09-11 02:00"}';
    const run = async (tz: string) => summary((await cli(["check", "--jsonl", "--rules", NINE_ELEVEN, "--tz", tz], { stdin: input })).stdout);
    expect(await run("UTC")).toEqual(["1 warn dates/calendar:", "2 warn dates/calendar:"]);
    expect(await run("America/New_York")).toEqual(["1 pass", "2 warn dates/calendar:"]);
  });

  it("prints a report per post with --format text", async () => {
    const { code, stdout } = await cli(["check", JSONL, "--jsonl", "--rules", ACME, "--at", DURING_STORM, "--tz", "UTC", "--format", "text"]);
    expect(code).toBe(2);
    const out = stdout.split("\n");
    expect(out[0]).toBe("[fleece] block: 2 block, 1 info");
    const storm = out.indexOf("  1:22  block  events/match  “storm” refers to a current event (Hurricane Delia), and the post also sells (“20% off”).");
    expect(out.slice(storm + 1, storm + 3)).toEqual([
      "      Stay safe during the storm, everyone! Our fleece is 20% off.",
      `      ${" ".repeat(21)}^^^^^`,
    ]);
    expect(out).toContain("[thanks] pass: nothing to flag");
    expect(out).toContain("[4] error: line 4: text: required; txt: unknown field");
    expect(out.at(-2)).toBe("4 posts: 2 block, 0 warn, 1 pass, 1 not checked");
  });
});

describe("check --csv", () => {
  const argv = ["check", CSV, "--csv", "--rules", ACME, "--tz", "America/New_York", "--author", "raj@acme.example"];

  it("checks a content calendar: quoted multi-line text, publish times in --tz, ids by row", async () => {
    const { code, stdout, stderr } = await cli([...argv, "--crisis"]);
    expect(code).toBe(2);
    expect(summary(stdout)).toEqual([
      "fleece block sensitivity/tragedy:Stay safe sensitivity/tragedy-promotion:during the storm events/match:storm crisis/active:20% off",
      "boots block crisis/statement: terms/custom:cheap",
      "4 warn crisis/active:",
      "later error",
    ]);
    const [fleece, boots, , later] = lines(stdout);
    // "20% off" is on the cell's second line: the line break inside the quotes is part of the text.
    const promotion = fleece!.findings!.find((f) => f.ruleId === "crisis/active")!;
    expect(promotion.start).toBe("Stay safe during the storm, everyone!\nOur fleece is ".length);
    // `""cheap""` is the word in quotes: the doubled quotes were read as one.
    expect(boots!.findings![1]!.start).toBe('Our "'.length);
    expect(later!.error).toMatch(/^row 5: at: expected an ISO 8601 time/);
    expect(stderr).toContain("1 of 4 posts could not be checked");
  });

  it("reads a time without an offset as local time in --tz", async () => {
    const calendar = "text,date\nNever forget,2026-09-11 22:30\n";
    const run = async (tz: string) => summary((await cli(["check", "--csv", "--rules", ACME, "--tz", tz], { stdin: calendar })).stdout);
    expect(await run("America/Los_Angeles")).toEqual(["2 warn dates/calendar:Never forget"]);
    // 22:30 on September 11 in Tokyo is 13:30 UTC on the same day: still near the date.
    expect(await run("Asia/Tokyo")).toEqual(["2 warn dates/calendar:Never forget"]);
    const farOff = "text,date\nNever forget,2026-09-14 01:00\n";
    expect(summary((await cli(["check", "--csv", "--rules", ACME, "--tz", "UTC"], { stdin: farOff })).stdout)).toEqual(["2 pass"]);
  });

  it.each(["at", "publish_at", "Publish Time", "DATE", "publish-at"])("takes the publish time from a column named %j", async (name) => {
    const { stdout } = await cli(["check", "--csv", "--rules", ACME, "--tz", "UTC"], { stdin: `text,${name}\nstorm,2026-11-24 10:00\n` });
    // A bare mention of the event: a warning (a sale next to it would block).
    expect(summary(stdout)).toEqual(["2 warn events/match:storm"]);
  });

  it.each([
    ["semicolons", "text;platform;account\nHello;x;@acme\n"],
    ["tabs", "text\tplatform\taccount\nHello\tx\t@acme\n"],
  ])("reads a calendar separated by %s", async (_, calendar) => {
    const { stdout } = await cli(["check", "--csv", "--rules", ACME, "--at", DURING_STORM], { stdin: calendar });
    expect(summary(stdout)).toEqual(["2 warn spokesperson/unapproved:"]);
  });

  it.each([
    ["yes", "block"],
    ["TRUE", "block"],
    ["1", "block"],
    ["no", "pass"],
    ["", "pass"],
  ])("reads crisis %j", async (cell, verdict) => {
    const { stdout } = await cli(["check", "--csv", "--at", DURING_STORM], { stdin: `text,crisis\n20% off today,${cell}\n` });
    expect(lines(stdout)[0]!.verdict).toBe(verdict);
  });

  it.each<[string, string, Line]>([
    ["a row with too many fields", "text,at\nHello, friends,2026-11-24 10:00\n", { id: 2, error: "row 2: has 3 fields, the header has 2 (is a comma in the text unquoted?)" }],
    ["a bad crisis value", "id,text,crisis\nq1,Hello,maybe\n", { id: "q1", error: 'row 2: crisis: expected yes or no (true/false, 1/0), got "maybe"' }],
    ["a bad platform", "text,platform\nHello,MySpace\n", { id: 2, error: expect.stringMatching(/^row 2: platform: expected one of/) as unknown as string }],
  ])("reports %s by its row", async (_, calendar, expected) => {
    const { code, stdout } = await cli(["check", "--csv"], { stdin: calendar });
    expect(code).toBe(2);
    expect(lines(stdout)).toEqual([expected]);
  });

  it("checks the rows after a bad one", async () => {
    const { code, stdout } = await cli(["check", "--csv", "--at", DURING_STORM], { stdin: "text,crisis\nHello,maybe\nThanks,no\n" });
    expect(code).toBe(2);
    expect(summary(stdout)).toEqual(["2 error", "3 pass"]);
  });

  it.each<[string, string, RegExp]>([
    ["no text column", "message,at\nHello,2026-11-24\n", /^preflight: <stdin>: the header row has no "text" column \(found: "message", "at"\)$/],
    ["two time columns", "text,at,date\nHello,2026-11-24,2026-11-24\n", /^preflight: <stdin>: the columns "at" and "date" both give the post's at; keep one$/],
    ["an unclosed quote", 'text\n"Hello\n', /^preflight: <stdin>: not valid CSV: Quote Not Closed/],
    ["nothing at all", "", /^preflight: <stdin>: empty; a CSV calendar needs a header row with a "text" column$/],
  ])("refuses a calendar with %s: exit 2", async (_, calendar, message) => {
    const { code, stdout, stderr } = await cli(["check", "--csv"], { stdin: calendar });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd()).toMatch(message);
  });

  it("prints a report per row with --format text", async () => {
    const { stdout } = await cli([...argv, "--format", "text"]);
    const out = stdout.split("\n");
    expect(out).toContain("[fleece] block: 2 block, 1 info");
    expect(out).toContain("[boots] pass: 1 info");
    expect(out).toContain("  1:6  info   terms/custom  “cheap”: Say \"affordable\"; \"cheap\" undersells the product.");
    expect(out).toContain("[later] error: row 5: at: expected an ISO 8601 time such as 2026-11-24T09:00:00Z, or a local 2026-11-24 09:00 or 2026-11-24 in the --tz zone");
    expect(out.at(-2)).toBe("4 posts: 1 block, 0 warn, 2 pass, 1 not checked");
  });
});
