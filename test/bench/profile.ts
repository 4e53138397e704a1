/**
 * A steady loop over the per-keystroke path of the benchmark's material, for a CPU profile:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof test/bench/profile.ts [length] [seconds] [edit]
 *
 * `length` is 280, 3000 or 60000 (default 3000); with `edit`, every run changes one sentence (the
 * one-sentence-edit figure) instead of re-analysing the same text.
 */
import { analyze } from "../../lib/engine/analyze.ts";
import { splitSentences } from "../../lib/engine/nlp.ts";
import type { AnalysisContext } from "../../lib/engine/types.ts";
import { BUILT_IN_RULESET } from "../../lib/ruleset/builtin.ts";
import { compileRuleSet } from "../../lib/ruleset/compile.ts";
import { mergeRuleSets } from "../../lib/ruleset/merge.ts";
import { benchRuleSet, createRandom, editOneSentence, eventList, marketingProse } from "./corpus.ts";

const length = Number(process.argv[2] ?? 3000);
const seconds = Number(process.argv[3] ?? 10);
const edit = process.argv[4] === "edit";

const AT = new Date("2026-12-01T15:00:00Z");
const context: AnalysisContext = { platform: "x", account: "@acme", author: "ann@acme.example", at: AT, timeZone: "UTC" };
const random = createRandom(20261124);
const events = eventList(random, { events: 1_000, termsPerEvent: 10, at: AT });
const team = benchRuleSet(random, AT, events);
const text = marketingProse(random, length, events.flatMap((e) => e.terms));
const compiled = await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, team));
const spans = splitSentences(text);
const seen = new Set<string>();
analyze(text, context, compiled);

let runs = 0;
const until = performance.now() + seconds * 1000;
const t0 = performance.now();
while (performance.now() < until) {
  analyze(edit ? editOneSentence(random, text, spans, seen).text : text, context, compiled);
  runs++;
}
process.stderr.write(`${runs} runs, ${((performance.now() - t0) / runs).toFixed(3)} ms each (${text.length} chars)\n`);
