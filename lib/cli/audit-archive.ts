/**
 * `audit-archive FILE…`: the posts an account published (the archive a platform exports) checked
 * against today's rules, to find old posts that would embarrass the brand now. A summary on stdout,
 * the posts to review as CSV or JSON (`--out`, or `--format csv|json`), progress on stderr when it
 * is a terminal.
 *
 * What "today's rules" means for an old post: the word lists and the team's rule set as they are
 * now; the team's current events as of today (an old joke that names today's tragedy reads badly
 * now); sensitive days on the post's own date (a sale posted on 9/11 stays a sale on 9/11). Rules
 * about the act of posting (crisis mode, who may post as the account, length limits) are left out.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { csvCell } from "../audit/export.ts";
import { analyze } from "../engine/analyze.ts";
import { formatMessage } from "../engine/i18n.ts";
import { isTimeZone } from "../engine/time.ts";
import { SEVERITIES, SEVERITY_RANK, verdictOf, type Finding, type Locale, type LocalizedText, type Severity, type Verdict } from "../engine/types.ts";
import type { CompiledRuleSet } from "../ruleset/compile.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { RULES } from "../../rules/index.ts";
import { optional, readArchive, type Archive, type ArchivedPost } from "./archive.ts";
import { parseCommand } from "./args.ts";
import { CliError, EXIT, readInput, writeOutput, type CliIO } from "./io.ts";
import { table } from "./report.ts";
import { compileEffective, loadRuleSet, readPublicKeys } from "./ruleset.ts";
import { M } from "./messages.ts";
import { say } from "./strings.ts";
import { parsePublishTime } from "./time.ts";

const OPTIONS = {
  rules: { type: "string" },
  key: { type: "string", multiple: true },
  at: { type: "string" },
  tz: { type: "string" },
  account: { type: "string" },
  "min-severity": { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
} as const;

/** Rules about the act of posting, not about what an old post says. */
export const POSTING_RULES = ["crisis/active", "crisis/statement", "spokesperson/unapproved", "voice/length"] as const;
/** Rules that judge a post by the day it was published. */
const DAY_RULES = new Set(["dates/calendar", "dates/sensitive-days"]);
/** Judged as of today: the team's current events. */
const TODAY_RULES = new Set(["events/match"]);
/** Posts listed in the text summary; the full list goes to --out. */
const LISTED = 20;

export const STRINGS = {
  title: { en: "Preflight archive review", "zh-CN": "Preflight 历史帖子审查" },
  archive: { en: "{{kind}}, {{file}}: {{posts}}{{range}}", "zh-CN": "{{kind}}，{{file}}：{{posts}}{{range}}" },
  posts_one: { en: "1 post", "zh-CN": "1 条帖子" },
  posts_many: { en: "{{n}} posts", "zh-CN": "{{n}} 条帖子" },
  range: { en: ", {{from}} to {{to}}", "zh-CN": "，{{from}} 至 {{to}}" },
  against: {
    en: "Checked against today's rules ({{rules}}) on {{day}}; crisis mode, who may post and length limits left out.",
    "zh-CN": "已按今天的规则（{{rules}}）于 {{day}} 检查；不含危机模式、发帖权限和长度限制。",
  },
  builtIn: { en: "built-in rules only", "zh-CN": "仅内置规则" },
  team: { en: "{{id}} v{{version}}", "zh-CN": "{{id}} v{{version}}" },
  totals: {
    en: "To review: {{review}} of {{posts}} posts ({{block}} block, {{warn}} warn{{info}}); {{withoutText}} without text were skipped.",
    "zh-CN": "需要复查：{{posts}} 条中的 {{review}} 条（拦截 {{block}} 条，警告 {{warn}} 条{{info}}）；跳过没有文字的 {{withoutText}} 条。",
  },
  totalsInfo: { en: ", {{n}} info", "zh-CN": "，提示 {{n}} 条" },
  nothing: { en: "Nothing to review.", "zh-CN": "没有需要复查的帖子。" },
  byRule: { en: "By rule", "zh-CN": "按规则" },
  col_rule: { en: "rule", "zh-CN": "规则" },
  col_posts: { en: "posts", "zh-CN": "帖子" },
  toReview: { en: "Posts to review, most serious first", "zh-CN": "需要复查的帖子（按严重程度排列）" },
  col_date: { en: "date", "zh-CN": "日期" },
  col_verdict: { en: "verdict", "zh-CN": "结论" },
  col_where: { en: "post", "zh-CN": "帖子" },
  col_why: { en: "why", "zh-CN": "原因" },
  more: {
    en: "… and {{n}} more: the full list with --out review.csv (or review.json).",
    "zh-CN": "……还有 {{n}} 条：用 --out review.csv（或 review.json）导出完整列表。",
  },
  wrote: { en: "Wrote the {{n}} posts to review to {{file}}.", "zh-CN": "已将 {{n}} 条需要复查的帖子写入 {{file}}。" },
  progress: { en: "checked {{done}} of {{total}} posts", "zh-CN": "已检查 {{done}}/{{total}} 条帖子" },
} satisfies Record<string, LocalizedText>;

