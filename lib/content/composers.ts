/**
 * Finds the page's compose boxes as they come and go (SPA navigation included) and reports every
 * edit however it happens. Each composer owns an AbortController: its observers and listeners
 * end when it leaves the DOM, or when the content script's own signal aborts.
 */
import type { ComposerHandle, PlatformAdapter, SubmitTargets } from "../platforms/types.ts";

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
}

/** Events after which an editor's text may differ; mutations catch what they miss (rich editors swallow `input`). */
const EDIT_EVENTS = ["input", "keyup", "paste", "drop", "cut", "compositionend"] as const;
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
    const observer = new MutationObserver(() => options.onEdit(composer));
    observer.observe(handle.editor, { characterData: true, childList: true, subtree: true });
    composerSignal.addEventListener("abort", () => observer.disconnect(), { once: true });
    options.onAdd(composer);
  };

  const rescan = () => {
    if (signal.aborted) return;
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
  const pageObserver = new MutationObserver(scheduleRescan);
  pageObserver.observe(document, { childList: true, subtree: true });
  signal.addEventListener(
    "abort",
    () => {
      pageObserver.disconnect();
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
  for (const type of EDIT_EVENTS) {
    document.addEventListener(
      type,
      (event) => {
        const composer = fromPath(event.composedPath());
        if (composer) options.onEdit(composer);
      },
      { capture: true, passive: true, signal },
    );
  }
  rescan();
  return { live: () => [...tracked.values()], fromPath, rescan };
}
