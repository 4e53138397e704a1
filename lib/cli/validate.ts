/** `validate` (is this rule set right, and what is in it) and `schema` (its JSON Schema, for editors). */
import { z } from "zod";
import { RULESET_SCHEMA, RuleSetSchema, type RuleSet } from "../ruleset/schema.ts";
import { isExpired } from "../ruleset/sign.ts";
import { RULES_BY_ID } from "../../rules/index.ts";
import { terminalLine } from "../text/untrusted.ts";
import { parseCommand, positionalsOf, requiredFile } from "./args.ts";
import { EXIT, tell, type CliIO } from "./io.ts";
import { M } from "./messages.ts";
import { compileEffective, loadRuleSet } from "./ruleset.ts";

export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand("validate", args, {});
  const file = requiredFile("validate", positionals);
  const loaded = await loadRuleSet(file, io);
  await compileEffective(loaded.ruleSet, file);
  const { ruleSet } = loaded;
  const signed = loaded.signedBy ? tell(io, M.validatedSigned, { key: loaded.signedBy }) : "";
  io.stdout(`${tell(io, M.validated, { id: ruleSet.id, version: ruleSet.version, signed, contents: contentsOf(ruleSet, io) })}\n`);
  if (loaded.plainDays.length > 0 && ruleSet.timeZone === undefined) {
    io.stderr(`preflight: ${tell(io, M.plainDaysNote, { file, paths: loaded.plainDays.join(", ") })}\n`);
  }
  if (isExpired(ruleSet, io.now ?? new Date())) {
    io.stderr(`preflight: ${tell(io, M.expiredWarning, { file: terminalLine(file), at: ruleSet.expiresAt ?? "" })}\n`);
  }
  return EXIT.ok;
}

/** `1 event, 1 date, 1 term entry, 2 spokespeople, …`: what the admin wrote, to spot an omission. */
export function contentsOf(ruleSet: RuleSet, io: Pick<CliIO, "locale"> = {}): string {
  const zh = io.locale === "zh-CN";
  const count = (n: number | undefined, one: string, many: string, chinese: string) =>
    !n ? "" : zh ? `${n} ${chinese}` : `${n} ${n === 1 ? one : many}`;
  const parts = [
    count(ruleSet.events?.length, "event", "events", "个事件"),
    count(ruleSet.dates?.length, "date", "dates", "个日期"),
    count(ruleSet.terms?.length, "term entry", "term entries", "组词语"),
    count(ruleSet.spokespeople?.length, "spokesperson", "spokespeople", "位发言人"),
    count(ruleSet.brand?.accounts.length, "brand account", "brand accounts", "个品牌账号"),
    count(Object.keys(ruleSet.rules ?? {}).length, "rule setting", "rule settings", "项规则设置"),
    count(ruleSet.allow?.length, "allowed term", "allowed terms", "个允许词"),
    count(ruleSet.scenarios?.length, "crisis scenario", "crisis scenarios", "个危机预案"), // issue 12
    ruleSet.crisis?.active
      ? ruleSet.crisis.drill // issue 12
        ? zh ? "正在进行危机演练" : "crisis drill declared"
        : zh ? "已宣布危机" : "crisis declared"
      : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(zh ? "，" : ", ") : zh ? "没有条目" : "no entries";
}

export async function schemaCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand("schema", args, {});
  positionalsOf("schema", positionals, 0, M.what_arguments);
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
