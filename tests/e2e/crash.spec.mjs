// A change the page shows as saved survives the browser's death: Chromium started on a profile of its own,
// changes made through the pages, the browser process killed with SIGKILL one second after the last change
// shows "Đã lưu", started again on the same profile, and every change is there.
import { test, expect, chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumOptions } from './browser.mjs';
import { openApp, stored } from './helpers.mjs';

/** Starts Chromium on `profile` and connects to it; `kill()` ends that process, and only it, with SIGKILL. */
async function startChromium(profile) {
  const args = [
    ...chromiumOptions.args,
    '--headless',
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    'about:blank',
  ];
  const browser = spawn(chromiumOptions.executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  const endpoint = await new Promise((resolve, reject) => {
    browser.stderr.on('data', (chunk) => {
      said += chunk;
      const found = said.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) resolve(found[1]);
    });
    browser.on('exit', () => reject(new Error(`Chromium ended before it listened:\n${said}`)));
  });
  const connected = await chromium.connectOverCDP(endpoint);
  const context = connected.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  const kill = async () => {
    browser.kill('SIGKILL');
    await once(browser, 'exit');
  };
  return { page, kill };
}

async function addGroup(page, name) {
  await page.getByLabel('Tên tổ mới').fill(name);
  await page.getByRole('button', { name: 'Thêm tổ' }).click();
  await expect(page.getByRole('textbox', { name: `Đổi tên tổ ${name}`, exact: true })).toHaveValue(name);
}

for (const [book, path, groups] of [
  ['the demo union', '/?demo=1#/groups', ['Tổ Một', 'Tổ Hai', 'Tổ Ba', 'Tổ Bốn', 'Tổ Năm']],
  ['a 10,000-member book', '/?demo=10000#/groups', ['Tổ Mười', 'Tổ Mười Một', 'Tổ Mười Hai']],
]) {
  test(`${book}: every change shown as saved is there after the browser is killed`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const profile = await mkdtemp(join(tmpdir(), 'so-cong-doan-crash-'));
    try {
      let chromium = await startChromium(profile);
      await openApp(chromium.page, new URL(path, baseURL).href);
      await stored(chromium.page);
      // One group a second, as an officer types them; killed one second after the last shows as saved.
      for (const name of groups) {
        await addGroup(chromium.page, name);
        await chromium.page.waitForTimeout(1000);
      }
      await stored(chromium.page);
      await chromium.page.waitForTimeout(1000);
      await chromium.kill();

      chromium = await startChromium(profile);
      await openApp(chromium.page, new URL('/#/groups', baseURL).href);
      for (const name of groups) {
        await expect(chromium.page.getByRole('textbox', { name: `Đổi tên tổ ${name}`, exact: true })).toHaveValue(name);
      }
      await chromium.kill();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
}
