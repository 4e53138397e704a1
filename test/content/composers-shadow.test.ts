// @vitest-environment happy-dom
// Compose boxes inside web components' shadow roots (Reddit): an observer on the document does
// not see changes there, so the watcher also observes the shadow roots the adapter names.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { watchComposers, type ComposerWatch, type TrackedComposer } from "../../lib/content/composers.ts";
import { queryAllDeep } from "../../lib/platforms/dom.ts";
import type { PlatformAdapter } from "../../lib/platforms/types.ts";

/** Longer than the watcher's rescan delay (100 ms). */
const settle = () => new Promise((done) => setTimeout(done, 180));

let controller: AbortController;
let scans: number;
let added: TrackedComposer[];
let removed: TrackedComposer[];
let edited: TrackedComposer[];

/** Editors are contenteditables anywhere, shadow roots included; `x-box` hosts may render one later. */
function adapter(options: { reportsShadowRoots: boolean }): PlatformAdapter {
  return {
    id: "test",
    matches: () => true,
    findComposers(root) {
      scans++;
      return queryAllDeep(root, '[contenteditable="true"]', { shadow: true }).map((editor) => ({ editor, scope: editor, anchor: editor }));
    },
    readText: (editor) => editor.textContent ?? "",
    submitTargets: () => ({ control: () => undefined, isKeySubmit: () => false }),
    detectAccount: () => undefined,
    ...(options.reportsShadowRoots
      ? { shadowRoots: (root: Document | Element) => queryAllDeep(root, "x-box", { shadow: true }).flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : [])) }
      : {}),
  };
}

function watch(reportsShadowRoots = true): ComposerWatch {
  return watchComposers({
    adapter: adapter({ reportsShadowRoots }),
    document,
    signal: controller.signal,
    onAdd: (composer) => added.push(composer),
    onRemove: (composer) => removed.push(composer),
    onEdit: (composer) => edited.push(composer),
  });
}

function editor(text = ""): HTMLElement {
  const element = document.createElement("div");
  element.setAttribute("contenteditable", "true");
  element.textContent = text;
  return element;
}

/** A web component that has attached its (still empty) shadow root. */
function box(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement("x-box");
  document.body.append(host);
  return { host, shadow: host.attachShadow({ mode: "open", delegatesFocus: true }) };
}

/** MutationObservers observing now (the global is swapped for a counting one in each test). */
const observing = new Set<MutationObserver>();
const NativeObserver = globalThis.MutationObserver;
class CountingObserver extends NativeObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    observing.add(this);
    super.observe(target, options);
  }
  override disconnect(): void {
    observing.delete(this);
    super.disconnect();
  }
}

beforeEach(() => {
  globalThis.MutationObserver = CountingObserver;
  observing.clear();
  document.body.innerHTML = "";
  controller = new AbortController();
  scans = 0;
  added = [];
  removed = [];
  edited = [];
});
afterEach(() => {
  controller.abort();
  globalThis.MutationObserver = NativeObserver;
});

