/**
 * `audit-archive`: the archives X, Facebook, Instagram and LinkedIn export (test/fixtures/archives/,
 * written in each platform's format), checked against today's rules.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { linkedInCommentary, parseXDate, readArchive } from "../../lib/cli/archive.ts";
import { displayWidth } from "../../lib/cli/report.ts";
import { ACME, cli, FIXTURES, tempDir } from "./harness.ts";

const ARCHIVES = `${FIXTURES}/archives`;
const X = `${ARCHIVES}/x/data/tweets.js`;
const X_2019 = `${ARCHIVES}/x-2019/data/tweet.js`;
const FACEBOOK = `${ARCHIVES}/facebook/your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json`;
const INSTAGRAM = `${ARCHIVES}/instagram/your_instagram_activity/content/posts_1.json`;
const LINKEDIN = `${ARCHIVES}/linkedin/Shares.csv`;
/** Inside Hurricane Delia's window in acme.yaml. */
const TODAY = "2026-11-24T15:00:00Z";
const read = (file: string) => readArchive(readFileSync(file, "utf8"), file);
const dir = tempDir();

describe("reading the platforms' archives", () => {
  it("X: tweets.js, its HTML entities decoded, dates and addresses from the tweet", () => {
    const archive = read(X);
    expect(archive).toMatchObject({ platform: "x", withoutText: 0 });
    expect(archive.posts.map((p) => [p.id, p.at?.toISOString(), p.url])).toEqual([
      ["641987654321098752", "2015-09-11T12:40:12.000Z", "https://x.com/i/web/status/641987654321098752"],
      ["1049056789012345678", "2018-10-10T20:19:24.000Z", "https://x.com/i/web/status/1049056789012345678"],
      ["1600123456789012345", "2022-12-06T14:30:00.000Z", "https://x.com/i/web/status/1600123456789012345"],
      ["1700000000000000001", "2023-09-08T09:00:00.000Z", "https://x.com/i/web/status/1700000000000000001"],
    ]);
    expect(archive.posts[0]!.text).toBe("Never forget. 20% off everything today only & free shipping!");
    expect(archive.posts[1]!.text).toBe("Our new rain shell <3 #Delia would be proud. Hurricane-proof, we promise");
  });

  it("X: tweet.js of archives before 2022, tweets not wrapped in { tweet }", () => {
    expect(read(X_2019).posts).toEqual([
      { id: "210000000000000000", text: "Hello from our first tweet! >>", at: new Date("2012-06-04T08:00:00Z"), url: "https://x.com/i/web/status/210000000000000000" },
    ]);
  });

  it.each([
    ["Wed Oct 10 20:19:24 +0000 2018", "2018-10-10T20:19:24.000Z"],
    ["Sat Jan 05 03:04:05 +0530 2019", "2019-01-04T21:34:05.000Z"],
    ["Sun Mar 01 23:00:00 -0800 2020", "2020-03-02T07:00:00.000Z"],
  ])("X: reads the date %j", (text, iso) => {
    expect(parseXDate(text)?.toISOString()).toBe(iso);
  });

  it.each(["2018-10-10", "Wed Foo 10 20:19:24 +0000 2018", 1539202764])("X: no date from %j", (value) => {
    expect(parseXDate(value)).toBeUndefined();
  });

  it("Facebook: the post text, Meta's byte-by-byte escapes decoded, posts without text counted", () => {
    const archive = read(FACEBOOK);
    expect(archive).toMatchObject({ platform: "facebook", withoutText: 1 });
    expect(archive.posts).toEqual([
      { id: "1", text: "Never forget. Our café is 20% off all day — come by!", at: new Date(1442000000 * 1000) },
      { id: "3", text: "Thanks to everyone who joined our trail clean-up in Zürich 🌲", at: new Date(1600000000 * 1000) },
    ]);
  });

  it("Instagram: a one-photo caption from its media, a carousel's from the post, no caption counted", () => {
    const archive = read(INSTAGRAM);
    expect(archive).toMatchObject({ platform: "instagram", withoutText: 1 });
    expect(archive.posts.map((p) => [p.id, p.text, p.at?.toISOString()])).toEqual([
      ["1", "Storm season is coming 🌀 Grab your shell before the evacuation rush — 30% off!", "2019-10-02T07:06:40.000Z"],
      ["2", "Two new colours for summer: sage and sand. 山中见。", "2021-06-06T17:20:00.000Z"],
    ]);
    expect(archive.posts[0]!.url).toMatch(/^media\/posts\/201910\//);
  });

  it("LinkedIn: Shares.csv, the commentary's own quoting undone, dates in UTC, rows as numbered", () => {
    const archive = read(LINKEDIN);
    expect(archive).toMatchObject({ platform: "linkedin", withoutText: 1 });
    expect(archive.posts.map((p) => [p.id, p.text, p.at?.toISOString(), p.url])).toEqual([
      [
        "2",
        'Never forget.\nToday only: 25% off all tents. We "believe" in the outdoors.',
        "2019-09-11T13:05:44.000Z",
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6577000000000000001",
      ],
      ["3", "We are hiring a trail guide in Denver. Apply below.", "2021-03-02T08:00:00.000Z", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6773000000000000002"],
    ]);
  });

  it.each([
    ['"Hello"', "Hello"],
    ['"Line one"\n"Line two"', "Line one\nLine two"],
    ['"Say ""hi"""', 'Say "hi"'],
    // Text as written (a re-saved file): a lone quote inside means there is no extra layer.
    ['"Quote" by "someone"', '"Quote" by "someone"'],
    ["Plain text", "Plain text"],
  ])("LinkedIn: commentary %j reads as %j", (cell, text) => {
    expect(linkedInCommentary(cell)).toBe(text);
  });

  it("reads Facebook's older export, its list wrapped in an object, and an account with no posts", () => {
    const older = JSON.stringify({ status_updates: [{ timestamp: 1300000000, data: [{ post: "Hello" }] }] });
    expect(readArchive(older, "your_posts.json")).toMatchObject({ platform: "facebook", posts: [{ id: "1", text: "Hello" }] });
    expect(readArchive("[]", "your_posts_1.json")).toMatchObject({ platform: "facebook", posts: [], withoutText: 0 });
  });

  it.each<[string, string, RegExp]>([
    ["like.js", 'window.YTD.like.part0 = [ { "like" : { "tweetId" : "1" } } ]', /this is the archive's like file; the posts are in data\/tweets\.js/],
    ["notes.txt", "Dear diary", /not an archive this command reads: X's tweets\.js, Facebook's your_posts_1\.json/],
    ["broken.json", '[{"timestamp": 1,', /^broken\.json: not valid JSON: /],
    ["other.json", '{"a": 1, "b": [1], "c": [2]}', /a JSON file, but not Facebook's your_posts_1\.json or Instagram's posts_1\.json/],
  ])("refuses %s, naming the file and what it expected", (name, text, message) => {
    expect(() => readArchive(text, name)).toThrow(message);
  });
});

describe("audit-archive", () => {
  const argv = ["audit-archive", ARCHIVES, "--rules", ACME, "--at", TODAY, "--tz", "UTC"];

  it("reads an unzipped archive's folder, summarizes, and exits 1 when there is something to review", async () => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const out = stdout.split("\n");
    expect(out[0]).toBe("Preflight archive review");
    expect(out).toContain(`  X, ${X}: 4 posts, 2015-09-11 to 2023-09-08`);
    expect(out).toContain(`  X, ${X_2019}: 1 post, 2012-06-04 to 2012-06-04`);
    expect(out).toContain(`  LinkedIn, ${LINKEDIN}: 2 posts, 2019-09-11 to 2021-03-02`);
    expect(out).toContain("Checked against today's rules (acme-social v7) on 2026-11-24; crisis mode, who may post and length limits left out.");
    expect(out).toContain("To review: 5 of 11 posts (2 block, 3 warn); 3 without text were skipped.");
    const listed = out.slice(out.indexOf("Posts to review, most serious first") + 2).filter((l) => l.startsWith("  20"));
    expect(listed.map((l) => l.split(/\s{2,}/).slice(1, 4))).toEqual([
      ["2019-10-02", "block", "posts_1.json#1"],
      ["2018-10-10", "block", "https://x.com/i/web/status/1049056789012345678"],
      ["2019-09-11", "warn", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6577000000000000001"],
      ["2015-09-11", "warn", "your_posts__check_ins__photos_and_videos_1.json#1"],
      ["2015-09-11", "warn", "https://x.com/i/web/status/641987654321098752"],
    ]);
  });

  it("judges the current events as of today: an old post naming today's storm is flagged, after the window it is not", async () => {
    const during = await cli(["audit-archive", X, "--rules", ACME, "--at", TODAY, "--format", "json"]);
    const after = await cli(["audit-archive", X, "--rules", ACME, "--at", "2027-01-15T12:00:00Z", "--format", "json"]);
    const rulesOf = (stdout: string) =>
      (JSON.parse(stdout) as { posts: { id: string; findings: { ruleId: string }[] }[] }).posts.map((p) => [p.id, [...new Set(p.findings.map((f) => f.ruleId))]]);
    // "Our new rain shell … Hurricane-proof": a launch next to the storm, so newsjacking too.
    expect(rulesOf(during.stdout)).toContainEqual(["1049056789012345678", ["events/match", "sensitivity/tragedy-promotion"]]);
    expect(rulesOf(after.stdout)).toContainEqual(["1049056789012345678", ["sensitivity/tragedy-promotion"]]);
  });

  it("judges sensitive days on the post's own date: a sale on 9/11 stays a sale on 9/11", async () => {
    const sale = "Never forget. 20% off everything today only!";
    const tweets = (date: string) =>
      `window.YTD.tweets.part0 = ${JSON.stringify([{ tweet: { id_str: "1", created_at: date, full_text: sale } }])}`;
    const on = join(dir, "on-the-day.js");
    const off = join(dir, "in-june.js");
    writeFileSync(on, tweets("Fri Sep 11 12:40:12 +0000 2015"));
    writeFileSync(off, tweets("Mon Jun 01 12:40:12 +0000 2015"));
    const onDay = await cli(["audit-archive", on, "--at", TODAY, "--tz", "UTC", "--format", "json"]);
    const inJune = await cli(["audit-archive", off, "--at", TODAY, "--tz", "UTC", "--format", "json"]);
    expect(onDay.code).toBe(1);
    expect(JSON.parse(onDay.stdout)).toMatchObject({ posts: [{ severity: "block", findings: [{ ruleId: "dates/sensitive-days", severity: "block" }, expect.anything()] }] });
    expect(inJune.code).toBe(0);
    expect(JSON.parse(inJune.stdout)).toMatchObject({ counts: { posts: 1, review: 0 }, posts: [] });
  });

  it("leaves out the rules about the act of posting: crisis mode, who may post, length", async () => {
    const crisis = join(dir, "crisis.yaml");
    writeFileSync(crisis, `${readFileSync(ACME, "utf8").replace("active: false", "active: true")}`);
    const text = "Acme trail news. ".repeat(20).trim();
    const long = join(dir, "long.js");
    writeFileSync(long, `window.YTD.tweets.part0 = ${JSON.stringify([{ tweet: { id_str: "9", created_at: "Mon Jun 01 12:00:00 +0000 2020", full_text: text } }])}`);
    const { code, stdout } = await cli(["audit-archive", long, "--rules", crisis, "--at", TODAY, "--account", "@acme", "--min-severity", "info", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ counts: { posts: 1, review: 0 } });
    // The same post, checked for posting now, is held by exactly those rules.
    const now = await cli(["check", "--rules", crisis, "--at", TODAY, "--platform", "x", "--account", "@acme", "--format", "json"], { stdin: text });
    const rules = (JSON.parse(now.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["crisis/statement", "voice/length"]));
  });

  it("writes the posts to review as CSV, with the formula guard of the audit export", async () => {
    const tricky = join(dir, "tricky.js");
    writeFileSync(tricky, `window.YTD.tweets.part0 = ${JSON.stringify([{ tweet: { id_str: "5", created_at: "Mon Jun 01 12:00:00 +0000 2020", full_text: "=HYPERLINK(\"x\") our storm sale" } }])}`);
    const out = join(dir, "review.csv");
    const { code, stdout } = await cli(["audit-archive", tricky, X, "--rules", ACME, "--at", TODAY, "--tz", "UTC", "--out", out]);
    expect(code).toBe(1);
    expect(stdout).toContain(`Wrote the 3 posts to review to ${out}.`);
    const rows = parseCsv(readFileSync(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(["platform", "id", "date", "url", "severity", "rules", "why", "excerpts", "text", "file"]);
    expect(rows.map((r) => [r["id"], r["severity"]])).toEqual([
      ["5", "block"],
      ["1049056789012345678", "block"],
      ["641987654321098752", "warn"],
    ]);
    expect(rows[0]!["text"]).toBe("'=HYPERLINK(\"x\") our storm sale");
    expect(rows[1]).toMatchObject({ platform: "x", date: "2018-10-10T20:19:24.000Z", url: "https://x.com/i/web/status/1049056789012345678", rules: "events/match:block;sensitivity/tragedy-promotion:block" });
  });

  it("writes JSON with --out FILE.json, and the list on stdout with --format csv", async () => {
    const out = join(dir, "review.json");
    await cli([...argv, "--out", out]);
    const json = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown> & { posts: { platform: string; at: string }[] };
    expect(json).toMatchObject({
      schema: "preflight.archive-review/1",
      checkedAt: "2026-11-24T15:00:00.000Z",
      ruleSet: { id: "acme-social", version: 7 },
      minSeverity: "warn",
      counts: { posts: 11, review: 5, block: 2, warn: 3, info: 0, withoutText: 3 },
    });
    expect(json.posts.map((p) => p.platform)).toEqual(["instagram", "x", "linkedin", "facebook", "x"]);
    const csv = await cli([...argv, "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toBe("platform,id,date,url,severity,rules,why,excerpts,text,file");
    expect(parseCsv(csv.stdout, { columns: true })).toHaveLength(5);
  });

  it.each([
    ["block", 2],
    ["warn", 5],
    ["info", 6],
  ])("--min-severity %s lists %i posts", async (severity, n) => {
    const { stdout } = await cli([...argv, "--min-severity", severity, "--format", "json"]);
    expect((JSON.parse(stdout) as { posts: unknown[] }).posts).toHaveLength(n);
  });

  it("shows progress on stderr only when it is a terminal", async () => {
    const quiet = await cli(argv, { stderrIsTTY: false });
    expect(quiet.stderr).toBe("");
    const shown = await cli(argv, { stderrIsTTY: true });
    expect(shown.stderr).toMatch(/\rchecked 11 of 11 posts\r\x1b\[K$/);
  });

  it("speaks Chinese with --lang zh-CN, its tables aligned by display width", async () => {
    const { stdout } = await cli([...argv, "--lang", "zh-CN"]);
    const out = stdout.split("\n");
    expect(out[0]).toBe("Preflight 历史帖子审查");
    expect(out).toContain("需要复查：11 条中的 5 条（拦截 2 条，警告 3 条）；跳过没有文字的 3 条。");
    const table = out.slice(out.indexOf("需要复查的帖子（按严重程度排列）") + 1).filter((l) => l.startsWith("  "));
    expect(table[0]).toMatch(/^ {2}日期 {8,}结论 {2,}帖子/);
    // Every row's "why" column starts at the same terminal column as its header.
    const column = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    const whyAt = column(table[0]!, "原因");
    for (const row of table.slice(1)) expect(column(row, "“")).toBe(whyAt);
  });

  it.each<[string, string[], RegExp]>([
    ["no file", ["audit-archive"], /^preflight: audit-archive needs a FILE: X's tweets\.js/],
    ["a zip", ["audit-archive", "twitter-2026.zip"], /^preflight: cannot read twitter-2026\.zip: no such file or directory$/],
    ["a folder without posts", ["audit-archive", `${FIXTURES}/rulesets`], /no posts found; expected data\/tweets\.js \(X\)/],
    ["a bad --out", ["audit-archive", X, "--out", "review.xlsx"], /^preflight: --out: name a \.csv or \.json file, got "review\.xlsx"$/],
    ["a bad --min-severity", ["audit-archive", X, "--min-severity", "high"], /^preflight: --min-severity: expected info, warn or block, got "high"$/],
    ["a mistyped option", ["audit-archive", X, "--rule", ACME], /unknown option --rule; did you mean --rules\?/],
  ])("refuses %s: exit 2, one line", async (_, args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd()).toMatch(message);
  });

  it("asks for the archive unzipped", async () => {
    const zip = join(dir, "archive.zip");
    writeFileSync(zip, "PK\u0003\u0004");
    const { code, stderr } = await cli(["audit-archive", zip]);
    expect(code).toBe(2);
    expect(stderr).toBe(`preflight: ${zip}: unzip the archive first, then give its folder or the posts file\n`);
  });

  it("exits 0 when nothing is to review", async () => {
    const { code, stdout } = await cli(["audit-archive", X_2019, "--at", TODAY]);
    expect(code).toBe(0);
    expect(stdout).toContain("Nothing to review.");
  });
});
