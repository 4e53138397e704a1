// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { redditAdapter } from "../../lib/platforms/reddit.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";
import { loadWithShadowRoots } from "./shadow-html.ts";

const submitPage = readFileSync("test/platforms/fixtures/reddit-submit.html", "utf8");
const commentsPage = readFileSync("test/platforms/fixtures/reddit-comments.html", "utf8");

const host = (id: string) => document.getElementById(id)!;
/** An element inside the open shadow root of host `hostId`. */
const inner = (hostId: string, selector: string) => host(hostId).shadowRoot!.querySelector<HTMLElement>(selector)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", ...init });

/** The composed path a click on `target` takes, as the gate's window listener sees it. */
function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const record = (event: Event) => (path = event.composedPath());
  window.addEventListener("probe", record, { capture: true, once: true });
  target.dispatchEvent(new Event("probe", { bubbles: true, composed: true }));
  return path;
}

function byEditor(composers: ComposerHandle[], editor: Element): ComposerHandle {
  const found = composers.find((c) => c.editor === editor);
  if (!found) throw new Error(`no composer for #${editor.id}`);
  return found;
}

describe("the Reddit adapter", () => {
  beforeEach(() => loadWithShadowRoots(submitPage));

  test("serves www.reddit.com and sh.reddit.com, not old Reddit", () => {
    for (const hostname of ["www.reddit.com", "sh.reddit.com"]) {
      expect(adapterFor({ hostname, pathname: "/r/test/submit" }).id).toBe("reddit");
    }
    expect(adapterFor({ hostname: "old.reddit.com", pathname: "/" }).id).not.toBe("reddit");
    expect(adapterFor({ hostname: "reddit.example.com", pathname: "/" }).id).toBe("generic");
  });

  test("finds the body inside shreddit-composer's shadow root and the title, posted together", () => {
    const composers = redditAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["body", "innerTextArea"]);
    const [body, title] = composers;
    expect(body!.scope).toBe(host("post-form"));
    expect(title!.scope).toBe(body!.scope); // one Post posts both
    expect(body!.anchor).toBe(body!.editor);
  });

  test("reads Lexical rich text as its model does: paragraphs by a blank line, <br>, emoji, mentions, NBSP", () => {
    const body = inner("body-host", "#body");
    expect(redditAdapter.readText(body)).toBe("Big news:\n\nwe ship today 🎉\nthanks u/spez\n\n\n\none\n\ntwo");
    expect(redditAdapter.readText(inner("title-host", "textarea"))).toBe("Launch day");
  });

  test("an empty editor reads as nothing: the placeholder is not text", () => {
    loadWithShadowRoots(commentsPage);
    expect(redditAdapter.readText(host("top"))).toBe("");
  });

  test("Post is the button inside r-post-form-submit-button, for the title and the body; Save Draft is not", () => {
    const [body, title] = redditAdapter.findComposers(document);
    const post = inner("submit-post-button", "#inner-post-submit-button");
    const label = post.querySelector("span")!;
    for (const composer of [body!, title!]) {
      expect(redditAdapter.submitTargets(composer).control(pathOf(label))).toBe(post);
    }
    const draft = inner("save-draft-button", "button");
    expect(redditAdapter.submitTargets(body!).control(pathOf(draft))).toBeUndefined();
    expect(redditAdapter.submitTargets(body!).control(pathOf(inner("body-host", '[aria-label="Bold"]')))).toBeUndefined();
  });

  test("a disabled Post is not a submit", () => {
    const [body] = redditAdapter.findComposers(document);
    const post = inner("submit-post-button", "#inner-post-submit-button") as HTMLButtonElement;
    host("submit-post-button").setAttribute("disabled", "");
    expect(redditAdapter.submitTargets(body!).control(pathOf(post))).toBeUndefined();
    host("submit-post-button").removeAttribute("disabled");
    post.disabled = true;
    expect(redditAdapter.submitTargets(body!).control(pathOf(post))).toBeUndefined();
  });

  test("Ctrl/Cmd+Enter submits; Enter, Shift+Enter, IME composition and an open mention picker do not", () => {
    const [body, title] = redditAdapter.findComposers(document);
    for (const composer of [body!, title!]) {
      const targets = redditAdapter.submitTargets(composer);
      expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true);
      expect(targets.isKeySubmit(key({ metaKey: true }))).toBe(true);
      expect(targets.isKeySubmit(key({}))).toBe(false);
      expect(targets.isKeySubmit(key({ shiftKey: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ ctrlKey: true, isComposing: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ ctrlKey: true, keyCode: 229 }))).toBe(false);
    }
    // Lexical's typeahead (u/…) opens beside the editor, in the composer's shadow root.
    const menu = document.createElement("div");
    menu.id = "typeahead-menu";
    menu.setAttribute("role", "listbox");
    host("body-host").shadowRoot!.append(menu);
    expect(redditAdapter.submitTargets(body!).isKeySubmit(key({ ctrlKey: true }))).toBe(false);
  });

  test("detects the logged-in user from a current-user component", () => {
    expect(redditAdapter.detectAccount(document)).toBe("annexample");
    document.querySelector("shreddit-app")!.setAttribute("user-logged-in", "false");
    expect(redditAdapter.detectAccount(document)).toBeUndefined();
  });

  test("names the shadow roots a compose box may render into", () => {
    const roots = redditAdapter.shadowRoots!(document);
    for (const id of ["body-host", "title-host"]) expect(roots).toContain(host(id).shadowRoot);
    expect(roots).not.toContain(host("submit-post-button").shadowRoot);
  });
});

describe("the Reddit adapter on a post's comments", () => {
  beforeEach(() => loadWithShadowRoots(commentsPage));

  test("finds every comment box: slotted Lexical editors and a markdown textarea, each its own scope", () => {
    const composers = redditAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["top", "reply", "md"]);
    expect(composers.map((c) => c.scope.id)).toEqual(["top-form", "reply-form", "md-form"]);
  });

  test("reads a markdown textarea exactly", () => {
    expect(redditAdapter.readText(inner("md-composer", "#md"))).toBe("**bold** text\n\nsecond\u00a0line");
    expect(redditAdapter.readText(host("reply"))).toBe("Agreed");
  });

  test("each box's Comment/Reply is its own, never another box's, and never when disabled", () => {
    const composers = redditAdapter.findComposers(document);
    const top = byEditor(composers, host("top"));
    const reply = byEditor(composers, host("reply"));
    const md = byEditor(composers, inner("md-composer", "#md"));
    const topSubmit = host("top-submit");
    expect(redditAdapter.submitTargets(top).control(pathOf(topSubmit.querySelector("span")!))).toBe(topSubmit);
    expect(redditAdapter.submitTargets(reply).control(pathOf(topSubmit))).toBeUndefined();
    expect(redditAdapter.submitTargets(md).control(pathOf(topSubmit))).toBeUndefined();
    expect(redditAdapter.submitTargets(md).control(pathOf(host("md-submit")))).toBe(host("md-submit"));
    expect(redditAdapter.submitTargets(reply).control(pathOf(host("reply-submit")))).toBeUndefined(); // disabled
    host("reply-submit").removeAttribute("disabled");
    expect(redditAdapter.submitTargets(reply).control(pathOf(host("reply-submit")))).toBe(host("reply-submit"));
  });

  test("no account when no current-user component names one", () => {
    expect(redditAdapter.detectAccount(document)).toBeUndefined();
  });
});
