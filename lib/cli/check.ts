/**
 * `check`: one post (a file or standard input), or many (`--jsonl`, `--csv`), against the built-in
 * rules and the team's rule set, compiled once for the whole run.
 */
import { availableParallelism } from "node:os";
import { recordingInflector } from "../content/engine-api.ts";
import { analyzePost } from "../engine/analyze.ts";
import { loadInflector } from "../engine/inflect.ts";
import { describeReading } from "../engine/reading.ts";
import { isTimeZone } from "../engine/time.ts";
import { verdictOf, type Verdict } from "../engine/types.ts";
import type { CompiledRuleSet } from "../ruleset/compile.ts";
import { PlatformSchema } from "../ruleset/schema.ts";
import { parseCommand, positionalsOf } from "./args.ts";
import { csvChunks, jsonlChunks, type BatchChunk } from "./batch.ts";
import { batchSummary, chunkChecker, contextOf, type BatchSettings } from "./batch-check.ts";
import { runBatch, type WorkerInit } from "./batch-pool.ts";
import { CliError, EXIT, fill, readInput, streamInput, tell, type CliIO } from "./io.ts";
import { M } from "./messages.ts";
import { renderFindings, renderSummary } from "./report.ts";
import { compileEffective, loadRuleSet, readPublicKeys } from "./ruleset.ts";
import { terminalLine } from "../text/untrusted.ts";
import { parsePublishTime } from "./time.ts";

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
  jobs: { type: "string" },
} as const;

/**
 * When a batch starts worker threads. Each takes a second or two to start (it compiles the rules
 * too), so they pay off only for batches that take longer than that on one thread: a file of
 * 16 MiB or more starts them at once; standard input, once 20,000 posts have been read.
 */
export const WORKERS_FOR = { bytes: 16 * 1024 * 1024, posts: 20_000 } as const;

type Mode = "single" | "jsonl" | "csv";

interface CheckSettings extends BatchSettings {
  mode: Mode;
  /** Worker threads for a large batch. */
  jobs: number;
}

export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("check", args, OPTIONS);
  const [file = "-"] = positionalsOf("check", positionals, 1, M.what_fileOrStdin);
  const settings = checkSettings(values, io);
  if (values.key && !values.rules) throw new CliError(M.keyWithoutRules);
  if (values.rules === "-" && file === "-") throw new CliError(M.bothStdin);

  const keys = await readPublicKeys(values.key ?? [], io);
  const team = values.rules ? await loadRuleSet(values.rules, io, keys) : undefined;
  // The words' inflections, recorded once here, spare each worker thread of a batch loading compromise.
  const inflections = recordingInflector(await loadInflector());
  const compiled = await compileEffective(team?.ruleSet, values.rules, { inflector: inflections.inflector });

  const label = file === "-" ? "<stdin>" : file;
  if (settings.mode === "single") return checkOne(await readInput(file, io), label, settings, compiled, io);
  const { source, bytes } = await streamInput(file, io);
  const chunks = settings.mode === "jsonl" ? jsonlChunks(source) : csvChunks(source, label);
  const batch: BatchSettings = { format: settings.format, style: settings.style, defaults: settings.defaults, timeZone: settings.timeZone };
  const init: WorkerInit = { preflight: "batch", ruleSet: team?.ruleSet, inflections: inflections.table, settings: batch };
  // Asked for by --jobs, or a file big enough: the workers start at once.
  const threshold = values.jobs !== undefined || (bytes !== undefined && bytes >= WORKERS_FOR.bytes) ? 0 : WORKERS_FOR.posts;
  return checkBatch(chunks, { ...settings, threshold }, compiled, init, io);
}

type CheckValues = ReturnType<typeof parseCommand<typeof OPTIONS>>["values"];

