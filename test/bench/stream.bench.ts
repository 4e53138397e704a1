/**
 * `npm run bench:stream`: `check --jsonl` as a stream over a large input (1 GB by default;
 * `PREFLIGHT_BENCH_STREAM_MB` sets another size). The built command (dist/preflight.mjs, as installed)
 * runs in a child process on every core and reads its standard input from a pipe that this process
 * fills with generated posts, so the input never exists whole anywhere. One JSON document on stdout,
 * progress on stderr; a missed budget is reported, never an exit status.
 *
 *   - the first result: how long after the first byte it is written, and how much of the input had
 *     been sent by then (budget: it comes before the input ends);
 *   - memory: the child's resident set (VmRSS, workers included: they are threads) sampled every
 *     half second, and its peak (VmHWM). The heaps of a garbage-collected runtime grow and shrink
 *     in a saw-tooth of a few hundred MB, so single samples say little; what would betray memory
 *     that grows with the input is the peak rising. Budget: the highest resident set over the
 *     second half of the input is at most 64 MB above the highest over 10-50 % of it (the first
 *     tenth is start-up: the rules compiled, a worker started);
 *   - every line answered, in order, and the rate in MB and posts per second.
 *
 * Posts are 20,000-character marketing prose from a fixed seed (test/bench/corpus.ts), every one
 * different (64 bodies, each post with its own number and a word moved), so no post is served whole
 * from a cache; event terms appear as in the other benches.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { buildCli } from "../../lib/cli/build.ts";
import { benchRuleSet, createRandom, eventList, marketingProse } from "./corpus.ts";
import { round } from "./stats.ts";

const SEED = 20261206;
const MB = 1024 * 1024;
const TARGET_BYTES = Number(process.env["PREFLIGHT_BENCH_STREAM_MB"] ?? 1024) * MB;
const POST_CHARS = 20_000;
/** Distinct bodies generated up front; each post sent is one of them with its own number woven in. */
const BODIES = 64;
const BUDGET_GROWTH_MB = 64;
const SAMPLE_MS = 500;

const log = (msg: string) => process.stderr.write(`[bench:stream] ${msg}\n`);
const started = performance.now();
const LOAD_AT_START = os.loadavg()[0] ?? 0;
const cores = os.availableParallelism();
/** Threads that check (`--jobs`): every core unless `PREFLIGHT_BENCH_STREAM_JOBS` says otherwise. */
const JOBS = Number(process.env["PREFLIGHT_BENCH_STREAM_JOBS"] ?? cores);

const AT = new Date("2026-12-01T15:00:00Z");
const random = createRandom(SEED);
const events = eventList(random, { events: 1_000, termsPerEvent: 10, at: AT });
// The benchmark team's rules as a team has them: every check that is on when Preflight is installed,
// its terms and 10,000 event words. Passive voice, off as installed, stays off here: with it on,
// every sentence goes through compromise (7 µs a character on 20,000-character posts, so hours for
// a gigabyte), and bench:engine and bench:batch already measure it.
const { rules: _everyRule, ...team } = benchRuleSet(random, AT, events);
const eventTerms = events.flatMap((e) => e.terms);
log(`generating ${BODIES} bodies of ${POST_CHARS} characters`);
const bodies = Array.from({ length: BODIES }, () => marketingProse(random, POST_CHARS, eventTerms));
/**
 * Post `i`: a body with the post's number as a first sentence and a word of the body swapped for
 * another, so that no two posts (and few of their sentences) are the same text.
 */
function post(i: number): string {
  const body = bodies[i % BODIES]!;
  const cut = (i * 7919) % (body.length - 200);
  return `Drop ${i}. ${body.slice(0, cut)}${i % 2 === 0 ? "bright" : "steady"} ${body.slice(cut)}`;
}

const dir = mkdtempSync(join(os.tmpdir(), "preflight-bench-stream-"));
const rulesFile = join(dir, "team.json");
writeFileSync(rulesFile, JSON.stringify(team));

/** The child's resident set and its peak, in MB (Linux /proc; undefined elsewhere). */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

