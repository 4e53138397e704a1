/**
 * Reading a rule set an admin wrote (JSON or YAML): every problem at once, each naming its exact
 * path (`events[3].from: expected an ISO 8601 instant …`) and, where it can be found, its line.
 * Never a stack trace, never a partial rule set.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { isPlainDay } from "../engine/local-time.ts";
import { parseTerm, TermError } from "../engine/terms.ts";
import { isTimeZone } from "../engine/time.ts";
import { RULES_BY_ID } from "../../rules/index.ts";
import { closest, fieldsAt } from "./did-you-mean.ts";
import { instantOf, resolvePlainDays } from "./plain-days.ts";
import {
  isIsoInstant,
  LIMITS,
  LocalSettingsSchema,
  MAX_RULESET_BYTES,
  RuleSetSchema,
  type LocalSettings,
  type RuleSet,
  type RuleSwitch,
} from "./schema.ts";

export interface RuleSetIssue {
  /** `events[3].from`; empty for the document as a whole. */
  path: string;
  message: string;
  /** 1-based line in the source, where known. */
  line?: number;
}

export type ParseResult<T = RuleSet> = { ok: true; value: T } | { ok: false; errors: RuleSetIssue[] };

export class RuleSetError extends Error {
  constructor(readonly errors: RuleSetIssue[]) {
    super(errors.map(formatIssue).join("\n"));
    this.name = "RuleSetError";
  }
}

export function formatIssue(issue: RuleSetIssue): string {
  const where = [issue.line ? `line ${issue.line}` : "", issue.path].filter(Boolean).join(", ");
  return where ? `${where}: ${issue.message}` : issue.message;
}

export type SourceFormat = "json" | "yaml";

/** JSON when the name says so or the text starts with `{`; YAML otherwise. */
export function detectFormat(source: string, name?: string): SourceFormat {
  if (name && /\.ya?ml$/i.test(name)) return "yaml";
  if (name && /\.json$/i.test(name)) return "json";
  return /^\s*[{[]/.test(source) ? "json" : "yaml";
}

/** Finds the source line of a path (`events[3].from`), where it can. */
type Locate = (path: string) => number | undefined;

/** Line lookups in JSON re-read it as YAML: beyond this size they are not worth the wait. */
const MAX_LOCATED_JSON = 1024 * 1024;

/** Parses JSON or YAML text into plain data, or the syntax errors with their lines. */
export function parseSource(source: string, format: SourceFormat): ParseResult<unknown> {
  const read = readSource(source, format);
  return read.ok ? { ok: true, value: read.value } : read;
}

function readSource(
  source: string,
  format: SourceFormat,
): { ok: false; errors: RuleSetIssue[] } | { ok: true; value: unknown; locate: Locate } {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_RULESET_BYTES) {
    return fail("", `the file has ${bytes} bytes; a rule set may have at most ${MAX_RULESET_BYTES} (5 MiB)`);
  }
  if (format === "json") {
    let value: unknown;
    try {
      value = JSON.parse(source) as unknown;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(message);
      const line = pos ? source.slice(0, Number(pos[1])).split("\n").length : undefined;
      return { ok: false, errors: [{ path: "", message: `not valid JSON: ${message}`, ...(line ? { line } : {}) }] };
    }
    // JSON.parse keeps the last of two equal keys without a word; YAML refuses them (uniqueKeys).
    const duplicates = duplicateJsonKeys(source);
    if (duplicates.length > 0) return { ok: false, errors: duplicates };
    let yaml: ReturnType<typeof yamlLocator> | undefined;
    const locate: Locate = (path) => {
      if (source.length > MAX_LOCATED_JSON) return undefined;
      yaml ??= yamlLocator(source); // JSON is YAML: its tree gives the lines
      return yaml(path);
    };
    return { ok: true, value, locate };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return fail("", `not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((err) => ({
        path: "",
        message: `not valid YAML: ${err.message.split("\n")[0]}`,
        line: lineCounter.linePos(err.pos[0]).line,
      })),
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown, locate: (path) => lineOf(doc, lineCounter, path) };
  } catch (e) {
    return fail("", `not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
}

type JsonFrame = { kind: "object"; keys: Set<string>; key?: string; expectKey: boolean } | { kind: "array"; index: number };

/**
 * Keys written twice in one JSON object, each with its path and line. `source` is valid JSON
 * (JSON.parse read it), so one pass over its characters tells keys from values.
 */
export function duplicateJsonKeys(source: string): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const stack: JsonFrame[] = [];
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === "\n") line++;
    else if (c === "{") stack.push({ kind: "object", keys: new Set(), expectKey: true });
    else if (c === "[") stack.push({ kind: "array", index: 0 });
    else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      if (top?.kind === "array") top.index++;
      else if (top) top.expectKey = true;
    } else if (c === '"') {
      let end = i + 1;
      while (end < source.length && source[end] !== '"') end += source[end] === "\\" ? 2 : 1;
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(source.slice(i, end + 1)) as string;
        if (top.keys.has(key)) {
          const path = [...stack.slice(0, -1).map((f) => (f.kind === "object" ? (f.key ?? "") : f.index)), key];
          issues.push({ path: formatPath(path), message: `duplicate key: "${key}" is written twice in this object; keep one`, line });
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    }
  }
  return issues;
}

