// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { adapterFor } from "../../lib/platforms/index.ts";
import { tiktokAdapter } from "../../lib/platforms/tiktok.ts";

const page = readFileSync("test/platforms/fixtures/tiktok-upload.html", "utf8");
const framed = readFileSync("test/platforms/fixtures/tiktok-frame.html", "utf8");
const byId = (id: string) => document.getElementById(id)!;
const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent("keydown", { key: "Enter", ...init });

/** TikTok Studio's page with the upload form in `iframe[data-tt=Upload_index_iframe]`, once the frame has loaded. */
async function framedPage(body = framed, testId = "Upload_index_iframe"): Promise<Document> {
  document.body.innerHTML = "<h1>TikTok Studio</h1>";
  const iframe = document.createElement("iframe");
  iframe.setAttribute("data-tt", testId);
  iframe.srcdoc = body;
  const loaded = new Promise((done) => iframe.addEventListener("load", done, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

beforeEach(() => {
  document.body.innerHTML = page;
});

describe("the TikTok adapter", () => {
  test("serves www.tiktok.com on every path (Studio is reached from the feed without a reload)", () => {
    for (const pathname of ["/tiktokstudio/upload", "/foryou", "/@annexample"]) {
      expect(adapterFor({ hostname: "www.tiktok.com", pathname }).id).toBe("tiktok");
    }
    expect(adapterFor({ hostname: "www.tiktok.com.evil.example", pathname: "/" }).id).toBe("generic");
  });

  test("finds the caption of the upload form rendered in the page, and no other Draft.js box", () => {
    // A video page's comment box is Draft.js too, but it is not the caption.
    document.body.insertAdjacentHTML(
      "beforeend",
      '<div data-e2e="comment-input"><div class="DraftEditor-root"><div id="comment" class="public-DraftEditor-content" contenteditable="true"></div></div></div>',
    );
    const composers = tiktokAdapter.findComposers(document);
    expect(composers.map((c) => c.editor.id)).toEqual(["caption"]);
    expect(composers[0]!.scope).toBe(document.querySelector(".upload-container"));
    expect(composers[0]!.anchor).toBe(document.querySelector(".caption-editor"));
  });

  test("finds the caption inside the upload iframe, scoped to the frame's form", async () => {
    const inner = await framedPage();
    const [composer, ...rest] = tiktokAdapter.findComposers(document);
    expect(rest).toEqual([]);
    expect(composer!.editor).toBe(inner.getElementById("framed-caption"));
    expect(composer!.scope).toBe(inner.querySelector(".uploader-form"));
    expect(composer!.anchor).toBe(inner.querySelector(".caption-editor"));
  });

  test("a Draft.js box in some other frame is not the caption", async () => {
    await framedPage(framed, "some_other_iframe");
    expect(tiktokAdapter.findComposers(document)).toEqual([]);
  });

  test("reads Draft's paragraphs, hashtags and mentions, soft breaks, NBSP and zero-width characters as posted", () => {
    expect(tiktokAdapter.readText(byId("caption"))).toBe(
      "Big news: the #bluefin is back with @annexample\n\ntwo  spaces, zero\u200bwidth\nand a soft break",
    );
  });

  test("an emoji drawn as an image counts as its alt text", () => {
    byId("caption").querySelector('[data-text="true"]')!.insertAdjacentHTML("beforeend", '<img alt="🎉" src="data:,">');
    expect(tiktokAdapter.readText(byId("caption")).split("\n")[0]).toBe("Big news: the 🎉#bluefin is back with @annexample");
  });

  test("an empty caption reads as empty: its placeholder is not text", async () => {
    const inner = await framedPage();
    expect(tiktokAdapter.readText(inner.getElementById("framed-caption")!)).toBe("");
  });

  test("Post is its control: from the button's label, not Discard, not another form's, never while disabled", async () => {
    const [composer] = tiktokAdapter.findComposers(document);
    const targets = tiktokAdapter.submitTargets(composer!);
    const post = byId("post");
    const label = post.querySelector(".TUXButton-label")!;
    expect(targets.control([label, label.parentElement!, post, post.parentElement!, document.body, document])).toBe(post);
    const discard = document.querySelector<HTMLElement>('[data-e2e="discard_post_button"]')!;
    expect(targets.control([discard, discard.parentElement!, document.body])).toBeUndefined();
    post.setAttribute("aria-disabled", "true");
    expect(targets.control([post, document.body])).toBeUndefined();

    const inner = await framedPage();
    const [framedComposer] = tiktokAdapter.findComposers(document);
    const framedPost = inner.getElementById("framed-post")!;
    expect(tiktokAdapter.submitTargets(framedComposer!).control([framedPost, inner.body])).toBeUndefined(); // disabled
    framedPost.removeAttribute("disabled");
    framedPost.setAttribute("aria-disabled", "false");
    expect(tiktokAdapter.submitTargets(framedComposer!).control([framedPost, inner.body])).toBe(framedPost);
    expect(targets.control([framedPost, inner.body])).toBeUndefined(); // not the form of the first caption
  });

  test("no key submits: TikTok has no shortcut, Enter makes a line or picks from the open list, IME keys never post", () => {
    const targets = tiktokAdapter.submitTargets(tiktokAdapter.findComposers(document)[0]!);
    expect(document.querySelector(".mention-list-popover")).not.toBeNull();
    for (const init of [{}, { ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { ctrlKey: true, isComposing: true }, { keyCode: 229 }]) {
      expect(targets.isKeySubmit(key(init))).toBe(false);
    }
  });

  test("the page shows no account it can be read from, so none is guessed", () => {
    expect(tiktokAdapter.detectAccount(document)).toBeUndefined();
  });
});
