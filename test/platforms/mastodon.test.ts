// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { PLATFORM_MATCHES } from "../../lib/platforms/hosts.ts";
import { adapterFor, pageAdapter } from "../../lib/platforms/index.ts";
import { MASTODON_HOSTS, isMastodonPage, mastodonAdapter } from "../../lib/platforms/mastodon.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";
import { userSiteAdapter } from "../../lib/platforms/user-site.ts";

const html = readFileSync("test/platforms/fixtures/mastodon-home.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) =>
  new KeyboardEvent("keydown", { key: "Enter", code: "Enter", keyCode: 13, ...init } as KeyboardEventInit);

function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const record = (event: Event) => (path = event.composedPath());
  window.addEventListener("probe", record, { capture: true, once: true });
  target.dispatchEvent(new Event("probe", { bubbles: true, composed: true }));
  return path;
}

function composer(id: string): ComposerHandle {
  const found = mastodonAdapter.findComposers(document).find((c) => c.editor.id === id);
  if (!found) throw new Error(`no composer #${id}`);
  return found;
}

/** The initial-state script's JSON, edited by `change`. */
function editState(change: (state: Record<string, any>) => void): void {
  const script = byId("initial-state");
  const state = JSON.parse(script.textContent!) as Record<string, any>;
  change(state);
  script.textContent = JSON.stringify(state);
}

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the Mastodon adapter", () => {
  test("serves the project's own instances; any other is a site the user adds", () => {
    for (const hostname of ["mastodon.social", "mastodon.online"]) {
      expect(adapterFor({ hostname, pathname: "/home" }).id).toBe("mastodon");
    }
    expect(adapterFor({ hostname: "fosstodon.org", pathname: "/home" }).id).toBe("generic");
    for (const hostname of MASTODON_HOSTS) expect(PLATFORM_MATCHES).toContain(`https://${hostname}/*`);
  });

  test("finds the text and the shown content warning, posted together by the form", () => {
    const found = mastodonAdapter.findComposers(document);
    expect(found.map((c) => c.editor.id)).toEqual(["cw-spoiler-input", "text"]);
    expect(found.every((c) => c.scope === byId("compose-form"))).toBe(true);
    expect(composer("text").anchor).toBe(byId("highlightable"));
    expect(composer("cw-spoiler-input").anchor).toBe(byId("cw-spoiler-input"));
    expect(found.map((c) => c.editor.id)).not.toContain("search"); // the search box is not a composer
  });

  test("a hidden content warning (Mastodon ≤ 4.2 keeps it in the DOM) or none is not a composer", () => {
    byId("spoiler").setAttribute("aria-hidden", "true");
    expect(mastodonAdapter.findComposers(document).map((c) => c.editor.id)).toEqual(["text"]);
    byId("spoiler").remove();
    expect(mastodonAdapter.findComposers(document).map((c) => c.editor.id)).toEqual(["text"]);
  });

  test("reads the textarea's and the warning's values as posted; an empty box is empty, whatever its placeholder", () => {
    expect(mastodonAdapter.readText(byId("text"))).toBe("Big news  today 🎉\n\nThanks @bob@example.org #launch");
    expect(mastodonAdapter.readText(byId("cw-spoiler-input"))).toBe("Bluefin talk");
    (byId("text") as HTMLTextAreaElement).value = "";
    expect(byId("text").getAttribute("placeholder")).toBe("What's on your mind?");
    expect(mastodonAdapter.readText(byId("text"))).toBe("");
  });

  test("the form's submit button sends both, not while disabled; its other buttons and other forms do not", () => {
    const text = mastodonAdapter.submitTargets(composer("text"));
    const warning = mastodonAdapter.submitTargets(composer("cw-spoiler-input"));
    const publish = byId("publish");
    expect(text.control(pathOf(publish))).toBe(publish);
    expect(warning.control(pathOf(publish))).toBe(publish);
    expect(text.control(pathOf(byId("cw-toggle")))).toBeUndefined();
    const other = document.createElement("form");
    other.innerHTML = '<input name="q"><button type="submit" id="other-submit">Go</button>';
    document.body.append(other);
    expect(text.control(pathOf(byId("other-submit")))).toBeUndefined();
    publish.setAttribute("disabled", "");
    expect(text.control(pathOf(publish))).toBeUndefined();
  });

  test("Ctrl/Cmd+Enter sends from the text and from the warning; Enter, Shift+Enter and IME composition do not", () => {
    for (const id of ["text", "cw-spoiler-input"]) {
      const targets = mastodonAdapter.submitTargets(composer(id));
      expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true);
      expect(targets.isKeySubmit(key({ metaKey: true }))).toBe(true);
      expect(targets.isKeySubmit(key({ ctrlKey: true, altKey: true }))).toBe(true); // keyCode 13 + Ctrl is all Mastodon asks
      expect(targets.isKeySubmit(key({}))).toBe(false);
      expect(targets.isKeySubmit(key({ shiftKey: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ ctrlKey: true, isComposing: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ ctrlKey: true, keyCode: 229, key: "Process" }))).toBe(false);
    }
  });

  test("with the suggestions open, Ctrl/Cmd+Enter picks one and does not send (4.3: mounted in a portal)", () => {
    const targets = mastodonAdapter.submitTargets(composer("text"));
    const portal = document.createElement("div");
    portal.innerHTML = '<div class="autosuggest-textarea__suggestions"><div role="button" class="autosuggest-textarea__suggestions__item selected">@bob</div></div>';
    document.body.append(portal);
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(false);
    portal.remove();
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true);
  });

  test("older versions keep the list inside the field, marked --visible while open", () => {
    const targets = mastodonAdapter.submitTargets(composer("text"));
    const list = document.createElement("div");
    list.className = "autosuggest-textarea__suggestions";
    byId("text").parentElement!.append(list);
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true); // closed
    list.classList.add("autosuggest-textarea__suggestions--visible");
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(false);
  });

  test("detects the signed-in account from initial-state, qualified with the instance's domain", () => {
    const account = mastodonAdapter.detectAccount(document);
    expect(account).toBe("ann@mastodon.social");
    expect(account).not.toContain("secret");
  });

  test("the handles' domain is meta.domain, which may differ from the web host", () => {
    editState((state) => (state.meta.domain = "example.com"));
    expect(mastodonAdapter.detectAccount(document)).toBe("ann@example.com");
  });

  test("falls back to compose.me and to the username", () => {
    editState((state) => {
      delete state.meta.me;
      delete state.accounts["109000000000000001"].acct;
    });
    expect(mastodonAdapter.detectAccount(document)).toBe("ann@mastodon.social");
  });

  test("no account when signed out, without initial-state, or when it is not JSON", () => {
    editState((state) => {
      delete state.meta.me;
      delete state.compose.me;
    });
    expect(mastodonAdapter.detectAccount(document)).toBeUndefined();
    byId("initial-state").textContent = "{broken";
    expect(mastodonAdapter.detectAccount(document)).toBeUndefined();
    byId("initial-state").remove();
    expect(mastodonAdapter.detectAccount(document)).toBeUndefined();
  });
});

