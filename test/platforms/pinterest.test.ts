// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { pinterestAdapter } from "../../lib/platforms/pinterest.ts";

const html = readFileSync("test/platforms/fixtures/pinterest-create.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", ...init });
const EMPTY_DRAFT =
  '<div data-contents="true"><div data-block="true" data-offset-key="e-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="e-0-0"><span data-offset-key="e-0-0"><br data-text="true"></span></div></div></div>';

beforeEach(() => {
  document.body.innerHTML = html;
});

describe("the Pinterest adapter", () => {
  test("serves pinterest.com and its country domains, with their subdomains", () => {
    for (const hostname of ["www.pinterest.com", "pinterest.com", "uk.pinterest.com", "www.pinterest.co.uk", "www.pinterest.de", "www.pinterest.jp"]) {
      expect(adapterFor({ hostname, pathname: "/pin-creation-tool/" }).id).toBe("pinterest");
    }
    for (const hostname of ["notpinterest.com", "pinterest.com.evil.example"]) {
      expect(adapterFor({ hostname, pathname: "/" }).id).toBe("generic");
    }
  });

  test("the description and the title are both composers, description first, published by one Publish", () => {
    const composers = pinterestAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["description", "storyboard-selector-title"]);
    const [description, title] = composers;
    expect(description!.scope).toBe(byId("pin-form"));
    expect(title!.scope).toBe(description!.scope);
    expect(description!.anchor).toBe(byId("dweb-comment-editor-container"));
    expect(title!.anchor).toBe(byId("storyboard-selector-title"));
  });

  test("reads the description's paragraphs, mention, hashtag and NBSP as posted, and the title's value", () => {
    const [description, title] = pinterestAdapter.findComposers(document);
    expect(pinterestAdapter.readText(description!.editor)).toBe("Fresh from @annexample kitchen\nTry it #springrecipes");
    expect(pinterestAdapter.readText(title!.editor)).toBe("Spring menu");
    (title!.editor as HTMLInputElement).value = "bluefin is back";
    expect(pinterestAdapter.readText(title!.editor)).toBe("bluefin is back");
  });

  test("an emoji drawn as an image counts as its alt; an empty description reads as empty, its overlay is not text", () => {
    const description = byId("description");
    description.querySelector('[data-text="true"]')!.insertAdjacentHTML("beforeend", '<img alt="🌷" src="data:,">');
    expect(pinterestAdapter.readText(description).split("\n")[0]).toBe("Fresh from 🌷@annexample kitchen");
    description.innerHTML = EMPTY_DRAFT;
    byId("dweb-comment-editor-container").insertAdjacentHTML(
      "beforeend",
      '<div role="button" tabindex="0">Add a detailed description</div>',
    );
    expect(pinterestAdapter.readText(description)).toBe("");
  });

  test("Publish is the control of both: by its older hook, or by its label alone; never another button or while disabled", () => {
    const [description, title] = pinterestAdapter.findComposers(document);
    const publish = byId("publish");
    const label = publish.firstElementChild!;
    const path = [label, publish, publish.parentElement!, byId("pin-form"), document.body, document];
    expect(pinterestAdapter.submitTargets(description!).control(path)).toBe(publish);
    expect(pinterestAdapter.submitTargets(title!).control(path)).toBe(publish);
    const board = document.querySelector<HTMLElement>('[data-test-id="board-dropdown-select-button"]')!;
    expect(pinterestAdapter.submitTargets(description!).control([board, byId("pin-form"), document.body])).toBeUndefined();
    publish.setAttribute("disabled", "");
    expect(pinterestAdapter.submitTargets(description!).control(path)).toBeUndefined();

    // The current page: no hook, a localized label.
    document.querySelector('[data-test-id="storyboard-creation-nav-done"]')!.outerHTML =
      '<div class="actions"><button id="publish-now" type="button" aria-label="发布">发布</button></div>';
    const [current] = pinterestAdapter.findComposers(document);
    expect(current!.scope).toBe(byId("pin-form"));
    const now = byId("publish-now");
    expect(pinterestAdapter.submitTargets(current!).control([now, now.parentElement!, byId("pin-form")])).toBe(now);
  });

  test("no key submits: Enter makes a line in the description, and IME keys never post", () => {
    const [description, title] = pinterestAdapter.findComposers(document);
    for (const composer of [description!, title!]) {
      const targets = pinterestAdapter.submitTargets(composer);
      for (const init of [{}, { ctrlKey: true }, { metaKey: true }, { ctrlKey: true, isComposing: true }, { keyCode: 229 }]) {
        expect(targets.isKeySubmit(key(init))).toBe(false);
      }
    }
  });

  test("detects the account from the header's profile link; none when it is absent or not a profile", () => {
    expect(pinterestAdapter.detectAccount(document)).toBe("annexample");
    const link = document.querySelector('[data-test-id="header-profile"] a')!;
    link.setAttribute("href", "https://www.pinterest.com/ann.example/");
    expect(pinterestAdapter.detectAccount(document)).toBe("ann.example");
    for (const href of ["/settings/", "/_saved/", "/annexample/boards/", "/%E0%A4%A/"]) {
      link.setAttribute("href", href);
      expect(pinterestAdapter.detectAccount(document), href).toBeUndefined();
    }
    document.querySelector('[data-test-id="header-profile"]')!.remove();
    expect(pinterestAdapter.detectAccount(document)).toBeUndefined();
  });
});
