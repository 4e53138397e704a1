/**
 * `npm run build:cli`: the `preflight` command as one self-contained ES module,
 * `dist/preflight.mjs`, that runs on Node 22 without tsx or node_modules. `npm install` builds it
 * (the `prepare` script), so a checkout's `npx preflight` and an installed package have it.
 */
import { chmod } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const CLI_ENTRY = fileURLToPath(new URL("./main.ts", import.meta.url));
export const CLI_OUTPUT = fileURLToPath(new URL("../../dist/preflight.mjs", import.meta.url));

/** Bundles the command into `outfile` (the default: dist/preflight.mjs). */
export async function buildCli(outfile = CLI_OUTPUT): Promise<void> {
  await build({
    entryPoints: [CLI_ENTRY],
    outfile,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    banner: {
      // Dependencies written as CommonJS call require(); an ES module has none of its own.
      js: "#!/usr/bin/env node\nimport { createRequire as __preflightRequire } from 'node:module'; const require = __preflightRequire(import.meta.url);",
    },
  });
  await chmod(outfile, 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli(process.argv[2]);
}
