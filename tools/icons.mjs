// Renders icons/icon.svg to the PNG sizes the web manifest lists, with the same
// headless Chromium the e2e tests use (no image library needed). Run by hand after
// editing the SVG: `node tools/icons.mjs`; the PNGs are committed.
import { chromium } from '@playwright/test';
import { chromiumOptions } from '../tests/e2e/browser.mjs';
import { readFile } from 'node:fs/promises';

const svg = await readFile(new URL('../icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(chromiumOptions);
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const img = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${img}`);
  await page.screenshot({ path: `icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('wrote icons/icon-192.png icons/icon-512.png');
