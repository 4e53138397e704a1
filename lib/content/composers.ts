/**
 * Finds the page's compose boxes as they come and go (SPA navigation included) and reports every
 * edit however it happens. Each composer owns an AbortController: its observers and listeners
 * end when it leaves the DOM, or when the content script's own signal aborts.
 */
import type { ComposerHandle, PlatformAdapter, SubmitTargets } from "../platforms/types.ts";
import type { FrameWatch } from "./frames.ts";

export interface TrackedComposer {
  id: number;
  handle: ComposerHandle;
  targets: SubmitTargets;
  /** Aborted when the composer leaves the page. */
  signal: AbortSignal;
  /** Its text now, read from the DOM (never written). */
  text(): string;
}

export interface ComposerWatch {
  live(): TrackedComposer[];
  /** The composer whose editor is on an event's path. */
  fromPath(path: readonly EventTarget[]): TrackedComposer | undefined;
  rescan(): void;
}

export interface WatchOptions {
  adapter: PlatformAdapter;
  document: Document;
  signal: AbortSignal;
  onAdd(composer: TrackedComposer): void;
  onRemove(composer: TrackedComposer): void;
  /** Something may have changed its text (typing, paste, drop, undo, IME, a script). */
  onEdit(composer: TrackedComposer): void;
  /** Same-origin frames to look into as well (their events and DOM changes never reach `document`). */
  frames?: FrameWatch;
}

/** Events after which an editor's text may differ; mutations catch what they miss (rich editors swallow `input`). */
const EDIT_EVENTS = ["input", "paste", "drop", "cut", "compositionend"] as const;
/** How long DOM churn is coalesced before the page is searched for composers again. */
const RESCAN_MS = 100;

export function watchComposers(options: WatchOptions): ComposerWatch {
  const { adapter, document, signal } = options;
  const tracked = new Map<HTMLElement, TrackedComposer & { controller: AbortController }>();
  let nextId = 1;

  const remove = (composer: TrackedComposer & { controller: AbortController }) => {
    tracked.delete(composer.handle.editor);
    composer.controller.abort();
    options.onRemove(composer);
  };

  const add = (handle: ComposerHandle) => {
    const controller = new AbortController();
    const composerSignal = AbortSignal.any([signal, controller.signal]);
    const composer = {
      id: nextId++,
      handle,
      targets: adapter.submitTargets(handle),
      signal: composerSignal,
      controller,
      text: () => adapter.readText(handle.editor),
    };
    tracked.set(handle.editor, composer);
    const { editor } = handle;
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
      // A site's keydown handler may set the value itself (an autocomplete pick): no input event,
      // no mutation. Only text fields need this listener; every key costs one call.
      editor.addEventListener("keyup", () => options.onEdit(composer), { passive: true, signal: composerSignal });
    } else {
      // Typing into a text node; nodes added and removed are the page's observers' to report
      // (one record per change, not two).
      const observer = new MutationObserver(() => options.onEdit(composer));
      observer.observe(editor, { characterData: true, subtree: true });
      composerSignal.addEventListener("abort", () => observer.disconnect(), { once: true });
    }
    options.onAdd(composer);
  };

  const rescan = () => {
    if (signal.aborted) return;
    // A frame document gets its listeners (edits, the gate) before any of its composers is tracked.
    options.frames?.rescan();
    watchShadowRoots();
    const found = adapter.findComposers(document);
    const present = new Set(found.map((handle) => handle.editor));
    for (const composer of [...tracked.values()]) {
      if (!present.has(composer.handle.editor) || !composer.handle.editor.isConnected) remove(composer);
    }
    for (const handle of found) if (!tracked.has(handle.editor)) add(handle);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRescan = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      rescan();
    }, RESCAN_MS);
  };
  // Nodes added or removed inside a tracked editor are an edit of it (typing, a script), and no
  // reason to search the page again; anywhere else, composers may have come or gone.
  const sortRecords = (records: MutationRecord[]) => {
    const edited = new Set<TrackedComposer>();
    let outside = false;
    for (const record of records) {
      let owner: TrackedComposer | undefined;
      for (const [editor, composer] of tracked) {
        if (editor.contains(record.target)) {
          owner = composer;
          break;
        }
      }
      if (owner) edited.add(owner);
      else outside = true;
    }
    for (const composer of edited) options.onEdit(composer);
    if (outside) scheduleRescan();
  };
  const pageObserver = new MutationObserver(sortRecords);
  pageObserver.observe(document, { childList: true, subtree: true });
  // The page observer does not see inside shadow roots: watch the ones the adapter names, and
  // let go of those it no longer does. A composer's own edits there are not worth a rescan.
  const shadowObservers = new Map<ShadowRoot, MutationObserver>();
  const watchShadowRoots = () => {
    if (!adapter.shadowRoots) return;
    const roots = new Set(adapter.shadowRoots(document));
    for (const [root, observer] of shadowObservers) {
      if (!roots.has(root)) {
        observer.disconnect();
        shadowObservers.delete(root);
      }
    }
    for (const root of roots) {
      if (shadowObservers.has(root)) continue;
      const observer = new MutationObserver(sortRecords);
      observer.observe(root, { childList: true, subtree: true });
      shadowObservers.set(root, observer);
    }
  };
  // A host upgraded after it was inserted gets its shadow root with no mutation anyone can see:
  // such a compose box is found at the latest when it takes focus.
  document.addEventListener(
    "focusin",
    (event) => {
      const path = event.composedPath();
      const target = path[0] as HTMLElement | undefined;
      if (!target || !(target.isContentEditable || target.tagName === "TEXTAREA") || fromPath(path)) return;
      rescan();
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener(
    "abort",
    () => {
      pageObserver.disconnect();
      for (const observer of shadowObservers.values()) observer.disconnect();
      shadowObservers.clear();
      clearTimeout(timer);
      for (const composer of [...tracked.values()]) remove(composer);
    },
    { once: true },
  );

  const fromPath = (path: readonly EventTarget[]) => {
    for (const target of path) {
      const composer = tracked.get(target as HTMLElement);
      if (composer) return composer;
    }
    return undefined;
  };
  /**
   * The composer an edit event comes from. Every keystroke fires these, so the target's ancestors
   * are tried first; the composed path (which builds an array) only when the target is a shadow
   * host or outside every composer.
   */
  const composerOf = (event: Event) => {
    for (let node = event.target as Node | null; node; node = node.parentNode) {
      const composer = tracked.get(node as HTMLElement);
      if (composer) return composer;
    }
    return fromPath(event.composedPath());
  };
  const listenForEdits = (root: Document, until: AbortSignal) => {
    for (const type of EDIT_EVENTS) {
      root.addEventListener(
        type,
        (event) => {
          const composer = composerOf(event);
          if (composer) options.onEdit(composer);
        },
        { capture: true, passive: true, signal: until },
      );
    }
  };
  listenForEdits(document, signal);
  options.frames?.each((frameDocument, frameSignal) => {
    listenForEdits(frameDocument, frameSignal);
    const frameObserver = new MutationObserver(sortRecords);
    frameObserver.observe(frameDocument, { childList: true, subtree: true });
    frameSignal.addEventListener(
      "abort",
      () => {
        frameObserver.disconnect();
        if (!signal.aborted) scheduleRescan(); // its composers went with it
      },
      { once: true },
    );
    scheduleRescan();
  });
  rescan();
  return { live: () => [...tracked.values()], fromPath, rescan };
}
