// Run in a tab's isolated world by the background when the page shows a compose box
// (lib/state/background.ts, "engine.load"); the content script reads the API from the global.
import { createEngineApi } from "../lib/content/engine-api.ts";
import { ENGINE_GLOBAL } from "../lib/content/globals.ts";

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[ENGINE_GLOBAL] ??= createEngineApi();
  return true;
});
