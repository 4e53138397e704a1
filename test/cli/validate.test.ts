import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateKeyPair, keyId, signRuleSet, SIGNED_SCHEMA } from "../../lib/ruleset/sign.ts";
import { ACME, cli, FIXTURES, tempDir } from "./harness.ts";

const dir = tempDir();
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const BROKEN = `${FIXTURES}/rulesets/broken.yaml`;

describe("validate", () => {
  it.each([
    [ACME, "OK acme-social v7: 1 event, 1 date, 1 term entry, 2 spokespeople, 2 brand accounts, 1 allowed term"],
    [`${FIXTURES}/rulesets/nine-eleven.json`, "OK nine-eleven-only v1: 1 date"],
  ])("says what %s holds", async (file, line) => {
    const { code, stdout, stderr } = await cli(["validate", file]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${line}\n`);
    expect(stderr).toBe("");
  });

  it("mentions crisis mode and rule settings", async () => {
    const file = write(
      "crisis.json",
      JSON.stringify({
        schema: "preflight.ruleset/1",
        id: "c",
        version: 2,
        issuedAt: "2026-11-20T09:00:00Z",
        crisis: { active: true },
        rules: { "voice/passive-voice": "info" },
      }),
    );
    expect((await cli(["validate", file])).stdout).toBe("OK c v2: 1 rule setting, crisis declared\n");
  });

  it("notes in which zone plain days are read when the rule set names none", async () => {
    const base = { schema: "preflight.ruleset/1", id: "d", version: 1, issuedAt: "2026-11-20" };
    const events = [{ id: "storm", title: "Storm", terms: ["storm"], from: "2026-12-05", severity: "warn" }];
    const utc = write("days.json", JSON.stringify({ ...base, events }));
    const { code, stdout, stderr } = await cli(["validate", utc]);
    expect(code).toBe(0);
    expect(stdout).toBe("OK d v1: 1 event\n");
    expect(stderr).toBe(
      `preflight: note: ${utc} gives plain days (issuedAt, events[0].from), read as the start of each day in UTC; add timeZone (for example timeZone: America/New_York) to read them in yours\n`,
    );
    const zoned = write("days-zoned.json", JSON.stringify({ ...base, timeZone: "Europe/Paris", events }));
    expect(await cli(["validate", zoned])).toEqual({ code: 0, stdout: "OK d v1: 1 event\n", stderr: "" });
  });

  it("lists every error as FILE:LINE: path: message, exit 2", async () => {
    const { code, stdout, stderr } = await cli(["validate", BROKEN]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        `${BROKEN}:4: version: version must be 1 or more`,
        `${BROKEN}:10: events[0].from: expected an ISO 8601 instant with a time zone, for example 2026-11-24T09:00:00Z, or a day such as 2026-11-24 (its start in the rule set's timeZone, UTC if it has none)`,
        `${BROKEN}:12: evnts: unknown field (did you mean "events"?)`,
        "",
      ].join("\n"),
    );
  });

  it.each<[string, string, string]>([
    ["YAML syntax", "bad.yaml", "id: [unclosed\n"],
    ["JSON syntax", "bad.json", '{\n  "id": "x",\n}\n'],
  ])("reports broken %s with its line", async (_, name, text) => {
    const file = write(name, text);
    const { code, stderr } = await cli(["validate", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${file.replace(/[.]/g, "\\.")}:\\d+: not valid (YAML|JSON)`));
  });

  it("reports an error without a path or line with the file name alone", async () => {
    const file = write("list.json", "[]");
    const { stderr } = await cli(["validate", file]);
    expect(stderr).toBe(`${file}: expected object, got a list\n`);
  });

  it("validates the payload of a signed rule set, saying the signature is not checked", async () => {
    const pair = await generateKeyPair();
    const file = write("signed.json", await signRuleSet(readFileSync(ACME, "utf8"), pair.privateKey));
    const { code, stdout } = await cli(["validate", file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^OK acme-social v7 \\(signed by key ${await keyId(pair.publicKey)}; check the signature with verify\\): 1 event`));
  });

  it("names the payload's broken fields in a signed file", async () => {
    const payload = JSON.stringify({ schema: "preflight.ruleset/1", id: "x", version: 0, issuedAt: "2026-11-20T09:00:00Z" });
    const file = write("bad-payload.json", JSON.stringify({ schema: SIGNED_SCHEMA, keyId: "0123456789abcdef", signature: "A".repeat(86) + "==", payload }));
    const { code, stderr } = await cli(["validate", file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}: payload version: version must be 1 or more\n`);
  });

  it("names the broken field of a damaged envelope", async () => {
    const file = write("damaged.json", JSON.stringify({ schema: SIGNED_SCHEMA, keyId: "xyz", payload: "{}" }));
    const { code, stderr } = await cli(["validate", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/a damaged signed rule set: keyId: expected 16 lowercase hexadecimal digits; signature: required/);
  });

  it("warns about an expired rule set but accepts its format", async () => {
    const file = write("expired.yaml", `${readFileSync(ACME, "utf8")}\nexpiresAt: 2026-12-01T00:00:00Z\n`);
    const { code, stderr } = await cli(["validate", file], { now: new Date("2027-01-01T00:00:00Z") });
    expect(code).toBe(0);
    expect(stderr).toBe(`preflight: warning: ${file} expired at 2026-12-01T00:00:00Z; installs refuse it until it is republished\n`);
  });

  it.each<[string[], RegExp]>([
    [[], /^preflight: validate needs a FILE/],
    [[ACME, BROKEN], /^preflight: validate takes one FILE; got/],
    [["missing.yaml"], /^preflight: cannot read missing.yaml: no such file or directory$/],
    [["--strict", ACME], /^preflight: validate: unknown option --strict/],
  ])("refuses %j: exit 2", async (argv, message) => {
    const { code, stderr } = await cli(["validate", ...argv]);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe("schema", () => {
  it("prints the rule-set format's JSON Schema, pretty-printed, with $id and title", async () => {
    const { code, stdout } = await cli(["schema"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"\$schema": "https:\/\/json-schema.org\/draft\/2020-12\/schema",\n/);
    const schema = JSON.parse(stdout) as Record<string, any>;
    expect(schema["$id"]).toBe("urn:preflight:schema:preflight.ruleset/1");
    expect(schema["title"]).toBe("Preflight rule set (preflight.ruleset/1)");
    expect(schema["required"]).toEqual(["schema", "id", "version", "issuedAt"]);
    expect(schema["additionalProperties"]).toBe(false);
    expect(schema["properties"].schema).toEqual({ type: "string", const: "preflight.ruleset/1" });
    expect(Object.keys(schema["properties"])).toEqual(expect.arrayContaining(["events", "dates", "terms", "spokespeople", "crisis", "rules"]));
  });

  it("describes what refinements expect, and completes rule ids", async () => {
    const schema = JSON.parse((await cli(["schema"])).stdout) as Record<string, any>;
    const props = schema["properties"];
    expect(props.issuedAt.description).toMatch(/ISO 8601 instant/);
    expect(props.events.items.properties.from.description).toMatch(/ISO 8601 instant/);
    expect(props.dates.items.properties.on.description).toMatch(/MM-DD/);
    expect(props.rules.propertyNames.enum).toEqual(expect.arrayContaining(["events/match", "dates/calendar", "voice/passive-voice"]));
  });

  it("describes the format as authors write it: fields with defaults are optional", async () => {
    const schema = JSON.parse((await cli(["schema"])).stdout) as Record<string, any>;
    expect(schema["properties"].brand.required).toBeUndefined();
  });

  it("takes no arguments", async () => {
    const { code, stderr } = await cli(["schema", "out.json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^preflight: schema takes 0 arguments; got "out.json"/);
  });
});
