// What the adapters' unit tests share.

/** The event path of a click on `element`, innermost first, as `composedPath()` gives it. */
export function pathTo(element: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push(node);
  return [...path, document];
}

/** A keydown of Enter with modifiers (and `keyCode: 229` for an IME's). */
export function enterKey(init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  return new KeyboardEvent("keydown", { key: "Enter", ...init });
}
