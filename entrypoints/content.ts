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
      onStateChange(listener) {
        // Only the background sends to tabs (tabs.sendMessage); a sender with a tab is not it.
        const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
          if (sender.id === browser.runtime.id && sender.tab === undefined && (message as { type?: unknown } | null)?.type === "state.changed") listener();
        };
        browser.runtime.onMessage.addListener(onMessage);
        ctx.signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(onMessage));
      },
    });
  },
});