function yamlLocator(source: string): Locate {
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(source, { lineCounter });
    return (path) => lineOf(doc, lineCounter, path);
  } catch {
    return () => undefined;
  }
}

/** Parses and validates a rule set. */
export function parseRuleSet(source: string, options: { name?: string; format?: SourceFormat } = {}): ParseResult {
  const format = options.format ?? detectFormat(source, options.name);
  const data = readSource(source, format);
  if (!data.ok) return data;
  const result = validateRuleSet(data.value);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((e) => {
      const line = e.line ?? (e.path === "" ? undefined : data.locate(e.path));
      return line ? { ...e, line } : e;
    }),
  };
}

/**
 * Validates data already parsed (read back from storage, received in a message, …). Plain days
 * (`from: 2026-12-05`) come back as the instants they stand for.
 */
export function validateRuleSet(data: unknown): ParseResult {
  const parsed = RuleSetSchema.safeParse(data, { reportInput: true });
  const errors: RuleSetIssue[] = parsed.success ? [] : zodIssues(parsed.error.issues, RuleSetSchema);
  const raw = isRecord(data) ? data : {};
  errors.push(...checkTerms(raw), ...checkRuleSwitches(raw["rules"], "rules"), ...checkSemantics(raw), ...checkScenarios(raw));
  if (errors.length > 0) return { ok: false, errors: dedupeIssues(errors) };
  return { ok: true, value: resolvePlainDays(parsed.success ? parsed.data : (data as RuleSet)) };
}

export function validateLocalSettings(data: unknown): ParseResult<LocalSettings> {
  const parsed = LocalSettingsSchema.safeParse(data, { reportInput: true });
  const errors = parsed.success ? [] : zodIssues(parsed.error.issues, LocalSettingsSchema);
  if (isRecord(data)) {
    errors.push(...checkRuleSwitches(data["rules"], "rules"));
    if (Array.isArray(data["allow"])) errors.push(...termIssues(data["allow"], "allow"));
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: dedupeIssues(errors) };
  return { ok: true, value: parsed.data };
}

/** Renders a zod path the way an admin reads it: `events[3].terms[0]`, `rules["voice/x"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** zod's issues as RuleSetIssues; an unknown field names the closest one `schema` knows there. */
function zodIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const known = fieldsAt(schema, issue.path);
      for (const key of issue.keys) {
        const hint = closest(key, known);
        out.push({
          path: formatPath([...issue.path, key]),
          message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ""}`,
        });
      }
      continue;
    }
    out.push({ path: formatPath(issue.path), message: humanMessage(issue) });
  }
  return out;
}

/** zod's issues in the house style; a message the schema wrote itself is kept as written. */
function humanMessage(issue: z.core.$ZodIssue): string {
  const own = !/^(Invalid|Too small|Too big)/.test(issue.message);
  const missing = "input" in issue && issue.input === undefined;
  switch (issue.code) {
    case "invalid_type":
      if (own) return issue.message;
      if (missing) return `required: expected ${issue.expected}`;
      if (issue.input === null && issue.path.length === 0) return "the document is empty: expected a rule set";
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case "too_small":
      if (own) return issue.message;
      return issue.origin === "array"
        ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`
        : issue.origin === "string"
          ? `needs at least ${issue.minimum} character${issue.minimum === 1 ? "" : "s"}`
          : `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`;
    case "too_big":
      if (own) return issue.message;
      return issue.origin === "array"
        ? `may have at most ${issue.maximum} items`
        : issue.origin === "string"
          ? `may have at most ${issue.maximum} characters`
          : `must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}`;
    default: {
      const message = issue.message.replace(/^Invalid input: /, "");
      return missing ? `required: ${message}` : message;
    }
  }
}

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : typeof v;
}

