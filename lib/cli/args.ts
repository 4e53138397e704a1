/** Command-line options through `node:util` parseArgs, with its errors told as one line each. */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { LOCALES, type LocalizedText } from "../engine/types.ts";
import { closest } from "../ruleset/did-you-mean.ts";
import { CliError } from "./io.ts";
import { M } from "./messages.ts";

/** Asked for the usage text (`--help`/`-h`), which `run` prints with exit status 0. */
export class HelpRequested extends Error {
  override name = "HelpRequested";
}

/** Every command takes `--help`, and `--lang` for the language of what it says. */
const COMMON = { help: { type: "boolean", short: "h" }, lang: { type: "string" } } as const;

export function parseCommand<O extends ParseArgsOptionsConfig>(command: string, args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw argsError(command, e, Object.keys({ ...COMMON, ...options }));
  }
  const values = parsed.values as { help?: boolean; lang?: string };
  if (values.help) throw new HelpRequested();
  if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang)) throw new CliError(M.badLang, { value: values.lang });
  return parsed;
}

/**
 * parseArgs' messages run over several lines and suggest `--`; a person needs the option's name,
 * and for a mistyped one the option meant (`--rule`: did you mean --rules?).
 */
function argsError(command: string, e: unknown, known: readonly string[]): CliError {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const meant = option.startsWith("--") ? closest(option.slice(2).split("=")[0] ?? "", known) : undefined;
    return meant ? new CliError(M.unknownOptionMeant, { command, option, meant: `--${meant}` }) : new CliError(M.unknownOption, { command, option });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(message)) return new CliError(M.optionTakesNoValue, { command, option });
    if (/ambiguous/.test(message)) return new CliError(M.optionNeedsValueDash, { command, option });
    return new CliError(M.optionNeedsValue, { command, option });
  }
  return new CliError(M.badArguments, { command, problem: message.split("\n")[0] ?? message });
}

/** The positional arguments, at most `max` of them. */
export function positionalsOf(command: string, positionals: string[], max: number, what: LocalizedText): (string | undefined)[] {
  if (positionals.length > max) {
    const got = positionals.map((p) => `"${p}"`).join(" ");
    throw new CliError(M.tooManyArguments, { command, max: { en: max === 1 ? "one" : String(max), "zh-CN": String(max) }, what, got });
  }
  return positionals;
}

/** The one required FILE argument of a command. */
export function requiredFile(command: string, positionals: string[]): string {
  const [file] = positionalsOf(command, positionals, 1, M.what_file);
  if (file === undefined) throw new CliError(M.needsFile, { command });
  return file;
}
