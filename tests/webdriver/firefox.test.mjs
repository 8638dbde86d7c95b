// The core flows in Firefox ESR, driven over WebDriver: the hosted build (create, add a member, reload,
// export, import in a fresh profile, load offline, the update notice) and the single file opened from disk.
// Run by `make test` after `make dist`: node --test tests/webdriver/
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cp, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../e2e/serve.mjs';
import {
  WAIT, openFirefox, ready, byRole, byLabel, click, fill, goTo, seeText, heading1, createBook, addMember, exportBook, importBook, saved,
} from './driver.mjs';

const SINGLE_FILE = resolve('dist/so-cong-doan.html');
const UNION = 'Công đoàn cơ sở Trường Mầm non Sơn Ca';
const MEMBER = 'Đặng Thị Thu Hà';
const SCREENSHOTS = resolve('test-results/firefox');

let site;
before(async () => {
  site = await serve('dist', 0);
  await mkdir(SCREENSHOTS, { recursive: true });
});
after(() => site.server.close());

/** Runs `body` with a fresh Firefox, which is closed (and its download folder removed) whatever happens. */
async function withFirefox(prefs, body) {
  const { driver, downloads } = await openFirefox(prefs);
  try {
    await body(driver, downloads);
  } catch (e) {
    const png = await driver.takeScreenshot().catch(() => null);
    if (png) await writeFile(`${SCREENSHOTS}/failure-${Date.now()}.png`, png, 'base64');
    throw e;
  } finally {
    await driver.quit();
    await rm(downloads, { recursive: true, force: true });
  }
}