type StringId = keyof typeof STRINGS;

/** A post that has something to review. */
export interface ReviewItem {
  platform: Archive["platform"];
  file: string;
  id: string;
  at?: Date;
  url?: string;
  /** The worst severity among its findings ("info" when only info findings were asked for). */
  severity: Severity;
  findings: Finding[];
  text: string;
}

export interface ArchiveReview {
  archives: { file: string; platform: Archive["platform"]; kind: string; posts: number; withoutText: number; from?: Date; to?: Date }[];
  checkedAt: Date;
  /** The zone of the days shown (`--tz`). */
  timeZone: string;
  ruleSet?: { id: string; version: number };
  minSeverity: Severity;
  counts: { posts: number; review: number; block: number; warn: number; info: number; withoutText: number };
  byRule: { rule: string; posts: number; block: number; warn: number; info: number }[];
  items: ReviewItem[];
}

export async function auditArchiveCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseCommand("audit-archive", args, OPTIONS);
  if (positionals.length === 0) {
    throw new CliError(M.archiveNeedsFile);
  }
  const locale = io.locale ?? "en";
  const format = v.format ?? "text";
  if (!["text", "json", "csv"].includes(format)) throw new CliError(M.badFormat, { choices: { en: "text, json or csv", "zh-CN": "text、json 或 csv" }, value: format });
  const minSeverity = v["min-severity"] ?? "warn";
  if (!(SEVERITIES as readonly string[]).includes(minSeverity)) throw new CliError(M.badMinSeverity, { value: minSeverity });
  const outFormat = v.out === undefined ? undefined : extname(v.out).toLowerCase();
  if (outFormat !== undefined && outFormat !== ".csv" && outFormat !== ".json") throw new CliError(M.badOut, { value: v.out ?? "" });
  const timeZone = v.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) throw new CliError(M.badTimeZone, { zone: timeZone });
  const now = v.at === undefined ? (io.now ?? new Date()) : parsePublishTime(v.at, timeZone);
  if (!now) throw new CliError(M.badAt, { value: v.at ?? "" });
  if (v.key && !v.rules) throw new CliError(M.keyWithoutRules);

  const files = (await Promise.all(positionals.map((p) => archiveFiles(p, io)))).flat();
  const archives: { file: string; archive: Archive }[] = [];
  for (const file of files) archives.push({ file, archive: readArchive(await readInput(file, io), file) });

  const team = v.rules ? (await loadRuleSet(v.rules, io, await readPublicKeys(v.key ?? [], io))).ruleSet : undefined;
  const compiled = {
    past: await compileEffective(withRules(team, (id) => POSTING_RULES.includes(id as never) || TODAY_RULES.has(id)), v.rules),
    today: await compileEffective(withRules(team, (id) => !TODAY_RULES.has(id)), v.rules),
  };

  const review = reviewArchives(archives, { compiled, now, timeZone, locale, account: v.account, minSeverity: minSeverity as Severity }, progressOf(io, locale));
  if (team) review.ruleSet = { id: team.id, version: team.version };

  if (v.out !== undefined) {
    await writeOutput(v.out, outFormat === ".csv" ? reviewCsv(review) : reviewJson(review), { io });
  }
  if (format === "csv") io.stdout(reviewCsv(review));
  else if (format === "json") io.stdout(reviewJson(review));
  else io.stdout(renderArchiveReview(review, locale, v.out));
  return review.counts.review > 0 ? EXIT.findings : EXIT.ok;
}

/** The team's rule set with some rules switched off (a stand-in rule set when there is none). */
function withRules(team: RuleSet | undefined, off: (id: string) => boolean): RuleSet {
  const rules = Object.fromEntries(RULES.map((r) => r.meta.id).filter(off).map((id) => [id, "off" as const]));
  const base: RuleSet = team ?? { schema: "preflight.ruleset/1", id: "archive-review", version: 1, issuedAt: new Date(0).toISOString() };
  return { ...base, rules: { ...base.rules, ...rules } };
}

