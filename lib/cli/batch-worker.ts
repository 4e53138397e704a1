/**
 * The worker-thread side of a large batch (batch-pool.ts): compiles the same effective rules as the
 * main thread, then checks each chunk it is sent and answers with its result.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { tableInflector } from "../content/engine-api.ts";
import { chunkChecker } from "./batch-check.ts";
import type { WorkerInit, WorkerMessage } from "./batch-pool.ts";
import type { BatchChunk } from "./batch.ts";
import { compileEffective } from "./ruleset.ts";
import { addZhNotes } from "./strings.ts";

export async function startBatchWorker(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const post = (m: WorkerMessage) => port.postMessage(m);
  const init = workerData as WorkerInit;
  addZhNotes();
  let check: ReturnType<typeof chunkChecker>;
  try {
    check = chunkChecker(await compileEffective(init.ruleSet, undefined, { inflector: tableInflector(init.inflections) }), init.settings);
  } catch (e) {
    post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    return;
  }
  port.on("message", ({ seq, chunk }: { seq: number; chunk: BatchChunk }) => {
    try {
      post({ type: "result", seq, result: check(chunk) });
    } catch (e) {
      post({ type: "error", seq, message: e instanceof Error ? e.message : String(e) });
    }
  });
  post({ type: "ready" });
}

/** Whether this thread was started as a batch worker. */
export function isBatchWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.preflight === "batch";
}

if (isBatchWorker()) await startBatchWorker();
