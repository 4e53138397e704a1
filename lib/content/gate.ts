/**
 * The gate: window-capture `click` and `keydown` listeners, registered at document_start so they
 * run before the site's. A submit is stopped only when it must be (a `block` finding, crisis
 * mode); otherwise the event is not touched. A stopped submit goes through at most once, when the
 * author chooses *Post anyway*: `control.click()` for a click, a synthetic keydown on the editor
 * for a shortcut, each let past our own listener by a one-shot bypass.
 */
import type { Finding } from "../engine/types.ts";
import { isComposing } from "../platforms/types.ts";
import { stopsPost, type GateAnswer } from "../review/shapes.ts";
import type { TrackedComposer, ComposerWatch } from "./composers.ts";
import type { LoadedEngine } from "./engine-client.ts";
import type { FrameWatch } from "./frames.ts";

export interface GateReview {
  composers: TrackedComposer[];
  findings: Finding[];
  /** The findings that stop the post. */
  reasons: Finding[];
}


export interface GateOptions {
  window: Window;
  signal: AbortSignal;
  composers: ComposerWatch;
  /** The loaded engine, when it is (read synchronously at the moment of submit). */
  engine(): LoadedEngine | undefined;
  loadEngine(): Promise<LoadedEngine>;
  /** Analyses one composer's current text. */
  analyze(engine: LoadedEngine, composer: TrackedComposer): Finding[];
  /** Shows the gate dialog and resolves with the author's choice. */
  ask(review: GateReview): Promise<GateAnswer>;
  /** Logs the decision (never the text). */
  record(review: GateReview, answer: GateAnswer): void;
  /** Same-origin frames whose clicks and keys are gated too (TikTok Studio's upload form). */
  frames?: FrameWatch;
  /** The reason shown when the post cannot be checked (rule UNCHECKED_RULE, in the page's language). */
  unchecked(): Finding;
}

const stop = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

export function installGate(options: GateOptions): void {
  const { signal } = options;
  /** Our own re-dispatched click's control, for the duration of `click()`. */
  let bypassControl: HTMLElement | undefined;
  /** Our own synthetic keydowns. */
  const ours = new WeakSet<Event>();
  /** A submit is being held (engine loading, or the dialog is open): others are swallowed. */
  let holding = false;

  /** The composers that one submit posts, the one holding what stops it first (Edit goes there). */
  const review = (engine: LoadedEngine, composers: TrackedComposer[]): GateReview => {
    const each = composers.map((composer) => ({ composer, findings: options.analyze(engine, composer) }));
    const stopping = each.find((c) => c.findings.some(stopsPost))?.composer;
    const findings = each.flatMap((c) => c.findings);
    return {
      composers: stopping ? [stopping, ...composers.filter((c) => c !== stopping)] : composers,
      findings,
      reasons: findings.filter(stopsPost),
    };
  };

  /**
   * When the post cannot be checked, it is held, never let through unseen (issue 11, item 2): the
   * author sees why, and Post anyway still sends it, logged with UNCHECKED_RULE.
   */
  const held = (composers: TrackedComposer[], error: unknown): GateReview => {
    console.error("Preflight: could not review this post; holding it for the author", error);
    const reason = options.unchecked();
    return { composers, findings: [reason], reasons: [reason] };
  };

  const decide = async (composers: TrackedComposer[], event: Event, proceed: () => void) => {
    const engine = options.engine();
    if (engine) {
      let current: GateReview;
      try {
        current = review(engine, composers);
      } catch (error) {
        current = held(composers, error);
      }
      if (current.reasons.length === 0) return; // untouched: the site handles it
      stop(event);
      holding = true;
      await ask(current, proceed);
      return;
    }
    // Not loaded yet: hold the submit, load, analyse, then decide (still exactly once).
    stop(event);
    holding = true;
    try {
      let current: GateReview;
      try {
        current = review(await options.loadEngine(), composers);
      } catch (error) {
        current = held(composers, error);
      }
      if (current.reasons.length === 0) proceed();
      else await ask(current, proceed);
    } finally {
      holding = false;
    }
  };

  const ask = async (current: GateReview, proceed: () => void) => {
    try {
      const answer = await options.ask(current);
      options.record(current, answer);
      if (answer.kind === "override" || answer.kind === "approved") proceed();
      else if (answer.kind === "edit") current.composers[0]?.handle.editor.focus();
    } finally {
      holding = false;
    }
  };

  const clickThrough = (control: HTMLElement) => () => {
    bypassControl = control;
    try {
      control.click();
    } finally {
      bypassControl = undefined;
    }
  };

  const keyThrough = (editor: HTMLElement, original: KeyboardEvent) => () => {
    editor.focus();
    const event = new KeyboardEvent("keydown", {
      key: original.key,
      code: original.code,
      keyCode: original.keyCode,
      which: original.which,
      ctrlKey: original.ctrlKey,
      metaKey: original.metaKey,
      shiftKey: original.shiftKey,
      altKey: original.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit);
    ours.add(event);
    editor.dispatchEvent(event);
  };

  const controlOnPath = (path: EventTarget[]) => {
    for (const composer of options.composers.live()) {
      const control = composer.targets.control(path);
      if (control) {
        // Everything this control posts (X's thread items share one Post button).
        const group = options.composers.live().filter((c) => c.targets.control(path) === control);
        return { control, group };
      }
    }
    return undefined;
  };

  const onClick = (event: MouseEvent) => {
    const path = event.composedPath();
    if (bypassControl && path.includes(bypassControl)) return;
    const hit = controlOnPath(path);
    if (!hit) return;
    if (holding) return stop(event);
    void decide(hit.group, event, clickThrough(hit.control));
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (ours.has(event) || isComposing(event)) return;
    const path = event.composedPath();
    const composer = options.composers.fromPath(path);
    if (composer) {
      if (!composer.targets.isKeySubmit(event)) return;
      if (holding) return stop(event);
      const group = options.composers.live().filter((c) => c.handle.scope === composer.handle.scope);
      void decide(group, event, keyThrough(composer.handle.editor, event));
      return;
    }
    // A focused div[role=button] post control activated from the keyboard (native buttons
    // turn Enter/Space into a click, which the click listener sees). By tag name: a frame's
    // elements are not instances of this window's HTMLButtonElement.
    if (event.key !== "Enter" && event.key !== " ") return;
    const hit = controlOnPath(path);
    if (!hit || hit.control.tagName === "BUTTON" || hit.control.tagName === "INPUT") return;
    if (holding) return stop(event);
    void decide(hit.group, event, clickThrough(hit.control));
  };

  // Window capture, in the top window and in every same-origin frame: a frame's events never
  // reach the top window, and its window runs before the frame page's own handlers.
  const listen = (target: Window, until: AbortSignal) => {
    target.addEventListener("click", onClick, { capture: true, signal: until });
    target.addEventListener("keydown", onKeydown, { capture: true, signal: until });
  };
  listen(options.window, signal);
  options.frames?.each((frameDocument, frameSignal) => {
    if (frameDocument.defaultView) listen(frameDocument.defaultView, frameSignal);
  });
}
