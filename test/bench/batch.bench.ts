/**
 * `npm run bench:batch`: the command line's batch path (`check --jsonl`) on the benchmark's rule
 * set (the built-in packs, every rule on, a 10,000-term event list), beside `analyze` alone and alex
 * on the same posts, in one run. One JSON document on stdout, progress on stderr; a missed budget is
 * reported, never an exit status.
 *
 *   - per-post cost: the whole batch path in this process (read the line, validate it, analyze,
 *     write the JSON line), one thread, against `analyze` alone on the same posts with a rule set
 *     compiled the same way; budget: at most 1.5 times;
 *   - posts per second on one core and on every core: the built command (dist/preflight.mjs, as
 *     installed) in a child process over a JSON Lines file, `--jobs 1` and `--jobs <cores>`; the
 *     start-up (reading and compiling the rules, about a second) is measured on its own and taken
 *     out of the rate, and reported;
 *   - alex, the same posts (a sample), one core.
 *
 * Posts are generated from a fixed seed (test/bench/corpus.ts): 280-character marketing prose, every
 * one different, so no sentence is served from the cache of another post.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { buildCli } from "../../lib/cli/build.ts";
import { run } from "../../lib/cli/run.ts";
import { compileEffective } from "../../lib/cli/ruleset.ts";
import { analyze } from "../../lib/engine/analyze.ts";
import type { AnalysisContext } from "../../lib/engine/types.ts";
import { benchRuleSet, createRandom, eventList, marketingProse } from "./corpus.ts";
import { round } from "./stats.ts";

const SEED = 20261205;
/** Posts in the command's batch; the first RATIO_POSTS of them for the per-post cost; alex's sample. */
const POSTS = Number(process.env["PREFLIGHT_BENCH_POSTS"] ?? 10_000);
const RATIO_POSTS = Math.min(POSTS, 3_000);
/** analyze alone and the batch path alternate, each on a fresh compiled rule set; the best of each counts. */
const RATIO_ROUNDS = 2;
const ALEX_POSTS = 500;
const BUDGET_RATIO = 1.5;

const log = (msg: string) => process.stderr.write(`[bench:batch] ${msg}\n`);
const started = performance.now();
const LOAD_AT_START = os.loadavg()[0] ?? 0;
const cores = os.availableParallelism();

// --- Material -----------------------------------------------------------------------------------

const AT = new Date("2026-12-01T15:00:00Z");
const random = createRandom(SEED);
const events = eventList(random, { events: 1_000, termsPerEvent: 10, at: AT });
const team = benchRuleSet(random, AT, events);
const eventTerms = events.flatMap((e) => e.terms);
log(`generating ${POSTS} posts of 280 characters`);
const texts = Array.from({ length: POSTS }, () => marketingProse(random, 280, eventTerms));
const lines = texts.map((text, i) => `${JSON.stringify({ id: `p${i}`, text, platform: "x", account: "@acme" })}\n`);

const dir = mkdtempSync(join(os.tmpdir(), "preflight-bench-batch-"));
const rulesFile = join(dir, "team.json");
const postsFile = join(dir, "posts.jsonl");
const onePostFile = join(dir, "one.jsonl");
writeFileSync(rulesFile, JSON.stringify(team));
writeFileSync(postsFile, lines.join(""));
writeFileSync(onePostFile, lines[0]!);
const options = ["--rules", rulesFile, "--at", AT.toISOString(), "--tz", "UTC"];