/** Terms everywhere a rule set holds them must parse, regexes must run in linear time. */
function checkTerms(raw: Record<string, unknown>): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  let total = 0;
  const lists: [string, string][] = [
    ["events", "terms"],
    ["dates", "terms"],
    ["terms", "match"],
  ];
  for (const [list, field] of lists) {
    const entries = raw[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isRecord(entry) || !Array.isArray(entry[field])) return;
      total += entry[field].length;
      out.push(...termIssues(entry[field], `${list}[${i}].${field}`));
    });
  }
  if (Array.isArray(raw["allow"])) out.push(...termIssues(raw["allow"], "allow"));
  const voice = raw["voice"];
  if (isRecord(voice)) {
    for (const field of ["competitors", "claims", "disclosures"]) {
      if (Array.isArray(voice[field])) out.push(...termIssues(voice[field], `voice.${field}`));
    }
  }
  if (total > LIMITS.terms) {
    out.push({ path: "", message: `the rule set has ${total} terms; at most ${LIMITS.terms} are allowed` });
  }
  return out;
}

function termIssues(terms: unknown[], path: string): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  terms.forEach((term, j) => {
    if (typeof term !== "string" || term === "") return; // the schema reports those
    try {
      parseTerm(term);
    } catch (e) {
      if (e instanceof TermError) out.push({ path: `${path}[${j}]`, message: e.message });
      else throw e;
    }
  });
  return out;
}

/** `rules` names known rules, and their options fit each rule's own schema. */
function checkRuleSwitches(rules: unknown, path: string | readonly PropertyKey[]): RuleSetIssue[] {
  if (!isRecord(rules)) return [];
  const out: RuleSetIssue[] = [];
  for (const [id, value] of Object.entries(rules)) {
    const here = formatPath([...(typeof path === "string" ? [path] : path), id]);
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const hint = closest(id, [...RULES_BY_ID.keys()]);
      out.push({ path: here, message: `unknown rule${hint ? ` (did you mean "${hint}"?)` : ""}` });
      continue;
    }
    const options = isRecord(value) ? (value as Extract<RuleSwitch, object>).options : undefined;
    if (options === undefined) continue;
    const parsed = rule.meta.options.safeParse(options, { reportInput: true });
    if (!parsed.success) {
      for (const issue of zodIssues(parsed.error.issues, rule.meta.options)) {
        out.push({ ...issue, path: `${here}.options${issue.path ? (issue.path.startsWith("[") ? "" : ".") + issue.path : ""}` });
      }
    }
  }
  return out;
}

