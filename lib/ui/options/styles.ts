/** The popup's and the options page's stylesheet (extension pages: no host page to isolate from). */
export const PAGE_CSS = `
:root { color-scheme: light dark; --pf-fg: #1f2328; --pf-muted: #59636e; --pf-bg: #fff; --pf-line: #d1d9e0;
  --pf-block: #b3261e; --pf-warn: #8a5a00; --pf-ok: #1a7f37; --pf-accent: #0b57d0; --pf-soft: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --pf-fg: #e6edf3; --pf-muted: #9198a1; --pf-bg: #151b23; --pf-line: #3d444d;
    --pf-block: #ff7b72; --pf-warn: #e3b341; --pf-ok: #3fb950; --pf-accent: #7cacf8; --pf-soft: #212830; }
}
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: var(--pf-fg); background: var(--pf-bg); }
h1 { font-size: 1rem; margin: 0; }
h2 { font-size: 0.95rem; margin: 0 0 0.5rem; }
h3 { font-size: 0.9rem; margin: 0.75rem 0 0.25rem; }
p { margin: 0.25rem 0; }
button { font: inherit; padding: 0.2rem 0.6rem; cursor: pointer; }
input, textarea, select { font: inherit; box-sizing: border-box; }
textarea { width: 100%; }
.pf-muted { color: var(--pf-muted); }
.pf-row { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
.pf-field { display: grid; gap: 0.2rem; margin: 0.4rem 0; }
.pf-card { border: 1px solid var(--pf-line); border-radius: 6px; padding: 0.6rem 0.75rem; margin: 0.5rem 0; }
.pf-card--crisis { border-color: var(--pf-block); background: color-mix(in srgb, var(--pf-block) 8%, var(--pf-bg)); }
.pf-error { color: var(--pf-block); }
.pf-ok { color: var(--pf-ok); }
.pf-tag { display: inline-block; font-size: 0.75rem; border: 1px solid var(--pf-line); border-radius: 999px; padding: 0 0.45rem; color: var(--pf-muted); }
.pf-quote { margin: 0.25rem 0; padding: 0.4rem 0.6rem; border-left: 3px solid var(--pf-line); background: var(--pf-soft); white-space: pre-wrap; }
.pf-list { margin: 0.25rem 0; padding-left: 1.1rem; }
.pf-checklist { list-style: none; padding: 0; margin: 0.25rem 0; }
.pf-checklist label { display: flex; gap: 0.4rem; align-items: flex-start; }
details summary { cursor: pointer; color: var(--pf-muted); }
code, .pf-code { font: 12px ui-monospace, monospace; word-break: break-all; }
.pf-popup { width: 24rem; padding: 0.75rem; box-sizing: border-box; }
.pf-popup header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 0.25rem; }
.pf-options { display: grid; grid-template-columns: 12rem minmax(0, 60rem); gap: 1.5rem; padding: 1.25rem; }
.pf-options nav ul { list-style: none; margin: 0.75rem 0 0; padding: 0; }
.pf-options nav a { display: block; padding: 0.35rem 0.6rem; border-radius: 6px; color: inherit; text-decoration: none; }
.pf-options nav a[aria-current="page"] { background: var(--pf-soft); font-weight: 600; }
.pf-table { border-collapse: collapse; width: 100%; }
/* Issue 13: short labels and rule ids stay whole (Chinese labels otherwise wrap a character a line). */
.pf-nowrap { white-space: nowrap; }
/* A table wider than the page (the decisions: dates and labels kept whole) scrolls on its own. */
.pf-scroll { overflow-x: auto; }
/* Handles and addresses have no spaces: they break anywhere rather than widen the table. */
.pf-break { overflow-wrap: anywhere; }
.pf-id { font: 12px ui-monospace, monospace; white-space: nowrap; word-break: keep-all; }
.pf-table td, .pf-table th { text-align: left; padding: 0.25rem 0.4rem; border-bottom: 1px solid var(--pf-line); vertical-align: top; }
`;
