/**
 * The toolbar and store icons (issue 13): every size Chrome's and Firefox's stores and toolbars
 * ask for, drawn from public/icon/icon.svg by lib/packaging/render-icons.ts.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** `{ "16": "icon/16.png", ... }`, as the manifest's `icons` and `action.default_icon` take them. */
export function iconPaths(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
}
