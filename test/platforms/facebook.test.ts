// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { facebookAdapter, profileHandle } from "../../lib/platforms/facebook.ts";
import { adapterFor } from "../../lib/platforms/index.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";
import { enterKey, pathTo } from "./kit.ts";

const html = readFileSync("test/platforms/fixtures/facebook-home.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const composer = (id: string): ComposerHandle => facebookAdapter.findComposers(document).find((c) => c.editor.id === id)!;

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the Facebook adapter", () => {
  test("serves www.facebook.com and web.facebook.com, not other Meta sites", () => {
    for (const hostname of ["www.facebook.com", "web.facebook.com", "facebook.com"]) {
      expect(adapterFor({ hostname, pathname: "/" }).id).toBe("facebook");
    }
    for (const hostname of ["www.instagram.com", "developers.facebook.com.example.org", "m.facebook.com"]) {
      expect(adapterFor({ hostname, pathname: "/" }).id).not.toBe("facebook");
    }
  });

  test("finds the post dialog and every comment and reply box, each scoped to what it sends", () => {
    const composers = facebookAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["comment", "reply", "post"]);
    expect(composer("comment").scope).toBe(byId("comment-form"));
    expect(composer("reply").scope).toBe(byId("reply-form"));
    expect(composer("post").scope).toBe(byId("dialog"));
    expect(composer("post").anchor).toBe(byId("post"));
  });

  test("reads rich text as the model holds it: blank line between paragraphs, emoji, hashtags, NBSP", () => {
    expect(facebookAdapter.readText(byId("post"))).toBe("Big news 🎉 for #launch\n\n\n\nfirst line\nsecond line");
    expect(facebookAdapter.readText(byId("comment"))).toBe("Count me in Bea Example\nsee you");
  });

  test("an empty editor reads as empty, whatever its placeholder says", () => {
    expect(facebookAdapter.readText(byId("reply"))).toBe("");
    byId("post").innerHTML = "<p><br></p>";
    expect(facebookAdapter.readText(byId("post"))).toBe("");
  });

  test("Post sends the dialog's post; the comment arrow sends its own comment only", () => {
    const post = facebookAdapter.submitTargets(composer("post"));
    const comment = facebookAdapter.submitTargets(composer("comment"));
    const reply = facebookAdapter.submitTargets(composer("reply"));
    const postButton = byId("post-button");
    expect(post.control(pathTo(postButton.firstElementChild!))).toBe(postButton);
    expect(post.control(pathTo(byId("emoji")))).toBeUndefined();
    expect(comment.control(pathTo(postButton))).toBeUndefined();
    expect(comment.control(pathTo(byId("send").firstElementChild!))).toBe(byId("send"));
    expect(post.control(pathTo(byId("send")))).toBeUndefined();
    expect(reply.control(pathTo(byId("send")))).toBeUndefined();
    expect(comment.control(pathTo(byId("like")))).toBeUndefined();
  });

  test("a Page's Next counts as its post's submit: the text is last seen there", () => {
    byId("post-button").setAttribute("aria-label", "Next");
    expect(facebookAdapter.submitTargets(composer("post")).control(pathTo(byId("post-button")))).toBe(byId("post-button"));
  });

  test("in the Simplified Chinese interface, 发帖 and 下一步 send the post and 评论 the comment", () => {
    for (const label of ["发帖", "下一步"]) {
      byId("post-button").setAttribute("aria-label", label);
      expect(facebookAdapter.submitTargets(composer("post")).control(pathTo(byId("post-button")))).toBe(byId("post-button"));
    }
    byId("post-button").setAttribute("aria-label", "表情");
    expect(facebookAdapter.submitTargets(composer("post")).control(pathTo(byId("post-button")))).toBeUndefined();
    const arrow = document.createElement("div");
    arrow.setAttribute("role", "button");
    arrow.setAttribute("aria-label", "评论");
    byId("comment-form").append(arrow);
    expect(facebookAdapter.submitTargets(composer("comment")).control(pathTo(arrow))).toBe(arrow);
  });

  test("a post's own dialog holds comment forms: their arrows are not the post's", () => {
    byId("dialog").append(byId("comment-form"));
    const post = facebookAdapter.submitTargets(composer("post"));
    expect(composer("comment").scope).toBe(byId("comment-form"));
    byId("send").setAttribute("aria-label", "Post");
    expect(post.control(pathTo(byId("send")))).toBeUndefined();
  });

  test("a disabled control sends nothing", () => {
    expect(facebookAdapter.submitTargets(composer("reply")).control(pathTo(byId("reply-send")))).toBeUndefined();
    byId("post-button").setAttribute("aria-disabled", "true");
    expect(facebookAdapter.submitTargets(composer("post")).control(pathTo(byId("post-button")))).toBeUndefined();
    byId("reply-send").setAttribute("aria-disabled", "false");
    expect(facebookAdapter.submitTargets(composer("reply")).control(pathTo(byId("reply-send")))).toBe(byId("reply-send"));
  });

  test("Enter (and Ctrl/Cmd+Enter) sends a comment; Shift+Enter, IME composition and an open mention list do not", () => {
    const comment = facebookAdapter.submitTargets(composer("comment"));
    expect(comment.isKeySubmit(enterKey({}))).toBe(true);
    expect(comment.isKeySubmit(enterKey({ ctrlKey: true }))).toBe(true);
    expect(comment.isKeySubmit(enterKey({ shiftKey: true }))).toBe(false);
    expect(comment.isKeySubmit(enterKey({ altKey: true }))).toBe(false);
    expect(comment.isKeySubmit(enterKey({ isComposing: true }))).toBe(false);
    expect(comment.isKeySubmit(enterKey({ keyCode: 229 }))).toBe(false);
    expect(comment.isKeySubmit(enterKey({ key: "a" }))).toBe(false);
    byId("comment").setAttribute("aria-activedescendant", "typeahead-item-0");
    expect(comment.isKeySubmit(enterKey({}))).toBe(false);
    byId("comment").removeAttribute("aria-activedescendant");
    document.body.insertAdjacentHTML("beforeend", '<ul role="listbox" id="mentions"><li role="option">Bea Example</li></ul>');
    expect(comment.isKeySubmit(enterKey({}))).toBe(false);
    byId("mentions").replaceChildren(); // an empty list is not a picker
    expect(comment.isKeySubmit(enterKey({}))).toBe(true);
  });

  test("the post dialog has no send key: Enter starts a paragraph", () => {
    const post = facebookAdapter.submitTargets(composer("post"));
    expect(post.isKeySubmit(enterKey({}))).toBe(false);
    expect(post.isKeySubmit(enterKey({ ctrlKey: true }))).toBe(false);
  });

  test("the account is the left rail's first link: a vanity name or a profile id", () => {
    expect(facebookAdapter.detectAccount(document)).toBe("ann.example");
    byId("me").setAttribute("href", "/profile.php?id=100000000000001");
    expect(facebookAdapter.detectAccount(document)).toBe("100000000000001");
    byId("me").remove(); // the rail now starts with Friends: not a profile
    expect(facebookAdapter.detectAccount(document)).toBeUndefined();
    document.querySelector('[data-pagelet="LeftRail"]')!.remove();
    expect(facebookAdapter.detectAccount(document)).toBeUndefined();
  });

  test("profile links: vanity names and ids on Facebook only", () => {
    expect(profileHandle("https://www.facebook.com/ann.example")).toBe("ann.example");
    expect(profileHandle("https://web.facebook.com/profile.php?id=42")).toBe("42");
    expect(profileHandle("https://www.facebook.com/marketplace/")).toBeUndefined();
    expect(profileHandle("https://www.facebook.com/profile.php?id=")).toBeUndefined();
    expect(profileHandle("https://www.facebook.com/profile.php?sk=photos")).toBeUndefined();
    expect(profileHandle("https://example.com/ann.example")).toBeUndefined();
    expect(profileHandle("https://www.facebook.com/ann.example/posts/1")).toBeUndefined();
  });
});