describe("a Mastodon instance the user added", () => {
  let readyState: DocumentReadyState = "complete";
  beforeEach(() => {
    readyState = "complete";
    Object.defineProperty(document, "readyState", { configurable: true, get: () => readyState });
  });
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>)["readyState"];
  });

  test("is recognised by its initial-state", () => {
    expect(isMastodonPage(document)).toBe(true);
    byId("initial-state").remove();
    expect(isMastodonPage(document)).toBe(false);
    document.body.innerHTML = '<script id="initial-state" type="application/json">{"props":{}}</script>';
    expect(isMastodonPage(document)).toBe(false);
  });

  test("gets the Mastodon adapter, logs as mastodon and finds the compose form", () => {
    const adapter = pageAdapter({ hostname: "social.example.org", pathname: "/home" }, document);
    expect(adapter.findComposers(document).map((c) => c.editor.id)).toEqual(["cw-spoiler-input", "text"]);
    expect(adapter.id).toBe("mastodon");
    expect(adapter.detectAccount(document)).toBe("ann@mastodon.social");
    const [, text] = adapter.findComposers(document);
    expect(adapter.submitTargets(text!).isKeySubmit(key({ ctrlKey: true }))).toBe(true);
  });

  test("a built-in platform's host keeps its own adapter", () => {
    expect(pageAdapter({ hostname: "mastodon.social", pathname: "/home" }, document)).toBe(mastodonAdapter);
  });

  test("is decided while the page loads: nothing is found before initial-state, then Mastodon's composers", () => {
    readyState = "loading";
    document.body.innerHTML = "";
    const adapter = userSiteAdapter(document);
    expect(adapter.findComposers(document)).toEqual([]);
    // The JSON still arriving decides nothing.
    document.body.innerHTML = '<script id="initial-state" type="application/json">{"meta":{"domain":"mas</script>';
    expect(adapter.findComposers(document)).toEqual([]);
    document.body.innerHTML = html;
    expect(adapter.findComposers(document).map((c) => c.editor.id)).toEqual(["cw-spoiler-input", "text"]);
    expect(adapter.id).toBe("mastodon");
  });

  test("a page that is not Mastodon gets the generic adapter, for good", () => {
    readyState = "loading";
    document.body.innerHTML = '<form><textarea id="draft"></textarea><button type="submit">Schedule</button></form>';
    const adapter = userSiteAdapter(document);
    expect(adapter.findComposers(document).map((c) => c.editor.id)).toEqual(["draft"]); // a box shows before the page has loaded
    document.body.insertAdjacentHTML("afterbegin", '<script id="initial-state" type="application/json">{"meta":{}}</script>');
    expect(adapter.id).toBe("generic");

    const parsed = userSiteAdapter(document);
    document.body.innerHTML = "<p>No composer yet</p>";
    readyState = "interactive";
    expect(parsed.findComposers(document)).toEqual([]);
    document.body.innerHTML = html; // too late: decided when the page finished parsing
    expect(parsed.id).toBe("generic");
  });

  test("its id, asked before the page could tell, is generic and stays so", () => {
    readyState = "loading";
    document.body.innerHTML = "";
    const adapter = userSiteAdapter(document);
    expect(adapter.id).toBe("generic");
    document.body.innerHTML = html;
    expect(adapter.id).toBe("generic");
    expect(adapter.findComposers(document).map((c) => c.editor.id)).toContain("text");
  });
});
