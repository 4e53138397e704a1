/**
 * The registry of every rule. A rule that is not listed here does not run; a test proves every
 * file under rules/ is listed, documented and tested, and that ids are unique.
 */
import type { AnyRule } from "../lib/engine/rule.ts";
import crisisActive from "./crisis/active.ts";
import datesCalendar from "./dates/calendar.ts";
import eventsMatch from "./events/match.ts";
import spokespersonUnapproved from "./spokesperson/unapproved.ts";
import termsCustom from "./terms/custom.ts";
import voicePassive from "./voice/passive-voice.ts";
import voiceReadingLevel from "./voice/reading-level.ts";

export const RULES: readonly AnyRule[] = [
  crisisActive,
  spokespersonUnapproved,
  eventsMatch,
  datesCalendar,
  termsCustom,
  voicePassive,
  voiceReadingLevel,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.meta.id, r]));
