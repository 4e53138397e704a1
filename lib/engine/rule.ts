/**
 * What a rule is (STYLE.md, "one rule, one file"): `meta` that documents it, an optional `prepare`
 * that runs once when a rule set is compiled (and contributes terms to the shared matcher), and a
 * pure `check` that reports findings. Rules never touch the DOM, storage or the network.
 */
import { z } from "zod";
import type { RuleSet } from "../ruleset/schema.ts";
import type { Sentence } from "./nlp.ts";
import type { PostRegister, ReferenceKind } from "./reading.ts";
import type { Tokens } from "./tokenize.ts";
import type { LocalizedText, Locale, Severity } from "./types.ts";

export interface RuleMeta<O> {
  /** `category/name`. */
  id: string;
  category: string;
  /** Severity of findings unless the rule reports its own or the rule set overrides it. */
  severity: Severity;
  description: LocalizedText;
  /** Message templates with `{{placeholders}}`, by message id. */
  messages: Record<string, LocalizedText>;
  /** Options an admin may set under `rules["<id>"].options`. */
  options: z.ZodType<O>;
  /** Rules that need sentence-level NLP (compromise); it is loaded only when one is enabled. */
  nlp?: boolean;
  /** Off unless a rule set switches it on (for example partisan politics). */
  off?: boolean;
  /**
   * Rules whose finding on exactly the same words this rule's finding replaces: the newsjacking
   * block says all that the tragedy warning on the same word would.
   */
  supersedes?: readonly string[];
}

/** A term the rule wants matched, with the key its `check` gets back for every hit. */
export interface TermSpec<K> {
  term: string;
  key: K;
  /** Whether English inflections of the term match too (default true). */
  inflect?: boolean;
  /** A `/regex/` shipped with Preflight may run on the native engine (see `ParseTermOptions`). */
  native?: boolean;
}

export interface Prepared<S, K> {
  terms?: TermSpec<K>[];
  state?: S;
}

export interface PrepareInput<O> {
  ruleSet: RuleSet;
  options: O;
}

export interface Hit<K> {
  key: K;
  start: number;
  end: number;
}

/** The analysis context with its defaults applied. */
export interface ResolvedContext {
  platform: string | undefined;
  account: string | undefined;
  author: string | undefined;
  /** The author has not yet had the chance to say who they are (issue 13). */
  authorPending: boolean;
  at: Date;
  timeZone: string;
  locale: Locale;
  /** A crisis declared by the team, or on this install, and in force at `at`. */
  crisis:
    | {
        source: "team" | "local";
        title?: string;
        message?: string;
        /** Issue 12: a rehearsal declared by the team; everything works, marked as a drill. */
        drill?: boolean;
        /** Issue 12: the spokespeople who may still post under the declared scenario (everyone when absent). */
        mayPost?: readonly string[];
      }
    | undefined;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  severity?: Severity;
  suggestions?: string[];
  guidance?: string;
  /** The sensitive thing this finding is about, for the reading shown to the user. */
  refers?: { kind: ReferenceKind; label: string };
}

export interface CheckContext<O, S, K> {
  text: string;
  tokens: Tokens;
  options: O;
  state: S;
  ruleSet: RuleSet;
  context: ResolvedContext;
  /**
   * Matches of the terms this rule contributed, allow-listed spans removed, in text order. Computed
   * on first read: a rule that can return early reads it after its guard, not in its parameter
   * list (destructuring a getter reads it).
   */
  readonly hits: readonly Hit<K>[];
  /** Sentences with their facts (passive voice only when a rule with `meta.nlp` is enabled). */
  sentences(): Sentence[];
  /**
   * What the post does (lib/engine/reading.ts): its register cues and the stance they give a
   * reference. Computed on first use in an analysis; read it once a reference is found.
   */
  readonly register: PostRegister;
  /**
   * A value the rules of one analysis share (two rules that read the same references of the same
   * post): made by the first rule that asks for `key`, handed to the others, dropped with the
   * analysis. `key` is an object its module owns.
   */
  shared<T>(key: object, make: () => T): T;
  report(report: Report): void;
}

export interface Rule<O = unknown, S = unknown, K = unknown> {
  meta: RuleMeta<O>;
  /** For a rule that is off by default: rule-set content that switches it on (a voice setting). */
  enabledBy?(ruleSet: RuleSet): boolean;
  prepare?(input: PrepareInput<O>): Prepared<S, K>;
  check(ctx: CheckContext<O, S, K>): void;
}

export type AnyRule = Rule<any, any, any>;

export function defineRule<O = Record<string, never>, S = undefined, K = undefined>(rule: Rule<O, S, K>): Rule<O, S, K> {
  return rule;
}

/** The options schema of a rule without options: an empty object, unknown keys refused. */
export const noOptions = z.strictObject({}) as unknown as z.ZodType<Record<string, never>>;
