/**
 * Everything the command line says, in Simplified Chinese with `--lang zh-CN` or a Chinese locale:
 * every catalogue entry in both languages with the same placeholders, the usage, the errors of
 * every command, the reports, and tables aligned by display width.
 */
import { describe, expect, it } from "vitest";
import type { LocalizedText } from "../../lib/engine/types.ts";
import { STRINGS as ARCHIVE } from "../../lib/cli/audit-archive.ts";
import { PROBLEMS } from "../../lib/cli/batch.ts";
import { M } from "../../lib/cli/messages.ts";
import { STRINGS as REPORT } from "../../lib/cli/report-command.ts";
import { USAGE, USAGE_ZH } from "../../lib/cli/run.ts";
import { STRINGS as WORDS } from "../../lib/cli/strings.ts";
import { ACME, cli, DURING_STORM, FIXTURES, STORM } from "./harness.ts";

const HAN = /\p{Script=Han}/u;
/** English that must not be left in a Chinese message (option names and values aside). */
const ENGLISH = /\b(?:the|is|are|not|cannot|expected|unknown|must|needs?|got|and|of|with|from|for|into|reading|wrote|signed|error|warning|note|posts?)\b/;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** What a Chinese message says in words: option names, file names and quoted values left out. */
const words = (s: string) =>
  s
    .replace(/--[\w-]+(?:=\S+)?/g, "")
    .replace(/[“"「][^”"」]*[”"」]/g, "")
    .replace(/(?:\S+\/)+\S+|\S+\.(?:ya?ml|json|jsonl|csv|js|txt|zip|pub|key)\b/g, "")
    .replace(/\b(?:preflight|check|validate|schema|keygen|sign|verify|report|audit-archive|text|json|csv|info|warn|block|en|zh-CN)\b/g, "");

describe("the catalogues", () => {
  const catalogues: Record<string, Record<string, LocalizedText>> = { messages: M, words: WORDS, report: REPORT, archive: ARCHIVE, batch: PROBLEMS };
  for (const [name, catalogue] of Object.entries(catalogues)) {
    it(`${name}: every entry in both languages, with the same placeholders, the Chinese in Chinese`, () => {
      for (const [id, text] of Object.entries(catalogue)) {
        expect(text.en.trim(), `${name}.${id} en`).not.toBe("");
        expect(placeholders(text["zh-CN"]), `${name}.${id} placeholders`).toEqual(placeholders(text.en));
        const said = words(text["zh-CN"]).replace(/\{\{\w+\}\}/g, "");
        if (/[A-Za-z]{3,}/.test(words(text.en).replace(/\{\{\w+\}\}/g, ""))) expect(said, `${name}.${id} zh-CN`).toMatch(HAN);
        expect(said, `${name}.${id} zh-CN`).not.toMatch(ENGLISH);
      }
    });
  }

  it("the usage in Chinese documents every command and option of the English one", () => {
    const options = (s: string) => [...new Set(s.match(/--[a-z][\w-]*/g))].sort();
    expect(options(USAGE_ZH)).toEqual(options(USAGE));
    for (const command of ["check", "validate", "schema", "keygen", "sign", "verify", "report", "audit-archive"]) expect(USAGE_ZH).toContain(`  ${command}`);
    expect(words(USAGE_ZH).replace(/\b(?:ID|N|JSON Lines|JSON Schema|ISO 8601|IANA|YAML|LANG|Ctrl-D|x|linkedin|facebook|instagram|threads|bluesky|mastodon|reddit|youtube|tiktok|pinterest|npx|npm|run|silent|id|at|platform|account|author|crisis|Asia|Shanghai|X|Facebook|Instagram|LinkedIn|your_posts_1|posts_1|tweets|Shares)\b/g, "")).not.toMatch(ENGLISH);
  });
});

describe("the command line in Chinese", () => {
  it.each<[string, string[], { stdin?: string }?]>([
    ["help", ["--help"]],
    ["a mistyped command", ["chek"]],
    ["a mistyped option", ["check", "--rule", ACME]],
    ["an option without its value", ["check", "--at"]],
    ["a bad time zone", ["check", STORM, "--tz", "Mars/Olympus"]],
    ["a bad time", ["check", STORM, "--at", "soon"]],
    ["a bad platform", ["check", STORM, "--platform", "myspace"]],
    ["two formats", ["check", "--jsonl", "--csv"]],
    ["a missing file", ["check", "missing.txt"]],
    ["a CSV without text", ["check", "--csv"], { stdin: "message\nHello\n" }],
    ["validate without a file", ["validate"]],
    ["keygen with an argument", ["keygen", "team"]],
    ["sign without a key", ["sign", ACME]],
    ["verify without a key", ["verify", ACME]],
    ["report without a file", ["report"]],
    ["audit-archive without a file", ["audit-archive"]],
    ["audit-archive of a folder without posts", ["audit-archive", `${FIXTURES}/rulesets`]],
  ])("%s: told in Chinese", async (_, argv, options = {}) => {
    const { stdout, stderr } = await cli([...argv, "--lang", "zh-CN"], options);
    const said = `${stdout}${stderr}`;
    expect(said).toMatch(HAN);
    for (const line of said.split("\n").filter((l) => /[A-Za-z]{3,}/.test(words(l)))) expect(words(line), line).not.toMatch(ENGLISH);
  });

  it("takes Chinese from the environment, and --lang wins over it", async () => {
    const env = { LANG: "zh_CN.UTF-8" };
    expect((await cli(["check", "--rule", ACME], { env })).stderr).toBe(
      "preflight: check: 未知选项 --rule；是不是想用 --rules？（参见 preflight --help）\n",
    );
    expect((await cli(["check", "--rule", ACME, "--lang", "en"], { env })).stderr).toBe(
      "preflight: check: unknown option --rule; did you mean --rules? (see preflight --help)\n",
    );
  });

  it("reports a post in Chinese: severities, the why lines, the summary", async () => {
    const { stdout } = await cli(["check", STORM, "--rules", ACME, "--at", DURING_STORM, "--lang", "zh-CN"]);
    const lines = stdout.split("\n");
    expect(lines.some((l) => /^test\/fixtures\/posts\/storm-sale\.txt:1:\d+ {2}拦截 {3}\S+ {2}.*[\p{Script=Han}]/u.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("解读："))).toBe(true);
    expect(lines.some((l) => l.startsWith("    原因："))).toBe(true);
    expect(lines.at(-2)).toMatch(/^拦截：\d+ 项拦截/);
  });

  it("tells a bad line of a batch in Chinese, naming its line and field", async () => {
    const { stdout, stderr } = await cli(["check", "--jsonl", "--lang", "zh-CN"], { stdin: '{"txt":"x"}\n' });
    expect(JSON.parse(stdout)).toEqual({ id: 1, error: "第 1 行：text：必填；txt：未知字段" });
    expect(stderr).toBe("preflight: 1 条帖子中有 1 条无法检查；请看它们的“error”条目\n");
  });

  it("says what a rule set holds, and confirms a signature, in Chinese", async () => {
    expect((await cli(["validate", ACME, "--lang", "zh-CN"])).stdout).toBe(
      "正确：acme-social v7：1 个事件，1 个日期，1 组词语，2 位发言人，2 个品牌账号，1 个允许词\n",
    );
  });
});
