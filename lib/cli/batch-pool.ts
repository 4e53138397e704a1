/**
 * Running a batch's chunks in input order, on this thread or, once the batch proves large, on this
 * thread and worker threads together (`jobs` threads in all: one per core by default). This thread
 * keeps checking beside the workers: it reads and writes little, and a worker more than the cores
 * would only take turns with it. Memory stays flat: at most a few chunks are in flight, and reading
 * waits while they are; results are written in input order as they complete.
 *
 * A worker that cannot start or stops is not fatal: its chunks go to the others, or back to this
 * thread, and the batch says so on stderr. Nothing is lost and nothing is checked twice.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RuleSet } from "../ruleset/schema.ts";
import type { InflectionTable } from "../state/schema.ts";
import type { BatchChunk } from "./batch.ts";
import { addTally, emptyTally, type BatchSettings, type ChunkResult, type Tally } from "./batch-check.ts";

/** What a worker needs to check chunks as this thread does. */
export interface WorkerInit {
  preflight: "batch";
  /** The team's rule set (validated), or none: the worker compiles the same effective rules. */
  ruleSet: RuleSet | undefined;
  /** Every term word's forms, as the main thread's compilation found them (no compromise needed). */
  inflections: InflectionTable;
  settings: BatchSettings;
}

export type WorkerMessage =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "result"; seq: number; result: ChunkResult }
  | { type: "error"; seq: number; message: string };

export interface BatchRun {
  /** Threads that check a large batch, this one included (so `jobs - 1` workers); 1 checks everything here. */
  jobs: number;
  /** Posts checked on this thread before workers are started: a small batch never starts them. */
  threshold: number;
  /**
   * Whether this thread checks chunks beside the workers (the default), or leaves every chunk to
   * them once they are started: the tests wait, to know which thread checked what.
   */
  waitForWorkers?: boolean;
  init: WorkerInit;
  /** Checks a chunk on this thread. */
  check: (chunk: BatchChunk) => ChunkResult;
  /** Writes a chunk's output; resolves when the output can take more (stdout drained). */
  write: (output: string) => Promise<void>;
  /** A worker stopped (why, and how many are left): worth telling on stderr. */
  warn: (reason: string, workersLeft: number) => void;
}

/** Chunks in flight per worker: one being checked and three waiting, so a worker never idles. */
const PER_WORKER = 4;

/** Checks every chunk of `chunks` and writes their results in order; returns the tally. */
export async function runBatch(
  chunks: AsyncIterable<BatchChunk>,
  run: BatchRun,
): Promise<Tally & { workers: number; chunks: number; offloaded: number }> {
  const pool = new OrderedPool(run);
  try {
    for await (const chunk of chunks) await pool.submit(chunk);
    await pool.finish();
  } finally {
    await pool.stop();
  }
  return { ...pool.tally, workers: pool.started, chunks: pool.chunks, offloaded: pool.offloaded };
}

interface Lane {
  worker: Worker;
  ready: boolean;
  /** Chunks sent and not yet answered, by sequence number. */
  outstanding: Map<number, BatchChunk>;
}

class OrderedPool {
  readonly tally = emptyTally();
  started = 0;
  /** Chunks checked by workers. */
  offloaded = 0;
  private seq = 0;
  private posts = 0;
  private lanes: Lane[] = [];
  /** Chunks waiting for a worker, in order. */
  private queue: { seq: number; chunk: BatchChunk }[] = [];
  /** Results that arrived before an earlier one. */
  private done = new Map<number, ChunkResult>();
  private nextToWrite = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private wake: (() => void) | undefined;

  constructor(private readonly run: BatchRun) {}

  get chunks(): number {
    return this.seq;
  }

  private get inFlight(): number {
    return this.seq - this.nextToWrite;
  }

  private get maxInFlight(): number {
    return (this.lanes.length + 1) * PER_WORKER + 2;
  }

  /** Whether this thread checks what is queued: always, unless a test wants the workers seen at work. */
  private get checksHere(): boolean {
    return !(this.run.waitForWorkers && this.lanes.length > 0);
  }

  async submit(chunk: BatchChunk): Promise<void> {
    this.check();
    const seq = this.seq++;
    this.posts += chunk.posts;
    if (this.started === 0 && this.run.jobs > 1 && this.posts > this.run.threshold) this.startWorkers();
    this.queue.push({ seq, chunk });
    this.dispatch();
    // What no worker can take now is checked here, rather than wait for one.
    if (this.queue.length > 0 && this.checksHere) this.checkOneHere();
    while (this.inFlight >= this.maxInFlight) {
      await this.waitForProgress();
      this.check();
      if (this.queue.length > 0 && this.checksHere) this.checkOneHere();
    }
  }

