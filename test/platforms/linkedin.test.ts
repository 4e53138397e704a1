// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { PLATFORM_MATCHES } from "../../lib/platforms/hosts.ts";
import { adapterFor } from "../../lib/platforms/index.ts";
import { linkedinAdapter } from "../../lib/platforms/linkedin.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";

const html = readFileSync("test/platforms/fixtures/linkedin-feed.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", ...init });

/** The composed path a click on `target` takes, as the gate's window listener sees it. */
function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const record = (event: Event) => (path = event.composedPath());
  window.addEventListener("probe", record, { capture: true, once: true });
  target.dispatchEvent(new Event("probe", { bubbles: true, composed: true }));
  return path;
}

function composer(id: string): ComposerHandle {
  const found = linkedinAdapter.findComposers(document).find((c) => c.editor.id === id);
  if (!found) throw new Error(`no composer #${id}`);
  return found;
}

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the LinkedIn adapter", () => {
  test("serves www.linkedin.com", () => {
    expect(adapterFor({ hostname: "www.linkedin.com", pathname: "/feed/" }).id).toBe("linkedin");
    expect(adapterFor({ hostname: "www.linkedin.com", pathname: "/company/1/admin/page-posts/published/" }).id).toBe("linkedin");
    expect(adapterFor({ hostname: "linkedin.example.com", pathname: "/feed/" }).id).toBe("generic");
    expect(PLATFORM_MATCHES).toContain("https://www.linkedin.com/*");
  });

  test("finds the share box, the comment box and the reply box, not Quill's clipboard or messaging", () => {
    const found = linkedinAdapter.findComposers(document);
    expect(found.map((c) => c.editor.id)).toEqual(["comment", "reply", "share"]);
    const message = byId("message");
    message.classList.add("ql-editor");
    expect(linkedinAdapter.findComposers(document).map((c) => c.editor.id)).not.toContain("message");
  });

  test("scopes each box to what its button posts: the share dialog (not the form inside it), one comment form", () => {
    expect(composer("share").scope).toBe(byId("share-dialog"));
    expect(composer("comment").scope).toBe(byId("comment-form"));
    expect(composer("reply").scope).toBe(byId("reply-form"));
    expect(composer("share").anchor).toBe(byId("share-box"));
    expect(composer("comment").anchor).toBe(byId("comment-box"));
  });

  test("reads Quill's blocks, empty lines, NBSP, mentions, hashtags and emoji images as posted", () => {
    expect(linkedinAdapter.readText(byId("share"))).toBe("Big news  today 🎉\n\nThanks Bob Lee #launch\none\ntwo");
    expect(linkedinAdapter.readText(byId("reply"))).toBe("Bob Lee thank you!");
  });

  test("an empty box reads as nothing: Quill's placeholder is CSS, not text", () => {
    const comment = byId("comment");
    expect(comment.getAttribute("data-placeholder")).toBe("Add a comment…");
    expect(linkedinAdapter.readText(comment)).toBe("");
  });

  test("each box is sent by its own button, and not while that button is disabled", () => {
    const share = linkedinAdapter.submitTargets(composer("share"));
    const reply = linkedinAdapter.submitTargets(composer("reply"));
    const comment = linkedinAdapter.submitTargets(composer("comment"));
    const post = byId("share-post");
    expect(share.control(pathOf(post.firstElementChild!))).toBe(post);
    expect(share.control(pathOf(byId("reply-submit")))).toBeUndefined();
    expect(share.control(pathOf(document.querySelector(".share-actions__scheduled-post-btn")!))).toBeUndefined();
    expect(share.control(pathOf(byId("author")))).toBeUndefined();
    expect(reply.control(pathOf(byId("reply-submit")))).toBe(byId("reply-submit"));
    expect(reply.control(pathOf(post))).toBeUndefined();
    expect(comment.control(pathOf(byId("comment-submit")))).toBeUndefined(); // disabled while empty
    byId("comment-submit").removeAttribute("disabled");
    expect(comment.control(pathOf(byId("comment-submit")))).toBe(byId("comment-submit"));
    expect(comment.control(pathOf(byId("reply-submit")))).toBeUndefined();
  });

  test("no key sends a post: LinkedIn has no shortcut, and Enter is a new paragraph", () => {
    for (const c of linkedinAdapter.findComposers(document)) {
      const targets = linkedinAdapter.submitTargets(c);
      expect(targets.isKeySubmit(key({}))).toBe(false);
      expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ metaKey: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ shiftKey: true }))).toBe(false);
      expect(targets.isKeySubmit(key({ keyCode: 229 }))).toBe(false);
    }
  });

  test("detects the author from the first line of the share box's settings button", () => {
    expect(linkedinAdapter.detectAccount(document)).toBe("Ann Example");
    byId("author").querySelector("h3")!.textContent = "Acme Corp";
    expect(linkedinAdapter.detectAccount(document)).toBe("Acme Corp");
  });

  test("the author is unknown while the share box is closed", () => {
    byId("share-dialog").remove();
    expect(linkedinAdapter.detectAccount(document)).toBeUndefined();
  });
});
