/**
 * Renders public/icon/icon.svg to the PNG sizes the stores and the toolbar need (issue 13),
 * with the Chromium already on the machine (no download): `npm run icons`. The PNGs are
 * committed; run this again after changing the SVG.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { ICON_SIZES } from "../icons.ts";

const dir = fileURLToPath(new URL("../../public/icon/", import.meta.url));
const svg = readFileSync(`${dir}icon.svg`, "utf8");

const browser = await chromium.launch({ executablePath: process.env["CHROME_PATH"] ?? "/usr/bin/chromium", headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
    writeFileSync(`${dir}${size}.png`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
