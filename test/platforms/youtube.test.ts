// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { youtubeAdapter } from "../../lib/platforms/youtube.ts";

const html = readFileSync("test/platforms/fixtures/youtube-watch.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", ...init });

/** The composed path of a click on `target`, innermost first. */
function pathOf(target: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = target; node; node = node.parentNode) path.push(node);
  return [...path, window];
}

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the YouTube adapter", () => {
  test("serves www.youtube.com", () => {
    expect(adapterFor({ hostname: "www.youtube.com", pathname: "/watch" }).id).toBe("youtube");
    expect(adapterFor({ hostname: "youtube.com", pathname: "/watch" }).id).toBe("youtube");
    expect(adapterFor({ hostname: "music.youtube.com", pathname: "/" }).id).toBe("generic");
  });

  test("finds the comment box and the reply box, each its own scope", () => {
    const composers = youtubeAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.getAttribute("aria-label"))).toEqual(["Add a comment...", "Add a reply..."]);
    expect(composers.map((c) => c.scope.id)).toEqual(["commentbox", "reply-box"]);
    expect(composers[0]!.anchor).toBe(composers[0]!.editor);
  });

  test("finds nothing while the comment box is still the placeholder", () => {
    document.body.innerHTML =
      '<ytd-comment-simplebox-renderer><div id="placeholder-area" tabindex="0"><yt-formatted-string id="simplebox-placeholder">Add a comment...</yt-formatted-string></div></ytd-comment-simplebox-renderer>';
    expect(youtubeAdapter.findComposers(document)).toEqual([]);
  });

  test("reads the box as posted: lines, blank lines, emoji images, mentions, NBSP; an empty box is empty", () => {
    const [comment, reply] = youtubeAdapter.findComposers(document);
    expect(youtubeAdapter.readText(comment!.editor)).toBe("Great video 😀 @someone\nSecond line\n\nThird  line");
    expect(youtubeAdapter.readText(reply!.editor)).toBe("");
    reply!.editor.innerHTML = "a<br>b<br>";
    expect(youtubeAdapter.readText(reply!.editor)).toBe("a\nb");
  });

  test("Comment belongs to the comment box; Cancel, the other box's button and a disabled Reply do not submit", () => {
    const [comment, reply] = youtubeAdapter.findComposers(document);
    const submit = byId("top-submit");
    const label = submit.querySelector("span")!;
    expect(youtubeAdapter.submitTargets(comment!).control(pathOf(label))).toBe(submit);
    expect(youtubeAdapter.submitTargets(reply!).control(pathOf(label))).toBeUndefined();
    expect(youtubeAdapter.submitTargets(comment!).control(pathOf(byId("top-cancel")))).toBeUndefined();
    const replySubmit = byId("reply-submit") as HTMLButtonElement;
    expect(youtubeAdapter.submitTargets(reply!).control(pathOf(replySubmit))).toBeUndefined();
    replySubmit.disabled = false;
    expect(youtubeAdapter.submitTargets(reply!).control(pathOf(replySubmit))).toBe(replySubmit);
    replySubmit.setAttribute("aria-disabled", "true");
    expect(youtubeAdapter.submitTargets(reply!).control(pathOf(replySubmit))).toBeUndefined();
  });

  test("Ctrl/Cmd+Enter submits; Enter makes a new line; Shift+Enter, IME and an open mention list never submit", () => {
    const [comment] = youtubeAdapter.findComposers(document);
    const targets = youtubeAdapter.submitTargets(comment!);
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true);
    expect(targets.isKeySubmit(key({ metaKey: true }))).toBe(true);
    expect(targets.isKeySubmit(key({}))).toBe(false);
    expect(targets.isKeySubmit(key({ shiftKey: true }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, isComposing: true }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, keyCode: 229 }))).toBe(false);
    const suggestions = document.createElement("div");
    suggestions.setAttribute("role", "listbox");
    byId("commentbox").append(suggestions);
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(false);
  });

  test("detects the channel handle from the account menu's header, once it has been rendered", () => {
    expect(youtubeAdapter.detectAccount(document)).toBe("annexample");
    document.querySelector("ytd-popup-container")!.remove();
    expect(youtubeAdapter.detectAccount(document)).toBeUndefined();
  });
});