try {
  // --- analyze alone, and the batch path in this process --------------------------------------

  const context: AnalysisContext = { at: AT, timeZone: "UTC", locale: "en", platform: "x", account: "@acme" };
  const sample = texts.slice(0, RATIO_POSTS);
  const sampleLines = lines.slice(0, RATIO_POSTS);
  let compileMs = 0;
  let findings = 0;
  let bytesOut = 0;

  /** analyze alone over the sample, with a freshly compiled rule set (empty sentence cache). */
  async function analyzeAlone(): Promise<number> {
    const compiled = await compileEffective(team);
    compileMs = compiled.compileMs;
    const t = performance.now();
    findings = 0;
    for (const text of sample) findings += analyze(text, context, compiled).length;
    return (performance.now() - t) / sample.length;
  }

  /** The whole batch path over the sample, in this process, one thread (it compiles its own rules). */
  async function batchPath(): Promise<number> {
    let firstPull = 0;
    bytesOut = 0;
    const code = await run(["check", "--jsonl", "-", ...options, "--jobs", "1"], {
      stdin: async () => sampleLines.join(""),
      stdinStream: async function* () {
        firstPull = performance.now(); // the rules are compiled by now
        // Pieces of 64 kB, as a pipe delivers them.
        let piece = "";
        for (const line of sampleLines) {
          piece += line;
          if (piece.length >= 65_536) {
            yield piece;
            piece = "";
          }
        }
        if (piece) yield piece;
      },
      stdout: (s) => (bytesOut += s.length),
      stderr: (s) => process.stderr.write(s),
      env: {},
    });
    if (code === 2) throw new Error("the batch refused a post");
    return (performance.now() - firstPull) / sample.length;
  }

  const perPost = { analyzeMs: Infinity, batchMs: Infinity };
  for (let round_ = 1; round_ <= RATIO_ROUNDS; round_++) {
    log(`per-post cost, round ${round_} of ${RATIO_ROUNDS}: analyze alone, then check --jsonl --jobs 1, ${RATIO_POSTS} posts each`);
    perPost.analyzeMs = Math.min(perPost.analyzeMs, await analyzeAlone());
    perPost.batchMs = Math.min(perPost.batchMs, await batchPath());
  }
  const ratio = perPost.batchMs / perPost.analyzeMs;
  log(`  analyze ${round(perPost.analyzeMs)} ms a post, batch ${round(perPost.batchMs)} ms a post: ${ratio.toFixed(2)}x`);

  // --- the built command: one core, every core ------------------------------------------------

  log("building dist/preflight.mjs into a temporary folder");
  const bundle = join(dir, "preflight.mjs");
  await buildCli(bundle);
  const command = (file: string, jobs: number) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bundle, "check", "--jsonl", file, ...options, "--jobs", String(jobs)], {
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
      env: { PATH: process.env["PATH"] ?? "", PREFLIGHT_DEBUG: "1" },
    });
    const wallMs = performance.now() - t0;
    if (r.status === 2 || r.status === null) throw new Error(`the command failed: ${r.stderr}`);
    return { wallMs, lines: r.stdout.split("\n").length - 1, workers: /checked on (\d+) worker/.exec(r.stderr)?.[1] };
  };
  log("  start-up: one post");
  const startup = command(onePostFile, 1);
  log(`  one core: ${POSTS} posts, --jobs 1`);
  const one = command(postsFile, 1);
  log(`  every core: ${POSTS} posts, --jobs ${cores}`);
  const all = command(postsFile, cores);
  for (const r of [one, all]) if (r.lines !== POSTS) throw new Error(`expected ${POSTS} lines, got ${r.lines}`);
  const rate = (r: { wallMs: number }) => ({
    wallMs: round(r.wallMs, 0),
    postsPerSecond: Math.round(POSTS / ((r.wallMs - startup.wallMs) / 1000)),
    postsPerSecondWithStartup: Math.round(POSTS / (r.wallMs / 1000)),
  });
  const oneCore = rate(one);
  const allCores = { jobs: cores, ...rate(all), workerThreads: Number(all.workers) };
  log(`  one core ${oneCore.postsPerSecond} posts/s, ${cores} cores ${allCores.postsPerSecond} posts/s (start-up ${round(startup.wallMs, 0)} ms)`);

  // --- alex -------------------------------------------------------------------------------------

  log(`alex: ${ALEX_POSTS} of the same posts`);
  const { text: alexText } = await import("alex");
  alexText(texts[0]!);
  const t = performance.now();
  for (const text of texts.slice(0, ALEX_POSTS)) alexText(text);
  const alexMs = (performance.now() - t) / ALEX_POSTS;

  const report = {
    node: process.version,
    cpus: { count: os.cpus().length, availableParallelism: cores, model: os.cpus()[0]?.model ?? "unknown" },
    loadAverage: { start: round(LOAD_AT_START, 2), end: round(os.loadavg()[0] ?? 0, 2) },
    seed: SEED,
    posts: { count: POSTS, chars: 280, jsonlBytes: Buffer.byteLength(lines.join("")) },
    ruleSet: { events: events.length, eventTerms: eventTerms.length, compileMs: round(compileMs, 0) },
    perPost: {
      posts: RATIO_POSTS,
      rounds: RATIO_ROUNDS,
      findings,
      outputBytes: bytesOut,
      analyzeMs: round(perPost.analyzeMs, 4),
      batchMs: round(perPost.batchMs, 4),
      batchOverAnalyze: round(ratio, 2),
    },
    command: {
      startupMs: round(startup.wallMs, 0),
      oneCore,
      allCores,
      speedup: round(allCores.postsPerSecond / oneCore.postsPerSecond, 2),
    },
    alex: { posts: ALEX_POSTS, msPerPost: round(alexMs, 3), postsPerSecond: Math.round(1000 / alexMs) },
    budgets: {
      batchPerPost: { limit: `${BUDGET_RATIO}x analyze`, actual: round(ratio, 2), met: ratio <= BUDGET_RATIO },
    },
    notes: {
      perPost: "in this process, one thread, best of the rounds: analyze alone over the posts, and check --jsonl from the first piece of input read to the last line written; each on a freshly compiled rule set",
      command: "wall time of `node dist/preflight.mjs check --jsonl FILE --jobs N`; postsPerSecond leaves out startupMs (the same command on one post)",
    },
    runtimeMs: round(performance.now() - started, 0),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  log(ratio <= BUDGET_RATIO ? "budget met" : `budget missed: a post costs ${ratio.toFixed(2)}x analyze alone in a batch`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
