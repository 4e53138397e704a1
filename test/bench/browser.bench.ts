/**
 * The extension in real Chromium against issue 4's budgets, each beside the same page without
 * the extension (the peer) in the same run. One JSON document on stdout, progress on stderr; a
 * missed budget is reported, never an exit status.
 *
 *   - what loads on every page of a supported site: the content script, <= 40 kB gzipped;
 *   - the gate decides within 16 ms of the click on a 3,000-character post (blocked: until its
 *     dialog is in the page; clean: until the site's own click listener runs);
 *   - typing 1,000 characters into the Lexical and Draft.js fixtures: <= 5 % longer with the
 *     extension, once its engine has loaded. Judged by a sampling profile of the renderer (the
 *     extension's main-thread time over the page's own); beside it, medians of seven ABBA runs
 *     with and without: the extra script time (steady), main-thread and wall time (which vary by
 *     more than 5 % between identical runs on 2 cores);
 *   - memory stays flat after 1,000 compose boxes are mounted and removed (JS heap, DOM nodes and
 *     event listeners after a forced GC).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { CDPSession, Page } from "playwright-core";
import { BLOCKING_RULESET, gate, reviewed, seedStorage, serviceWorker } from "../e2e/content-kit.ts";
import type { FixtureName } from "../e2e/fixtures/catalog.ts";
import { extensionBuildIsStale } from "../e2e/global-setup.ts";
import { editor, extensionOutputDir, launchBrowser, openFixture, pasteText, repoRoot, submitControl, type BrowserSession } from "../e2e/harness.ts";
import { round, summarize, type Summary } from "./stats.ts";

const log = (msg: string) => process.stderr.write(`[bench:browser] ${msg}\n`);
const GATE_RUNS = 25;
const TYPING_RUNS = 7;
const TYPED = 1_000;
const COMPOSERS = 1_000;
const BATCH = 50;
const BUDGETS = { contentScriptGzipBytes: 40 * 1024, gateMs: 16, typingOverheadPercent: 5 } as const;

/** ~3,000 characters of ordinary marketing copy; `bluefin` (the seeded team rule set's blocking event) when `blocked`. */
function post3000(blocked: boolean): string {
  const sentence = "Our winter range is here, with warm layers for long walks and bright mornings on the trail. ";
  let text = blocked ? "A quick word on the bluefin before the weekend. " : "";
  while (text.length < 3_000) text += sentence;
  return text.slice(0, 3_000);
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send("Performance.getMetrics")) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// --- The gate ------------------------------------------------------------------------------------

/**
 * Milliseconds from a real click on Post to the decision, from the button's release (`mouseup`,
 * dispatched in the same input task as the click, and never touched by the gate) to: the gate's
 * dialog in the page (blocked), or the page's own window-capture click listener, which runs after
 * the gate's (clean; without the extension, the browser's own dispatch cost).
 */
async function gateTimes(page: Page, name: FixtureName, blocked: boolean, withExtension: boolean): Promise<Summary> {
  // A string: tsx names the functions of a callback, and the page has no `__name` helper. Run once
  // the post is reviewed (the panel exists then: before it, the observer had nothing to watch and a
  // blocked click was never timed), and once only.
  const probe = `(() => {
    const w = window;
    if (w.__probed) return;
    w.__probed = true;
    w.__decided = [];
    w.__releasedAt = 0;
    const decided = () => {
      if (!w.__releasedAt) return;
      w.__decided.push(performance.now() - w.__releasedAt);
      w.__releasedAt = 0;
    };
    window.addEventListener("mouseup", (event) => (w.__releasedAt = event.timeStamp), { capture: true });
    window.addEventListener("click", decided, { capture: true });
    const root = document.querySelector("preflight-panel")?.shadowRoot;
    if (root) {
      new MutationObserver(() => {
        if (root.querySelector('[data-testid="pf-gate"]')) decided();
      }).observe(root, { childList: true, subtree: true });
    }
  })()`;
  const decisions = () => page.evaluate(() => (window as unknown as { __decided: number[] }).__decided);
  const samples: number[] = [];
  for (let i = 0; i < GATE_RUNS; i++) {
    await pasteText(page, name, post3000(blocked));
    if (withExtension) await waitUntil(() => reviewed(page), "the review");
    await page.evaluate(probe);
    await page.evaluate(() => ((window as unknown as { __decided: number[] }).__decided = []));
    await submitControl(page, name).click();
    await waitUntil(async () => (await decisions()).length > 0, "the decision");
    samples.push((await decisions())[0]!);
    if (blocked) {
      await gate(page).waitFor({ state: "visible" });
      await page.keyboard.press("Escape");
      await gate(page).waitFor({ state: "detached" });
    }
    // The next run starts from an empty composer (a clean post empties it itself).
    await editor(page, name).click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
  }
  return summarize(samples);
}