/** create → add a member → reload → export; then import the file in a fresh profile. */
async function coreFlow(url, screenshotName) {
  let exported;
  await withFirefox({}, async (driver, downloads) => {
    await driver.get(url);
    await ready(driver);
    await createBook(driver, UNION);
    await addMember(driver, MEMBER);
    await driver.navigate().refresh();
    await ready(driver);
    await seeText(driver, MEMBER);
    const { path, json } = await exportBook(driver, downloads);
    assert.equal(json.format, 'so-cong-doan');
    assert.deepEqual(json.book.members.map((m) => m.full_name), [MEMBER]);
    await seeText(driver, /Lần xuất gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    if (screenshotName) {
      await goTo(driver, 'Tổng quan');
      await seeText(driver, 'Lần xuất gần nhất');
      await writeFile(`${SCREENSHOTS}/${screenshotName}`, await driver.takeScreenshot(), 'base64');
    }
    // Keep the file past this profile's clean-up.
    exported = resolve(SCREENSHOTS, `${Date.now()}.json`);
    await copyFile(path, exported);
  });
  await withFirefox({}, async (driver) => {
    await driver.get(url);
    await ready(driver);
    await importBook(driver, exported);
    assert.equal(await heading1(driver), UNION);
    await goTo(driver, 'Đoàn viên');
    await seeText(driver, MEMBER);
    await driver.navigate().refresh();
    await ready(driver);
    await seeText(driver, 'Hiển thị 1 / 1 đoàn viên');
  });
  await rm(exported);
}

test('hosted build: create a book, add a member, reload, export, import in a fresh profile', async () => {
  await coreFlow(site.url);
});

test('hosted build: a book with a passphrase opens in a fresh profile with it, and is refused with a wrong one', async () => {
  const passphrase = 'mật khẩu của chị Hà';
  const other = 'Công đoàn cơ sở Trường Tiểu học Hòa Bình';
  let exported;
  await withFirefox({}, async (driver, downloads) => {
    await driver.get(site.url);
    await ready(driver);
    await createBook(driver, UNION);
    await addMember(driver, MEMBER);
    await goTo(driver, 'Dữ liệu');
    await fill(driver, 'Mật khẩu', passphrase);
    await fill(driver, 'Nhập lại mật khẩu', passphrase);
    await click(driver, 'button', 'Xuất tệp có mật khẩu');
    let file, text;
    // Firefox may show the file's name before its bytes are all written.
    await driver.wait(async () => {
      const done = (await readdir(downloads)).filter((f) => f.endsWith('-co-mat-khau.json'));
      if (done.length !== 1) return false;
      file = join(downloads, done[0]);
      text = await readFile(file, 'utf8');
      return text.trimEnd().endsWith('}');
    }, WAIT, 'no file with a passphrase in the download folder');
    assert.equal(JSON.parse(text).header.encryption, 'AES-256-GCM');
    assert.ok(!text.includes(MEMBER), 'the member is not readable in the file');
    exported = resolve(SCREENSHOTS, `${Date.now()}-co-mat-khau.json`);
    await copyFile(file, exported);
  });
  await withFirefox({}, async (driver) => {
    await driver.get(site.url);
    await ready(driver);
    await createBook(driver, other);
    await goTo(driver, 'Dữ liệu');
    const open = async (typed) => {
      await (await byLabel(driver, 'Chọn tệp sổ (.json)')).sendKeys(exported);
      await fill(driver, 'Mật khẩu của tệp', typed);
      await click(driver, 'button', 'Mở tệp');
    };
    await open('mật khẩu của anh Hùng');
    await seeText(driver, 'Mật khẩu không đúng hoặc tệp đã bị hỏng.');
    await seeText(driver, 'Sổ hiện tại vẫn giữ nguyên.');
    await goTo(driver, 'Tổng quan');
    assert.equal(await heading1(driver), other);
    await goTo(driver, 'Dữ liệu');
    await open(passphrase);
    await seeText(driver, `Nội dung tệp`);
    await seeText(driver, UNION);
    await click(driver, 'button', 'Xác nhận nhập tệp');
    await saved(driver);
    await goTo(driver, 'Tổng quan');
    assert.equal(await heading1(driver), UNION);
    await goTo(driver, 'Đoàn viên');
    await seeText(driver, MEMBER);
  });
  await rm(exported);
});

test('hosted build: loads offline from the service worker after one visit', async () => {
  const offline = await serve('dist', 0);
  await withFirefox({}, async (driver) => {
    await driver.get(offline.url);
    await ready(driver);
    await driver.wait(() => driver.executeScript('return !!navigator.serviceWorker.controller'), WAIT, 'no service worker in control');
    await new Promise((r) => {
      offline.server.closeAllConnections();
      offline.server.close(r);
    });
    // The server is gone: only the service worker can answer. (Opened again rather than WebDriver's
    // refresh, which in Firefox bypasses the service worker like a forced reload.)
    await driver.get(offline.url);
    await ready(driver);
    await byRole(driver, 'button', 'Tạo sổ mới');
  });
});

test('hosted build: a newly deployed version is announced, and applies when the user asks', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ff-update-'));
  await cp('dist', dir, { recursive: true });
  const deployed = await serve(dir, 0);
  try {
    await withFirefox({}, async (driver) => {
      await driver.get(deployed.url);
      await ready(driver);
      await driver.wait(() => driver.executeScript('return !!navigator.serviceWorker.controller'), WAIT, 'no service worker in control');
      const before = await driver.executeAsyncScript('caches.keys().then(arguments[0])');
      // "Deploy" a new build: a different cache version in sw.js.
      const sw = join(dir, 'sw.js');
      await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1x"'));
      await driver.executeScript('navigator.serviceWorker.getRegistration().then((r) => r.update())');
      await seeText(driver, 'Có phiên bản mới — tải lại để dùng.');
      await click(driver, 'button', 'Tải lại');
      await driver.wait(
        async () => JSON.stringify(await driver.executeAsyncScript('caches.keys().then(arguments[0])')) === JSON.stringify([`${before[0]}x`]),
        WAIT,
        'the new version did not take over'
      );
      await ready(driver);
    });
  } finally {
    deployed.server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('single file from file://: create, add a member, reload, export, import in a fresh profile', async () => {
  await coreFlow(pathToFileURL(SINGLE_FILE).href, 'single-file-firefox.png');
});

test('single file from file://: the About page says the book belongs to this file path', async () => {
  await withFirefox({}, async (driver) => {
    await driver.get(pathToFileURL(SINGLE_FILE).href);
    await ready(driver);
    await createBook(driver, UNION);
    // Measured: Firefox gives each file:// path its own storage (origin "null").
    await seeText(driver, 'Sổ gắn với đúng tệp đang mở');
    await goTo(driver, 'Giới thiệu');
    await seeText(driver, `gắn với đúng tệp ${SINGLE_FILE}`);
  });
});

test('asks for persistent storage; once granted, the notice goes and About says so', async () => {
  // Stands in for the user answering Firefox's permission prompt with "Allow".
  const allow = { 'dom.storageManager.prompt.testing': true, 'dom.storageManager.prompt.testing.allow': true };
  await withFirefox(allow, async (driver) => {
    await driver.get(site.url);
    await ready(driver);
    await createBook(driver, UNION);
    await goTo(driver, 'Giới thiệu');
    await seeText(driver, 'Có: trình duyệt cam kết giữ dữ liệu');
    assert.equal(await driver.executeAsyncScript('navigator.storage.persisted().then(arguments[0])'), true);
    await goTo(driver, 'Tổng quan');
    await seeText(driver, 'Lần xuất gần nhất');
    const text = await driver.findElement({ css: 'main' }).getText();
    assert.ok(!text.includes('có thể không còn lâu dài'), text);
  });
});

test('without a grant, the overview says the book may not last and offers the export', async () => {
  await withFirefox({}, async (driver) => {
    await driver.get(site.url);
    await ready(driver);
    await createBook(driver, UNION);
    await seeText(driver, 'Sổ lưu trong trình duyệt này có thể không còn lâu dài.');
    await byRole(driver, 'button', 'Xuất tệp ngay');
  });
});
