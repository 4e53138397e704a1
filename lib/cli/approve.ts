/**
 * `approve` (issue 12b): an approver answers an author's request code from the command line, with
 * the private key `keygen` made. The answer goes to stdout alone (to pipe or copy); what it
 * approves goes to stderr, for the approver to read before sending it.
 */
import { ApprovalError, checkApprover, isoOf, MAX_VALID_MINUTES, signAnswer } from "../approval/answer.ts";
import { APPROVAL_MESSAGES } from "../approval/messages.ts";
import { decodeRequest, RequestCodeError } from "../approval/request.ts";
import { importPrivateKey, KeyError } from "../ruleset/sign.ts";
import { parseCommand, positionalsOf } from "./args.ts";
import { CliError, EXIT, readInput, tell, type CliIO } from "./io.ts";
import { M } from "./messages.ts";
import { loadRuleSet } from "./ruleset.ts";

export async function approveCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("approve", args, {
    key: { type: "string" },
    as: { type: "string" },
    rules: { type: "string" },
    "valid-for": { type: "string" },
  });
  const [given] = positionalsOf("approve", positionals, 1, M.what_approveArguments);
  if (given === undefined) throw new CliError(M.approveNeedsRequest);
  if (values.key === undefined) throw new CliError(M.approveNeedsKey);
  if (values.as === undefined || values.as.trim() === "") throw new CliError(M.approveNeedsAs);
  const approver = values.as.trim();
  const validFor = values["valid-for"];
  const minutes = validFor === undefined ? undefined : Number(validFor);
  if (validFor !== undefined && !(/^\d+$/.test(validFor) && minutes! >= 1 && minutes! <= MAX_VALID_MINUTES)) {
    throw new CliError(APPROVAL_MESSAGES.badValidity, { max: MAX_VALID_MINUTES, got: validFor });
  }

  try {
    const request = decodeRequest(given === "-" ? await io.stdin() : given);
    let privateKey;
    try {
      privateKey = await importPrivateKey(await readInput(values.key, io));
    } catch (e) {
      if (e instanceof KeyError) throw new CliError(M.withReason, { what: values.key, reason: e.message });
      throw e;
    }
    if (values.rules !== undefined) await checkApprover((await loadRuleSet(values.rules, io)).ruleSet, approver, privateKey.raw);
    const { answer, code } = await signAnswer(request, {
      privateKey: privateKey.key,
      publicKeyRaw: privateKey.raw,
      approver,
      ...(minutes === undefined ? {} : { validForMinutes: minutes }),
      ...(io.now ? { now: io.now } : {}),
    });
    io.stderr(
      `${tell(io, M.approveSummary, {
        platform: request.platform,
        account: request.account || "-",
        rules: request.rules.join(", ") || "-",
        asked: isoOf(request.requestedAt),
        approver,
        until: isoOf(answer.expiresAt),
      })}\n`,
    );
    if (values.rules === undefined) io.stderr(`preflight: ${tell(io, M.approveUnchecked)}\n`);
    io.stdout(`${code}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof RequestCodeError) throw new CliError(APPROVAL_MESSAGES[e.problem]);
    if (e instanceof ApprovalError) throw new CliError(APPROVAL_MESSAGES[e.problem], e.params);
    throw e;
  }
}
