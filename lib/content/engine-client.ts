/**
 * The engine as the content script sees it: nothing until a page shows a compose box, then the
 * engine bundle run in this isolated world by the background, the page state, and a compiled
 * rule set. `current` is what the gate uses synchronously.
 */
import type { CompiledRuleSet } from "../ruleset/compile.ts";
import type { Request, PageState } from "../state/messages.ts";
import type { EngineApi } from "./engine-api.ts";
import type { Locale } from "../engine/types.ts";
import type { NoteCatalogue } from "../engine/notes.ts";
import { COMPROMISE_GLOBAL, ENGINE_GLOBAL, NOTES_GLOBAL } from "./globals.ts";

export type Send = (request: Request) => Promise<unknown>;

export interface LoadedEngine {
  api: EngineApi;
  compiled: CompiledRuleSet;
  state: PageState;
}

const scope = globalThis as Record<string, unknown>;

export class EngineClient {
  current: LoadedEngine | undefined;
  private loading: Promise<LoadedEngine> | undefined;
  private generation = 0;

  constructor(
    /** The site's id, read at the first load (a user-added site's adapter is chosen late). */
    private readonly site: () => string,
    private readonly send: Send,
    /** The browser's language: the user's unless the page state says they chose another. */
    private readonly browserLocale: Locale = "en",
  ) {}

  /** Loads once; a failed load is retried by the next call. */
  ensure(): Promise<LoadedEngine> {
    if (!this.loading) {
      const generation = ++this.generation;
      this.loading = this.load().then(
        (loaded) => {
          if (generation === this.generation) this.current = loaded;
          return this.current ?? loaded;
        },
        (error: unknown) => {
          if (generation === this.generation) this.loading = undefined;
          throw error;
        },
      );
    }
    return this.loading;
  }

  /** The rule set or page state changed: load again, keeping the current one until then. */
  refresh(): Promise<LoadedEngine> {
    this.loading = undefined;
    return this.ensure();
  }

  private async run(extra: { nlp?: true; notes?: "zh-CN" } = {}): Promise<void> {
    const answer = await this.send({ type: "engine.load", ...extra });
    if (!(answer && typeof answer === "object" && (answer as { ok?: unknown }).ok === true)) {
      throw new Error(`Preflight: the engine did not load (${JSON.stringify(answer)})`);
    }
  }

  private async load(): Promise<LoadedEngine> {
    if (!scope[ENGINE_GLOBAL]) await this.run();
    const api = scope[ENGINE_GLOBAL] as EngineApi | undefined;
    if (!api) throw new Error("Preflight: the engine bundle ran but left no API");
    const state = api.parsePageState(await this.send({ type: "state.get", site: this.site() }));
    // A user who reads Chinese reads the rules' notes in Chinese: loaded once, for them only.
    const locale = state.language ?? this.browserLocale;
    if (locale === "zh-CN" && !api.hasNotes(locale)) {
      if (!scope[NOTES_GLOBAL]) await this.run({ notes: locale });
      api.addNotes(locale, scope[NOTES_GLOBAL] as NoteCatalogue);
    }
    // Only the crisis switch, the account, the author or the language changed: the rules compiled
    // for this key still hold (compiling takes a few hundred milliseconds on a big rule set).
    const previous = this.current;
    if (previous && previous.state.rulesKey === state.rulesKey) return { api, compiled: previous.compiled, state };
    if ((!state.inflections || api.needsNlp(state.ruleSet)) && !scope[COMPROMISE_GLOBAL]) await this.run({ nlp: true });
    const { compiled, table } = await api.compile(state.ruleSet, state.inflections);
    if (table) void this.send({ type: "inflections.put", key: state.rulesKey, table }).catch(() => undefined);
    return { api, compiled, state };
  }
}
