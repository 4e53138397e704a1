// The built-in platforms' content script; the same file is registered at run time for the sites
// the user added (lib/state/background.ts, syncUserSites), where the generic adapter serves, or
// Mastodon's on an instance the user added.
import { browser } from "wxt/browser";
import { startContent } from "../lib/content/main.ts";
import { PLATFORM_MATCHES } from "../lib/platforms/hosts.ts";
import { pageAdapter } from "../lib/platforms/index.ts";

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  // The gate's window-capture listeners must be registered before the site's.
  runAt: "document_start",
  main(ctx) {
    startContent({
      adapter: pageAdapter(location, document),
      window,
      signal: ctx.signal,
      send: (request) => browser.runtime.sendMessage(request),
      onStorageChange(listener) {
        const onChanged = (changes: Record<string, unknown>, area: string) => {
          if (area === "local") listener(Object.keys(changes));
        };
        browser.storage.onChanged.addListener(onChanged);
        ctx.signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(onChanged));
      },
    });
  },
});