/** Archive files named on the command line, or found in a folder (an unzipped archive). */
async function archiveFiles(path: string, io: CliIO): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(M.cannotRead, { file: path, problem: M.noSuchFile });
  }
  if (!info.isDirectory()) {
    if (/\.zip$/i.test(path)) throw new CliError(M.unzipFirst, { file: path });
    return [path];
  }
  const found: string[] = [];
  const walk = async (dir: string, depth: number) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && depth < 6) await walk(full, depth + 1);
      else if (entry.isFile() && ARCHIVE_FILES.test(full.replaceAll("\\", "/"))) found.push(full);
    }
  };
  await walk(path, 0);
  if (found.length === 0) throw new CliError(M.noPostsFound, { file: path });
  return found;
}

/** The files of an unzipped archive that hold the account's own posts. */
const ARCHIVE_FILES =
  /(?:\/data\/tweets?(?:-part\d+)?\.js|\/(?:your_posts|profile_posts)[\w]*?_\d+\.json|\/content\/(?:posts_\d+|reels|stories)\.json|\/Shares\.csv)$/;

interface ReviewOptions {
  compiled: { past: CompiledRuleSet; today: CompiledRuleSet };
  now: Date;
  timeZone: string;
  locale: Locale;
  account: string | undefined;
  minSeverity: Severity;
}

/** Checks every post of the archives; `progress` hears how far it got. */
export function reviewArchives(
  archives: readonly { file: string; archive: Archive }[],
  options: ReviewOptions,
  progress: (done: number, total: number) => void = () => {},
): ArchiveReview {
  const total = archives.reduce((n, a) => n + a.archive.posts.length, 0);
  const items: ReviewItem[] = [];
  const byRule = new Map<string, { rule: string; posts: number; block: number; warn: number; info: number }>();
  let done = 0;
  for (const { file, archive } of archives) {
    for (const post of archive.posts) {
      const findings = checkPost(post, archive.platform, options);
      progress(++done, total);
      const verdict: Verdict | "info" = findings.length === 0 ? "pass" : findings.some((f) => f.severity !== "info") ? verdictOf(findings) : "info";
      if (verdict === "pass" || SEVERITY_RANK[verdict] < SEVERITY_RANK[options.minSeverity]) continue;
      items.push({ platform: archive.platform, file, id: post.id, ...optional("at", post.at), ...optional("url", post.url), severity: verdict, findings, text: post.text });
      for (const rule of new Set(findings.map((f) => f.ruleId))) {
        const row = byRule.get(rule) ?? { rule, posts: 0, block: 0, warn: 0, info: 0 };
        row.posts++;
        row[worst(findings.filter((f) => f.ruleId === rule))]++;
        byRule.set(rule, row);
      }
    }
  }
  // Most serious first; among equals, the newest first (what readers see first on the profile).
  items.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
  const count = (s: Severity) => items.filter((i) => i.severity === s).length;
  return {
    archives: archives.map(({ file, archive }) => {
      const times = archive.posts.flatMap((p) => (p.at ? [p.at.getTime()] : []));
      return {
        file,
        platform: archive.platform,
        kind: archive.kind,
        posts: archive.posts.length,
        withoutText: archive.withoutText,
        ...(times.length > 0 ? { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) } : {}),
      };
    }),
    checkedAt: options.now,
    timeZone: options.timeZone,
    minSeverity: options.minSeverity,
    counts: {
      posts: total,
      review: items.length,
      block: count("block"),
      warn: count("warn"),
      info: count("info"),
      withoutText: archives.reduce((n, a) => n + a.archive.withoutText, 0),
    },
    byRule: [...byRule.values()].sort((a, b) => b.block - a.block || b.posts - a.posts || a.rule.localeCompare(b.rule)),
    items,
  };
}

/** One post: the day rules on its own date, the current events as of today, the rest either way. */
function checkPost(post: ArchivedPost, platform: string, o: ReviewOptions): Finding[] {
  const context = { timeZone: o.timeZone, locale: o.locale, platform, ...(o.account ? { account: o.account } : {}) };
  const past = analyze(post.text, { ...context, at: post.at ?? o.now }, o.compiled.past);
  const today = analyze(post.text, { ...context, at: o.now }, o.compiled.today);
  // A post without a date is judged on today's date throughout; its day rules then say nothing.
  const findings = [...(post.at ? past : past.filter((f) => !DAY_RULES.has(f.ruleId))), ...today];
  return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), "info");
}

