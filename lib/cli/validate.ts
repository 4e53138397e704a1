/** `validate` (is this rule set right, and what is in it) and `schema` (its JSON Schema, for editors). */
import { z } from "zod";
import { RULESET_SCHEMA, RuleSetSchema, type RuleSet } from "../ruleset/schema.ts";
import { isExpired } from "../ruleset/sign.ts";
import { RULES_BY_ID } from "../../rules/index.ts";
import { parseCommand, positionalsOf, requiredFile } from "./args.ts";
import { EXIT, type CliIO } from "./io.ts";
import { compileEffective, loadRuleSet } from "./ruleset.ts";

export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand("validate", args, {});
  const file = requiredFile("validate", positionals);
  const loaded = await loadRuleSet(file, io);
  await compileEffective(loaded.ruleSet, file);
  const { ruleSet } = loaded;
  const signed = loaded.signedBy ? ` (signed by key ${loaded.signedBy}; check the signature with verify)` : "";
  io.stdout(`OK ${ruleSet.id} v${ruleSet.version}${signed}: ${contentsOf(ruleSet)}\n`);
  if (loaded.plainDays.length > 0 && ruleSet.timeZone === undefined) {
    io.stderr(
      `preflight: note: ${file} gives plain days (${loaded.plainDays.join(", ")}), read as the start of each day in UTC; add timeZone (for example timeZone: America/New_York) to read them in yours\n`,
    );
  }
  if (isExpired(ruleSet, io.now ?? new Date())) {
    io.stderr(`preflight: warning: ${file} expired at ${ruleSet.expiresAt}; installs refuse it until it is republished\n`);
  }
  return EXIT.ok;
}

/** `1 event, 1 date, 1 term entry, 2 spokespeople, …`: what the admin wrote, to spot an omission. */
export function contentsOf(ruleSet: RuleSet): string {
  const parts = [
    count(ruleSet.events?.length, "event", "events"),
    count(ruleSet.dates?.length, "date", "dates"),
    count(ruleSet.terms?.length, "term entry", "term entries"),
    count(ruleSet.spokespeople?.length, "spokesperson", "spokespeople"),
    count(ruleSet.brand?.accounts.length, "brand account", "brand accounts"),
    count(Object.keys(ruleSet.rules ?? {}).length, "rule setting", "rule settings"),
    count(ruleSet.allow?.length, "allowed term", "allowed terms"),
    ruleSet.crisis?.active ? "crisis declared" : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "no entries";
}

function count(n: number | undefined, one: string, many: string): string {
  return n ? `${n} ${n === 1 ? one : many}` : "";
}

export async function schemaCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand("schema", args, {});
  positionalsOf("schema", positionals, 0, "arguments");
  io.stdout(`${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

/**
 * The JSON Schema of the rule-set format, as an author writes it (`io: "input"`: fields with
 * defaults are optional). Custom checks (ISO instants, `MM-DD`, account references) carry their
 * description in the schema's `.meta`, so an editor still explains what is expected.
 */
export function ruleSetJsonSchema(): Record<string, unknown> {
  const rules = RuleSetSchema.shape.rules.unwrap();
  const schema = z.toJSONSchema(RuleSetSchema, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      // Completion for rule ids, which the schema itself keeps open (unknown ids get a hint instead).
      if (zodSchema === rules) jsonSchema.propertyNames = { enum: [...RULES_BY_ID.keys()] };
    },
  });
  return {
    ...schema,
    $id: `urn:preflight:schema:${RULESET_SCHEMA}`,
    title: `Preflight rule set (${RULESET_SCHEMA})`,
    description: "A team's rules for Preflight: current events, sensitive dates, terms, spokespeople, crisis mode.",
  };
}
