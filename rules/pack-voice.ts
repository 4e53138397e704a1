/** The built-in brand-voice pack: the rules of `rules/voice/`, in the order they run. */
import type { AnyRule } from "../lib/engine/rule.ts";
import voicePassive from "./voice/passive-voice.ts";
import voiceReadingLevel from "./voice/reading-level.ts";

export const VOICE_RULES: readonly AnyRule[] = [voicePassive, voiceReadingLevel];
