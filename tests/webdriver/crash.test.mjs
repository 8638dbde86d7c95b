// A change the page shows as saved survives Firefox's death: Firefox started by geckodriver on a profile
// kept in a folder of the test's, changes made through the pages, the Firefox process killed with SIGKILL
// one second after the last change shows "Đã lưu", started again on the same profile, and every change is
// there. Run by `make test` after `make dist`: node --test tests/webdriver/
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../e2e/serve.mjs';
import { openFirefox, ready, byRole, fill, click, saved, WAIT } from './driver.mjs';

let site;
before(async () => {
  site = await serve('dist', 0);
});
after(() => site.server.close());

/** The Firefox process started on `profile`: the one whose command line names that folder, which is ours. */
function firefoxOn(profile) {
  const pids = execFileSync('pgrep', ['-f', '--', `-profile ${profile}`], { encoding: 'utf8' }).trim().split('\n').map(Number);
  const own = pids.filter((pid) => pid !== process.pid);
  assert.equal(own.length, 1, `one Firefox on ${profile}, found ${own}`);
  return own[0];
}

async function groupNamed(driver, name) {
  const field = await byRole(driver, 'textbox', `Đổi tên tổ ${name}`);
  assert.equal(await field.getAttribute('value'), name);
}

for (const [book, path, groups] of [
  ['the demo union', '/?demo=1#/groups', ['Tổ Một', 'Tổ Hai', 'Tổ Ba']],
  ['a 10,000-member book', '/?demo=10000#/groups', ['Tổ Mười', 'Tổ Mười Một']],
]) {
  test(`${book}: every change shown as saved is there after Firefox is killed`, { timeout: 180_000 }, async () => {
    const profile = await mkdtemp(join(tmpdir(), 'so-cong-doan-ff-crash-'));
    try {
      let { driver } = await openFirefox({}, profile);
      await driver.get(new URL(path, site.url).href);
      await ready(driver);
      await saved(driver);
      for (const name of groups) {
        await fill(driver, 'Tên tổ mới', name);
        await click(driver, 'button', 'Thêm tổ');
        await groupNamed(driver, name);
        await driver.sleep(1000);
      }
      await saved(driver);
      await driver.sleep(1000);
      process.kill(firefoxOn(profile), 'SIGKILL');
      await driver.quit().catch(() => {});

      ({ driver } = await openFirefox({}, profile));
      try {
        await driver.get(new URL('/#/groups', site.url).href);
        await ready(driver);
        for (const name of groups) await groupNamed(driver, name);
      } finally {
        await driver.quit();
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
}