// --- Typing ---------------------------------------------------------------------------------------

interface TypingRun {
  wallMs: number;
  mainThreadMs: number;
  /** JavaScript alone (page and extension): varies far less between runs than layout and painting. */
  scriptMs: number;
  /** From a sampling profile of the run: time in the extension's code (and what it called), and all busy time. */
  profile?: { extensionMs: number; busyMs: number };
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of samples whose stack holds an extension frame, and of all samples but idle ones. */
function extensionShare(profile: CpuProfile): { extensionMs: number; busyMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  let extensionMs = 0;
  let busyMs = 0;
  profile.samples.forEach((leaf, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1_000;
    if (byId.get(leaf)?.callFrame.functionName === "(idle)") return;
    busyMs += ms;
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      if (byId.get(id)?.callFrame.url.startsWith("chrome-extension://")) {
        extensionMs += ms;
        break;
      }
    }
  });
  return { extensionMs, busyMs };
}

async function typeThousand(session: BrowserSession, name: FixtureName, extension: boolean, profiled = false): Promise<TypingRun> {
  const page = await openFixture(session.context, name);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const text = post3000(false).slice(0, TYPED);
    await editor(page, name).click();
    // The engine loads when the composer appears: typing is measured once it has.
    if (extension) await waitUntil(() => reviewed(page), "the engine");
    if (profiled) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    const before = await metrics(cdp);
    const started = performance.now();
    await page.keyboard.type(text);
    // Let the last debounced review run: it is part of the cost of typing.
    await page.waitForTimeout(400);
    const wallMs = performance.now() - started - 400;
    const after = await metrics(cdp);
    const delta = (metric: string) => ((after[metric] ?? 0) - (before[metric] ?? 0)) * 1_000;
    const run: TypingRun = { wallMs, mainThreadMs: delta("TaskDuration"), scriptMs: delta("ScriptDuration") };
    if (profiled) run.profile = extensionShare(((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile);
    return run;
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// --- Memory ---------------------------------------------------------------------------------------

interface MemoryPoint {
  mounted: number;
  jsHeapMB: number;
  nodes: number;
  listeners: number;
}

async function churn(session: BrowserSession, withExtension: boolean): Promise<MemoryPoint[]> {
  const page = await openFixture(session.context, "x");
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const sample = async (mounted: number): Promise<MemoryPoint> => {
      await cdp.send("HeapProfiler.collectGarbage");
      const m = await metrics(cdp);
      return {
        mounted,
        jsHeapMB: round((m["JSHeapUsedSize"] ?? 0) / 1024 / 1024, 2),
        nodes: m["Nodes"] ?? 0,
        listeners: m["JSEventListeners"] ?? 0,
      };
    };
    const badges = () => page.locator('preflight-panel [data-testid="pf-badge"]').count();
    const baseline = withExtension ? await badges() : 0;
    const points: MemoryPoint[] = [];
    for (let mounted = 0; mounted < COMPOSERS; mounted += BATCH) {
      if (mounted === BATCH || mounted === COMPOSERS / 2) points.push(await sample(mounted));
      // Composers as X draws them: a Draft editor root with its test id, each in its own box.
      await page.evaluate(
        ([from, count]) => {
          const holder = document.createElement("div");
          holder.id = "bench-composers";
          // All on screen at once (a composer out of view has no badge to wait for).
          holder.style.cssText = "position:fixed;top:120px;left:0;display:grid;grid-template-columns:repeat(10,110px);gap:32px 16px;font-size:10px";
          for (let i = 0; i < count!; i++) {
            const box = document.createElement("div");
            box.setAttribute("data-testid", `tweetTextarea_${from! + i + 100}RichTextInputContainer`);
            const editor = document.createElement("div");
            editor.setAttribute("data-testid", `tweetTextarea_${from! + i + 100}`);
            editor.setAttribute("role", "textbox");
            editor.contentEditable = "true";
            editor.textContent = "A draft";
            box.append(editor);
            holder.append(box);
          }
          document.body.append(holder);
        },
        [mounted, BATCH],
      );
      if (withExtension) await waitUntil(async () => (await badges()) === baseline + BATCH, "the composers' badges");
      await page.evaluate(() => document.getElementById("bench-composers")?.remove());
      if (withExtension) await waitUntil(async () => (await badges()) === baseline, "the badges to go");
    }
    points.push(await sample(COMPOSERS));
    return points;
  } finally {
    await page.close();
  }
}

// --- Run ------------------------------------------------------------------------------------------

async function main() {
  if (extensionBuildIsStale()) {
    log("building the extension");
    execFileSync("npm", ["run", "build"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  }
  const contentScript = gzipSync(readFileSync(join(extensionOutputDir, "content-scripts/content.js"))).length;
  const lazy = Object.fromEntries(
    ["engine.js", "nlp.js"].map((file) => [file, gzipSync(readFileSync(join(extensionOutputDir, file))).length]),
  );

  const withExt = await launchBrowser({ extension: extensionOutputDir });
  const without = await launchBrowser({ server: withExt.server });
  try {
    const worker = await serviceWorker(withExt.context);
    await seedStorage(worker, { teamRuleSet: BLOCKING_RULESET });

    log(`gate: ${GATE_RUNS} clicks on a 3,000-character post, blocked and clean`);
    const gateRuns: Record<string, Summary> = {};
    for (const [label, session, blocked] of [
      ["blocked", withExt, true],
      ["clean", withExt, false],
      ["withoutExtension", without, false],
    ] as const) {
      const page = await openFixture(session.context, "x");
      gateRuns[label] = await gateTimes(page, "x", blocked, session === withExt);
      await page.close();
    }

    log(`typing: ${TYPED} characters, ${TYPING_RUNS} runs each, with and without the extension`);
    const typing: Record<string, unknown> = {};
    for (const name of ["facebook", "x"] as const) {
      const runs = { with: [] as TypingRun[], without: [] as TypingRun[] };
      // Alternating which goes first (ABBA), so that a warming machine favours neither.
      for (let i = 0; i < TYPING_RUNS; i++) {
        const pair = [() => typeThousand(without, name, false), () => typeThousand(withExt, name, true)] as const;
        const [a, b] = i % 2 === 0 ? [pair[0], pair[1]] : [pair[1], pair[0]];
        for (const runOne of [a, b]) {
          const run = await runOne();
          (runOne === pair[0] ? runs.without : runs.with).push(run);
        }
      }
      // The direct measure: a sampling profile attributes main-thread time to the extension's code.
      const profiled = await typeThousand(withExt, name, true, true);
      const share = profiled.profile!;
      const both = (metric: (run: TypingRun) => number) => ({ with: median(runs.with.map(metric)), without: median(runs.without.map(metric)) });
      const main = both((r) => r.mainThreadMs);
      const script = both((r) => r.scriptMs);
      const wall = both((r) => r.wallMs);
      typing[name === "facebook" ? "lexical" : "draft"] = {
        fixture: name,
        extensionMs: round(share.extensionMs, 1),
        pageBusyMs: round(share.busyMs - share.extensionMs, 1),
        extensionOverheadPercent: round((share.extensionMs / (share.busyMs - share.extensionMs)) * 100, 2),
        // The extra JavaScript time with the extension, over the page's whole main-thread time.
        scriptMs: { with: round(script.with, 1), without: round(script.without, 1) },
        extraScriptPercent: round(((script.with - script.without) / main.without) * 100, 1),
        mainThreadMs: { with: round(main.with, 1), without: round(main.without, 1) },
        mainThreadOverheadPercent: round(((main.with - main.without) / main.without) * 100, 1),
        wallMs: { with: round(wall.with, 0), without: round(wall.without, 0) },
        wallOverheadPercent: round(((wall.with - wall.without) / wall.without) * 100, 1),
      };
    }

    log(`memory: ${COMPOSERS} composers mounted and removed, ${BATCH} at a time`);
    const memory = { with: await churn(withExt, true), without: await churn(without, false) };

    const lexical = typing["lexical"] as { extensionOverheadPercent: number };
    const draft = typing["draft"] as { extensionOverheadPercent: number };
    const warm = memory.with[0]!;
    const last = memory.with[memory.with.length - 1]!;
    const budgets = {
      contentScript: { limitBytes: BUDGETS.contentScriptGzipBytes, actualBytes: contentScript, met: contentScript <= BUDGETS.contentScriptGzipBytes },
      gateBlocked: { metric: "p95", limitMs: BUDGETS.gateMs, actualMs: gateRuns["blocked"]!.p95, met: gateRuns["blocked"]!.p95 <= BUDGETS.gateMs },
      gateClean: { metric: "p95", limitMs: BUDGETS.gateMs, actualMs: gateRuns["clean"]!.p95, met: gateRuns["clean"]!.p95 <= BUDGETS.gateMs },
      // The extension's main-thread time over the page's own: the A/B timings beside it vary by
      // more than 5 % between identical runs on a 2-core machine.
      typingLexical: { limitPercent: BUDGETS.typingOverheadPercent, actualPercent: lexical.extensionOverheadPercent, met: lexical.extensionOverheadPercent <= BUDGETS.typingOverheadPercent },
      typingDraft: { limitPercent: BUDGETS.typingOverheadPercent, actualPercent: draft.extensionOverheadPercent, met: draft.extensionOverheadPercent <= BUDGETS.typingOverheadPercent },
      memoryFlat: {
        // After the first batch warms caches up, 950 more composers may not leave listeners or nodes behind.
        listenersGrowth: last.listeners - warm.listeners,
        nodesGrowth: last.nodes - warm.nodes,
        jsHeapGrowthMB: round(last.jsHeapMB - warm.jsHeapMB, 2),
        met: last.listeners - warm.listeners <= 0 && last.nodes - warm.nodes <= 50 && last.jsHeapMB - warm.jsHeapMB < 1,
      },
    };
    const missed = Object.entries(budgets).filter(([, b]) => !b.met);
    process.stdout.write(
      `${JSON.stringify(
        {
          machine: { cores: os.cpus().length, loadAtEnd: os.loadavg()[0] },
          sizes: { contentScriptGzipBytes: contentScript, lazyGzipBytes: lazy },
          gateMs: gateRuns,
          typing,
          memory,
          budgets: { ...budgets, met: missed.length === 0 },
        },
        null,
        2,
      )}\n`,
    );
    log(missed.length ? `budgets missed: ${missed.map(([name]) => name).join(", ")}` : "all budgets met");
  } finally {
    await without.close(); // leaves the shared server to withExt
    await withExt.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
