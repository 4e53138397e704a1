/**
 * Issue 12: `preflight crisis declare SCENARIO --file team.yaml` and `preflight crisis end`. Each
 * writes the rule set's next version (version + 1, issuedAt now) with `crisis` filled from the
 * scenario the admin prepared, in the file's own format (YAML keeps its comments), ready to sign.
 * The result is validated before it is written: a file is never left holding a broken rule set.
 */
import { parseDocument } from "yaml";
import { closest } from "../ruleset/did-you-mean.ts";
import { detectFormat, parseRuleSet, parseSource } from "../ruleset/parse.ts";
import type { Crisis, RuleSet, Scenario } from "../ruleset/schema.ts";
import { isIsoInstant } from "../ruleset/schema.ts";
import { isSignedEnvelope } from "../ruleset/sign.ts";
import { parseCommand, positionalsOf } from "./args.ts";
import { CliError, EXIT, readInput, tell, writeOutput, type CliIO } from "./io.ts";
import { M } from "./messages.ts";
import { RuleSetFileError } from "./ruleset.ts";

const DAY_MS = 86_400_000;
/** A crisis declared for longer than a year is a typo in --until. */
const MAX_UNTIL_DAYS = 366;

/** The reminder `remindScheduled` adds to the checklist: scheduled posts go out by themselves. */
export const PAUSE_SCHEDULED = {
  en: "Pause scheduled posts in your scheduler",
  "zh-CN": "在排期工具中暂停所有定时发布的帖子",
} as const;

export async function crisisCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("crisis", args, {
    file: { type: "string" },
    until: { type: "string" },
    drill: { type: "boolean" },
    out: { type: "string" },
  });
  const [action, scenarioId] = positionalsOf("crisis", positionals, 2, M.what_arguments);
  if (action !== "declare" && action !== "end") throw new CliError(M.crisisAction, { got: action ?? "" });
  if (action === "declare" && scenarioId === undefined) throw new CliError(M.crisisNeedsScenario);
  if (action === "end" && scenarioId !== undefined) throw new CliError(M.crisisEndTakesNoScenario, { got: scenarioId });
  if (action === "end" && (values.until !== undefined || values.drill)) throw new CliError(M.crisisEndOptions);
  if (values.file === undefined) throw new CliError(M.crisisNeedsFile, { action });
  const file = values.file;
  const out = values.out ?? file;
  const now = io.now ?? new Date();

  const source = await readInput(file, io);
  const parsed = parseRuleSet(source, { name: file });
  if (!parsed.ok) {
    const data = parseSource(source, detectFormat(source, file));
    if (data.ok && isSignedEnvelope(data.value)) throw new CliError(M.crisisSigned, { file });
    throw new RuleSetFileError(file, parsed.errors);
  }
  const ruleSet = parsed.value;
  const crisis =
    action === "declare"
      ? declaredCrisis(ruleSet, scenarioFor(ruleSet, scenarioId!, file), { now, until: untilFor(values.until, now), drill: values.drill === true })
      : endedCrisis(ruleSet, now, file);

  const next = { version: ruleSet.version + 1, issuedAt: now.toISOString(), crisis };
  const text = withFields(source, detectFormat(source, file), next);
  const check = parseRuleSet(text, { name: out });
  if (!check.ok) throw new RuleSetFileError(out, check.errors);
  await writeOutput(out, text, { io });
  const signed = out.replace(/(\.signed)?\.(ya?ml|json)$/i, "") + ".signed.json";
  const said =
    action === "end"
      ? tell(io, M.crisisEnded, { id: ruleSet.id, version: next.version, file: out })
      : tell(io, crisis.drill ? M.crisisDrillDeclared : M.crisisDeclared, {
          scenario: scenarioId!,
          id: ruleSet.id,
          version: next.version,
          file: out,
          until: crisis.until ? tell(io, M.crisisUntil, { at: crisis.until }) : "",
        });
  io.stdout(`${said}\n${tell(io, M.crisisNext, { command: `preflight sign ${out} --key KEY --out ${signed}` })}\n`);
  return EXIT.ok;
}

