/**
 * The registry of every rule. A rule that is not listed here (or in a pack file) does not run; a
 * test proves every file under rules/<category>/ is listed, documented and tested, and that ids
 * are unique.
 */
import type { AnyRule } from "../lib/engine/rule.ts";
import crisisActive from "./crisis/active.ts";
import crisisStatement from "./crisis/statement.ts";
import datesCalendar from "./dates/calendar.ts";
import datesObservances from "./dates/observances.ts";
import datesSensitiveDays from "./dates/sensitive-days.ts";
import eventsMatch from "./events/match.ts";
import spokespersonUnapproved from "./spokesperson/unapproved.ts";
import termsCustom from "./terms/custom.ts";
import { SENSITIVITY_RULES } from "./pack-sensitivity.ts";
import { VOICE_RULES } from "./pack-voice.ts";

export const RULES: readonly AnyRule[] = [
  crisisActive,
  crisisStatement,
  spokespersonUnapproved,
  eventsMatch,
  datesCalendar,
  datesSensitiveDays,
  datesObservances,
  termsCustom,
  ...SENSITIVITY_RULES,
  ...VOICE_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.meta.id, r]));
