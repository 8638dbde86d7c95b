import { test, expect } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

// A new build waits; the page is told (sw-update-ready), and on sw-apply-update the
// new worker takes over, the page reloads, and the old cache is gone.
test('a new version waits, is announced, and applies on request', async ({ page, context }) => {
  const dir = await mkdtemp(join(tmpdir(), 'sw-update-'));
  await cp('dist', dir, { recursive: true });
  const { server, url } = await serve(dir, 0);
  try {
    await page.goto(url);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    expect(await page.evaluate(() => window.swUpdateReady)).toBeUndefined();
    const oldKeys = await page.evaluate(() => caches.keys());
    expect(oldKeys).toHaveLength(1);

    // "Deploy" a new build: a different cache version in sw.js.
    const sw = join(dir, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1x"'));
    await page.evaluate(() => {
      window.gotUpdate = new Promise((r) => addEventListener('sw-update-ready', () => r(true)));
      return navigator.serviceWorker.getRegistration().then((reg) => reg.update());
    });
    expect(await page.evaluate(() => window.gotUpdate)).toBe(true);
    // Still waiting: the old worker keeps control until asked.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting))).toBe(true);

    // A page opened while the update waits is told too, once its app is ready.
    const other = await context.newPage();
    await other.addInitScript(() => addEventListener('sw-update-ready', () => (window.told = true)));
    await other.goto(url);
    await expect.poll(() => other.evaluate(() => window.told)).toBe(true);
    await other.close();

    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => dispatchEvent(new CustomEvent('sw-apply-update')));
    await reloaded;
    await expect(page.getByRole('heading', { name: /Sổ Công đoàn/ })).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([oldKeys[0] + 'x']);
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
