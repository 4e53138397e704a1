// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { xAdapter } from "../../lib/platforms/x.ts";

const html = readFileSync("test/platforms/fixtures/x-compose.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", ...init });

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the X adapter", () => {
  test("serves x.com, mobile.x.com and twitter.com", () => {
    for (const hostname of ["x.com", "mobile.x.com", "twitter.com"]) {
      expect(adapterFor({ hostname, pathname: "/home" }).id).toBe("x");
    }
    expect(adapterFor({ hostname: "example.com", pathname: "/" }).id).toBe("generic");
  });

  test("finds every compose box: the timeline's and each thread item of the modal", () => {
    const composers = xAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["inline", "first", "second"]);
    const [inline, first, second] = composers;
    expect(first!.scope).toBe(second!.scope); // one Post button posts the thread
    expect(first!.scope).not.toBe(inline!.scope);
    expect(first!.anchor.getAttribute("data-testid")).toBe("tweetTextarea_0RichTextInputContainer");
  });

  test("finds the mobile web textarea", () => {
    document.body.innerHTML = '<form><div data-testid="tweetTextarea_0"><textarea id="m">hi</textarea></div><button data-testid="tweetButton">Post</button></form>';
    const [composer] = xAdapter.findComposers(document);
    expect(composer?.editor.id).toBe("m");
    expect(xAdapter.readText(composer!.editor)).toBe("hi");
  });

  test("reads Draft's blocks, emoji images, NBSP and zero-width characters as posted", () => {
    expect(xAdapter.readText(byId("first"))).toBe("Big news  today 🎉\n\nzero\u200bwidth and a\nsoft break");
    expect(xAdapter.readText(byId("inline"))).toBe("");
  });

  test("its Post button is the modal's for the thread items, and only when enabled", () => {
    const [inline, first] = xAdapter.findComposers(document);
    const post = byId("post");
    const path = [post.firstElementChild!, post, post.parentElement!, document.body, document];
    expect(xAdapter.submitTargets(first!).control(path)).toBe(post);
    expect(xAdapter.submitTargets(inline!).control(path)).toBeUndefined();
    const inlineButton = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
    expect(xAdapter.submitTargets(inline!).control([inlineButton, document.body])).toBeUndefined(); // disabled
    inlineButton.removeAttribute("disabled");
    inlineButton.setAttribute("aria-disabled", "false");
    expect(xAdapter.submitTargets(inline!).control([inlineButton, document.body])).toBe(inlineButton);
    expect(xAdapter.submitTargets(first!).control([byId("modal-header"), document.body])).toBeUndefined();
  });

  test("Ctrl/Cmd+Enter submits; Enter, Shift+Enter and IME composition do not", () => {
    const targets = xAdapter.submitTargets(xAdapter.findComposers(document)[1]!);
    expect(targets.isKeySubmit(key({ ctrlKey: true }))).toBe(true);
    expect(targets.isKeySubmit(key({ metaKey: true }))).toBe(true);
    expect(targets.isKeySubmit(key({}))).toBe(false);
    expect(targets.isKeySubmit(key({ shiftKey: true }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, isComposing: true }))).toBe(false);
    expect(targets.isKeySubmit(key({ ctrlKey: true, keyCode: 229 }))).toBe(false);
  });

  test("detects the account from the account switcher", () => {
    expect(xAdapter.detectAccount(document)).toBe("annexample");
    document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')!.remove();
    expect(xAdapter.detectAccount(document)).toBeUndefined();
  });
});
