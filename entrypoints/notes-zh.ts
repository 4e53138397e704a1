// The rules' notes in Chinese (the "why" line of a finding), run in a tab only when its user reads
// Preflight in Chinese (lib/content/engine-client.ts); the engine adds them (lib/engine/notes.ts).
import notes from "../rules/notes.zh-CN.json" with { type: "json" };
import { NOTES_GLOBAL } from "../lib/content/globals.ts";

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[NOTES_GLOBAL] ??= notes;
  return true;
});
