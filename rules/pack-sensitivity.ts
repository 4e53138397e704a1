/** The built-in sensitivity pack: every rule of `rules/sensitivity/`, in the order they run. */
import type { AnyRule } from "../lib/engine/rule.ts";

export const SENSITIVITY_RULES: readonly AnyRule[] = [];
