/** The built-in sensitivity pack: every rule of `rules/sensitivity/`, in the order they run. */
import type { AnyRule } from "../lib/engine/rule.ts";
import sensitivityAppropriation from "./sensitivity/appropriation.ts";
import sensitivityBodyShaming from "./sensitivity/body-shaming.ts";
import sensitivityGeopolitics from "./sensitivity/geopolitics.ts";
import sensitivityHashtagReading from "./sensitivity/hashtag-reading.ts";
import sensitivityHateCodes from "./sensitivity/hate-codes.ts";
import sensitivityInclusive from "./sensitivity/inclusive.ts";
import sensitivityMentalHealth from "./sensitivity/mental-health.ts";
import sensitivityMinors from "./sensitivity/minors.ts";
import sensitivityPolitics from "./sensitivity/politics.ts";
import sensitivityProfanity from "./sensitivity/profanity.ts";
import sensitivitySubstances from "./sensitivity/substances.ts";
import sensitivityTragedy from "./sensitivity/tragedy.ts";
import sensitivityTranslation from "./sensitivity/translation.ts";
import sensitivityTragedyPromotion from "./sensitivity/tragedy-promotion.ts";
import sensitivityTrivialising from "./sensitivity/trivialising.ts";
import sensitivityTropes from "./sensitivity/tropes.ts";
import sensitivityViolenceJokes from "./sensitivity/violence-jokes.ts";

export const SENSITIVITY_RULES: readonly AnyRule[] = [
  sensitivityProfanity,
  sensitivityInclusive,
  sensitivityTragedy,
  sensitivityTragedyPromotion,
  sensitivityTropes,
  sensitivitySubstances,
  sensitivityPolitics,
  sensitivityHashtagReading,
  sensitivityMinors,
  sensitivityBodyShaming,
  sensitivityMentalHealth,
  sensitivityViolenceJokes,
  sensitivityTrivialising,
  sensitivityAppropriation,
  sensitivityHateCodes,
  sensitivityGeopolitics,
  sensitivityTranslation,
];