/** Progress on stderr, only when it is a terminal; at most ten updates a second. */
function progressOf(io: CliIO, locale: Locale): (done: number, total: number) => void {
  if (!io.stderrIsTTY) return () => {};
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    io.stderr(`\r${formatMessage(STRINGS.progress, locale, { done, total })}${done === total ? "\r\x1b[K" : ""}`);
  };
}

// --- output: one function per format -----------------------------------------------------------

/** `2026-12-05`, in the review's time zone. */
const day = (d: Date | undefined, timeZone: string) => (d ? d.toLocaleDateString("en-CA", { timeZone }) : "");

export const REVIEW_COLUMNS = ["platform", "id", "date", "url", "severity", "rules", "why", "excerpts", "text", "file"] as const;

/** The posts to review as CSV, for a spreadsheet: one row a post. */
export function reviewCsv(review: ArchiveReview): string {
  const line = (cells: ReadonlyArray<string | number | undefined>) => cells.map(csvCell).join(",");
  const rows = review.items.map((i) =>
    line([
      i.platform,
      i.id,
      i.at?.toISOString(),
      i.url,
      i.severity,
      [...new Set(i.findings.map((f) => `${f.ruleId}:${f.severity}`))].join(";"),
      i.findings.map((f) => f.message).join(" | "),
      i.findings.map((f) => f.excerpt).filter(Boolean).join(" | "),
      i.text,
      i.file,
    ]),
  );
  return `${[line([...REVIEW_COLUMNS]), ...rows].join("\r\n")}\r\n`;
}

/** The review as JSON: what was read, the counts, and each post to review with its findings. */
export function reviewJson(review: ArchiveReview): string {
  const { items, archives, checkedAt, ...rest } = review;
  return `${JSON.stringify(
    {
      schema: "preflight.archive-review/1",
      checkedAt: checkedAt.toISOString(),
      archives: archives.map((a) => ({ ...a, from: a.from?.toISOString(), to: a.to?.toISOString() })),
      ...rest,
      posts: items.map((i) => ({ ...i, at: i.at?.toISOString() })),
    },
    null,
    2,
  )}\n`;
}

/** The text summary: what was read, the totals, a table by rule, and the most serious posts. */
export function renderArchiveReview(review: ArchiveReview, locale: Locale, outFile?: string): string {
  const s = (id: StringId, data?: Record<string, string | number>) => formatMessage(STRINGS[id], locale, data);
  const out: string[] = [];
  const posts = (n: number) => (n === 1 ? s("posts_one") : s("posts_many", { n }));
  out.push(s("title"));
  for (const a of review.archives) {
    const range = a.from && a.to ? s("range", { from: day(a.from, review.timeZone), to: day(a.to, review.timeZone) }) : "";
    out.push(`  ${s("archive", { kind: a.kind, file: a.file, posts: posts(a.posts), range })}`);
  }
  const rules = review.ruleSet ? s("team", { id: review.ruleSet.id, version: review.ruleSet.version }) : s("builtIn");
  out.push(s("against", { rules, day: day(review.checkedAt, review.timeZone) }), "");
  const c = review.counts;
  if (c.review === 0) out.push(s("nothing"));
  else out.push(s("totals", { ...c, info: c.info > 0 ? s("totalsInfo", { n: c.info }) : "" }));
  if (c.review > 0) {
    out.push("", s("byRule"));
    const header = [s("col_rule"), s("col_posts"), say("severity_block", locale), say("severity_warn", locale), say("severity_info", locale)];
    out.push(...table([header, ...review.byRule.map((r) => [r.rule, r.posts, r.block, r.warn, r.info])]).map((l) => `  ${l}`));
    out.push("", s("toReview"));
    const rows = review.items.slice(0, LISTED).map((i) => [
      day(i.at, review.timeZone) || "?",
      say(`severity_${i.severity}`, locale),
      i.url?.startsWith("https://") ? i.url : `${basename(i.file)}#${i.id}`,
      oneLine(i.findings[0]?.message ?? "", 90),
    ]);
    out.push(...table([[s("col_date"), s("col_verdict"), s("col_where"), s("col_why")], ...rows]).map((l) => `  ${l}`));
    if (review.items.length > LISTED && outFile === undefined) out.push(`  ${s("more", { n: review.items.length - LISTED })}`);
  }
  if (outFile !== undefined) out.push("", s("wrote", { n: review.items.length, file: outFile }));
  return `${out.join("\n")}\n`;
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : flat;
}
