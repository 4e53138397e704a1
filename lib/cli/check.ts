/**
 * `check`: one post (a file or standard input), or many (`--jsonl`, `--csv`), against the built-in
 * rules and the team's rule set, compiled once for the whole run.
 */
import { analyzePost } from "../engine/analyze.ts";
import { describeReading } from "../engine/reading.ts";
import { pickLocale } from "../engine/i18n.ts";
import { isTimeZone } from "../engine/time.ts";
import { LOCALES, verdictOf, type AnalysisContext, type Finding, type Locale, type Verdict } from "../engine/types.ts";
import type { CompiledRuleSet } from "../ruleset/compile.ts";
import { PlatformSchema } from "../ruleset/schema.ts";
import { parseCommand, positionalsOf } from "./args.ts";
import { readCsv, readJsonl, type BatchEntry, type PostInput } from "./batch.ts";
import { CliError, EXIT, readInput, type CliIO } from "./io.ts";
import { paint, renderFindings, renderSummary, type ReportStyle } from "./report.ts";
import { compileEffective, loadRuleSet, readPublicKeys } from "./ruleset.ts";
import { terminalLine } from "../text/untrusted.ts";
import { say } from "./strings.ts";
import { parsePublishTime, PUBLISH_TIME_HINT } from "./time.ts";

const OPTIONS = {
  rules: { type: "string" },
  key: { type: "string", multiple: true },
  at: { type: "string" },
  tz: { type: "string" },
  platform: { type: "string" },
  account: { type: "string" },
  author: { type: "string" },
  crisis: { type: "boolean" },
  format: { type: "string" },
  jsonl: { type: "boolean" },
  csv: { type: "boolean" },
  lang: { type: "string" },
} as const;

type Mode = "single" | "jsonl" | "csv";

interface CheckSettings {
  mode: Mode;
  /** Batches default to JSON Lines, a single post to text. */
  format: "text" | "json";
  style: ReportStyle;
  /** What a post does not say for itself. */
  defaults: Required<Pick<PostInput, "at" | "crisis">> & Pick<PostInput, "platform" | "account" | "author">;
  timeZone: string;
}

export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("check", args, OPTIONS);
  const [file = "-"] = positionalsOf("check", positionals, 1, "FILE (or - for standard input)");
  const settings = checkSettings(values, io);
  if (values.key && !values.rules) throw new CliError("--key checks the signature of --rules FILE; give --rules too");
  if (values.rules === "-" && file === "-") throw new CliError("the post and --rules cannot both come from standard input");

  const keys = await readPublicKeys(values.key ?? [], io);
  const team = values.rules ? await loadRuleSet(values.rules, io, keys) : undefined;
  const compiled = await compileEffective(team?.ruleSet, values.rules);
  const input = await readInput(file, io);

  const label = file === "-" ? "<stdin>" : file;
  if (settings.mode === "single") return checkOne(input, label, settings, compiled, io);
  const entries = settings.mode === "jsonl" ? readJsonl(input, settings.timeZone) : readCsv(input, settings.timeZone, label);
  return checkBatch(entries, settings, compiled, io);
}

type CheckValues = ReturnType<typeof parseCommand<typeof OPTIONS>>["values"];

/** Validates the options once, before anything is read. */
function checkSettings(v: CheckValues, io: CliIO): CheckSettings {
  if (v.jsonl && v.csv) throw new CliError("--jsonl and --csv exclude each other: choose the format of the input");
  const mode: Mode = v.jsonl ? "jsonl" : v.csv ? "csv" : "single";

  if (v.format !== undefined && v.format !== "text" && v.format !== "json") {
    throw new CliError(`--format: expected text or json, got "${v.format}"`);
  }
  const format = v.format ?? (mode === "single" ? "text" : "json");

  const timeZone = v.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) throw new CliError(`--tz: unknown time zone "${timeZone}"; use an IANA name such as America/New_York`);
  const at = v.at === undefined ? (io.now ?? new Date()) : parsePublishTime(v.at, timeZone);
  if (!at) throw new CliError(`--at: ${PUBLISH_TIME_HINT}; got "${v.at}"`);

  if (v.platform !== undefined) {
    const platform = PlatformSchema.safeParse(v.platform);
    if (!platform.success) throw new CliError(`--platform: ${platform.error.issues[0]?.message ?? "unknown platform"}; got "${v.platform}"`);
  }
  for (const name of ["account", "author"] as const) {
    if (v[name] !== undefined && v[name].trim() === "") throw new CliError(`--${name} must not be empty`);
  }
  return {
    mode,
    format,
    style: { locale: localeOf(v.lang, io), color: io.isTTY === true && io.env?.["NO_COLOR"] === undefined },
    defaults: { at, crisis: v.crisis === true, platform: v.platform, account: v.account, author: v.author },
    timeZone,
  };
}