  /** Resolves when every result is written. */
  async finish(): Promise<void> {
    while (this.nextToWrite < this.seq) {
      if (this.queue.length > 0 && this.checksHere) this.checkOneHere();
      else await this.waitForProgress();
      this.check();
    }
    await this.writing;
    this.check();
  }

  async stop(): Promise<void> {
    const lanes = this.lanes;
    this.lanes = [];
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private waitForProgress(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private progress(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private startWorkers(): void {
    const { file, execArgv } = workerEntry();
    for (let i = 1; i < this.run.jobs; i++) {
      const lane: Lane = {
        worker: new Worker(file, { workerData: this.run.init, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() }, ...(execArgv ? { execArgv } : {}) }),
        ready: false,
        outstanding: new Map(),
      };
      lane.worker.on("message", (m: WorkerMessage) => this.onMessage(lane, m));
      lane.worker.on("error", (e) => this.onLost(lane, e instanceof Error ? e.message : String(e)));
      lane.worker.on("exit", (code) => this.onLost(lane, `exited with status ${code}`));
      this.lanes.push(lane);
    }
    this.started = this.lanes.length;
  }

  private onMessage(lane: Lane, m: WorkerMessage): void {
    switch (m.type) {
      case "ready":
        lane.ready = true;
        this.dispatch();
        break;
      case "failed":
        this.onLost(lane, m.message);
        break;
      case "result":
        lane.outstanding.delete(m.seq);
        this.offloaded++;
        this.deliver(m.seq, m.result);
        this.dispatch();
        break;
      case "error":
        // A bug in checking a chunk is not a worker's fault: the batch fails, visibly.
        this.failure = new Error(m.message);
        break;
    }
    this.progress();
  }

  /** A worker that failed or stopped: its chunks go back to the front of the queue. */
  private onLost(lane: Lane, reason: string): void {
    if (!this.lanes.includes(lane)) return;
    this.lanes = this.lanes.filter((l) => l !== lane);
    void lane.worker.terminate();
    const back = [...lane.outstanding].map(([seq, chunk]) => ({ seq, chunk }));
    this.queue = [...back, ...this.queue].sort((a, b) => a.seq - b.seq);
    this.run.warn(reason, this.lanes.length);
    this.dispatch();
    this.progress();
  }

  private dispatch(): void {
    for (const lane of this.lanes) {
      while (lane.ready && lane.outstanding.size < PER_WORKER && this.queue.length > 0) {
        const { seq, chunk } = this.queue.shift()!;
        lane.outstanding.set(seq, chunk);
        lane.worker.postMessage({ seq, chunk });
      }
    }
  }

  /** The first chunk no worker has taken, checked here. */
  private checkOneHere(): void {
    const { seq, chunk } = this.queue.shift()!;
    this.deliver(seq, this.run.check(chunk));
  }

  /** Writes results in input order, one write at a time (each may wait for stdout to drain). */
  private deliver(seq: number, result: ChunkResult): void {
    this.done.set(seq, result);
    this.writing = this.writing.then(async () => {
      for (let next = this.done.get(this.nextToWrite); next; next = this.done.get(this.nextToWrite)) {
        this.done.delete(this.nextToWrite);
        addTally(this.tally, next.tally);
        if (next.output !== "") await this.run.write(next.output);
        this.nextToWrite++;
        this.progress();
      }
    });
    this.writing.catch((e: unknown) => {
      this.failure ??= e;
      this.progress();
    });
  }
}

/**
 * The old-generation heap a worker may use: three times what this thread holds once the rules are
 * compiled (a worker holds the same rules, without compromise), and at least 256 MB. Without a
 * limit a worker's heap keeps growing over a long batch (measured: the process's peak rose from
 * about 1.0 to 1.15 GB over 1 GB of input), because collecting less costs less; with it, its garbage
 * is collected sooner. A worker that runs out of it stops, and its chunks are checked here: the
 * batch says so on stderr, and nothing is lost.
 */
function workerHeapMb(): number {
  return Math.max(256, Math.ceil((3 * process.memoryUsage().heapUsed) / (1024 * 1024)));
}

/**
 * The script a worker runs. From the sources (tsx, tests) it is batch-worker.ts with tsx's loader;
 * in the built command (dist/preflight.mjs) it is that one file, which starts the worker side when
 * it is not on the main thread.
 */
function workerEntry(): { file: URL; execArgv?: string[] } {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return { file: new URL(self) };
  const tsx = pathToFileURL(createRequire(self).resolve("tsx")).href;
  return { file: new URL("./batch-worker.ts", self), execArgv: ["--import", tsx] };
}
