/**
 * What the command line tells people (errors, notes, confirmations), in every language the UI
 * speaks. Placeholders are `{{name}}`; option names, file names and values stay as typed.
 */
import type { LocalizedText } from "../engine/types.ts";

export const M = {
  // --- usage and options -------------------------------------------------------------------------
  unknownOption: { en: "{{command}}: unknown option {{option}} (see preflight --help)", "zh-CN": "{{command}}: 未知选项 {{option}}（参见 preflight --help）" },
  unknownOptionMeant: {
    en: "{{command}}: unknown option {{option}}; did you mean {{meant}}? (see preflight --help)",
    "zh-CN": "{{command}}: 未知选项 {{option}}；是不是想用 {{meant}}？（参见 preflight --help）",
  },
  optionTakesNoValue: { en: "{{command}}: option {{option}} takes no value (see preflight --help)", "zh-CN": "{{command}}: 选项 {{option}} 不带值（参见 preflight --help）" },
  optionNeedsValue: { en: "{{command}}: option {{option}} needs a value (see preflight --help)", "zh-CN": "{{command}}: 选项 {{option}} 需要一个值（参见 preflight --help）" },
  optionNeedsValueDash: {
    en: '{{command}}: option {{option}} needs a value (write {{option}}=VALUE for one that starts with "-") (see preflight --help)',
    "zh-CN": "{{command}}: 选项 {{option}} 需要一个值（值以“-”开头时，请写成 {{option}}=VALUE）（参见 preflight --help）",
  },
  badArguments: { en: "{{command}}: {{problem}} (see preflight --help)", "zh-CN": "{{command}}: {{problem}}（参见 preflight --help）" },
  tooManyArguments: { en: "{{command}} takes {{max}} {{what}}; got {{got}}", "zh-CN": "{{command}} 最多接受 {{max}} 个{{what}}，却收到了 {{got}}" },
  needsFile: { en: "{{command}} needs a FILE (see preflight --help)", "zh-CN": "{{command}} 需要一个文件（参见 preflight --help）" },
  what_file: { en: "FILE", "zh-CN": "文件" },
  what_fileOrStdin: { en: "FILE (or - for standard input)", "zh-CN": "文件（或用 - 表示标准输入）" },
  what_arguments: { en: "arguments", "zh-CN": "参数" },
  what_keygenArguments: { en: "arguments (the file names come from --out PREFIX)", "zh-CN": "参数（文件名由 --out PREFIX 决定）" },
  commandBeforeOption: {
    en: "expected a command before {{option}}; the commands are {{commands}} (see preflight --help)",
    "zh-CN": "{{option}} 之前应先写命令；可用的命令有 {{commands}}（参见 preflight --help）",
  },
  unknownCommand: {
    en: 'unknown command "{{command}}"; the commands are {{commands}} (see preflight --help)',
    "zh-CN": "未知命令“{{command}}”；可用的命令有 {{commands}}（参见 preflight --help）",
  },
  unknownCommandMeant: {
    en: 'unknown command "{{command}}"; did you mean {{meant}}? The commands are {{commands}} (see preflight --help)',
    "zh-CN": "未知命令“{{command}}”；是不是想用 {{meant}}？可用的命令有 {{commands}}（参见 preflight --help）",
  },
  badLang: { en: '--lang: expected en or zh-CN, got "{{value}}"', "zh-CN": "--lang: 应为 en 或 zh-CN，收到的是“{{value}}”" },
  badFormat: { en: '--format: expected {{choices}}, got "{{value}}"', "zh-CN": "--format: 应为 {{choices}}，收到的是“{{value}}”" },
  badTimeZone: {
    en: '--tz: unknown time zone "{{zone}}"; use an IANA name such as America/New_York',
    "zh-CN": "--tz: 未知的时区“{{zone}}”；请使用 IANA 名称，例如 Asia/Shanghai 或 America/New_York",
  },
  badAt: {
    en: '--at: expected an ISO 8601 time such as 2026-11-24T09:00:00Z, or a local 2026-11-24 09:00 or 2026-11-24 in the --tz zone; got "{{value}}"',
    "zh-CN": "--at: 应为 ISO 8601 时间，例如 2026-11-24T09:00:00Z，或 --tz 时区的本地时间 2026-11-24 09:00 或日期 2026-11-24；收到的是“{{value}}”",
  },
  badPlatform: { en: '--platform: {{problem}}; got "{{value}}"', "zh-CN": "--platform: {{problem}}；收到的是“{{value}}”" },
  platformHint: {
    en: "expected one of x, linkedin, facebook, instagram, threads, bluesky, mastodon, reddit, youtube, tiktok, pinterest, or a site's host name",
    "zh-CN": "应为 x、linkedin、facebook、instagram、threads、bluesky、mastodon、reddit、youtube、tiktok、pinterest 之一，或网站的主机名",
  },
  emptyOption: { en: "--{{option}} must not be empty", "zh-CN": "--{{option}} 不能为空" },
  badJobs: { en: '--jobs: expected a number of threads from 1, got "{{value}}"', "zh-CN": "--jobs: 应为不小于 1 的线程数，收到的是“{{value}}”" },
  keyWithoutRules: { en: "--key checks the signature of --rules FILE; give --rules too", "zh-CN": "--key 用于校验 --rules 文件的签名；请同时给出 --rules" },
  bothStdin: { en: "the post and --rules cannot both come from standard input", "zh-CN": "帖子和 --rules 不能同时来自标准输入" },
  jsonlAndCsv: { en: "--jsonl and --csv exclude each other: choose the format of the input", "zh-CN": "--jsonl 和 --csv 不能同时使用：请选择输入的格式" },

  // --- files -------------------------------------------------------------------------------------
  cannotRead: { en: "cannot read {{file}}: {{problem}}", "zh-CN": "无法读取 {{file}}：{{problem}}" },
  cannotWrite: { en: "cannot write {{file}}: {{problem}}", "zh-CN": "无法写入 {{file}}：{{problem}}" },
  noSuchFile: { en: "no such file or directory", "zh-CN": "没有那个文件或目录" },
  isDirectory: { en: "it is a directory", "zh-CN": "这是一个目录" },
  permissionDenied: { en: "permission denied", "zh-CN": "权限不够" },
  fileExists: { en: "the file exists already; remove it or choose another name", "zh-CN": "文件已存在；请先删除，或换一个文件名" },
  cannotWriteOutput: { en: "cannot write the output: {{problem}}", "zh-CN": "无法写出结果：{{problem}}" },
  unexpected: {
    en: "unexpected error: {{problem}} (PREFLIGHT_DEBUG=1 shows details)",
    "zh-CN": "意外错误：{{problem}}（设置 PREFLIGHT_DEBUG=1 可查看详情）",
  },
  readingStdin: { en: "reading from standard input (end it with Ctrl-D)", "zh-CN": "正在从标准输入读取（按 Ctrl-D 结束）" },

  // --- batches -----------------------------------------------------------------------------------
  notValidCsv: { en: "{{file}}: not valid CSV: {{problem}}", "zh-CN": "{{file}}: 不是有效的 CSV：{{problem}}" },
  csvRecordTooLong: { en: "row {{row}} is longer than 16 MiB (is a quote unclosed?)", "zh-CN": "第 {{row}} 行超过 16 MiB（是否有引号没有闭合？）" },
  csvEmpty: { en: '{{file}}: empty; a CSV calendar needs a header row with a "text" column', "zh-CN": "{{file}}: 文件为空；CSV 日历需要一个含“text”列的表头行" },
  csvTwoColumns: { en: "{{file}}: the columns {{columns}} both give the post's {{field}}; keep one", "zh-CN": "{{file}}: {{columns}} 这几列都表示帖子的 {{field}}；请只保留一列" },
  csvNoText: { en: '{{file}}: the header row has no "text" column (found: {{found}})', "zh-CN": "{{file}}: 表头行没有“text”列（现有的列：{{found}}）" },
  postsNotChecked: {
    en: '{{errors}} of {{total}} posts could not be checked; see their "error" entries',
    "zh-CN": "{{total}} 条帖子中有 {{errors}} 条无法检查；请看它们的“error”条目",
  },
  workerStopped: { en: "a worker thread stopped ({{reason}}); checking on {{left}}", "zh-CN": "一个工作线程已停止（{{reason}}）；改由{{left}}继续检查" },
  workersLeft: { en: "this thread and the remaining {{n}}", "zh-CN": "本线程和剩下的 {{n}} 个工作线程" },
  mainThread: { en: "this thread alone", "zh-CN": "本线程" },
  batchDebug: {
    en: "batch of {{chunks}} chunks, {{offloaded}} of them checked on {{workers}} worker threads",
    "zh-CN": "批量共 {{chunks}} 块，其中 {{offloaded}} 块由 {{workers}} 个工作线程检查",
  },

  // --- rule sets, keys ---------------------------------------------------------------------------
  notSignedButKey: { en: "{{file}} is not signed, and --key asks for a signed rule set", "zh-CN": "{{file}} 没有签名，而 --key 要求使用已签名的规则集" },
  cannotCompile: { en: "{{file}}: cannot be compiled: {{problem}}", "zh-CN": "{{file}}: 无法编译：{{problem}}" },
  theRuleSet: { en: "the rule set", "zh-CN": "规则集" },
  noPublicKey: { en: "{{file}}: no public key in the file", "zh-CN": "{{file}}: 文件中没有公钥" },
  withReason: { en: "{{what}}: {{reason}}", "zh-CN": "{{what}}：{{reason}}" },
  validated: { en: "OK {{id}} v{{version}}{{signed}}: {{contents}}", "zh-CN": "正确：{{id}} v{{version}}{{signed}}：{{contents}}" },
  validatedSigned: { en: " (signed by key {{key}}; check the signature with verify)", "zh-CN": "（由密钥 {{key}} 签名；请用 verify 校验签名）" },
  plainDaysNote: {
    en: "note: {{file}} gives plain days ({{paths}}), read as the start of each day in UTC; add timeZone (for example timeZone: America/New_York) to read them in yours",
    "zh-CN": "提示：{{file}} 中有只写日期的时间（{{paths}}），按 UTC 当天零点理解；如需按你的时区理解，请加上 timeZone（例如 timeZone: Asia/Shanghai）",
  },
  expiredWarning: {
    en: "warning: {{file}} expired at {{at}}; installs refuse it until it is republished",
    "zh-CN": "警告：{{file}} 已于 {{at}} 过期；重新发布之前，各安装都会拒绝使用它",
  },
  keygenShown: {
    en: "public key:  {{public}}\nkey id:      {{id}}\nprivate key: {{private}}",
    "zh-CN": "公钥：  {{public}}\n密钥 ID：{{id}}\n私钥：  {{private}}",
  },
  keygenKeepSecret: {
    en: "keep the private key secret: whoever has it can sign rule sets for your team (--out PREFIX writes it to a file only you can read)",
    "zh-CN": "请妥善保管私钥：拿到它的人可以替你的团队签署规则集（--out PREFIX 会把它写入只有你能读取的文件）",
  },
  keygenWrote: {
    en: "public key:  {{public}}\nkey id:      {{id}}\nwrote {{pub}} (give it to every install) and {{key}} (keep it secret)",
    "zh-CN": "公钥：  {{public}}\n密钥 ID：{{id}}\n已写入 {{pub}}（分发给每个安装）和 {{key}}（请妥善保管）",
  },
  keyFileExists: { en: "{{file}} exists already; remove it or choose another --out", "zh-CN": "{{file}} 已存在；请先删除，或换一个 --out" },
  signNeedsKey: { en: "sign needs --key PRIVATE_KEY_FILE (made by keygen --out)", "zh-CN": "sign 需要 --key 私钥文件（由 keygen --out 生成）" },
  signedAlready: { en: "{{file}} is signed already; sign the plain rule set", "zh-CN": "{{file}} 已经签过名；请对未签名的规则集签名" },
  signExpired: {
    en: "{{file}}: expiresAt {{at}} is in the past; every install would refuse it",
    "zh-CN": "{{file}}: expiresAt {{at}} 已经过去；所有安装都会拒绝使用它",
  },
  signedInto: {
    en: "signed {{id}} v{{version}} with key {{key}} into {{file}}; it never expires",
    "zh-CN": "已用密钥 {{key}} 为 {{id}} v{{version}} 签名，写入 {{file}}；永不过期",
  },
  expiresTwice: {
    en: "{{file}} sets expiresAt ({{at}}) and --expires-in sets it too: keep one",
    "zh-CN": "{{file}} 已设置 expiresAt（{{at}}），--expires-in 又设置了一次：请只保留一处",
  },
  expiresIn: {
    en: '--expires-in: expected a number of days from 1 to {{max}}, or never; got "{{got}}"',
    "zh-CN": "--expires-in：应为 1 到 {{max}} 之间的天数，或 never；实际为“{{got}}”",
  },
  signedIntoExpiring: {
    en: "signed {{id}} v{{version}} with key {{key}} into {{file}}; it expires at {{at}}",
    "zh-CN": "已用密钥 {{key}} 为 {{id}} v{{version}} 签名，写入 {{file}}；将于 {{at}} 过期",
  },
  keyReadable: { en: "warning: {{file}} can be read by other users; chmod 600 {{file}}", "zh-CN": "警告：其他用户可以读取 {{file}}；请执行 chmod 600 {{file}}" },
  verifyNeedsKey: {
    en: "verify needs --key PUBLIC_KEY (a key or a file of keys; repeat for several)",
    "zh-CN": "verify 需要 --key 公钥（一个公钥或一个公钥文件；可重复多次）",
  },
  verified: { en: "OK {{id}} v{{version}}, signed by key {{key}}", "zh-CN": "正确：{{id}} v{{version}}，由密钥 {{key}} 签名" },

  // --- approve (issue 12b: approvals) -----------------------------------------------------------
  what_approveArguments: { en: "REQUEST (the code the author sent, or - for standard input)", "zh-CN": "请求（作者发来的代码，或用 - 表示标准输入）" },
  approveNeedsRequest: {
    en: "approve needs the REQUEST code the author sent (PF1-R-…), or - to read it from standard input",
    "zh-CN": "approve 需要作者发来的请求代码（PF1-R-…），或用 - 从标准输入读取",
  },
  approveNeedsKey: { en: "approve needs --key PRIVATE_KEY_FILE (made by keygen --out)", "zh-CN": "approve 需要 --key 私钥文件（由 keygen --out 生成）" },
  approveNeedsAs: {
    en: "approve needs --as SPOKESPERSON_ID: your id in the rule set's spokespeople",
    "zh-CN": "approve 需要 --as 发言人ID：你在规则集 spokespeople 中的 id",
  },
  approveSummary: {
    en: "approves one post on {{platform}} as {{account}}, held by {{rules}}, asked at {{asked}}\nsigned as {{approver}}, valid until {{until}}; send the code below to the author",
    "zh-CN": "批准 {{platform}} 上以 {{account}} 发布的一条帖子（被 {{rules}} 拦下，申请时间 {{asked}}）\n签发人 {{approver}}，有效期至 {{until}}；请把下面的代码发给作者",
  },
  approveUnchecked: {
    en: "note: without --rules, not checked that the rules in force list you and this key as an approver",
    "zh-CN": "提示：未提供 --rules，因此没有核对当前规则是否把你和此密钥登记为审批人",
  },

  // --- report ------------------------------------------------------------------------------------
  reportNeedsFile: {
    en: "report needs a FILE: a log exported from the options page (JSON or CSV; see preflight --help)",
    "zh-CN": "report 需要一个文件：从设置页导出的日志（JSON 或 CSV；参见 preflight --help）",
  },
  badDay: { en: '{{option}}: expected a day as YYYY-MM-DD, got "{{value}}"', "zh-CN": "{{option}}: 应为 YYYY-MM-DD 格式的日期，收到的是“{{value}}”" },
  fromAfterTo: { en: "--from {{from}} is after --to {{to}}", "zh-CN": "--from {{from}} 晚于 --to {{to}}" },
  cannotReadLog: { en: "cannot read the log:\n{{problems}}", "zh-CN": "无法读取日志：\n{{problems}}" },

  // --- audit-archive -----------------------------------------------------------------------------
  archiveNeedsFile: {
    en: "audit-archive needs a FILE: X's tweets.js, Facebook's your_posts_1.json, Instagram's posts_1.json, LinkedIn's Shares.csv, or the unzipped archive's folder",
    "zh-CN": "audit-archive 需要一个文件：X 的 tweets.js、Facebook 的 your_posts_1.json、Instagram 的 posts_1.json、LinkedIn 的 Shares.csv，或解压后的存档文件夹",
  },
  badMinSeverity: { en: '--min-severity: expected info, warn or block, got "{{value}}"', "zh-CN": "--min-severity: 应为 info、warn 或 block，收到的是“{{value}}”" },
  badOut: { en: '--out: name a .csv or .json file, got "{{value}}"', "zh-CN": "--out: 请给出 .csv 或 .json 文件名，收到的是“{{value}}”" },
  unzipFirst: { en: "{{file}}: unzip the archive first, then give its folder or the posts file", "zh-CN": "{{file}}: 请先解压存档，再给出它的文件夹或帖子文件" },
  noPostsFound: {
    en: "{{file}}: no posts found; expected data/tweets.js (X), your_posts_1.json (Facebook), content/posts_1.json (Instagram) or Shares.csv (LinkedIn) inside",
    "zh-CN": "{{file}}: 没有找到帖子；其中应有 data/tweets.js（X）、your_posts_1.json（Facebook）、content/posts_1.json（Instagram）或 Shares.csv（LinkedIn）",
  },
  notAnArchive: {
    en: "{{file}}: not an archive this command reads: X's tweets.js, Facebook's your_posts_1.json, Instagram's posts_1.json or LinkedIn's Shares.csv",
    "zh-CN": "{{file}}: 不是本命令能读取的存档：X 的 tweets.js、Facebook 的 your_posts_1.json、Instagram 的 posts_1.json 或 LinkedIn 的 Shares.csv",
  },
  notValidJson: { en: "{{file}}: not valid JSON: {{problem}}", "zh-CN": "{{file}}: 不是有效的 JSON：{{problem}}" },
  otherXFile: {
    en: "{{file}}: this is the archive's {{name}} file; the posts are in data/tweets.js (tweet.js in older archives)",
    "zh-CN": "{{file}}: 这是存档中的 {{name}} 文件；帖子在 data/tweets.js 里（旧版存档为 tweet.js）",
  },
  notTweetList: { en: "{{file}}: expected a list of tweets after window.YTD.{{name}}", "zh-CN": "{{file}}: window.YTD.{{name}} 之后应是推文列表" },
  otherMetaJson: {
    en: "{{file}}: a JSON file, but not Facebook's your_posts_1.json or Instagram's posts_1.json",
    "zh-CN": "{{file}}: 这是 JSON 文件，但不是 Facebook 的 your_posts_1.json 或 Instagram 的 posts_1.json",
  },
  // --- issue 12: crisis declare / end ----------------------------------------------------------
  crisisAction: {
    en: 'crisis: expected "declare SCENARIO" or "end", got "{{got}}" (see preflight --help)',
    "zh-CN": "crisis: 应为“declare 场景”或“end”，收到的是“{{got}}”（参见 preflight --help）",
  },
  crisisNeedsScenario: {
    en: "crisis declare needs the id of a scenario of the rule set (see preflight --help)",
    "zh-CN": "crisis declare 需要规则集中某个场景的 id（参见 preflight --help）",
  },
  crisisEndTakesNoScenario: { en: 'crisis end takes no scenario; got "{{got}}"', "zh-CN": "crisis end 不接受场景参数；收到的是“{{got}}”" },
  crisisEndOptions: { en: "crisis end takes neither --until nor --drill", "zh-CN": "crisis end 不接受 --until 或 --drill" },
  crisisNeedsFile: { en: "crisis {{action}} needs --file RULESET (the unsigned rule set)", "zh-CN": "crisis {{action}} 需要 --file 规则集（未签名的规则集）" },
  crisisSigned: {
    en: "{{file}} is signed; declare and end a crisis in the plain rule set, then sign it again",
    "zh-CN": "{{file}} 是已签名的文件；请在未签名的规则集中宣布或结束危机，然后重新签名",
  },
  crisisNoScenarios: {
    en: "{{file}} has no scenarios: prepare them under scenarios: (see the README, \"Crisis scenarios and drills\")",
    "zh-CN": "{{file}} 中没有任何场景：请先在 scenarios: 下准备好（参见 README 的“Crisis scenarios and drills”）",
  },
  crisisUnknownScenario: { en: 'unknown scenario "{{scenario}}"; the scenarios are {{ids}}', "zh-CN": "未知场景“{{scenario}}”；现有场景为 {{ids}}" },
  crisisUnknownScenarioMeant: {
    en: 'unknown scenario "{{scenario}}"; did you mean {{meant}}? The scenarios are {{ids}}',
    "zh-CN": "未知场景“{{scenario}}”；是不是想用 {{meant}}？现有场景为 {{ids}}",
  },
  crisisUntilDays: {
    en: '--until: a number of days must be more than 0 and at most {{max}}, got "{{got}}"',
    "zh-CN": "--until: 天数必须大于 0 且不超过 {{max}}，收到的是“{{got}}”",
  },
  crisisUntilBad: {
    en: '--until: expected an ISO 8601 instant such as 2026-12-01T18:00:00Z, or a number of days, got "{{got}}"',
    "zh-CN": "--until: 应为 ISO 8601 时间（例如 2026-12-01T18:00:00Z）或天数，收到的是“{{got}}”",
  },
  crisisUntilPast: { en: '--until: "{{got}}" is not in the future', "zh-CN": "--until: “{{got}}”不是将来的时间" },
  crisisNotActive: { en: "{{file}} declares no crisis: there is nothing to end", "zh-CN": "{{file}} 中没有已宣布的危机：无需结束" },
  crisisDeclared: {
    en: "declared the crisis {{scenario}}{{until}} in {{id}} v{{version}}, written to {{file}}",
    "zh-CN": "已在 {{id}} v{{version}} 中宣布危机 {{scenario}}{{until}}，写入 {{file}}",
  },
  crisisDrillDeclared: {
    en: "declared a drill of the crisis {{scenario}}{{until}} in {{id}} v{{version}}, written to {{file}}",
    "zh-CN": "已在 {{id}} v{{version}} 中宣布危机 {{scenario}} 的演练{{until}}，写入 {{file}}",
  },
  crisisUntil: { en: " until {{at}}", "zh-CN": "（至 {{at}}）" },
  crisisEnded: { en: "ended the crisis in {{id}} v{{version}}, written to {{file}}", "zh-CN": "已在 {{id}} v{{version}} 中结束危机，写入 {{file}}" },
  reportNoCrisis: {
    en: 'no crisis "{{id}}": no decision in these logs was taken during a team crisis',
    "zh-CN": "没有危机“{{id}}”：这些日志中没有在团队危机期间做出的决定",
  },
  reportUnknownCrisis: { en: 'no crisis "{{id}}" in these logs; they hold {{crises}}', "zh-CN": "这些日志中没有危机“{{id}}”；其中有 {{crises}}" },
  reportUnknownCrisisMeant: {
    en: 'no crisis "{{id}}" in these logs; did you mean {{meant}}? They hold {{crises}}',
    "zh-CN": "这些日志中没有危机“{{id}}”；是不是想用 {{meant}}？其中有 {{crises}}",
  },
  crisisNext: {
    en: "Next: sign it and publish the signed file to your feed:\n  {{command}}",
    "zh-CN": "下一步：签名，并把签名后的文件发布到团队订阅源：\n  {{command}}",
  },
} satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof M;
