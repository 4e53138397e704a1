// @vitest-environment happy-dom
// The content script runs in the top frame only and reaches into same-origin frames (TikTok
// Studio's upload iframe): frames are found as they load and are replaced, edits and submits
// inside them are seen, the badge goes where the editor really is, and all of it is released
// when the frame goes.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { watchComposers, type TrackedComposer } from "../../lib/content/composers.ts";
import type { LoadedEngine } from "../../lib/content/engine-client.ts";
import { rectInTopViewport, watchFrames, type FrameWatch } from "../../lib/content/frames.ts";
import { installGate } from "../../lib/content/gate.ts";
import type { GateAnswer } from "../../lib/review/shapes.ts";
import type { Finding } from "../../lib/engine/types.ts";
import type { PlatformAdapter } from "../../lib/platforms/types.ts";

const FORM = '<div class="form"><div id="editor" class="editor" contenteditable="true">hello</div><button id="post">Post</button></div>';
const BLOCK: Finding = { ruleId: "events/match", messageId: "event", severity: "block", message: "m", start: 0, end: 1, excerpt: "h" };

/** A tiny adapter: `.editor` anywhere in the page or its same-origin frames, posted by the form's button. */
const adapter: PlatformAdapter = {
  id: "test",
  matches: () => true,
  findComposers(root) {
    const documents = [root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!];
    for (const iframe of root.querySelectorAll("iframe")) {
      if (iframe.contentDocument) documents.push(iframe.contentDocument);
    }
    return documents.flatMap((doc) =>
      [...doc.querySelectorAll<HTMLElement>(".editor")].map((editor) => ({ editor, scope: editor.closest(".form")!, anchor: editor })),
    );
  },
  readText: (editor) => editor.textContent ?? "",
  submitTargets: (composer) => ({
    control: (path) => path.find((t): t is HTMLElement => (t as Element).id === "post" && composer.scope.contains(t as Element)),
    isKeySubmit: (event) => event.key === "Enter" && event.ctrlKey,
  }),
  detectAccount: () => undefined,
};

let controller: AbortController;
const tick = (ms = 0) => new Promise((done) => setTimeout(done, ms));
/** Past the watches' 100 ms coalescing of DOM changes. */
const settle = () => tick(150);

async function addFrame(body: string, parent: Document = document): Promise<HTMLIFrameElement> {
  const iframe = parent.createElement("iframe");
  iframe.srcdoc = body;
  const loaded = new Promise((done) => iframe.addEventListener("load", done, { once: true }));
  parent.body.append(iframe);
  await loaded;
  return iframe;
}

/** Loads another page in the frame (happy-dom ignores a srcdoc equal to the current one). */
async function replaceFrame(iframe: HTMLIFrameElement, body: string): Promise<void> {
  const loaded = new Promise((done) => iframe.addEventListener("load", done, { once: true }));
  iframe.srcdoc = body;
  await loaded;
}