/** Validates the options once, before anything is read. */
function checkSettings(v: CheckValues, io: CliIO): CheckSettings {
  if (v.jsonl && v.csv) throw new CliError(M.jsonlAndCsv);
  const mode: Mode = v.jsonl ? "jsonl" : v.csv ? "csv" : "single";

  if (v.format !== undefined && v.format !== "text" && v.format !== "json") {
    throw new CliError(M.badFormat, { choices: { en: "text or json", "zh-CN": "text 或 json" }, value: v.format });
  }
  const format = v.format ?? (mode === "single" ? "text" : "json");

  const timeZone = v.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) throw new CliError(M.badTimeZone, { zone: timeZone });
  const at = v.at === undefined ? (io.now ?? new Date()) : parsePublishTime(v.at, timeZone);
  if (!at) throw new CliError(M.badAt, { value: v.at ?? "" });

  if (v.platform !== undefined) {
    if (!PlatformSchema.safeParse(v.platform).success) throw new CliError(M.badPlatform, { problem: M.platformHint, value: v.platform });
  }
  for (const name of ["account", "author"] as const) {
    if (v[name] !== undefined && v[name].trim() === "") throw new CliError(M.emptyOption, { option: name });
  }
  if (v.jobs !== undefined && !/^[1-9]\d{0,3}$/.test(v.jobs)) throw new CliError(M.badJobs, { value: v.jobs });
  return {
    mode,
    jobs: v.jobs === undefined ? availableParallelism() : Number(v.jobs),
    format,
    style: { locale: io.locale ?? "en", color: io.isTTY === true && io.env?.["NO_COLOR"] === undefined },
    defaults: { at, crisis: v.crisis === true, platform: v.platform, account: v.account, author: v.author },
    timeZone,
  };
}

function checkOne(text: string, label: string, settings: CheckSettings, compiled: CompiledRuleSet, io: CliIO): number {
  const { findings, reading } = analyzePost(text, contextOf({ text }, settings), compiled);
  const verdict = verdictOf(findings);
  if (settings.format === "json") {
    io.stdout(`${JSON.stringify({ verdict, findings, reading }, null, 2)}\n`);
  } else {
    const lines = renderFindings(text, findings, settings.style, label);
    // Why, in words: the reading quotes the rule set (an event's title), so it is cleaned too.
    const read = describeReading(reading, settings.style.locale);
    const why = read === undefined ? [] : [terminalLine(read)];
    io.stdout([...lines, ...(lines.length > 0 ? [""] : []), ...why, renderSummary(findings, settings.style)].join("\n") + "\n");
  }
  return exitStatus([verdict], false);
}

/**
 * Checks and reports each post as it goes, in input order: the first results come out while the
 * input is still being read, and a large batch is spread over worker threads.
 */
async function checkBatch(
  chunks: AsyncIterable<BatchChunk>,
  settings: CheckSettings & { threshold: number },
  compiled: CompiledRuleSet,
  init: WorkerInit,
  io: CliIO,
): Promise<number> {
  const tally = await runBatch(chunks, {
    jobs: settings.jobs,
    threshold: settings.threshold,
    // For tests only: every chunk after the first waits for a worker, so the workers are seen at work.
    waitForWorkers: io.env?.["PREFLIGHT_TEST_WAIT_FOR_WORKERS"] === "1",
    init,
    check: chunkChecker(compiled, settings),
    write: async (output) => {
      io.stdout(output);
      await io.drain?.();
    },
    warn: (reason, left) => {
      const where = left > 0 ? fill(M.workersLeft, { n: left }) : M.mainThread;
      io.stderr(`preflight: ${tell(io, M.workerStopped, { reason, left: where })}\n`);
    },
  });
  if (settings.format === "text") io.stdout(`${batchSummary(tally, settings.style)}\n`);
  if (io.env?.["PREFLIGHT_DEBUG"]) {
    io.stderr(`preflight: ${tell(io, M.batchDebug, { chunks: tally.chunks, offloaded: tally.offloaded, workers: tally.workers })}\n`);
  }
  const total = tally.pass + tally.warn + tally.block + tally.error;
  if (tally.error > 0) io.stderr(`preflight: ${tell(io, M.postsNotChecked, { errors: tally.error, total })}\n`);
  return exitStatus(tally.warn + tally.block > 0 ? ["warn"] : [], tally.error > 0);
}

/** 2 when any input was bad, else 1 when any post has a warn or block finding, else 0. */
function exitStatus(verdicts: readonly Verdict[], anyBad: boolean): number {
  if (anyBad) return EXIT.bad;
  return verdicts.some((v) => v !== "pass") ? EXIT.findings : EXIT.ok;
}
