/**
 * Batches stream: each result is written as soon as its post is read (before the input ends), and
 * a large batch is spread over worker threads with the same results in the same order.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { delimiter, dirname } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { jsonlChunks, csvChunks, type BatchChunk } from "../../lib/cli/batch.ts";
import { chunkChecker, type BatchSettings } from "../../lib/cli/batch-check.ts";
import { runBatch, type WorkerInit } from "../../lib/cli/batch-pool.ts";
import { compileEffective } from "../../lib/cli/ruleset.ts";
import { recordingInflector } from "../../lib/content/engine-api.ts";
import { loadInflector } from "../../lib/engine/inflect.ts";
import { ACME, cli, DURING_STORM, jsonLines } from "./harness.ts";

/** An input the test feeds piece by piece, ending only when told to. */
function feed() {
  const pieces: string[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  return {
    push(piece: string) {
      pieces.push(piece);
      wake?.();
    },
    end() {
      ended = true;
      wake?.();
    },
    get ended() {
      return ended;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (pieces.length > 0) yield pieces.shift()!;
        else if (ended) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

/** Resolves with the first output written, while the input is still open. */
function firstWrite() {
  let resolve!: (s: string) => void;
  const first = new Promise<string>((r) => (resolve = r));
  return { first, stdout: (s: string) => resolve(s) };
}

describe("check --jsonl and --csv stream", () => {
  // The CSV parser looks a few characters ahead (a line break may be "\r\n", a quote may be
  // doubled), so a row is complete once they arrive: here, the start of the next row.
  it.each([
    ["--jsonl", '{"id":"a","text":"storm sale"}\n', "", '{"id":"b","text":"Hello"}\n'],
    ["--csv", "id,text\na,storm sale\n", "b,Hel", "lo\n"],
  ])("%s writes the first result before the input ends", async (flag, firstPiece, lookahead, rest) => {
    const input = feed();
    const out = firstWrite();
    let stdout = "";
    const running = cli(["check", flag, "--rules", ACME, "--at", DURING_STORM], {
      stdinStream: () => input,
      stdout: (s) => {
        stdout += s;
        out.stdout(s);
      },
    });
    input.push(firstPiece);
    if (lookahead) input.push(lookahead);
    const first = await out.first;
    expect(input.ended).toBe(false);
    expect(JSON.parse(first)).toMatchObject({ id: "a", verdict: "block" });
    input.push(rest);
    input.end();
    const { code } = await running;
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((l) => [l["id"], l["verdict"]])).toEqual([
      ["a", "block"],
      ["b", "pass"],
    ]);
  });

  it("splits lines across pieces of input, multi-byte characters included", async () => {
    const bytes = new TextEncoder().encode('{"id":"zh","text":"台风期间全场五折"}\r\n{"id":2,"text":"x"}');
    const pieces = Array.from(bytes, (b) => new Uint8Array([b])); // one byte at a time
    const lines = [];
    for await (const chunk of jsonlChunks((async function* () { yield* pieces; })())) if (chunk.kind === "jsonl") lines.push(...chunk.lines);
    expect(lines).toEqual([
      { n: 1, text: '{"id":"zh","text":"台风期间全场五折"}' },
      { n: 2, text: '{"id":2,"text":"x"}' },
    ]);
  });

  it("keeps CSV rows whole when a quoted cell spans pieces and lines", async () => {
    const source = (async function* () {
      yield 'id;text\nq1;"Stay safe;\nwe';
      yield ' are ""open"""\nq2;Hi\n';
    })();
    const rows = [];
    for await (const chunk of csvChunks(source, "cal.csv")) if (chunk.kind === "csv") rows.push(...chunk.rows);
    expect(rows).toEqual([
      { row: 2, cells: ["q1", 'Stay safe;\nwe are "open"'] },
      { row: 3, cells: ["q2", "Hi"] },
    ]);
  });

  it("reports a line too long to hold by its number and checks the next", async () => {
    const long = `{"text":"${"a".repeat(17 * 1024 * 1024)}"}`;
    const { code, stdout } = await cli(["check", "--jsonl"], { stdin: `${long}\n{"text":"Hello"}\n` });
    expect(code).toBe(2);
    expect(jsonLines(stdout)).toEqual([
      { id: 1, error: "line 1: longer than 16 MiB; a post must be shorter" },
      { id: 2, verdict: "pass", findings: [], reading: { refersTo: [], register: [], stance: "neutral" } },
    ]);
  });

  it("the real command, over a pipe: the first line comes out while standard input is open", async () => {
    const child = spawn("node_modules/.bin/tsx", ["lib/cli/main.ts", "check", "--jsonl", "--rules", ACME, "--at", DURING_STORM], {
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`, NO_COLOR: "1" },
    });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write('{"id":"first","text":"Our storm sale"}\n');
    const first = await lines.next();
    expect(child.stdin.writableEnded).toBe(false);
    expect(JSON.parse(first.value as string)).toMatchObject({ id: "first", verdict: "block" });
    child.stdin.end('{"id":"second","text":"Hello"}\n');
    expect(JSON.parse((await lines.next()).value as string)).toMatchObject({ id: "second", verdict: "pass" });
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(1);
  });
});

describe("a large batch on worker threads", () => {
  const settings: BatchSettings = {
    format: "json",
    style: { locale: "en", color: false },
    defaults: { at: new Date(DURING_STORM), crisis: false },
    timeZone: "UTC",
  };
  const TEXTS = ["Stay safe during the storm! Fleece 20% off.", "Thanks for ten years.", "Never forget. Sale today!", "Hello"];
  const input = Array.from({ length: 3_000 }, (_, i) => (i % 97 === 5 ? "{bad json\n" : `${JSON.stringify({ id: i, text: `${TEXTS[i % 4]} #${i}` })}\n`)).join("");

  async function runWith(
    jobs: number,
    init: (inflections: WorkerInit["inflections"]) => WorkerInit,
    { waitForWorkers = true, piece = 10_000, hereMs = 0 }: { waitForWorkers?: boolean; piece?: number; hereMs?: number } = {},
  ) {
    const recording = recordingInflector(await loadInflector());
    const compiled = await compileEffective(undefined, undefined, { inflector: recording.inflector });
    const checkHere = chunkChecker(compiled, settings);
    let output = "";
    const warnings: string[] = [];
    const source = (async function* () {
      // Pieces of 10 kB, as a file is read: each one in its own turn of the event loop.
      for (let i = 0; i < input.length; i += piece) {
        await new Promise((resolve) => setImmediate(resolve));
        yield input.slice(i, i + piece);
      }
    })();
    const tally = await runBatch(jsonlChunks(source) as AsyncIterable<BatchChunk>, {
      jobs,
      threshold: 0,
      waitForWorkers,
      init: init(recording.table),
      check: (chunk) => {
        // A slower thread here, so that the workers get started and take their share.
        for (const until = performance.now() + hereMs; performance.now() < until; );
        return checkHere(chunk);
      },
      write: async (s) => {
        output += s;
      },
      warn: (reason, left) => warnings.push(`${left} left: ${reason}`),
    });
    return { output, tally, warnings };
  }

  it("gives the same results in the same order on two workers as on one thread", async () => {
    const init = (inflections: WorkerInit["inflections"]): WorkerInit => ({ preflight: "batch", ruleSet: undefined, inflections, settings });
    const one = await runWith(1, init);
    // Three threads: this one and two workers (which, in this test, check every chunk).
    const two = await runWith(3, init);
    expect(one.tally.workers).toBe(0);
    expect(two.tally.workers).toBe(2);
    expect(two.tally.offloaded).toBe(two.tally.chunks);
    expect(two.warnings).toEqual([]);
    expect(two.output).toBe(one.output);
    // A bad line is reported under its line number (its index + 1), a good one under its own id.
    expect(jsonLines(two.output).map((l) => l["id"])).toEqual(Array.from({ length: 3_000 }, (_, i) => (i % 97 === 5 ? i + 1 : i)));
    expect(two.tally).toMatchObject({ error: 31, pass: one.tally.pass, warn: one.tally.warn, block: one.tally.block });
  }, 60_000);

  it("checks on this thread beside the workers, with the same results in the same order", async () => {
    const init = (inflections: WorkerInit["inflections"]): WorkerInit => ({ preflight: "batch", ruleSet: undefined, inflections, settings });
    const one = await runWith(1, init, { piece: 2_000 });
    const both = await runWith(2, init, { waitForWorkers: false, piece: 2_000, hereMs: 150 });
    expect(both.tally.workers).toBe(1);
    // The first chunks are checked here while the worker starts; then both threads take chunks.
    expect(both.tally.offloaded).toBeGreaterThan(0);
    expect(both.tally.offloaded).toBeLessThan(both.tally.chunks);
    expect(both.warnings).toEqual([]);
    expect(both.output).toBe(one.output);
  }, 60_000);

  it("checks everything on this thread, and says so, when the workers cannot start", async () => {
    const good = await runWith(1, (inflections) => ({ preflight: "batch", ruleSet: undefined, inflections, settings }));
    const broken = await runWith(3, (inflections) => ({
      preflight: "batch",
      // A rule set that cannot compile in the worker (the main thread's is fine).
      ruleSet: { schema: "preflight.ruleset/1", id: "x", version: 1, issuedAt: "2026-01-01T00:00:00Z", events: 5 as never },
      inflections,
      settings,
    }));
    expect(broken.output).toBe(good.output);
    expect(broken.tally.offloaded).toBe(0);
    expect(broken.warnings, broken.warnings.join("\n")).toHaveLength(2);
    expect(broken.warnings).toEqual([expect.stringMatching(/^1 left: .*cannot be compiled/), expect.stringMatching(/^0 left: .*cannot be compiled/)]);
  }, 60_000);

  it("fails the batch, visibly and without hanging, when a chunk cannot be checked in a worker", async () => {
    const recording = recordingInflector(await loadInflector());
    const compiled = await compileEffective(undefined, undefined, { inflector: recording.inflector });
    const broken = { kind: "csv", posts: 1, fields: ["text"], rows: undefined } as unknown as BatchChunk;
    const chunks = (async function* () {
      for (let i = 0; i < 12; i++) yield broken;
    })();
    const running = runBatch(chunks, {
      jobs: 2,
      threshold: 0,
      waitForWorkers: true,
      init: { preflight: "batch", ruleSet: undefined, inflections: recording.table, settings },
      check: chunkChecker(compiled, settings),
      write: async () => {},
      warn: () => {},
    });
    await expect(running).rejects.toThrow(/rows|iterable|undefined/);
  }, 60_000);
});
