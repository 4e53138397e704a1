// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { threadsAdapter } from "../../lib/platforms/threads.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";
import { enterKey, pathTo } from "./kit.ts";

const html = readFileSync("test/platforms/fixtures/threads-home.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const composer = (id: string): ComposerHandle => threadsAdapter.findComposers(document).find((c) => c.editor.id === id)!;

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the Threads adapter", () => {
  test("serves threads.com and threads.net", () => {
    for (const hostname of ["www.threads.com", "www.threads.net", "threads.net"]) {
      expect(adapterFor({ hostname, pathname: "/" }).id).toBe("threads");
    }
    expect(adapterFor({ hostname: "www.instagram.com", pathname: "/" }).id).not.toBe("threads");
  });

  test("finds the inline box, the reply box and each post of the dialog's thread", () => {
    const composers = threadsAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["inline", "reply", "first", "second"]);
    expect(composer("inline").scope).toBe(byId("inline-box"));
    expect(composer("reply").scope).toBe(byId("reply-box"));
    expect(composer("first").scope).toBe(byId("dialog"));
    expect(composer("second").scope).toBe(byId("dialog"));
  });

  test("reads plain text: each <br> a line, mentions, emoji, NBSP", () => {
    expect(threadsAdapter.readText(byId("reply"))).toBe("Congrats @bea.example 🎉\nsee you there");
    expect(threadsAdapter.readText(byId("first"))).toBe("Part one\n\nafter a blank line");
  });

  test("an empty editor reads as empty, whatever its placeholder says", () => {
    expect(threadsAdapter.readText(byId("inline"))).toBe("");
  });

  test("the dialog's one Post sends every post of the thread", () => {
    const post = byId("dialog-post");
    for (const id of ["first", "second"]) {
      expect(threadsAdapter.submitTargets(composer(id)).control(pathTo(post.firstElementChild!))).toBe(post);
    }
    expect(threadsAdapter.submitTargets(composer("first")).control(pathTo(byId("remove-second")))).toBeUndefined();
    expect(threadsAdapter.submitTargets(composer("inline")).control(pathTo(post))).toBeUndefined();
  });

  test("in the Simplified Chinese interface, 发布 sends the thread", () => {
    const post = byId("dialog-post");
    post.textContent = "发布";
    expect(threadsAdapter.submitTargets(composer("first")).control(pathTo(post))).toBe(post);
    post.textContent = "删除";
    expect(threadsAdapter.submitTargets(composer("first")).control(pathTo(post))).toBeUndefined();
  });

  test("a reply box is sent by the Reply arrow below it, not the post's Reply above or the next post's", () => {
    const reply = threadsAdapter.submitTargets(composer("reply"));
    expect(reply.control(pathTo(byId("reply-send").firstElementChild!))).toBe(byId("reply-send"));
    expect(reply.control(pathTo(byId("post-1-reply")))).toBeUndefined();
    expect(reply.control(pathTo(byId("post-2-reply")))).toBeUndefined();
    expect(reply.control(pathTo(byId("post-1-like")))).toBeUndefined();
  });

  test("a reply arrow drawn after the box was found is still its own; later posts' Reply buttons are not", () => {
    const arrow = byId("reply-send");
    arrow.remove();
    const found = composer("reply");
    expect(found.scope).toBe(byId("feed")); // the nearest box with a control after the editor
    byId("reply-box").append(arrow);
    const reply = threadsAdapter.submitTargets(found);
    expect(reply.control(pathTo(arrow))).toBe(arrow);
    expect(reply.control(pathTo(byId("post-2-reply")))).toBeUndefined();
    expect(reply.control(pathTo(byId("post-1-reply")))).toBeUndefined();
  });

  test("the inline box's Post sends it only when enabled, and never another box's control", () => {
    const inline = threadsAdapter.submitTargets(composer("inline"));
    expect(inline.control(pathTo(byId("inline-post")))).toBeUndefined(); // aria-disabled while empty
    byId("inline-post").setAttribute("aria-disabled", "false");
    expect(inline.control(pathTo(byId("inline-post")))).toBe(byId("inline-post"));
    expect(inline.control(pathTo(byId("reply-send")))).toBeUndefined();
  });

  test("no key sends a post: Enter is a line break", () => {
    const targets = threadsAdapter.submitTargets(composer("inline"));
    for (const init of [{}, { ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { ctrlKey: true, keyCode: 229 }]) {
      expect(targets.isKeySubmit(enterKey(init))).toBe(false);
    }
  });

  test("the account is the profile tab's handle", () => {
    expect(threadsAdapter.detectAccount(document)).toBe("annexample");
    byId("profile-link").setAttribute("href", "/@ann_example.2/");
    expect(threadsAdapter.detectAccount(document)).toBe("ann_example.2");
    byId("profile-link").remove(); // other /@ links are people in the feed
    expect(threadsAdapter.detectAccount(document)).toBeUndefined();
  });
});
