// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { ComposerWatch, TrackedComposer } from "../../lib/content/composers.ts";
import type { LoadedEngine } from "../../lib/content/engine-client.ts";
import { installGate, type GateReview } from "../../lib/content/gate.ts";
import type { GateAnswer } from "../../lib/review/shapes.ts";
import type { Finding } from "../../lib/engine/types.ts";
import { isCtrlOrCmdEnter } from "../../lib/platforms/types.ts";

const BLOCK: Finding = { ruleId: "events/match", messageId: "event", severity: "block", message: "m", start: 0, end: 1, excerpt: "h" };
const WARN: Finding = { ...BLOCK, ruleId: "voice/x", severity: "warn" };
const UNCHECKED: Finding = { ruleId: "preflight/unchecked", messageId: "unchecked", severity: "block", message: "not checked", start: 0, end: 0, excerpt: "" };

let controller: AbortController;
let editor: HTMLElement;
let button: HTMLButtonElement;
let posted: string[];
let findings: Finding[];
let loaded: LoadedEngine | undefined;
let asked: GateReview[];
let answer: (choice: GateAnswer) => void;
let recorded: GateAnswer[];
let finishLoading: (engine: LoadedEngine) => void;
let failLoading: (error: Error) => void;
let analyze: () => Finding[];

beforeEach(() => {
  document.body.innerHTML = '<div id="editor" contenteditable="true">text</div><button id="post">Post</button>';
  editor = document.getElementById("editor")!;
  button = document.getElementById("post") as HTMLButtonElement;
  posted = [];
  findings = [];
  asked = [];
  recorded = [];
  loaded = {} as LoadedEngine;
  analyze = () => findings;
  // The site's own handlers, as X's React root runs them (bubble phase).
  button.addEventListener("click", () => posted.push("click"));
  editor.addEventListener("keydown", (event) => {
    if (isCtrlOrCmdEnter(event)) posted.push("shortcut");
  });
  const composer: TrackedComposer = {
    id: 1,
    handle: { editor, scope: document.body, anchor: editor },
    signal: new AbortController().signal,
    text: () => editor.textContent ?? "",
    targets: {
      control: (path) => (path.includes(button) ? button : undefined),
      isKeySubmit: isCtrlOrCmdEnter,
    },
  };
  const watch: ComposerWatch = {
    live: () => [composer],
    fromPath: (path) => (path.includes(editor) ? composer : undefined),
    rescan: () => undefined,
  };
  controller = new AbortController();
  installGate({
    window,
    signal: controller.signal,
    composers: watch,
    engine: () => loaded,
    loadEngine: () =>
      new Promise((resolve, reject) => {
        finishLoading = (engine) => {
          loaded = engine;
          resolve(engine);
        };
        failLoading = reject;
      }),
    analyze: () => analyze(),
    unchecked: () => UNCHECKED,
    ask: (review) => {
      asked.push(review);
      return new Promise((resolve) => (answer = resolve));
    },
    record: (_review, choice) => recorded.push(choice),
  });
});

afterEach(() => controller.abort());

const ctrlEnter = () => new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true, cancelable: true, composed: true });
const tick = () => new Promise((done) => setTimeout(done, 0));