/** Cross-field checks, on the raw data so that they are reported with the schema's own errors. */
function checkSemantics(raw: Record<string, unknown>): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  const zone = typeof raw["timeZone"] === "string" && isTimeZone(raw["timeZone"]) ? raw["timeZone"] : undefined;
  const instant = (v: unknown) => (typeof v === "string" && (isIsoInstant(v) || isPlainDay(v)) ? instantOf(v, zone) : undefined);
  const issued = instant(raw["issuedAt"]);
  const expires = instant(raw["expiresAt"]);
  if (issued !== undefined && expires !== undefined && expires <= issued) {
    out.push({ path: "expiresAt", message: `must be after issuedAt (${String(raw["issuedAt"])})` });
  }
  const events = Array.isArray(raw["events"]) ? raw["events"] : [];
  events.forEach((e, i) => {
    if (!isRecord(e)) return;
    const from = instant(e["from"]);
    const until = instant(e["until"]);
    if (from !== undefined && until !== undefined && until <= from) {
      out.push({ path: `events[${i}].until`, message: `the window ends before it starts: until must be after from (${String(e["from"])})` });
    }
  });
  for (const list of ["events", "dates", "terms", "spokespeople", "scenarios"] as const) {
    const entries = Array.isArray(raw[list]) ? (raw[list] as unknown[]) : [];
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const id = isRecord(entry) && typeof entry["id"] === "string" ? entry["id"] : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) out.push({ path: `${list}[${i}].id`, message: `duplicate id "${id}" (also ${list}[${first}])` });
      else seen.set(id, i);
    });
  }
  return out;
}

// --- issue 12 (crisis scenarios and drills) ---
/**
 * A declared crisis names a scenario that exists and ends after it starts; each scenario's rule
 * switches name known rules, and its `mayPost` names listed spokespeople (a typo there would stop
 * the very person meant to speak).
 */
function checkScenarios(raw: Record<string, unknown>): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  const zone = typeof raw["timeZone"] === "string" && isTimeZone(raw["timeZone"]) ? raw["timeZone"] : undefined;
  const instant = (v: unknown) => (typeof v === "string" && (isIsoInstant(v) || isPlainDay(v)) ? instantOf(v, zone) : undefined);
  const scenarios = Array.isArray(raw["scenarios"]) ? raw["scenarios"] : [];
  const ids = scenarios.flatMap((s) => (isRecord(s) && typeof s["id"] === "string" ? [s["id"]] : []));
  const people = (Array.isArray(raw["spokespeople"]) ? raw["spokespeople"] : []).flatMap((p) =>
    isRecord(p) && typeof p["id"] === "string" ? [p["id"]] : [],
  );
  scenarios.forEach((scenario, i) => {
    if (!isRecord(scenario)) return;
    out.push(...checkRuleSwitches(scenario["rules"], ["scenarios", i, "rules"]));
    const mayPost = Array.isArray(scenario["mayPost"]) ? scenario["mayPost"] : [];
    mayPost.forEach((id, j) => {
      if (typeof id !== "string" || people.some((p) => p.toLowerCase() === id.trim().toLowerCase())) return;
      const hint = closest(id, people);
      out.push({
        path: `scenarios[${i}].mayPost[${j}]`,
        message: `no spokesperson has the id "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}: list them under spokespeople first`,
      });
    });
  });
  const crisis = raw["crisis"];
  if (!isRecord(crisis)) return out;
  const scenario = crisis["scenario"];
  if (typeof scenario === "string" && !ids.includes(scenario)) {
    const hint = closest(scenario, ids);
    out.push({
      path: "crisis.scenario",
      message:
        ids.length === 0
          ? `unknown scenario "${scenario}": the rule set has no scenarios`
          : `unknown scenario "${scenario}"${hint ? ` (did you mean "${hint}"?)` : ""}; the rule set has ${ids.join(", ")}`,
    });
  }
  const since = instant(crisis["since"]);
  const until = instant(crisis["until"]);
  if (since !== undefined && until !== undefined && until <= since) {
    out.push({ path: "crisis.until", message: `the crisis ends before it starts: until must be after since (${String(crisis["since"])})` });
  }
  return out;
}
// --- end issue 12 ---

function lineOf(doc: Document.Parsed, lc: LineCounter, path: string): number | undefined {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (m[1] !== undefined) keys.push(Number(m[1]));
    else if (m[2] !== undefined) keys.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) keys.push(m[3]);
  }
  // Walk as deep as the source goes: a missing field is reported on its parent's line.
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (range) line = lc.linePos(range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) line = lc.linePos(range[0]).line;
    } else break;
  }
  return line;
}

function fail(path: string, message: string): { ok: false; errors: RuleSetIssue[] } {
  return { ok: false, errors: [{ path, message }] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function dedupeIssues(issues: RuleSetIssue[]): RuleSetIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
