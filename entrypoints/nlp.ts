// compromise, run in a tab only when its inflection table must be computed or an enabled rule
// needs sentence analysis (see lib/content/compromise-global.ts).
import nlp from "compromise";
import { COMPROMISE_GLOBAL } from "../lib/content/globals.ts";

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[COMPROMISE_GLOBAL] ??= nlp;
  return true;
});
