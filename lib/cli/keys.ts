/** `keygen`, `sign` and `verify`: the admin's side of signed rule sets. */
import { existsSync, statSync } from "node:fs";
import { detectFormat, parseRuleSet, parseSource, RuleSetError } from "../ruleset/parse.ts";
import type { RuleSet } from "../ruleset/schema.ts";
import { generateKeyPair, isExpired, isSignedEnvelope, keyId, KeyError, signRuleSet, verifySignedRuleSet } from "../ruleset/sign.ts";
import { parseCommand, positionalsOf, requiredFile } from "./args.ts";
import { CliError, EXIT, readInput, tell, writeOutput, type CliIO } from "./io.ts";
import { M } from "./messages.ts";
import { compileEffective, readPublicKeys, RuleSetFileError } from "./ruleset.ts";

export async function keygenCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("keygen", args, { out: { type: "string" } });
  positionalsOf("keygen", positionals, 0, M.what_keygenArguments);
  const pair = await generateKeyPair();
  const id = await keyId(pair.publicKey);
  if (values.out === undefined) {
    io.stdout(`${tell(io, M.keygenShown, { public: pair.publicKey, id, private: pair.privateKey })}\n`);
    io.stderr(`preflight: ${tell(io, M.keygenKeepSecret)}\n`);
    return EXIT.ok;
  }
  const pub = `${values.out}.pub`;
  const key = `${values.out}.key`;
  // Checked up front so that an existing key is never half-replaced by a new pair.
  for (const file of [pub, key]) if (existsSync(file)) throw new CliError(M.keyFileExists, { file });
  await writeOutput(key, `${pair.privateKey}\n`, { mode: 0o600, exclusive: true, io });
  await writeOutput(pub, `${pair.publicKey}\n`, { exclusive: true, io });
  io.stdout(`${tell(io, M.keygenWrote, { public: pair.publicKey, id, pub, key })}\n`);
  return EXIT.ok;
}

/**
 * Days a signed rule set stays valid when neither the file nor `--expires-in` says: an install
 * whose feed is frozen (a host serving an old file, a 304 for ever) then says so within a month.
 */
export const DEFAULT_EXPIRY_DAYS = 30;
const MAX_EXPIRY_DAYS = 3650;

/** The `expiresAt` to sign in: the file's own, `--expires-in DAYS` from now, none (`never`), or the default. */
function expiryFor(option: string | undefined, ruleSet: RuleSet, file: string, now: Date): string | undefined {
  if (option === undefined) return ruleSet.expiresAt ?? new Date(now.getTime() + DEFAULT_EXPIRY_DAYS * DAY_MS).toISOString();
  if (ruleSet.expiresAt !== undefined) {
    throw new CliError(M.expiresTwice, { file, at: ruleSet.expiresAt });
  }
  if (option === "never") return undefined;
  const days = /^\d+$/.test(option) ? Number(option) : Number.NaN;
  if (!(days >= 1 && days <= MAX_EXPIRY_DAYS)) {
    throw new CliError(M.expiresIn, { max: MAX_EXPIRY_DAYS, got: option });
  }
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}

const DAY_MS = 86_400_000;

export async function signCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("sign", args, {
    key: { type: "string" },
    out: { type: "string" },
    "expires-in": { type: "string" },
  });
  const file = requiredFile("sign", positionals);
  if (values.key === undefined) throw new CliError(M.signNeedsKey);
  const source = await readInput(file, io);
  const now = io.now ?? new Date();

  const parsed = parseRuleSet(source, { name: file });
  if (!parsed.ok) {
    const data = parseSource(source, detectFormat(source, file));
    if (data.ok && isSignedEnvelope(data.value)) throw new CliError(M.signedAlready, { file });
    throw new RuleSetFileError(file, parsed.errors);
  }
  const expiresAt = expiryFor(values["expires-in"], parsed.value, file, now);
  const ruleSet: RuleSet = { ...parsed.value, ...(expiresAt === undefined ? {} : { expiresAt }) };
  await compileEffective(ruleSet, file);
  if (isExpired(ruleSet, now)) {
    throw new CliError(M.signExpired, { file, at: ruleSet.expiresAt ?? "" });
  }

  let envelope: string;
  try {
    envelope = await signRuleSet(source, await readInput(values.key, io), { name: file, ...(expiresAt === undefined ? {} : { expiresAt }) });
  } catch (e) {
    if (e instanceof KeyError) throw new CliError(M.withReason, { what: values.key, reason: e.message });
    if (e instanceof RuleSetError) throw new RuleSetFileError(file, e.errors);
    throw e;
  }
  warnIfReadableByOthers(values.key, io);
  const signedBy = (JSON.parse(envelope) as { keyId: string }).keyId;
  if (values.out === undefined) {
    io.stdout(envelope);
  } else {
    await writeOutput(values.out, envelope, { io });
    io.stdout(`${tell(io, expiresAt ? M.signedIntoExpiring : M.signedInto, { id: ruleSet.id, version: ruleSet.version, key: signedBy, file: values.out, at: expiresAt ?? "" })}\n`);
  }
  return EXIT.ok;
}

/** A private key others can read is as good as published; say so, but do not refuse (CI secrets). */
function warnIfReadableByOthers(file: string, io: CliIO): void {
  try {
    if (process.platform !== "win32" && (statSync(file).mode & 0o077) !== 0) {
      io.stderr(`preflight: ${tell(io, M.keyReadable, { file })}\n`);
    }
  } catch {
    // The key was just read; a file that vanished since has nothing left to warn about.
  }
}

export async function verifyCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand("verify", args, { key: { type: "string", multiple: true } });
  const file = requiredFile("verify", positionals);
  if (!values.key?.length) throw new CliError(M.verifyNeedsKey);
  const keys = await readPublicKeys(values.key, io);
  const result = await verifySignedRuleSet(await readInput(file, io), keys, io.now ? { now: io.now } : {});
  if (!result.ok) throw new CliError(M.withReason, { what: file, reason: result.reason });
  io.stdout(`${tell(io, M.verified, { id: result.ruleSet.id, version: result.ruleSet.version, key: result.keyId })}\n`);
  return EXIT.ok;
}