describe("compose boxes in shadow roots", () => {
  test("a box rendered later inside a reported shadow root is found", async () => {
    const { shadow } = box();
    const composers = watch();
    expect(composers.live()).toEqual([]);
    const body = editor();
    shadow.append(body);
    await settle();
    expect(composers.live().map((c) => c.handle.editor)).toEqual([body]);
  });

  test("without the adapter naming the shadow root, the same box is never seen (why the watcher observes it)", async () => {
    const { shadow } = box();
    const composers = watch(false);
    shadow.append(editor());
    await settle();
    expect(composers.live()).toEqual([]);
  });

  test("a box replaced inside a shadow root (rich text to markdown) is dropped and its successor found", async () => {
    const { shadow } = box();
    const rich = editor("hello");
    shadow.append(rich);
    const composers = watch();
    expect(composers.live().map((c) => c.handle.editor)).toEqual([rich]);
    const markdown = editor("hello");
    rich.replaceWith(markdown);
    await settle();
    expect(removed.map((c) => c.handle.editor)).toEqual([rich]);
    expect(composers.live().map((c) => c.handle.editor)).toEqual([markdown]);
    expect(removed[0]!.signal.aborted).toBe(true);
  });

  test("edits inside a shadow root are reported, and typing there does not search the page again", async () => {
    const { shadow } = box();
    const body = editor();
    shadow.append(body);
    watch();
    const scansBefore = scans;
    body.append("typed");
    body.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    await settle();
    expect(edited.length).toBeGreaterThanOrEqual(2); // the mutation and the event
    expect(edited.every((c) => c.handle.editor === body)).toBe(true);
    expect(scans).toBe(scansBefore);
  });

  test("a host that leaves lets go of its shadow root's observer", async () => {
    const { host, shadow } = box();
    const composers = watch();
    const observersWithHost = observing.size; // the page's and the shadow root's
    host.remove();
    await settle();
    expect(observing.size).toBe(observersWithHost - 1);
    const scansAfterRemoval = scans;
    shadow.append(editor());
    await settle();
    expect(scans).toBe(scansAfterRemoval);
    expect(composers.live()).toEqual([]);
  });

  test("a host that gets its shadow root with no visible mutation (a late upgrade) is found when its box takes focus", async () => {
    const host = document.createElement("x-box");
    document.body.append(host);
    const composers = watch();
    await settle();
    const body = editor();
    host.attachShadow({ mode: "open" }).append(body);
    await settle();
    expect(composers.live()).toEqual([]);
    body.dispatchEvent(new FocusEvent("focusin", { bubbles: true, composed: true }));
    expect(composers.live().map((c) => c.handle.editor)).toEqual([body]);
  });

  test("once the content script stops, shadow roots are no longer watched", async () => {
    const { shadow } = box();
    shadow.append(editor());
    const composers = watch();
    expect(observing.size).toBe(3); // the page, the shadow root, the composer
    controller.abort();
    expect(observing.size).toBe(0);
    const scansAtAbort = scans;
    shadow.append(editor());
    await settle();
    expect(scans).toBe(scansAtAbort);
    expect(composers.live()).toEqual([]);
    expect(observing.size).toBe(0);
  });
});

describe("every way an edit happens is reported", () => {
  test.each(["input", "paste", "drop", "cut", "compositionend"])("a %s event in a box (or in an element inside it)", async (type) => {
    const plain = editor("draft");
    plain.innerHTML = "<p><span>draft</span></p>";
    document.body.append(plain);
    watch();
    await settle();
    edited = [];
    plain.querySelector("span")!.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(edited.map((c) => c.handle.editor)).toEqual([plain]);
  });

  test("a script's change to the box's nodes (no event at all) is reported by the box's observer", async () => {
    const plain = editor("draft");
    document.body.append(plain);
    watch();
    await settle();
    edited = [];
    plain.append(" more");
    await Promise.resolve();
    await settle();
    expect(edited.length).toBeGreaterThan(0);
    expect(edited.every((c) => c.handle.editor === plain)).toBe(true);
  });

  test("a key released in a text field is an edit (a site's keydown may set its value), not in a rich editor", async () => {
    const area = document.createElement("textarea");
    area.setAttribute("contenteditable", "true"); // found by this test's adapter
    const rich = editor("draft");
    document.body.append(area, rich);
    watch();
    await settle();
    edited = [];
    area.value = "picked @ann";
    area.dispatchEvent(new KeyboardEvent("keyup", { key: "Enter", bubbles: true }));
    rich.dispatchEvent(new KeyboardEvent("keyup", { key: "a", bubbles: true }));
    expect(edited.map((c) => c.handle.editor)).toEqual([area]);
  });

  test("an event outside every box is nobody's edit", async () => {
    document.body.append(editor("draft"));
    const elsewhere = document.createElement("input");
    document.body.append(elsewhere);
    watch();
    await settle();
    edited = [];
    elsewhere.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    expect(edited).toEqual([]);
  });
});
