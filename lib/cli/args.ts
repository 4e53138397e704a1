/** Command-line options through `node:util` parseArgs, with its errors told as one line each. */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { closest } from "../ruleset/did-you-mean.ts";
import { CliError } from "./io.ts";

/** Asked for the usage text (`--help`/`-h`), which `run` prints with exit status 0. */
export class HelpRequested extends Error {
  override name = "HelpRequested";
}

/** Every command takes `--help`. */
const HELP = { help: { type: "boolean", short: "h" } } as const;

export function parseCommand<O extends ParseArgsOptionsConfig>(command: string, args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...HELP, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${command}: ${describeArgsError(e, Object.keys(options))} (see preflight --help)`);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested();
  return parsed;
}

/**
 * parseArgs' messages run over several lines and suggest `--`; a person needs the option's name,
 * and for a mistyped one the option meant (`--rule`: did you mean --rules?).
 */
function describeArgsError(e: unknown, known: readonly string[]): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const meant = option.startsWith("--") ? closest(option.slice(2).split("=")[0] ?? "", known) : undefined;
    return `unknown option ${option}${meant ? `; did you mean --${meant}?` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(message)) return `option ${option} takes no value`;
    if (/ambiguous/.test(message)) return `option ${option} needs a value (write ${option}=VALUE for one that starts with "-")`;
    return `option ${option} needs a value`;
  }
  return message.split("\n")[0] ?? message;
}

/** The positional arguments, at most `max` of them. */
export function positionalsOf(command: string, positionals: string[], max: number, what: string): (string | undefined)[] {
  if (positionals.length > max) {
    throw new CliError(`${command} takes ${max === 1 ? "one" : max} ${what}; got ${positionals.map((p) => `"${p}"`).join(" ")}`);
  }
  return positionals;
}

/** The one required FILE argument of a command. */
export function requiredFile(command: string, positionals: string[]): string {
  const [file] = positionalsOf(command, positionals, 1, "FILE");
  if (file === undefined) throw new CliError(`${command} needs a FILE (see preflight --help)`);
  return file;
}
