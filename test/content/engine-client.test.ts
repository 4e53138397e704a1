import { afterEach, describe, expect, test, vi } from "vitest";
import { EngineClient } from "../../lib/content/engine-client.ts";
import { ENGINE_GLOBAL } from "../../lib/content/globals.ts";

const scope = globalThis as Record<string, unknown>;

function fakeEngine() {
  let compiles = 0;
  const api = {
    parsePageState: (raw: unknown) => raw,
    needsNlp: () => false,
    compile: vi.fn(async () => ({ compiled: { n: ++compiles } })),
  };
  scope[ENGINE_GLOBAL] = api;
  return api;
}

const state = (rulesKey: string, crisis: boolean) => ({
  ruleSet: {},
  rulesKey,
  inflections: {},
  crisis: { active: crisis },
});

afterEach(() => {
  delete scope[ENGINE_GLOBAL];
});

describe("the engine client", () => {
  test("a refresh that changes only the page state keeps the compiled rules; a new rule set compiles again", async () => {
    const api = fakeEngine();
    let answer = state("k1", false);
    const client = new EngineClient(() => "x", async (request) => (request.type === "state.get" ? answer : { ok: true }));
    const first = await client.ensure();
    expect(api.compile).toHaveBeenCalledTimes(1);

    answer = state("k1", true); // the crisis switch
    const second = await client.refresh();
    expect(api.compile).toHaveBeenCalledTimes(1);
    expect(second.compiled).toBe(first.compiled);
    expect(second.state.crisis.active).toBe(true);

    answer = state("k2", true); // a new team rule set
    const third = await client.refresh();
    expect(api.compile).toHaveBeenCalledTimes(2);
    expect(third.compiled).not.toBe(first.compiled);
  });
});
