// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { genericAdapter } from "../../lib/platforms/generic.ts";
import type { ComposerHandle } from "../../lib/platforms/types.ts";
import { enterKey, pathTo } from "./kit.ts";

const html = readFileSync("test/platforms/fixtures/generic.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const composer = (id: string): ComposerHandle => genericAdapter.findComposers(document).find((c) => c.editor.id === id)!;

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the generic adapter (sites the user added)", () => {
  test("finds textareas and outermost contenteditables, not read-only ones", () => {
    expect(genericAdapter.findComposers(document).map((c) => c.editor.id)).toEqual(["textarea", "editable", "zh-editor", "rich"]);
  });

  test("reads contenteditables line by line", () => {
    expect(genericAdapter.readText(byId("editable"))).toBe("Hello\nworld\n");
    expect(genericAdapter.readText(byId("zh-editor"))).toBe("第一段\n第二段");
    expect(genericAdapter.readText(byId("rich"))).toBe("Outer @mention inner");
  });

  test("the form's submit button sends the textarea; its other buttons do not", () => {
    const targets = genericAdapter.submitTargets(composer("textarea"));
    expect(targets.control(pathTo(byId("schedule")))).toBe(byId("schedule"));
    expect(targets.control(pathTo(byId("emoji")))).toBeUndefined();
    expect(targets.control(pathTo(byId("send")))).toBeUndefined();
  });

  test("a nearby post-like button sends its own composer only", () => {
    expect(genericAdapter.submitTargets(composer("editable")).control(pathTo(byId("send")))).toBe(byId("send"));
    expect(genericAdapter.submitTargets(composer("zh-editor")).control(pathTo(byId("publish")))).toBe(byId("publish"));
    expect(genericAdapter.submitTargets(composer("editable")).control(pathTo(byId("publish")))).toBeUndefined();
    expect(genericAdapter.submitTargets(composer("rich")).control(pathTo(byId("send")))).toBeUndefined();
  });

  test("a disabled control sends nothing", () => {
    byId("send").setAttribute("aria-disabled", "true");
    expect(genericAdapter.submitTargets(composer("editable")).control(pathTo(byId("send")))).toBeUndefined();
  });

  test("Ctrl/Cmd+Enter sends anywhere; Enter only in a one-line message box, never mid-IME or with a picker open", () => {
    const textarea = genericAdapter.submitTargets(composer("textarea"));
    const chat = genericAdapter.submitTargets(composer("editable"));
    const multiline = genericAdapter.submitTargets(composer("zh-editor"));
    expect(textarea.isKeySubmit(enterKey({ ctrlKey: true }))).toBe(true);
    expect(textarea.isKeySubmit(enterKey({}))).toBe(false);
    expect(chat.isKeySubmit(enterKey({}))).toBe(true);
    expect(chat.isKeySubmit(enterKey({ shiftKey: true }))).toBe(false);
    expect(chat.isKeySubmit(enterKey({ isComposing: true }))).toBe(false);
    expect(multiline.isKeySubmit(enterKey({}))).toBe(false);
    expect(multiline.isKeySubmit(enterKey({ metaKey: true }))).toBe(true);
    document.body.insertAdjacentHTML("beforeend", '<ul role="listbox"><li>@ann</li></ul>');
    expect(chat.isKeySubmit(enterKey({}))).toBe(false);
  });

  test("knows no account (the panel asks)", () => {
    expect(genericAdapter.detectAccount(document)).toBeUndefined();
  });
});
