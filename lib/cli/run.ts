/**
 * The command line (DESIGN.md, "Command line"): `run(argv, io)` returns the exit status and never
 * throws, so tests run it in-process and `main.ts` only wires the process to it. Every failure is
 * a message for a person on stderr with exit status 2, never a stack trace.
 */
import { terminalLine } from "../text/untrusted.ts";
import { closest } from "../ruleset/did-you-mean.ts";
import { HelpRequested } from "./args.ts";
import { approveCommand } from "./approve.ts";
import { auditArchiveCommand } from "./audit-archive.ts";
import { checkCommand } from "./check.ts";
import { crisisCommand } from "./crisis.ts";
import { LOCALES, type Locale } from "../engine/types.ts";
import { CliError, EXIT, tell, type CliIO } from "./io.ts";
import { M } from "./messages.ts";
import { addZhNotes, envLocale } from "./strings.ts";
import { keygenCommand, signCommand, verifyCommand } from "./keys.ts";
import { RuleSetFileError } from "./ruleset.ts";
import { reportCommand } from "./report-command.ts";
import { schemaCommand, validateCommand } from "./validate.ts";

export type { CliIO } from "./io.ts";

export const USAGE = `Usage: preflight <command> ...   (in a checkout: npx preflight, or npm run --silent preflight --)

  check [FILE|-]      check a post (a file, or standard input when FILE is - or absent)
      --rules FILE        the team's rule set (JSON, YAML, or signed)
      --key PUB           require a valid signature by this public key (a key or a file; repeatable)
      --at ISO            publish time (default now); without an offset it is local time in --tz
      --tz ZONE           time zone of the publish time (default this machine's), e.g. Europe/Paris
      --platform P        x, linkedin, facebook, instagram, threads, bluesky, mastodon, reddit,
                          youtube, tiktok, pinterest, or a site's host name
      --account HANDLE    the account the post is published as
      --author ID         the team member who writes it
      --crisis            crisis mode on (as the popup's switch)
      --format text|json  the report (default text; JSON Lines for --jsonl and --csv)
      --jsonl             the input holds one post a line: {"id", "text", "at", "platform",
                          "account", "author", "crisis"} (only "text" is required)
      --csv               the input is a content calendar with a header row and a "text" column
      --jobs N            threads that check a large batch (default: one per core)
      --lang en|zh-CN     language of the messages (default from LANG)
  validate FILE       check a rule set and show what it holds
  schema              print the JSON Schema of the rule-set format
  keygen [--out PREFIX]
                      make a signing key pair (PREFIX.pub and PREFIX.key)
  sign FILE --key PRIVATE_KEY_FILE [--out FILE] [--expires-in DAYS|never]
                      sign a rule set (it is validated first); it expires in 30 days
                      unless the file sets expiresAt or --expires-in says otherwise
  verify FILE --key PUB
                      check a signed rule set against trusted public keys (repeatable)
  approve REQUEST --key PRIVATE_KEY_FILE --as SPOKESPERSON_ID [--rules FILE] [--valid-for MINUTES]
                      answer an author's approval request (PF1-R-…) with a signed code
                      valid for that post only (default 120 minutes, at most 1440)
  report FILE...      summarize audit logs exported from the options page (JSON or CSV; one
                      file per install) per rule, person, account and day, for the review
      --from DAY          the first day (YYYY-MM-DD); --to DAY the last (inclusive)
      --platform P        only this platform; --account HANDLE only this account
      --tz ZONE           the days of decisions in this time zone (default this machine's)
      --format text|json  the report (default text); --lang en|zh-CN its language
      --crisis ID         the review of one team crisis (ID: its scenario or its declaration
                          time): stopped, posted anyway, approved, time to the first statement,
                          checklist; --format text|json|csv|html (html: a printable page)
  audit-archive FILE...
                      check the posts of an account's archive against today's rules: X's
                      tweets.js, Facebook's your_posts_1.json, Instagram's posts_1.json,
                      LinkedIn's Shares.csv, or the unzipped archive's folder
      --rules FILE        the team's rule set (--key PUB to require its signature)
      --at ISO            "today" (default now); --tz ZONE the days shown
      --account HANDLE    the account the posts were published as
      --min-severity S    what to review: info, warn (default) or block
      --out FILE          the posts to review as FILE.csv or FILE.json
      --format text|json|csv  stdout: a summary (default), or the list as JSON or CSV
      --lang en|zh-CN     language of the summary
  crisis declare SCENARIO --file RULESET [--until ISO|DAYS] [--drill] [--out FILE]
                      declare the crisis the rule set's scenario SCENARIO prepared: writes the
                      next version (version + 1, issued now) into RULESET (or --out FILE), in its
                      own format, ready to sign; --drill marks it a rehearsal everywhere
  crisis end --file RULESET [--out FILE]
                      end the declared crisis: the next version, with the crisis off

Exit status: 0 when no finding is warn or worse, 1 when one is, 2 for bad input or usage.
`;

