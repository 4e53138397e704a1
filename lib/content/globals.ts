/** Names on the content script's isolated-world global, shared by the lazily run bundles. */
export const ENGINE_GLOBAL = "__preflightEngine";
/** Set by entrypoints/nlp.ts; read through lib/content/compromise-global.ts in the engine bundle. */
export const COMPROMISE_GLOBAL = "__preflightCompromise";
/** Set by entrypoints/notes-zh.ts: the rules' notes in Chinese, for a user who reads Chinese. */
export const NOTES_GLOBAL = "__preflightNotes";

/**
 * Keys in storage.local whose change means pages must ask for their state again (lib/state/items.ts);
 * the background tells the tabs. `syncConfig`: the keys a signed team rule set must verify with.
 */
export const PAGE_STATE_KEYS = ["teamRuleSet", "crisis", "accounts", "identity", "localSettings", "policy", "uiLanguage", "syncConfig", "welcome"] as const;
