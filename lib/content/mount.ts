/**
 * The panel's host: `<preflight-panel>` on the document element, never inside an editor, with a
 * closed shadow root (issue 11, item 5): the page's styles and queries do not reach in, and its
 * scripts can neither read the team's guidance and crisis text nor find the gate's buttons
 * (`host.shadowRoot` is null to them). Key and input events are kept inside, so typing a reason
 * does not trigger the site's keyboard shortcuts.
 */
import { h, render } from "preact";
import { PanelApp } from "../ui/panel.tsx";
import type { PanelStore } from "../ui/panel-model.ts";
import { PANEL_CSS } from "../ui/panel-styles.ts";

export const PANEL_TAG = "preflight-panel";
const CONTAINED_EVENTS = ["keydown", "keyup", "keypress", "input", "beforeinput", "paste", "copy", "cut"] as const;

export function mountPanel(document: Document, store: PanelStore, signal: AbortSignal, mode: ShadowRootMode = "closed"): void {
  if (signal.aborted) return;
  const host = document.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode });
  const style = document.createElement("style");
  style.textContent = PANEL_CSS;
  const root = document.createElement("div");
  shadow.append(style, root);
  for (const type of CONTAINED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  render(h(PanelApp, { store }), root);
  // Some sites replace <body>; the document element stays.
  document.documentElement.append(host);
  signal.addEventListener(
    "abort",
    () => {
      render(null, root);
      host.remove();
    },
    { once: true },
  );
}