/** The usage in Simplified Chinese (`--lang zh-CN`, or a Chinese locale in the environment). */
export const USAGE_ZH = `用法：preflight <命令> ...   （在源码目录中：npx preflight，或 npm run --silent preflight --）

  check [文件|-]      检查一条帖子（一个文件；文件为 - 或省略时读取标准输入）
      --rules 文件        团队的规则集（JSON、YAML 或已签名的文件）
      --key 公钥          要求规则集带有此公钥的有效签名（公钥本身或公钥文件；可重复）
      --at 时间           发布时间（默认为现在）；不带时差的时间按 --tz 时区理解
      --tz 时区           发布时间所在的时区（默认为本机时区），例如 Asia/Shanghai
      --platform 平台     x、linkedin、facebook、instagram、threads、bluesky、mastodon、reddit、
                          youtube、tiktok、pinterest，或网站的主机名
      --account 账号      发帖所用的账号
      --author ID         撰写帖子的团队成员
      --crisis            开启危机模式（与弹出窗口中的开关相同）
      --format text|json  报告格式（默认 text；--jsonl 和 --csv 默认输出 JSON Lines）
      --jsonl             输入每行一条帖子：{"id", "text", "at", "platform",
                          "account", "author", "crisis"}（只有 "text" 必填）
      --csv               输入是带表头行和 "text" 列的内容日历
      --jobs N            检查大批量所用的线程数（默认：每个核心一个）
      --lang en|zh-CN     提示信息的语言（默认取自 LANG）
  validate 文件       检查规则集并列出其中的内容
  schema              输出规则集格式的 JSON Schema
  keygen [--out 前缀]
                      生成签名密钥对（前缀.pub 和 前缀.key）
  sign 文件 --key 私钥文件 [--out 文件] [--expires-in 天数|never]
                      为规则集签名（先校验）；除非文件自带 expiresAt 或 --expires-in
                      另有指定，签名后 30 天过期
  verify 文件 --key 公钥
                      用受信任的公钥校验已签名的规则集（可重复）
  approve 请求 --key 私钥文件 --as 发言人ID [--rules 文件] [--valid-for 分钟数]
                      回复作者的审批请求（PF1-R-…），生成只对该帖子有效的签名审批码
                      （默认 120 分钟，最长 1440 分钟）
  report 文件...      汇总从设置页导出的审计日志（JSON 或 CSV；每个安装一个文件），
                      按规则、人员、账号和日期统计，供复盘使用
      --from 日期         起始日期（YYYY-MM-DD）；--to 日期 为结束日期（含当天）
      --platform 平台     只看此平台；--account 账号 只看此账号
      --tz 时区           按此时区划分日期（默认为本机时区）
      --format text|json  报告格式（默认 text）；--lang en|zh-CN 报告语言
      --crisis ID         复盘某一次团队危机（ID 为其场景或宣布时间）：被拦下、仍然发布、
                          经审批的帖子，发出第一份声明所用时间，检查清单；
                          --format text|json|csv|html（html 为可打印页面）
  audit-archive 文件...
                      按今天的规则检查账号存档中的历史帖子：X 的 tweets.js、
                      Facebook 的 your_posts_1.json、Instagram 的 posts_1.json、
                      LinkedIn 的 Shares.csv，或解压后的存档文件夹
      --rules 文件        团队的规则集（--key 公钥 要求其签名）
      --at 时间           “今天”（默认为现在）；--tz 时区 显示日期所用的时区
      --account 账号      这些帖子所用的账号
      --min-severity 级别 需要复查的级别：info、warn（默认）或 block
      --out 文件          把需要复查的帖子写入 文件.csv 或 文件.json
      --format text|json|csv  标准输出：摘要（默认），或以 JSON、CSV 输出列表
      --lang en|zh-CN     摘要的语言
  crisis declare 场景 --file 规则集 [--until 时间|天数] [--drill] [--out 文件]
                      宣布规则集中预案场景对应的危机：写出下一个版本（版本号加 1、
                      签发时间为现在），写回规则集（或 --out 文件），保持原有格式，可直接签名；
                      --drill 表示这是一次演练，各处都会标明
  crisis end --file 规则集 [--out 文件]
                      结束已宣布的危机：写出危机已关闭的下一个版本

退出状态：没有 warn 及以上的问题时为 0，有则为 1；输入或用法有误时为 2。
`;

