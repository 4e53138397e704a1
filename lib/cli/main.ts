/** The `preflight` command: wires the process to `run` (see run.ts). */
import { run } from "./run.ts";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("preflight: reading the post from standard input (end it with Ctrl-D)\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// `preflight check … | head` closes the pipe early: stop quietly. Any other failure to write is
// still one line, never a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") process.stderr.write(`preflight: cannot write the output: ${e.message}\n`);
  process.exit(e.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: readStdin,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
