/** Reading rule sets and keys from files, the same way for every command. */
import { BUILT_IN_RULESET } from "../ruleset/builtin.ts";
import { compileRuleSet, type CompiledRuleSet, type CompileOptions } from "../ruleset/compile.ts";
import { mergeRuleSets } from "../ruleset/merge.ts";
import { detectFormat, parseRuleSet, parseSource, type RuleSetIssue } from "../ruleset/parse.ts";
import { plainDayPaths } from "../ruleset/plain-days.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import {
  isSignedEnvelope,
  parsePublicKey,
  parseSignedEnvelope,
  parseSignedPayload,
  verifySignedRuleSet,
} from "../ruleset/sign.ts";
import { CliError, readInput, type CliIO } from "./io.ts";
import { M } from "./messages.ts";

export interface LoadedRuleSet {
  ruleSet: RuleSet;
  /** The key id of a signed file; `verified` says whether its signature was checked. */
  signedBy?: string;
  verified: boolean;
  /** Where the file wrote plain days (`events[0].from: 2026-12-05`); a signed payload has none. */
  plainDays: string[];
}

/** `FILE:LINE: path: message`, the form editors and CI logs link to. */
export function formatFileIssue(file: string, issue: RuleSetIssue): string {
  return `${file}${issue.line ? `:${issue.line}` : ""}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}

/** Every issue of a rule-set file, one a line. */
export class RuleSetFileError extends CliError {
  constructor(file: string, issues: readonly RuleSetIssue[]) {
    super(issues.map((issue) => formatFileIssue(file, issue)).join("\n"));
  }
}

/**
 * Reads a rule set: JSON or YAML, or a signed envelope, whose payload is validated. With trusted
 * keys, only a signed file with a valid signature from one of them is accepted.
 */
export async function loadRuleSet(file: string, io: CliIO, trustedKeys: readonly string[] = []): Promise<LoadedRuleSet> {
  const source = await readInput(file, io);
  // Parsed once to tell an envelope from a plain rule set; a plain one is then parsed again by
  // parseRuleSet, which also finds each error's line.
  const data = parseSource(source, detectFormat(source, file === "-" ? undefined : file));
  if (!data.ok) throw new RuleSetFileError(file, data.errors);

  if (!isSignedEnvelope(data.value)) {
    if (trustedKeys.length > 0) throw new CliError(M.notSignedButKey, { file });
    const parsed = parseRuleSet(source, file === "-" ? {} : { name: file });
    if (!parsed.ok) throw new RuleSetFileError(file, parsed.errors);
    return { ruleSet: parsed.value, verified: false, plainDays: plainDayPaths(data.value) };
  }

  if (trustedKeys.length > 0) {
    const verified = await verifySignedRuleSet(source, trustedKeys, io.now ? { now: io.now } : {});
    if (!verified.ok) throw new CliError(M.withReason, { what: file, reason: verified.reason });
    return { ruleSet: verified.ruleSet, signedBy: verified.keyId, verified: true, plainDays: [] };
  }
  const envelope = parseSignedEnvelope(source);
  if (!envelope.ok) throw new CliError(M.withReason, { what: file, reason: envelope.reason });
  const payload = parseSignedPayload(envelope.value.payload);
  if (!payload.ok) {
    throw new RuleSetFileError(file, payload.errors.map((issue) => ({ ...issue, path: `payload ${issue.path}`.trim() })));
  }
  return { ruleSet: payload.value, signedBy: envelope.value.keyId, verified: false, plainDays: [] };
}

/** The effective rule set (built-in defaults, then the team's), compiled once for the whole run. */
export async function compileEffective(ruleSet: RuleSet | undefined, file?: string, options: CompileOptions = {}): Promise<CompiledRuleSet> {
  try {
    return await compileRuleSet(mergeRuleSets(BUILT_IN_RULESET, ruleSet), options);
  } catch (e) {
    throw new CliError(M.cannotCompile, { file: file ?? M.theRuleSet, problem: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Trusted public keys from `--key` values: a key itself (`ed25519:…`) or a file holding keys, one
 * a line (blank lines and `#` comments skipped), so a team can keep its trusted keys in one file.
 */
export async function readPublicKeys(values: readonly string[], io: CliIO): Promise<string[]> {
  const keys: string[] = [];
  for (const value of values) {
    const inline = value.trim().startsWith("ed25519:");
    const lines = inline ? [value] : (await readInput(value, io)).split(/\r?\n/);
    const found = lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
    if (found.length === 0) throw new CliError(M.noPublicKey, { file: value });
    for (const key of found) {
      try {
        parsePublicKey(key);
      } catch (e) {
        throw new CliError(M.withReason, { what: inline ? "--key" : value, reason: e instanceof Error ? e.message : String(e) });
      }
    }
    keys.push(...found);
  }
  return keys;
}