try {
  log("building dist/preflight.mjs into a temporary folder");
  const bundle = join(dir, "preflight.mjs");
  await buildCli(bundle);

  log(`checking ${round(TARGET_BYTES / MB, 0)} MB through a pipe, --jobs ${JOBS}`);
  const child = spawn(process.execPath, [bundle, "check", "--jsonl", "-", "--rules", rulesFile, "--at", AT.toISOString(), "--tz", "UTC", "--jobs", String(JOBS)], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { PATH: process.env["PATH"] ?? "", PREFLIGHT_DEBUG: "1" },
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = once(child, "exit");

  let sentBytes = 0;
  let sentPosts = 0;
  let t0 = 0;
  let firstResult: { ms: number; sentBytes: number; sentPosts: number } | undefined;
  let answered = 0;
  let outOfOrder = 0;
  const samples: Array<{ sentMB: number; answered: number; rssMB: number }> = [];
  let peakMB = 0;

  const reader = (async () => {
    for await (const line of createInterface({ input: child.stdout })) {
      if (!firstResult) firstResult = { ms: performance.now() - t0, sentBytes, sentPosts };
      const id = (JSON.parse(line) as { id?: unknown }).id;
      if (id !== `p${answered}`) outOfOrder++;
      answered++;
    }
  })();

  const sampler = setInterval(() => {
    const m = child.pid === undefined ? undefined : memoryOf(child.pid);
    if (m) {
      samples.push({ sentMB: round(sentBytes / MB, 1), answered, rssMB: round(m.rss, 1) });
      peakMB = Math.max(peakMB, m.hwm);
    }
    if (samples.length % 20 === 0) log(`  ${round(sentBytes / MB, 0)} MB sent, ${answered} answered, RSS ${m ? round(m.rss, 0) : "?"} MB`);
  }, SAMPLE_MS);

  t0 = performance.now();
  while (sentBytes < TARGET_BYTES) {
    const line = `${JSON.stringify({ id: `p${sentPosts}`, text: post(sentPosts), platform: "x", account: "@acme" })}\n`;
    sentBytes += Buffer.byteLength(line);
    sentPosts++;
    if (!child.stdin.write(line)) await once(child.stdin, "drain");
  }
  child.stdin.end();
  const inputMs = performance.now() - t0;
  await reader;
  const [code] = (await exited) as [number | null];
  const wallMs = performance.now() - t0;
  clearInterval(sampler);
  if (code === 2 || code === null) throw new Error(`the command failed (${code}): ${stderr.slice(0, 2000)}`);

  const totalMB = TARGET_BYTES / MB;
  const between = (from: number, to: number) => samples.filter((s) => s.sentMB >= totalMB * from && s.sentMB < totalMB * to).map((s) => s.rssMB);
  const peakOf = (rss: number[]) => (rss.length > 0 ? Math.max(...rss) : NaN);
  const firstHalfPeak = peakOf(between(0.1, 0.5));
  const secondHalfPeak = peakOf(between(0.5, Infinity));
  const growth = secondHalfPeak - firstHalfPeak;
  /** The highest resident set in each tenth of the input: the shape of memory over the run. */
  const peaksByTenth = Array.from({ length: 10 }, (_, i) => peakOf(between(i / 10, i === 9 ? Infinity : (i + 1) / 10)));
  const beforeEnd = firstResult !== undefined && firstResult.sentBytes < TARGET_BYTES;

  const report = {
    node: process.version,
    cpus: { count: os.cpus().length, availableParallelism: cores, model: os.cpus()[0]?.model ?? "unknown" },
    loadAverage: { start: round(LOAD_AT_START, 2), end: round(os.loadavg()[0] ?? 0, 2) },
    seed: SEED,
    input: { MB: round(sentBytes / MB, 1), posts: sentPosts, charsPerPost: POST_CHARS, sentInMs: round(inputMs, 0) },
    answered: { lines: answered, outOfOrder, exitStatus: code, workers: Number(/checked on (\d+) worker/.exec(stderr)?.[1] ?? 0) },
    firstResult: firstResult && { ms: round(firstResult.ms, 0), afterMB: round(firstResult.sentBytes / MB, 1), afterPosts: firstResult.sentPosts },
    memory: {
      samples: samples.length,
      peakRssMBByTenth: peaksByTenth.map((v) => round(v, 0)),
      peakRssMB: { from10To50Percent: round(firstHalfPeak, 1), from50To100Percent: round(secondHalfPeak, 1) },
      peakGrowthMB: round(growth, 1),
      peakMB: round(peakMB, 1),
    },
    rate: { MBPerSecond: round(sentBytes / MB / (wallMs / 1000), 2), postsPerSecond: Math.round(sentPosts / (wallMs / 1000)), wallMs: round(wallMs, 0) },
    budgets: {
      firstResultBeforeInputEnds: { actual: firstResult ? `${round(firstResult.sentBytes / MB, 1)} MB of ${round(sentBytes / MB, 0)} MB sent` : "none", met: beforeEnd },
      flatMemory: { limit: `peak over the second half ≤ peak over 10-50 % + ${BUDGET_GROWTH_MB} MB`, actual: round(growth, 1), met: growth <= BUDGET_GROWTH_MB },
      everyLineInOrder: { actual: `${answered}/${sentPosts}, ${outOfOrder} out of order`, met: answered === sentPosts && outOfOrder === 0 },
    },
    runtimeMs: round(performance.now() - started, 0),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const missed = Object.entries(report.budgets).filter(([, b]) => !b.met).map(([k]) => k);
  log(missed.length === 0 ? "every budget met" : `missed: ${missed.join(", ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
