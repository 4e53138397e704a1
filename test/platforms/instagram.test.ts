// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { instagramAdapter } from "../../lib/platforms/instagram.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";
import { enterKey, pathTo } from "./kit.ts";

const html = readFileSync("test/platforms/fixtures/instagram-home.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const composer = (id: string): ComposerHandle => instagramAdapter.findComposers(document).find((c) => c.editor.id === id)!;

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the Instagram adapter", () => {
  test("serves www.instagram.com only", () => {
    expect(adapterFor({ hostname: "www.instagram.com", pathname: "/" }).id).toBe("instagram");
    expect(adapterFor({ hostname: "instagram.com", pathname: "/p/abc/" }).id).toBe("instagram");
    expect(adapterFor({ hostname: "www.threads.com", pathname: "/" }).id).not.toBe("instagram");
  });

  test("finds the caption and the comment box, each scoped to what it sends", () => {
    const composers = instagramAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id).sort()).toEqual(["caption", "comment"]);
    expect(composer("caption").scope).toBe(byId("dialog"));
    expect(composer("comment").scope).toBe(byId("comment-form"));
  });

  test("a caption known only by its label is still found once", () => {
    byId("dialog").removeAttribute("role");
    byId("caption").removeAttribute("role");
    expect(instagramAdapter.findComposers(document).filter((c) => c.editor.id === "caption")).toHaveLength(1);
  });

  test("reads the caption as plain text: each <br> a line, emoji, mentions, hashtags, NBSP", () => {
    expect(instagramAdapter.readText(byId("caption"))).toBe("Sunny day ☀️\nwith @bea.example #beach\n");
    (byId("comment") as HTMLTextAreaElement).value = "so nice\nsee you";
    expect(instagramAdapter.readText(byId("comment"))).toBe("so nice\nsee you");
  });

  test("an empty caption reads as empty, whatever its placeholder says", () => {
    byId("caption").innerHTML = "<p><br></p>";
    expect(instagramAdapter.readText(byId("caption"))).toBe("");
    expect(instagramAdapter.readText(byId("comment"))).toBe("");
  });

  test("Share sends the caption; the form's Post sends its comment; nothing else does", () => {
    const caption = instagramAdapter.submitTargets(composer("caption"));
    const comment = instagramAdapter.submitTargets(composer("comment"));
    expect(caption.control(pathTo(byId("share")))).toBe(byId("share"));
    expect(caption.control(pathTo(byId("back").firstElementChild!))).toBeUndefined();
    expect(caption.control(pathTo(byId("comment-post")))).toBeUndefined();
    expect(comment.control(pathTo(byId("comment-post")))).toBe(byId("comment-post"));
    expect(comment.control(pathTo(byId("share")))).toBeUndefined();
    expect(comment.control(pathTo(byId("share-icon").firstElementChild!))).toBeUndefined();
    byId("comment-post").setAttribute("aria-disabled", "true");
    expect(comment.control(pathTo(byId("comment-post")))).toBeUndefined();
  });

  test("in the Simplified Chinese interface, 分享 sends the caption", () => {
    const caption = instagramAdapter.submitTargets(composer("caption"));
    byId("share").textContent = "分享";
    expect(caption.control(pathTo(byId("share")))).toBe(byId("share"));
    byId("share").textContent = "返回";
    expect(caption.control(pathTo(byId("share")))).toBeUndefined();
  });

  test("Enter sends a comment; Shift+Enter, IME composition and an open suggestion list do not", () => {
    const comment = instagramAdapter.submitTargets(composer("comment"));
    expect(comment.isKeySubmit(enterKey({}))).toBe(true);
    expect(comment.isKeySubmit(enterKey({ shiftKey: true }))).toBe(false);
    expect(comment.isKeySubmit(enterKey({ isComposing: true }))).toBe(false);
    expect(comment.isKeySubmit(enterKey({ keyCode: 229 }))).toBe(false);
    document.body.insertAdjacentHTML("beforeend", '<div role="listbox" id="suggestions"><div role="option">bea.example</div></div>');
    expect(comment.isKeySubmit(enterKey({}))).toBe(false);
    byId("suggestions").remove();
    byId("comment").setAttribute("aria-expanded", "true");
    expect(comment.isKeySubmit(enterKey({}))).toBe(false);
  });

  test("the caption has no send key: Enter is a line break", () => {
    const caption = instagramAdapter.submitTargets(composer("caption"));
    expect(caption.isKeySubmit(enterKey({}))).toBe(false);
    expect(caption.isKeySubmit(enterKey({ ctrlKey: true }))).toBe(false);
  });

  test("the account is the name the caption step shows beside its picture", () => {
    expect(instagramAdapter.detectAccount(document)).toBe("annexample");
    // Localized alt text still holds the username.
    byId("author").querySelector("img")!.setAttribute("alt", "annexample的头像");
    expect(instagramAdapter.detectAccount(document)).toBe("annexample");
    byId("author").querySelector("img")!.remove(); // a name without its picture is not proof
    expect(instagramAdapter.detectAccount(document)).toBeUndefined();
  });

  test("without the Create dialog the account is unknown (feed avatars are other people)", () => {
    byId("dialog").remove();
    expect(instagramAdapter.detectAccount(document)).toBeUndefined();
  });
});
