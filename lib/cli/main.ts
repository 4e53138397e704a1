/**
 * The `preflight` command: wires the process to `run` (see run.ts). Built into one file
 * (dist/preflight.mjs, see build.ts), the same file also runs the worker threads of a large batch.
 */
import { once } from "node:events";
import { isMainThread } from "node:worker_threads";

if (isMainThread) await main();
else await import("./batch-worker.ts");

async function main(): Promise<void> {
  // `npm run preflight` runs in the package's folder; file names are meant from where it was typed.
  const typedIn = process.env["INIT_CWD"];
  if (process.env["npm_lifecycle_event"] === "preflight" && typedIn) process.chdir(typedIn);
  const { run, runLocale } = await import("./run.ts");
  const { tell } = await import("./io.ts");
  const { M } = await import("./messages.ts");
  const locale = { locale: runLocale(process.argv.slice(2), process.env) };

  const stdinHint = () => {
    if (process.stdin.isTTY) process.stderr.write(`preflight: ${tell(locale, M.readingStdin)}\n`);
  };

  // `preflight check … | head` closes the pipe early: stop quietly. Any other failure to write is
  // still one line, never a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") process.stderr.write(`preflight: ${tell(locale, M.cannotWriteOutput, { problem: e.message })}\n`);
    process.exit(e.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
  });

  process.exitCode = await run(process.argv.slice(2), {
    stdin: async () => {
      stdinHint();
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdinStream: () => {
      stdinHint();
      return process.stdin;
    },
    stdout: (s) => process.stdout.write(s),
    // A batch waits for a slow reader of its output rather than holding results in memory.
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
    },
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  });
}