beforeEach(() => {
  document.body.innerHTML = "<h1>Studio</h1>";
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe("watchFrames", () => {
  test("announces a frame's document when it loads, with its iframe, and aborts it when the iframe goes", async () => {
    const frames = watchFrames({ document, signal: controller.signal });
    const seen: Array<{ doc: Document; signal: AbortSignal }> = [];
    frames.each((doc, signal) => seen.push({ doc, signal }));
    const iframe = await addFrame(FORM);
    expect(seen.map((s) => s.doc)).toEqual([iframe.contentDocument]);
    expect(frames.host(iframe.contentDocument!)).toBe(iframe);
    iframe.remove();
    await settle();
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(frames.host(seen[0]!.doc)).toBeUndefined();
  });

  test("a frame whose document is replaced (it navigated) is announced again, and its old document released", async () => {
    const frames = watchFrames({ document, signal: controller.signal });
    const seen: Array<{ doc: Document; signal: AbortSignal }> = [];
    frames.each((doc, signal) => seen.push({ doc, signal }));
    const iframe = await addFrame(FORM);
    await replaceFrame(iframe, '<p id="next">next page</p>');
    expect(seen).toHaveLength(2);
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(seen[1]!.doc.getElementById("next")).not.toBeNull();
    expect(seen[1]!.signal.aborted).toBe(false);
  });

  test("finds frames already there, frames in frames, and tells late listeners about them", async () => {
    const outer = await addFrame("<p>outer</p>");
    const inner = await addFrame(FORM, outer.contentDocument!);
    const frames = watchFrames({ document, signal: controller.signal });
    const seen: Document[] = [];
    frames.each((doc) => seen.push(doc));
    expect(seen).toEqual([outer.contentDocument, inner.contentDocument]);
    expect(frames.host(inner.contentDocument!)).toBe(inner);
  });

  test("aborting the content script's signal releases every frame", async () => {
    const frames = watchFrames({ document, signal: controller.signal });
    const signals: AbortSignal[] = [];
    frames.each((_doc, signal) => signals.push(signal));
    await addFrame(FORM);
    controller.abort();
    expect(signals.map((s) => s.aborted)).toEqual([true]);
  });
});

describe("rectInTopViewport", () => {
  test("adds the iframe's position, border and padding to the editor's box in the frame", async () => {
    const iframe = await addFrame(FORM);
    iframe.style.padding = "3px 0 0 5px";
    const editor = iframe.contentDocument!.getElementById("editor")!;
    const frames = watchFrames({ document, signal: controller.signal });
    const box = (top: number, left: number, width: number, height: number) => () => DOMRect.fromRect({ x: left, y: top, width, height });
    editor.getBoundingClientRect = box(10, 20, 300, 40);
    iframe.getBoundingClientRect = box(100, 50, 600, 400);
    Object.defineProperty(iframe, "clientTop", { value: 2 });
    Object.defineProperty(iframe, "clientLeft", { value: 2 });
    expect(rectInTopViewport(editor, document, frames)).toEqual({ top: 115, left: 77, width: 300, height: 40 });
    // Scrolled out of the frame's own view: not shown, wherever the frame is.
    editor.getBoundingClientRect = box(-100, 20, 300, 40);
    expect(rectInTopViewport(editor, document, frames)).toBeUndefined();
  });

  test("an element of the top document is measured as it is; one of a frame nobody watches is not placed", async () => {
    const heading = document.querySelector("h1")!;
    heading.getBoundingClientRect = () => DOMRect.fromRect({ x: 4, y: 8, width: 100, height: 20 });
    expect(rectInTopViewport(heading, document, undefined)).toEqual({ top: 8, left: 4, width: 100, height: 20 });
    const iframe = await addFrame(FORM);
    expect(rectInTopViewport(iframe.contentDocument!.getElementById("editor")!, document, undefined)).toBeUndefined();
  });
});

describe("composers in frames", () => {
  test("are found when the frame loads, their edits are seen, and they go when the frame is replaced or removed", async () => {
    const frames = watchFrames({ document, signal: controller.signal });
    const added: TrackedComposer[] = [];
    const removed: number[] = [];
    const edited: number[] = [];
    watchComposers({
      adapter,
      document,
      frames,
      signal: controller.signal,
      onAdd: (c) => added.push(c),
      onRemove: (c) => removed.push(c.id),
      onEdit: (c) => edited.push(c.id),
    });
    const iframe = await addFrame(FORM);
    await settle();
    expect(added.map((c) => c.handle.editor)).toEqual([iframe.contentDocument!.getElementById("editor")]);
    const first = added[0]!;

    // An input event inside the frame never reaches the top document: it is heard in the frame.
    first.handle.editor.dispatchEvent(new Event("input", { bubbles: true }));
    expect(edited).toEqual([first.id]);

    // The frame navigates: the old composer is released, the new page's is found.
    await replaceFrame(iframe, FORM.replace("hello", "the next page"));
    await settle();
    expect(removed).toEqual([first.id]);
    expect(first.signal.aborted).toBe(true);
    expect(added).toHaveLength(2);
    const second = added[1]!;
    expect(second.handle.editor.ownerDocument).toBe(iframe.contentDocument);

    // A composer the frame's app renders later is found too.
    iframe.contentDocument!.body.insertAdjacentHTML("beforeend", '<div class="form"><div class="editor" contenteditable="true"></div></div>');
    await settle();
    expect(added).toHaveLength(3);

    iframe.remove();
    await settle();
    expect(removed).toEqual([first.id, second.id, added[2]!.id]);
  });
});

describe("composers in frames, ordering", () => {
  test("frames are looked at before composers are, so a frame's gate listens before its composer is tracked", () => {
    const order: string[] = [];
    const frames: FrameWatch = { each: () => undefined, host: () => undefined, rescan: () => order.push("frames") };
    const watch = watchComposers({
      adapter: { ...adapter, findComposers: (root) => (order.push("composers"), adapter.findComposers(root)) },
      document,
      frames,
      signal: controller.signal,
      onAdd: () => undefined,
      onRemove: () => undefined,
      onEdit: () => undefined,
    });
    order.length = 0;
    watch.rescan();
    expect(order).toEqual(["frames", "composers"]);
  });
});

describe("the gate in frames", () => {
  let answers: Array<(choice: GateAnswer) => void>;
  let posted: string[];
  let frameDocument: Document;
  let frameControl: AbortController;
  let asked: number;

  /** A FrameWatch over one frame document whose leaving the test decides. */
  const oneFrame = (doc: Document, signal: AbortSignal): FrameWatch => ({
    each: (listener) => listener(doc, signal),
    host: () => undefined,
    rescan: () => undefined,
  });

  beforeEach(async () => {
    const iframe = await addFrame(FORM);
    frameDocument = iframe.contentDocument!;
    frameControl = new AbortController();
    posted = [];
    answers = [];
    asked = 0;
    const editor = frameDocument.getElementById("editor")!;
    const button = frameDocument.getElementById("post")!;
    // The frame page's own handler, on its document in the capture phase: the gate must still run first.
    frameDocument.addEventListener("click", (event) => {
      if ((event.target as Element).id === "post") posted.push("click");
    }, true);
    const composer: TrackedComposer = {
      id: 1,
      handle: { editor, scope: button.parentElement!, anchor: editor },
      targets: adapter.submitTargets({ editor, scope: button.parentElement!, anchor: editor }),
      signal: controller.signal,
      text: () => editor.textContent ?? "",
    };
    installGate({
      window,
      signal: controller.signal,
      frames: oneFrame(frameDocument, AbortSignal.any([controller.signal, frameControl.signal])),
      composers: { live: () => [composer], fromPath: (path) => (path.includes(editor) ? composer : undefined), rescan: () => undefined },
      unchecked: () => ({ ruleId: "preflight/unchecked", messageId: "unchecked", severity: "block", message: "not checked", start: 0, end: 0, excerpt: "" }),
      engine: () => ({}) as LoadedEngine,
      loadEngine: () => Promise.resolve({} as LoadedEngine),
      analyze: () => [BLOCK],
      ask: () => {
        asked++;
        return new Promise((resolve) => answers.push(resolve));
      },
      record: () => undefined,
    });
  });

  test("a click on Post inside the frame is stopped before the frame page's handlers, and released exactly once", async () => {
    const button = frameDocument.getElementById("post")!;
    const event = new MouseEvent("click", { bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    button.click(); // again while the dialog is open: swallowed
    expect(asked).toBe(1);
    answers[0]!({ kind: "override", reason: "approved" });
    await tick();
    expect(posted).toEqual(["click"]);
  });

  test("the shortcut inside the frame is gated too", () => {
    const event = new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true, cancelable: true });
    frameDocument.getElementById("editor")!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(asked).toBe(1);
  });

  test("once the frame has gone, nothing is left listening in it", () => {
    frameControl.abort();
    frameDocument.getElementById("post")!.click();
    expect(asked).toBe(0);
    expect(posted).toEqual(["click"]);
  });
});
