// Issue 11, item 6: a key written twice in a JSON rule set is refused with its path and line, as
// YAML already was; JSON.parse alone keeps the last one silently.
import { describe, expect, it } from "vitest";
import { duplicateJsonKeys, parseRuleSet, parseSource } from "../../lib/ruleset/parse.ts";
import { generateKeyPair, parseSignedEnvelope, verifySignedRuleSet } from "../../lib/ruleset/sign.ts";
import { signRaw } from "../sync/kit.ts";

const HEAD = '"schema": "preflight.ruleset/1", "version": 1, "issuedAt": "2026-11-24T09:00:00Z"';

describe("duplicate keys in JSON", () => {
  it("are refused at the top level, with the path and the line", () => {
    const r = parseRuleSet(`{\n  ${HEAD},\n  "id": "acme",\n  "id": "evil"\n}`, { name: "team.json" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ path: "id", line: 4, message: 'duplicate key: "id" is written twice in this object; keep one' }]);
  });

  it("are refused deep inside, each named by its own path", () => {
    const source = [
      "{",
      `  ${HEAD}, "id": "acme",`,
      '  "events": [',
      '    { "id": "a", "title": "A", "terms": ["x"], "from": "2026-11-01T00:00:00Z", "severity": "info" },',
      '    { "id": "b", "title": "B", "terms": ["y"], "from": "2026-11-01T00:00:00Z", "severity": "block", "severity": "info" }',
      "  ],",
      '  "rules": { "voice/emoji": "off", "voice/emoji": "warn" }',
      "}",
    ].join("\n");
    const r = parseRuleSet(source, { name: "team.json" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.line])).toEqual([
      ["events[1].severity", 5],
      ['rules["voice/emoji"]', 7],
    ]);
  });

  it("are told apart from equal values, keys of other objects, and escaped look-alikes", () => {
    expect(duplicateJsonKeys('{"a": "a", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}], "d": "\\"a\\": 1", "a\\u0062": 2, "ab2": 1}')).toEqual([]);
    expect(duplicateJsonKeys('{"ab": 1, "a\\u0062": 2}').map((e) => e.path)).toEqual(["ab"]);
  });

  it("are refused in the envelope and in the signed payload", async () => {
    const pair = await generateKeyPair();
    const payload = `{${HEAD}, "id": "acme", "crisis": {"active": true, "active": false}}`;
    const envelope = await signRaw(payload, pair);
    expect(parseSource(payload, "json").ok).toBe(false);
    const verified = await verifySignedRuleSet(envelope, [pair.publicKey]);
    expect(verified).toMatchObject({ ok: false });
    expect(!verified.ok && verified.reason).toMatch(/crisis\.active: duplicate key/);
    const doubled = envelope.replace('{"schema"', '{"payload": "{}", "schema"');
    const read = parseSignedEnvelope(doubled);
    expect(read).toMatchObject({ ok: false });
    expect(!read.ok && read.reason).toMatch(/^a damaged signed rule set: line 1, payload: duplicate key/);
  });

  it("YAML refuses them as before", () => {
    const r = parseRuleSet("schema: preflight.ruleset/1\nid: a\nid: b\nversion: 1\nissuedAt: 2026-11-24T09:00:00Z\n", { name: "t.yaml" });
    expect(r.ok).toBe(false);
  });
});
