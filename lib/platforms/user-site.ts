/**
 * A site the user added. Most are a scheduler's web composer (the generic adapter); some run a
 * built-in platform's own software under their own name (a Mastodon instance), and get that
 * platform's adapter. The content script starts at document_start, before the page can tell
 * which: the choice is made at the first look at a page that can (the platform's marker is there,
 * the document is parsed, or a compose box has appeared), then kept for the page's life, so the
 * adapter and its `id` never change once used.
 */
import { genericAdapter } from "./generic.ts";
import { isMastodonPage, mastodonAdapter } from "./mastodon.ts";
import type { PlatformAdapter } from "./types.ts";

export function userSiteAdapter(document: Document): PlatformAdapter {
  let chosen: PlatformAdapter | undefined;
  /** The adapter, or undefined while the page may still turn out to be a platform's. */
  const choose = (): PlatformAdapter | undefined => {
    if (chosen) return chosen;
    // Mastodon writes its initial-state into <head>, before anything the generic adapter could
    // take for a compose box; the JSON may still be arriving, so a failed read decides nothing.
    if (isMastodonPage(document)) chosen = mastodonAdapter;
    else if (document.readyState !== "loading" || genericAdapter.findComposers(document).length > 0) chosen = genericAdapter;
    return chosen;
  };
  // Asked before the page could tell (nothing does that today: the site's id is first needed for
  // a compose box), the answer is the generic adapter, for good.
  const decided = () => choose() ?? (chosen = genericAdapter);
  return {
    get id() {
      return decided().id;
    },
    matches: () => true,
    findComposers: (root) => choose()?.findComposers(root) ?? [],
    readText: (editor) => decided().readText(editor),
    submitTargets: (composer) => decided().submitTargets(composer),
    detectAccount: (page) => decided().detectAccount(page),
  };
}
