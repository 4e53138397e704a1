/** The built-in brand-voice pack: the rules of `rules/voice/`, in the order they run. */
import type { AnyRule } from "../lib/engine/rule.ts";
import voiceAllCaps from "./voice/all-caps.ts";
import voiceBrandName from "./voice/brand-name.ts";
import voiceClaims from "./voice/claims.ts";
import voiceCompetitors from "./voice/competitors.ts";
import voiceCustomerContempt from "./voice/customer-contempt.ts";
import voiceDisclosure from "./voice/disclosure.ts";
import voiceEmoji from "./voice/emoji.ts";
import voiceExclamations from "./voice/exclamations.ts";
import voiceFormality from "./voice/formality.ts";
import voiceHashtags from "./voice/hashtags.ts";
import voiceLength from "./voice/length.ts";
import voicePassive from "./voice/passive-voice.ts";
import voiceReadingLevel from "./voice/reading-level.ts";

export const VOICE_RULES: readonly AnyRule[] = [
  // What the platform or the law cares about first, then style.
  voiceLength,
  voiceClaims,
  voiceDisclosure,
  voiceCompetitors,
  voiceCustomerContempt,
  voiceBrandName,
  voiceHashtags,
  voiceEmoji,
  voiceExclamations,
  voiceAllCaps,
  voiceFormality,
  voicePassive,
  voiceReadingLevel,
];
