/** The panel's styles, scoped by its shadow root; light and dark follow the system. */
export const PANEL_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; }
.pf-root {
  --pf-bg: #ffffff; --pf-fg: #14171a; --pf-muted: #536471; --pf-border: #cfd9de; --pf-shadow: rgba(0,0,0,.18);
  --pf-block: #b3261e; --pf-block-bg: #fde7e6; --pf-warn: #8a5300; --pf-warn-bg: #fff3d6;
  --pf-info: #0b57d0; --pf-info-bg: #e6efff; --pf-ok: #1b7a3d; --pf-focus: #1d9bf0;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--pf-fg);
}
@media (prefers-color-scheme: dark) {
  .pf-root {
    --pf-bg: #16181c; --pf-fg: #e7e9ea; --pf-muted: #8b98a5; --pf-border: #38444d; --pf-shadow: rgba(0,0,0,.6);
    --pf-block: #ffb4ab; --pf-block-bg: #5c1410; --pf-warn: #ffd479; --pf-warn-bg: #4a3300;
    --pf-info: #a8c7fa; --pf-info-bg: #0d2a5c; --pf-ok: #7ddc9a;
  }
}
.pf-root * { box-sizing: border-box; }
.pf-root :focus-visible { outline: 2px solid var(--pf-focus); outline-offset: 2px; }
.pf-badge {
  position: fixed; display: inline-flex; align-items: center; gap: 6px; height: 24px; padding: 0 8px;
  border: 1px solid var(--pf-border); border-radius: 12px; background: var(--pf-bg); color: var(--pf-fg);
  box-shadow: 0 1px 3px var(--pf-shadow); font: inherit; font-size: 12px; cursor: pointer; white-space: nowrap;
}
/* Under the words a finding is about: over the page, never in the editor, never in the way of a click. */
.pf-underline { position: fixed; height: 2px; border-radius: 1px; pointer-events: none; opacity: .85; background: var(--pf-info); }
.pf-underline--block { background: var(--pf-block); }
.pf-underline--warn { background: var(--pf-warn); }
.pf-badge--block { border-color: var(--pf-block); }
.pf-badge--warn { border-color: var(--pf-warn); }
.pf-badge--unchecked { border-color: var(--pf-block); background: var(--pf-block-bg); }
.pf-count--block { color: var(--pf-block); font-weight: 600; }
.pf-count--warn { color: var(--pf-warn); font-weight: 600; }
.pf-count--info { color: var(--pf-info); }
.pf-count--clean { color: var(--pf-ok); }
.pf-dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--pf-info); }
.pf-dot--block { background: var(--pf-block); border-radius: 2px; }
.pf-dot--warn { background: var(--pf-warn); }
.pf-pill { border-radius: 8px; padding: 0 6px; font-size: 11px; }
.pf-pill--crisis { background: var(--pf-block); color: var(--pf-bg); font-weight: 600; }
.pf-panel, .pf-gate {
  background: var(--pf-bg); color: var(--pf-fg); border: 1px solid var(--pf-border); border-radius: 12px;
  box-shadow: 0 8px 28px var(--pf-shadow);
}
.pf-panel { position: fixed; width: min(360px, calc(100vw - 16px)); max-height: 60vh; overflow: auto; padding: 12px; }
.pf-panel__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.pf-title { font-size: 15px; margin: 0; }
.pf-banner { margin: 0 0 8px; padding: 6px 8px; border-radius: 8px; background: var(--pf-block-bg); color: var(--pf-block); font-weight: 600; }
/* issue 12: the crisis banner; a drill is marked in the warning colour, not the block one */
.pf-crisis { display: grid; gap: 2px; }
.pf-crisis span { font-weight: 400; }
.pf-crisis--drill { background: var(--pf-warn-bg); color: var(--pf-warn); border: 1px dashed currentColor; }
.pf-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.pf-finding { border-left: 3px solid var(--pf-info); padding: 4px 0 4px 8px; }
.pf-finding--block { border-left-color: var(--pf-block); }
.pf-finding--warn { border-left-color: var(--pf-warn); }
.pf-finding__head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.pf-sev { font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 4px; padding: 0 4px; }
.pf-sev--block { background: var(--pf-block-bg); color: var(--pf-block); }
.pf-sev--warn { background: var(--pf-warn-bg); color: var(--pf-warn); }
.pf-sev--info { background: var(--pf-info-bg); color: var(--pf-info); }
.pf-excerpt { font-weight: 600; }
/* Issue 13: the rule's name beside its severity; never broken one character a line. */
.pf-sev { white-space: nowrap; }
.pf-rule { font-weight: 600; }
.pf-np__toggle { font-size: 12px; color: var(--pf-muted); padding-left: 0; }
.pf-np__actions { display: flex; flex-wrap: wrap; gap: 4px; }
.pf-error { color: var(--pf-block); margin: 2px 0; }
.pf-message, .pf-guidance, .pf-note, .pf-empty { margin: 2px 0; }
.pf-reading { margin: 0 0 6px; padding: 4px 6px; border-left: 3px solid var(--pf-muted); color: var(--pf-muted); }
.pf-guidance { color: var(--pf-muted); font-style: italic; }
.pf-note { color: var(--pf-muted); }
/* Issue 12b: a refused approval code */
.pf-error { margin: 4px 0; color: var(--pf-block); font-weight: 600; }
.pf-suggestions { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 4px; }
.pf-chip {
  font: inherit; font-size: 12px; border: 1px solid var(--pf-border); border-radius: 10px; padding: 1px 8px;
  background: transparent; color: var(--pf-fg); cursor: pointer;
}
.pf-chip__action { color: var(--pf-muted); font-size: 11px; }
.pf-button {
  font: inherit; font-weight: 600; border: 1px solid var(--pf-border); border-radius: 16px; padding: 6px 14px;
  background: transparent; color: var(--pf-fg); cursor: pointer;
}
.pf-button[disabled] { opacity: .5; cursor: default; }
.pf-button--quiet { border-color: transparent; padding: 2px 8px; }
.pf-button--primary { background: var(--pf-fg); color: var(--pf-bg); border-color: var(--pf-fg); }
.pf-button--danger { border-color: var(--pf-block); color: var(--pf-block); }
.pf-input {
  font: inherit; width: 100%; padding: 6px 8px; border: 1px solid var(--pf-border); border-radius: 8px;
  background: var(--pf-bg); color: var(--pf-fg);
}
.pf-account { display: grid; grid-template-columns: 1fr auto; gap: 4px 8px; margin: 0 0 10px; align-items: center; }
.pf-account label { grid-column: 1 / -1; font-weight: 600; }
.pf-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: grid; place-items: center; padding: 16px; }
.pf-gate { width: min(480px, 100%); max-height: calc(100vh - 32px); overflow: auto; padding: 18px; display: grid; gap: 10px; }
.pf-gate p { margin: 0; }
.pf-also summary { cursor: pointer; color: var(--pf-muted); }
.pf-reason { display: grid; gap: 6px; }
.pf-reason label { font-weight: 600; }
.pf-actions { display: flex; gap: 8px; justify-content: flex-end; }
`;