function scenarioFor(ruleSet: RuleSet, id: string, file: string): Scenario {
  const scenarios = ruleSet.scenarios ?? [];
  if (scenarios.length === 0) throw new CliError(M.crisisNoScenarios, { file });
  const found = scenarios.find((s) => s.id === id);
  if (found) return found;
  const ids = scenarios.map((s) => s.id);
  const meant = closest(id, ids);
  throw meant
    ? new CliError(M.crisisUnknownScenarioMeant, { scenario: id, meant, ids: ids.join(", ") })
    : new CliError(M.crisisUnknownScenario, { scenario: id, ids: ids.join(", ") });
}

/** `--until`: an ISO instant (or a day, UTC) after now, or a number of days from now. */
function untilFor(option: string | undefined, now: Date): string | undefined {
  if (option === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(option)) {
    const days = Number(option);
    if (!(days > 0 && days <= MAX_UNTIL_DAYS)) throw new CliError(M.crisisUntilDays, { max: MAX_UNTIL_DAYS, got: option });
    return new Date(now.getTime() + days * DAY_MS).toISOString();
  }
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(option) ? `${option}T00:00:00Z` : option;
  if (!isIsoInstant(instant)) throw new CliError(M.crisisUntilBad, { got: option });
  if (Date.parse(instant) <= now.getTime()) throw new CliError(M.crisisUntilPast, { got: option });
  return new Date(Date.parse(instant)).toISOString();
}

/** The crisis a scenario declares: its texts, who may post is read from it by the engine. */
export function declaredCrisis(ruleSet: RuleSet, scenario: Scenario, options: { now: Date; until?: string; drill: boolean }): Crisis {
  const checklist = [...(scenario.checklist ?? [])];
  const hasReminder = checklist.some((item) => (typeof item === "string" ? item : item.en) === PAUSE_SCHEDULED.en);
  if (scenario.remindScheduled && !hasReminder) checklist.unshift({ ...PAUSE_SCHEDULED });
  const requireApproval = scenario.requireApproval ?? ruleSet.crisis?.requireApproval;
  return {
    active: true,
    since: options.now.toISOString(),
    title: scenario.title,
    ...(scenario.message ? { message: scenario.message } : {}),
    ...(scenario.holdingStatement ? { holdingStatement: scenario.holdingStatement } : {}),
    ...(checklist.length > 0 ? { checklist } : {}),
    ...(scenario.contact ? { contact: scenario.contact } : {}),
    scenario: scenario.id,
    ...(options.until ? { until: options.until } : {}),
    ...(options.drill ? { drill: true } : {}),
    ...(requireApproval ? { requireApproval: true } : {}),
  };
}

/**
 * The crisis over: off everywhere, with what it was and when it ended kept on record, so that
 * `preflight report --crisis` and the next reader of the file see which crisis this was.
 */
export function endedCrisis(ruleSet: RuleSet, now: Date, file: string): Crisis {
  const crisis = ruleSet.crisis;
  if (!crisis?.active) throw new CliError(M.crisisNotActive, { file });
  return {
    active: false,
    ...(crisis.title ? { title: crisis.title } : {}),
    ...(crisis.since ? { since: crisis.since } : {}),
    ...(crisis.scenario ? { scenario: crisis.scenario } : {}),
    ...(crisis.drill ? { drill: true } : {}),
    until: now.toISOString(),
  };
}

/** The source with top-level fields replaced, in its own format; YAML keeps its comments and order. */
function withFields(source: string, format: "json" | "yaml", fields: Record<string, unknown>): string {
  if (format === "json") {
    const data = JSON.parse(source) as Record<string, unknown>;
    const indent = /^[{[]\s*\n([ \t]+)/.exec(source)?.[1] ?? "  ";
    return `${JSON.stringify({ ...data, ...fields }, null, indent)}\n`;
  }
  const doc = parseDocument(source);
  for (const [key, value] of Object.entries(fields)) doc.set(key, doc.createNode(value));
  return doc.toString();
}