const COMMANDS: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  check: checkCommand,
  validate: validateCommand,
  schema: schemaCommand,
  keygen: keygenCommand,
  sign: signCommand,
  verify: verifyCommand,
  report: reportCommand,
  "audit-archive": auditArchiveCommand,
  crisis: crisisCommand,
  approve: approveCommand,
};

/**
 * The language of the whole run: `--lang` (anywhere before `--`), else the environment's. Known
 * before the options are parsed, so that even a mistake in them is told in that language.
 */
export function runLocale(argv: readonly string[], env: CliIO["env"]): Locale {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--lang") lang = argv[i + 1];
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
  }
  return lang !== undefined && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : envLocale(env);
}

export function usage(locale: Locale): string {
  return locale === "zh-CN" ? USAGE_ZH : USAGE;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...args] = argv;
  io = { ...io, locale: io.locale ?? runLocale(argv, io.env) };
  addZhNotes();
  try {
    if (command === undefined) {
      io.stderr(usage(io.locale!));
      return EXIT.bad;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(usage(io.locale!));
      return EXIT.ok;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) {
      const commands = Object.keys(COMMANDS).join(", ");
      if (command.startsWith("-")) throw new CliError(M.commandBeforeOption, { option: command, commands });
      const meant = closest(command, Object.keys(COMMANDS));
      throw meant ? new CliError(M.unknownCommandMeant, { command, meant, commands }) : new CliError(M.unknownCommand, { command, commands });
    }
    return await handler(args, io);
  } catch (e) {
    return fail(e, io);
  }
}

/** A message's own lines, each cleaned: messages quote files, values and paths as they were written. */
function linesFor(message: string): string {
  return message.split("\n").map(terminalLine).join("\n");
}

function fail(e: unknown, io: CliIO): number {
  const locale = io.locale ?? "en";
  if (e instanceof HelpRequested) {
    io.stdout(usage(locale));
    return EXIT.ok;
  }
  if (e instanceof RuleSetFileError) {
    // Already `FILE:LINE: path: message`, one a line, which editors and CI logs link to.
    io.stderr(`${linesFor(e.message)}\n`);
  } else if (e instanceof CliError) {
    io.stderr(`preflight: ${linesFor(e.in(locale))}\n`);
  } else {
    // A bug rather than bad input: still one line, with the stack only on request.
    io.stderr(`preflight: ${tell(io, M.unexpected, { problem: terminalLine(e instanceof Error ? e.message : String(e)) })}\n`);
    if (io.env?.["PREFLIGHT_DEBUG"] && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  }
  return EXIT.bad;
}