describe("the gate", () => {
  test("leaves a post with nothing that stops it untouched", () => {
    findings = [WARN];
    const event = new MouseEvent("click", { bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(posted).toEqual(["click"]);
    expect(asked).toEqual([]);
  });

  test("stops a click when a block finding applies; Edit keeps it stopped and focuses the editor", async () => {
    findings = [BLOCK, WARN];
    const event = new MouseEvent("click", { bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    expect(asked[0]?.reasons).toEqual([BLOCK]);
    answer({ kind: "edit" });
    await tick();
    expect(posted).toEqual([]);
    expect(recorded).toEqual([{ kind: "edit" }]);
    expect(document.activeElement).toBe(editor);
  });

  test("Post anyway lets the click through exactly once, and a second click while the dialog is open is swallowed", async () => {
    findings = [BLOCK];
    button.click();
    button.click(); // the author clicks again while the dialog is up
    expect(asked).toHaveLength(1);
    answer({ kind: "override", reason: "approved" });
    await tick();
    expect(posted).toEqual(["click"]);
    expect(recorded).toEqual([{ kind: "override", reason: "approved" }]);
    button.click(); // the next click is reviewed again
    expect(asked).toHaveLength(2);
    expect(posted).toEqual(["click"]);
  });

  // Issue 12b: a verified approval releases the held post exactly once, like Post anyway.
  test("an approval lets the click through exactly once; the next click is reviewed again", async () => {
    findings = [BLOCK];
    button.click();
    answer({ kind: "approved", approvedBy: "ann@acme.example" });
    await tick();
    expect(posted).toEqual(["click"]);
    expect(recorded).toEqual([{ kind: "approved", approvedBy: "ann@acme.example" }]);
    button.click();
    expect(asked).toHaveLength(2);
    expect(posted).toEqual(["click"]);
  });

  test("crisis mode stops a post with no block finding", () => {
    findings = [{ ...WARN, ruleId: "crisis/active" }];
    button.click();
    expect(asked).toHaveLength(1);
    expect(posted).toEqual([]);
  });

  test("Ctrl+Enter is gated and re-sent once as a keydown on the editor", async () => {
    findings = [BLOCK];
    const event = ctrlEnter();
    editor.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    answer({ kind: "override", reason: "ok" });
    await tick();
    expect(posted).toEqual(["shortcut"]);
  });

  test("keys of an IME composition are never treated as a submit", () => {
    findings = [BLOCK];
    const event = new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, isComposing: true, bubbles: true, cancelable: true });
    editor.dispatchEvent(event);
    expect(asked).toEqual([]);
    expect(event.defaultPrevented).toBe(false);
  });

  test("when the engine is not loaded yet, holds the submit, loads, and posts exactly once if clean", async () => {
    loaded = undefined;
    findings = [];
    const event = new MouseEvent("click", { bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    button.click(); // held: swallowed
    expect(event.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    finishLoading({} as LoadedEngine);
    await tick();
    expect(posted).toEqual(["click"]);
    expect(asked).toEqual([]);
  });

  test("when the engine is not loaded yet and the post must stop, asks after loading", async () => {
    loaded = undefined;
    findings = [BLOCK];
    button.click();
    finishLoading({} as LoadedEngine);
    await tick();
    expect(asked).toHaveLength(1);
    expect(posted).toEqual([]);
  });

  test("releases its listeners when aborted", () => {
    findings = [BLOCK];
    controller.abort();
    button.click();
    expect(posted).toEqual(["click"]);
  });
});

describe("the gate with two composers posted together (a title and a body)", () => {
  test("Edit focuses the one whose text stops the post", async () => {
    controller.abort();
    document.body.innerHTML =
      '<input id="title"><div id="body" contenteditable="true">fine</div><button id="send">Post</button>';
    const title = document.getElementById("title")!;
    const body = document.getElementById("body")!;
    const send = document.getElementById("send")!;
    const composerOf = (id: number, element: HTMLElement): TrackedComposer => ({
      id,
      handle: { editor: element, scope: document.body, anchor: element },
      signal: new AbortController().signal,
      text: () => (element === title ? "bluefin" : "fine"),
      targets: { control: (path) => (path.includes(send) ? send : undefined), isKeySubmit: () => false },
    });
    const composers = [composerOf(1, body), composerOf(2, title)];
    const reviews: GateReview[] = [];
    let choose: (choice: GateAnswer) => void = () => undefined;
    controller = new AbortController();
    installGate({
      window,
      signal: controller.signal,
      composers: { live: () => composers, fromPath: () => undefined, rescan: () => undefined },
      engine: () => ({}) as LoadedEngine,
      loadEngine: () => Promise.reject(new Error("loaded already")),
      analyze: (_engine, composer) => (composer.text() === "bluefin" ? [BLOCK] : [WARN]),
      ask: (review) => {
        reviews.push(review);
        return new Promise((resolve) => (choose = resolve));
      },
      record: () => undefined,
      unchecked: () => UNCHECKED,
    });
    send.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(reviews[0]?.composers.map((c) => c.id)).toEqual([2, 1]);
    expect(reviews[0]?.findings).toEqual([WARN, BLOCK]);
    choose({ kind: "edit" });
    await tick();
    expect(document.activeElement).toBe(title);
  });
});

describe("when Preflight cannot check (issue 11, item 2)", () => {
  test("an engine that fails to load holds the post: Edit keeps it, Post anyway sends it once, logged", async () => {
    loaded = undefined;
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    button.click();
    failLoading(new Error("the rules did not validate"));
    await tick();
    expect(posted).toEqual([]);
    expect(asked[0]?.reasons).toEqual([UNCHECKED]);
    answer({ kind: "edit" });
    await tick();
    expect(posted).toEqual([]);
    button.click();
    failLoading(new Error("still broken"));
    await tick();
    answer({ kind: "override", reason: "Checked by hand" });
    await tick();
    expect(posted).toEqual(["click"]);
    expect(recorded).toEqual([{ kind: "edit" }, { kind: "override", reason: "Checked by hand" }]);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  test("an engine that throws while analysing holds the post too", async () => {
    analyze = () => {
      throw new Error("the matcher broke");
    };
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    editor.dispatchEvent(ctrlEnter());
    await tick();
    expect(posted).toEqual([]);
    expect(asked[0]?.reasons).toEqual([UNCHECKED]);
    errors.mockRestore();
  });
});
