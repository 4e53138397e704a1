/**
 * The command line (DESIGN.md, "Command line"): `run(argv, io)` returns the exit status and never
 * throws, so tests run it in-process and `main.ts` only wires the process to it. Every failure is
 * a message for a person on stderr with exit status 2, never a stack trace.
 */
import { closest } from "../ruleset/did-you-mean.ts";
import { HelpRequested } from "./args.ts";
import { auditArchiveCommand } from "./audit-archive.ts";
import { checkCommand } from "./check.ts";
import { CliError, EXIT, type CliIO } from "./io.ts";
import { keygenCommand, signCommand, verifyCommand } from "./keys.ts";
import { RuleSetFileError } from "./ruleset.ts";
import { reportCommand } from "./report-command.ts";
import { schemaCommand, validateCommand } from "./validate.ts";

export type { CliIO } from "./io.ts";

export const USAGE = `Usage: preflight <command> ...   (in a checkout: npx preflight, or npm run --silent preflight --)

  check [FILE|-]      check a post (a file, or standard input when FILE is - or absent)
      --rules FILE        the team's rule set (JSON, YAML, or signed)
      --key PUB           require a valid signature by this public key (a key or a file; repeatable)
      --at ISO            publish time (default now); without an offset it is local time in --tz
      --tz ZONE           time zone of the publish time (default this machine's), e.g. Europe/Paris
      --platform P        x, linkedin, facebook, instagram, threads, bluesky, mastodon, reddit,
                          youtube, tiktok, pinterest, or a site's host name
      --account HANDLE    the account the post is published as
      --author ID         the team member who writes it
      --crisis            crisis mode on (as the popup's switch)
      --format text|json  the report (default text; JSON Lines for --jsonl and --csv)
      --jsonl             the input holds one post a line: {"id", "text", "at", "platform",
                          "account", "author", "crisis"} (only "text" is required)
      --csv               the input is a content calendar with a header row and a "text" column
      --jobs N            worker threads for a batch (default: one per core, for a large batch)
      --lang en|zh-CN     language of the messages (default from LANG)
  validate FILE       check a rule set and show what it holds
  schema              print the JSON Schema of the rule-set format
  keygen [--out PREFIX]
                      make a signing key pair (PREFIX.pub and PREFIX.key)
  sign FILE --key PRIVATE_KEY_FILE [--out FILE]
                      sign a rule set (it is validated first)
  verify FILE --key PUB
                      check a signed rule set against trusted public keys (repeatable)
  report FILE...      summarize audit logs exported from the options page (JSON or CSV; one
                      file per install) per rule, person, account and day, for the review
      --from DAY          the first day (YYYY-MM-DD); --to DAY the last (inclusive)
      --platform P        only this platform; --account HANDLE only this account
      --tz ZONE           the days of decisions in this time zone (default this machine's)
      --format text|json  the report (default text); --lang en|zh-CN its language
  audit-archive FILE...
                      check the posts of an account's archive against today's rules: X's
                      tweets.js, Facebook's your_posts_1.json, Instagram's posts_1.json,
                      LinkedIn's Shares.csv, or the unzipped archive's folder
      --rules FILE        the team's rule set (--key PUB to require its signature)
      --at ISO            "today" (default now); --tz ZONE the days shown
      --account HANDLE    the account the posts were published as
      --min-severity S    what to review: info, warn (default) or block
      --out FILE          the posts to review as FILE.csv or FILE.json
      --format text|json|csv  stdout: a summary (default), or the list as JSON or CSV
      --lang en|zh-CN     language of the summary

Exit status: 0 when no finding is warn or worse, 1 when one is, 2 for bad input or usage.
`;

const COMMANDS: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  check: checkCommand,
  validate: validateCommand,
  schema: schemaCommand,
  keygen: keygenCommand,
  sign: signCommand,
  verify: verifyCommand,
  report: reportCommand,
  "audit-archive": auditArchiveCommand,
};

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined) {
      io.stderr(USAGE);
      return EXIT.bad;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) {
      const commands = Object.keys(COMMANDS).join(", ");
      if (command.startsWith("-")) throw new CliError(`expected a command before ${command}; the commands are ${commands} (see preflight --help)`);
      const meant = closest(command, Object.keys(COMMANDS));
      throw new CliError(
        `unknown command "${command}"; ${meant ? `did you mean ${meant}? The commands are` : "the commands are"} ${commands} (see preflight --help)`,
      );
    }
    return await handler(args, io);
  } catch (e) {
    return fail(e, io);
  }
}

function fail(e: unknown, io: CliIO): number {
  if (e instanceof HelpRequested) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (e instanceof RuleSetFileError) {
    // Already `FILE:LINE: path: message`, one a line, which editors and CI logs link to.
    io.stderr(`${e.message}\n`);
  } else if (e instanceof CliError) {
    io.stderr(`preflight: ${e.message}\n`);
  } else {
    // A bug rather than bad input: still one line, with the stack only on request.
    io.stderr(`preflight: unexpected error: ${e instanceof Error ? e.message : String(e)} (PREFLIGHT_DEBUG=1 shows details)\n`);
    if (io.env?.["PREFLIGHT_DEBUG"] && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  }
  return EXIT.bad;
}
