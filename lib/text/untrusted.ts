/**
 * Text that came from someone else (a rule set, a content calendar, an audit log from another
 * install) made safe for where a person reads it (issue 11, item 7). A terminal obeys control
 * characters: ESC and CSI sequences can clear the screen, retitle the window, hide lines or fake a
 * verdict. A spreadsheet runs a cell that starts like a formula. Every human output of the command
 * line goes through `terminalLine` or `terminalText`, and every CSV cell through `spreadsheetText`.
 */

/**
 * C0 controls, DEL, C1 controls (U+0080-U+009F: U+009B is CSI on many terminals) and the
 * bidirectional overrides and isolates, which reorder what is shown ("Trojan Source").
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b`, `\u202e`: the character named, so that a person sees it was there. */
function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line for a terminal: every control character escaped, line breaks included. */
export function terminalLine(s: string): string {
  return s.replace(CONTROL, escaped);
}

/** Lines for a terminal: line breaks kept, every other control character escaped. */
export function terminalText(s: string): string {
  return s.replace(CONTROL_BUT_NEWLINE, escaped);
}

/** The same characters as one space each: for a line that a caret must still line up under. */
export function terminalSpaces(s: string): string {
  return s.replace(CONTROL, " ");
}

/**
 * A cell a spreadsheet keeps as text: one that starts like a formula (`=`, `+`, `-`, `@`, also
 * after spaces or tabs, which Excel and LibreOffice skip; or a tab or carriage return) gets a
 * leading apostrophe.
 */
export function spreadsheetText(s: string): string {
  return /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/.test(s) ? `'${s}` : s;
}
