// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { blueskyAdapter } from "../../lib/platforms/bluesky.ts";
import { PLATFORM_MATCHES } from "../../lib/platforms/hosts.ts";
import { adapterFor } from "../../lib/platforms/index.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";

const html = readFileSync("test/platforms/fixtures/bluesky-compose.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
/** Playwright and real keyboards send `code` with `key`: social-app tests `code`. */
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", code: "Enter", ...init });

function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const record = (event: Event) => (path = event.composedPath());
  window.addEventListener("probe", record, { capture: true, once: true });
  target.dispatchEvent(new Event("probe", { bubbles: true, composed: true }));
  return path;
}

function composer(id: string): ComposerHandle {
  const found = blueskyAdapter.findComposers(document).find((c) => c.editor.id === id);
  if (!found) throw new Error(`no composer #${id}`);
  return found;
}

/** What social-app persists (trimmed); tokens sit beside the handles and are never read. */
const STORAGE = {
  colorMode: "system",
  session: {
    currentAccount: { service: "https://bsky.social", did: "did:plc:ann", handle: "ann.bsky.social" },
    accounts: [
      { service: "https://bsky.social", did: "did:plc:brand", handle: "brand.example.com", accessJwt: "jwt-brand" },
      { service: "https://bsky.social", did: "did:plc:ann", handle: "ann.bsky.social", accessJwt: "jwt-ann" },
    ],
  },
};

beforeEach(() => {
  document.body.innerHTML = html;
  localStorage.setItem("BSKY_STORAGE", JSON.stringify(STORAGE));
});
afterEach(() => localStorage.clear());

describe("the Bluesky adapter", () => {
  test("serves bsky.app", () => {
    expect(adapterFor({ hostname: "bsky.app", pathname: "/" }).id).toBe("bluesky");
    expect(adapterFor({ hostname: "bsky.example.com", pathname: "/" }).id).toBe("generic");
    expect(PLATFORM_MATCHES).toContain("https://bsky.app/*");
  });

  test("finds every post of a thread, all posted together by the dialog's one button", () => {
    const found = blueskyAdapter.findComposers(document);
    expect(found.map((c) => c.editor.id)).toEqual(["first", "second", "third"]);
    expect(new Set(found.map((c) => c.scope)).size).toBe(1);
    expect(found[0]!.scope.contains(byId("publish"))).toBe(true);
    expect(found[0]!.scope.contains(found[2]!.editor)).toBe(true);
    expect(found[0]!.anchor).toBe(byId("first"));
  });

  test("a composer without the publish button in reach is scoped to its dialog", () => {
    byId("publish").remove();
    expect(composer("first").scope).toBe(byId("composer"));
  });

  test("reads paragraphs, hard breaks, empty lines, NBSP and emoji images as social-app serializes them", () => {
    // editorJsonToText: a paragraph ends with "\n" (but the last), a hard break is "\n".
    expect(blueskyAdapter.readText(byId("first"))).toBe("Big news  today 🎉\n\n\nThanks @bob.bsky.social for #launch");
  });

  test("a mention is posted as @ and its id, whatever label it shows; ProseMirror's separator adds nothing", () => {
    expect(blueskyAdapter.readText(byId("second"))).toBe("cc @did:plc:carol");
  });

  test("an empty post reads as nothing: the placeholder is CSS", () => {
    expect(byId("third").querySelector("[data-placeholder]")).not.toBeNull();
    expect(blueskyAdapter.readText(byId("third"))).toBe("");
  });

  test("the publish button sends the thread, not while disabled; other buttons in the composer do not", () => {
    const targets = blueskyAdapter.submitTargets(composer("second"));
    const publish = byId("publish");
    expect(targets.control(pathOf(publish.querySelector("div > div")!))).toBe(publish);
    expect(blueskyAdapter.submitTargets(composer("first")).control(pathOf(publish))).toBe(publish);
    expect(targets.control(pathOf(document.querySelector('[data-testid="composerAddPostButton"]')!))).toBeUndefined();
    expect(targets.control(pathOf(document.querySelector('[data-testid="composerDiscardButton"]')!))).toBeUndefined();
    publish.setAttribute("aria-disabled", "true"); // React Native Web's disabled Pressable
    expect(targets.control(pathOf(publish))).toBeUndefined();
    publish.removeAttribute("aria-disabled");
    publish.setAttribute("disabled", "");
    expect(targets.control(pathOf(publish))).toBeUndefined();
  });

  test("a publish button outside this composer's scope is not its own", () => {
    const elsewhere = document.createElement("div");
    elsewhere.innerHTML = '<div class="ProseMirror" contenteditable="true" id="other"><p>x</p></div><button data-testid="composerPublishBtn" id="other-publish">Post</button>';
    document.body.append(elsewhere);
    expect(blueskyAdapter.submitTargets(composer("first")).control(pathOf(byId("other-publish")))).toBeUndefined();
    expect(blueskyAdapter.submitTargets(composer("other")).control(pathOf(byId("other-publish")))).toBe(byId("other-publish"));
    expect(blueskyAdapter.submitTargets(composer("other")).control(pathOf(byId("publish")))).toBeUndefined();
  });

  test("Ctrl/Cmd+Enter publishes; Enter, Shift+Enter, Numpad Enter and IME composition do not", () => {
    const targets = blueskyAdapter.submitTargets(composer("first"));
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true);
    expect(targets.isKeySubmit(key({ metaKey: true }))).toBe(true);
    expect(targets.isKeySubmit(key({ ctrlKey: true, shiftKey: true }))).toBe(true); // social-app ignores other modifiers
    expect(targets.isKeySubmit(key({}))).toBe(false);
    expect(targets.isKeySubmit(key({ shiftKey: true }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, code: "NumpadEnter" }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, isComposing: true }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, keyCode: 229 }))).toBe(false);
  });

  test("detects the current account from social-app's storage, not the other signed-in accounts", () => {
    expect(blueskyAdapter.detectAccount(document)).toBe("ann.bsky.social");
    const switched = structuredClone(STORAGE);
    switched.session.currentAccount = { service: "https://bsky.social", did: "did:plc:brand", handle: "brand.example.com" };
    localStorage.setItem("BSKY_STORAGE", JSON.stringify(switched));
    expect(blueskyAdapter.detectAccount(document)).toBe("brand.example.com");
  });

  test("no account when signed out, when the handle does not resolve, or when storage is unreadable", () => {
    localStorage.setItem("BSKY_STORAGE", JSON.stringify({ session: { currentAccount: undefined, accounts: STORAGE.session.accounts } }));
    expect(blueskyAdapter.detectAccount(document)).toBeUndefined();
    localStorage.setItem("BSKY_STORAGE", JSON.stringify({ session: { currentAccount: { did: "did:plc:x", handle: "handle.invalid" } } }));
    expect(blueskyAdapter.detectAccount(document)).toBeUndefined();
    localStorage.setItem("BSKY_STORAGE", "{not json");
    expect(blueskyAdapter.detectAccount(document)).toBeUndefined();
    localStorage.removeItem("BSKY_STORAGE");
    expect(blueskyAdapter.detectAccount(document)).toBeUndefined();
  });
});
