import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { dropForeignKeys, FIREFOX_SETTINGS } from "./lib/packaging/manifest.ts";
import { ZIP_OPTIONS } from "./lib/packaging/zip.ts";
import { PLATFORM_MATCHES, USER_SITE_PERMISSIONS } from "./lib/platforms/hosts.ts";
import { iconPaths } from "./lib/icons.ts";

// A build is the production build whoever starts it. vitest sets NODE_ENV=test, and the browser tests
// build from inside it: without this, the bundles they test would carry preact's debug hooks and
// JSX source locations (absolute paths included) that the shipped ones do not.
if (process.env["NODE_ENV"] === "test") process.env["NODE_ENV"] = "production";

const compromiseGlobal = fileURLToPath(new URL("./lib/content/compromise-global.ts", import.meta.url));

export default defineConfig({
  // PREFLIGHT_OUT_DIR builds elsewhere than .output (parallel checkouts of the e2e suite).
  ...(process.env["PREFLIGHT_OUT_DIR"] ? { outDir: process.env["PREFLIGHT_OUT_DIR"] } : {}),
  // Firefox too (WXT's default there is MV2): the extension needs MV3's storage.session and scripting.
  manifestVersion: 3,
  // `npm run zip` (lib/packaging/zip.ts).
  zip: ZIP_OPTIONS,
  manifest: {
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // scripting: the engine bundle runs in a tab on demand, and user-added sites get the content script.
    // alarms: polling the team's signed rule set (lib/sync/background.ts).
    // unlimitedStorage: a 5 MB team rule set, a full audit log and an offline report queue together
    // can pass storage.local's 10 MB quota, and a decision must never fail to be logged.
    permissions: ["storage", "unlimitedStorage", "scripting", "alarms"],
    // Enterprise policy: the team feed, its keys and the author (README, "Pushing the rules to every install").
    storage: { managed_schema: "managed_schema.json" },
    host_permissions: PLATFORM_MATCHES,
    optional_host_permissions: USER_SITE_PERMISSIONS,
    // Firefox's add-on id and data-collection declaration (lib/packaging/manifest.ts); dropped elsewhere.
    browser_specific_settings: FIREFOX_SETTINGS,
    // Issue 13: every size the stores and the toolbar need (lib/icons.ts, lib/packaging/render-icons.ts).
    icons: iconPaths(),
    action: { default_icon: iconPaths(), default_title: "__MSG_extName__" },
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    "build:manifestGenerated": (wxt, manifest) => dropForeignKeys(wxt.config.browser, manifest),
    // The engine bundle reads compromise from the global nlp.js sets, instead of carrying it
    // (lib/content/compromise-global.ts); every other bundle keeps the real one.
    "vite:build:extendConfig": (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === "engine")) return;
      const alias = { find: /^compromise$/, replacement: compromiseGlobal };
      const existing = config.resolve?.alias;
      config.resolve ??= {};
      config.resolve.alias = Array.isArray(existing)
        ? [...existing, alias]
        : [...Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string })), alias];
    },
  },
});