/** `--lang`, else the environment's locale (LC_ALL, LC_MESSAGES, LANG: `zh*` gives zh-CN). */
function localeOf(lang: string | undefined, io: CliIO): Locale {
  if (lang !== undefined) {
    if (!(LOCALES as readonly string[]).includes(lang)) throw new CliError(`--lang: expected ${LOCALES.join(" or ")}, got "${lang}"`);
    return lang as Locale;
  }
  const env = io.env ?? {};
  return pickLocale(env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"]);
}

function contextOf(post: PostInput, settings: CheckSettings): AnalysisContext {
  const d = settings.defaults;
  return {
    at: post.at ?? d.at,
    timeZone: settings.timeZone,
    locale: settings.style.locale,
    platform: post.platform ?? d.platform,
    account: post.account ?? d.account,
    author: post.author ?? d.author,
    ...((post.crisis ?? d.crisis) ? { crisis: { active: true } } : {}),
  };
}

function checkOne(text: string, label: string, settings: CheckSettings, compiled: CompiledRuleSet, io: CliIO): number {
  const { findings, reading } = analyzePost(text, contextOf({ text }, settings), compiled);
  const verdict = verdictOf(findings);
  if (settings.format === "json") {
    io.stdout(`${JSON.stringify({ verdict, findings, reading }, null, 2)}\n`);
  } else {
    const lines = renderFindings(text, findings, settings.style, label);
    const read = describeReading(reading, settings.style.locale);
    const why = read === undefined ? undefined : terminalLine(read);
    io.stdout([...lines, ...(lines.length > 0 ? [""] : []), ...(why ? [why] : []), renderSummary(findings, settings.style)].join("\n") + "\n");
  }
  return exitStatus([verdict], false);
}

/** Checks and reports each post as it goes, so a long calendar shows progress. */
function checkBatch(entries: BatchEntry[], settings: CheckSettings, compiled: CompiledRuleSet, io: CliIO): number {
  const verdicts: Verdict[] = [];
  let errors = 0;
  for (const entry of entries) {
    if ("error" in entry) {
      errors++;
      io.stdout(settings.format === "json" ? `${JSON.stringify(entry)}\n` : renderBatchError(entry, settings.style));
      continue;
    }
    const { findings, reading } = analyzePost(entry.post.text, contextOf(entry.post, settings), compiled);
    const verdict = verdictOf(findings);
    verdicts.push(verdict);
    io.stdout(
      settings.format === "json"
        ? `${JSON.stringify({ id: entry.id, verdict, findings, reading })}\n`
        : renderBatchItem(entry.id, entry.post.text, findings, settings.style),
    );
  }
  if (settings.format === "text") io.stdout(`${batchSummary(verdicts, errors, settings.style)}\n`);
  if (errors > 0) io.stderr(`preflight: ${errors} of ${entries.length} posts could not be checked; see their "error" entries\n`);
  return exitStatus(verdicts, errors > 0);
}

function renderBatchItem(id: string | number, text: string, findings: Finding[], style: ReportStyle): string {
  const lines = renderFindings(text, findings, style).map((l) => `  ${l}`);
  return [`[${terminalLine(String(id))}] ${renderSummary(findings, style)}`, ...lines, ""].join("\n") + "\n";
}

function renderBatchError(entry: { id: string | number; error: string }, style: ReportStyle): string {
  return `[${terminalLine(String(entry.id))}] ${paint(style, "block", say("error", style.locale, { text: terminalLine(entry.error) }))}\n\n`;
}

function batchSummary(verdicts: Verdict[], errors: number, style: ReportStyle): string {
  const n = (v: Verdict) => verdicts.filter((x) => x === v).length;
  return say("batch", style.locale, { total: verdicts.length + errors, block: n("block"), warn: n("warn"), pass: n("pass"), error: errors });
}

/** 2 when any input was bad, else 1 when any post has a warn or block finding, else 0. */
function exitStatus(verdicts: readonly Verdict[], anyBad: boolean): number {
  if (anyBad) return EXIT.bad;
  return verdicts.some((v) => v !== "pass") ? EXIT.findings : EXIT.ok;
}
