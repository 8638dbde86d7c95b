// Nothing typed is ever lost: a full disk, a write failing, damaged storage, a newer app's book, two tabs,
// undo, restore points, IndexedDB refused, and the book moved from where earlier versions kept it.
import { test, expect, chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chromiumOptions } from './browser.mjs';
import { openApp, openDemo, goTo, rosterNames, download, stored, withDatabase } from './helpers.mjs';

const banner = (page) => page.getByRole('alert').filter({ hasText: 'Chưa lưu được sổ vào trình duyệt.' });
const shown = (page) => page.getByRole('status').filter({ hasText: 'Hiển thị' });

/** Chromium on a profile directory of its own, which outlives the browser. */
const onProfile = (profile, baseURL) => chromium.launchPersistentContext(profile, { ...chromiumOptions, locale: 'vi-VN', baseURL });

async function addMember(page, name) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

/**
 * Opens the app on a browser profile of its own whose quota is set below what the app holds (DevTools
 * protocol), so that IndexedDB refuses its next write with QuotaExceededError. Chromium reads the quota when
 * the site's storage is first opened in a browser run, so it is set before the app opens it.
 */
async function withFullDisk(baseURL, path, profile) {
  const context = await onProfile(profile, baseURL);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/manifest.webmanifest');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `${new URL(baseURL).origin}/`, quotaSize: 1 });
  await openApp(page, path);
  return { context, page };
}

test('with the disk full the book stays on screen, a banner offers the export, and nothing is stored half', async ({ baseURL }, info) => {
  const { context, page } = await withFullDisk(baseURL, '/?demo=1', info.outputPath('profile'));
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Chưa lưu');
  const file = await download(page, 'Xuất tệp ngay', banner(page));
  expect(JSON.parse(file.text).book.members.length).toBeGreaterThan(40);
  expect(await withDatabase(page, async (db, request) => request(db.transaction('meta').objectStore('meta').get('head')))).toBeUndefined();
  await context.close();
});

test('a full disk never damages the stored book: a reload shows the last one stored', async ({ baseURL }, info) => {
  const profile = info.outputPath('profile');
  const first = await onProfile(profile, baseURL);
  await openDemo(first.pages()[0]);
  await first.close();
  const { context, page } = await withFullDisk(baseURL, '/#/members', profile);
  await addMember(page, 'Trần Văn Mất');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Trần Văn Mất', exact: true })).toBeVisible();
  await page.reload();
  await goTo(page, 'Đoàn viên');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await context.close();
});

test('a write that fails halfway leaves the last complete book, and is made again on request', async ({ page }) => {
  await openDemo(page);
  // The change's records are put, then its restore point fails: the transaction takes back what it wrote.
  await page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (this.name === 'points') throw new DOMException('disk error', 'UnknownError');
      return window.realPut.call(this, value, key);
    };
  });
  await addMember(page, 'Lê Văn Dở');
  await expect(banner(page)).toBeVisible();
  const other = await page.context().newPage();
  await openApp(other, '/#/members');
  await expect(shown(other)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await expect(other.getByRole('cell', { name: 'Lê Văn Dở', exact: true })).toHaveCount(0);
  // The disk is back: "Try saving again" stores it.
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await page.getByRole('button', { name: 'Thử lưu lại' }).click();
  await expect(banner(page)).toHaveCount(0);
  await stored(page);
  await other.reload();
  await expect(other.getByRole('cell', { name: 'Lê Văn Dở', exact: true })).toBeVisible();
});

test('a link with ?demo=1 shows the demo union first and stores it right after, with no banner', async ({ page }) => {
  await openApp(page, '/?demo=1');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Công đoàn cơ sở');
  await expect(banner(page)).toHaveCount(0);
  await stored(page);
  await openApp(page, '/#/members');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
});

test('a large union is stored in chunks of records and reopens whole', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '/?demo=20000#/members');
  await expect(shown(page)).toHaveText('Hiển thị 20.000 / 20.000 đoàn viên', { timeout: 60_000 });
  await stored(page);
  const chunks = await withDatabase(page, async (db, request) => request(db.transaction('chunks').objectStore('chunks').getAllKeys()));
  expect(chunks.filter((k) => k.includes('/members/')).length).toBeGreaterThan(20);
  await openApp(page, '/#/members');
  await expect(shown(page)).toHaveText('Hiển thị 20.000 / 20.000 đoàn viên', { timeout: 60_000 });
  await expect(banner(page)).toHaveCount(0);
});

test('damaged storage opens a recovery page that keeps the raw data and offers the last good restore point', async ({ page }) => {
  await openDemo(page);
  await addMember(page, 'Phan Văn Trước');
  await addMember(page, 'Phan Văn Sau');
  await stored(page);
  // The last change of the journal, cut in half.
  const damaged = await withDatabase(page, async (db, request) => {
    const store = db.transaction('journal', 'readwrite').objectStore('journal');
    const keys = await request(store.getAllKeys());
    const last = keys[keys.length - 1];
    const text = await request(store.get(last));
    const cut = text.slice(0, text.length / 2);
    await request(store.put(cut, last));
    return { key: last, cut };
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Không đọc được sổ đã lưu' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`Thay đổi số ${damaged.key} của sổ trong trình duyệt không đọc được.`);
  const raw = await download(page, 'Tải xuống dữ liệu gốc');
  expect(raw.text).toContain(damaged.cut);
  // Nothing was written over it.
  const still = await withDatabase(page, async (db, request, key) => request(db.transaction('journal').objectStore('journal').get(key)), damaged.key);
  expect(still).toBe(damaged.cut);
  const good = page.getByRole('listitem').first();
  await expect(good).toContainText('Thêm đoàn viên Phan Văn Trước');
  await good.getByRole('button').click();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('cell', { name: 'Phan Văn Trước', exact: true })).toBeVisible();
  await stored(page);
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Phan Văn Trước', exact: true })).toBeVisible();
});

test('a stored book with a value past its bounds opens the recovery page, not a spinner or a dead app', async ({ page }) => {
  await openDemo(page);
  await addMember(page, 'Phan Văn Dài');
  await stored(page);
  // The last change, as another program might have left it: a name of 12,000 characters.
  await withDatabase(page, async (db, request) => {
    const store = db.transaction('journal', 'readwrite').objectStore('journal');
    const keys = await request(store.getAllKeys());
    const last = keys[keys.length - 1];
    const text = await request(store.get(last));
    await request(store.put(text.replace('Phan Văn Dài', 'Phan Văn Dài'.repeat(1000)), last));
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Không đọc được sổ đã lưu' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/book\.members\[\d+\]\.full_name: quá dài/);
  await expect(page.getByText('Đang mở sổ…')).toHaveCount(0);
});

test('a book stored by a newer version of the app is not overwritten', async ({ page }) => {
  await openDemo(page);
  const head = await withDatabase(page, async (db, request) => {
    const store = db.transaction('meta', 'readwrite').objectStore('meta');
    const head = JSON.parse(await request(store.get('head')));
    head.schema = 7;
    await request(store.put(JSON.stringify(head), 'head'));
    return JSON.stringify(head);
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('phiên bản mới hơn của ứng dụng (lược đồ 7');
  expect(await withDatabase(page, async (db, request) => request(db.transaction('meta').objectStore('meta').get('head')))).toBe(head);
});

test('two tabs: a change in one appears in the other, and neither writes over the other', async ({ page, context }) => {
  await openDemo(page);
  const second = await context.newPage();
  await openApp(second, '/#/members');
  await addMember(page, 'Hoàng Văn Một');
  await expect(second.getByRole('cell', { name: 'Hoàng Văn Một', exact: true })).toBeVisible();
  await addMember(second, 'Hoàng Văn Hai');
  await expect(page.getByRole('cell', { name: 'Hoàng Văn Hai', exact: true })).toBeVisible();
  // A tab that does not tell the other of its change: the other's next change is written on top of it.
  await second.evaluate(() => { BroadcastChannel.prototype.postMessage = () => {}; });
  await addMember(second, 'Hoàng Văn Ba');
  await stored(second);
  await addMember(page, 'Hoàng Văn Bốn');
  await stored(page);
  await expect(page.getByRole('status').filter({ hasText: 'thẻ khác' })).toBeVisible();
  await page.reload();
  await goTo(page, 'Đoàn viên');
  for (const name of ['Hoàng Văn Một', 'Hoàng Văn Hai', 'Hoàng Văn Ba', 'Hoàng Văn Bốn']) {
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }
  await expect(shown(page)).toHaveText('Hiển thị 49 / 49 đoàn viên');
});

test('undo a delete with the button and with Ctrl+Z, redo with Ctrl+Y', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const name = (await rosterNames(page))[0];
  await page.getByRole('button', { name: `Xóa ${name}` }).click();
  await expect(shown(page)).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await page.getByRole('button', { name: 'Làm lại', exact: true }).click();
  await expect(shown(page)).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await page.keyboard.press('Control+y');
  await expect(shown(page)).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await page.keyboard.press('Control+z');
  await stored(page);
  await page.reload();
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
});

test('restore a restore point, then undo the restore', async ({ page }) => {
  await openDemo(page);
  await addMember(page, 'Vũ Văn Một');
  await addMember(page, 'Vũ Văn Hai');
  await goTo(page, 'Dữ liệu');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  const first = rows.filter({ hasText: 'Thêm đoàn viên Vũ Văn Một' });
  await first.getByRole('button', { name: /Xem trước/ }).click();
  await expect(page.locator('.preview')).toContainText('46');
  await first.getByRole('button', { name: /Khôi phục bản lưu lúc/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục bản sao lưu' })).toBeVisible();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('cell', { name: 'Vũ Văn Hai', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Vũ Văn Hai', exact: true })).toBeVisible();
});

test('when the browser refuses IndexedDB, the book lives until the tab closes and the banner offers the export', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await openDemo(page);
  const refused = page.getByRole('status').filter({ hasText: 'Trình duyệt này không cho lưu sổ vào bộ nhớ của trình duyệt trên máy này' });
  await expect(refused).toBeVisible();
  const file = await download(page, 'Xuất tệp ngay');
  expect(JSON.parse(file.text).book.members.length).toBeGreaterThan(40);
  await goTo(page, 'Giới thiệu');
  await expect(page.locator('dl.facts')).toContainText('Chỉ trong bộ nhớ tạm của trang này');
});

// The book as earlier versions kept it in localStorage, from fixtures written by the last of them.
for (const [layout, union, members, lastChange] of [
  ['plain', 'Công đoàn cơ sở Trường Tiểu học Hòa Bình', 1, 'Thêm đoàn viên Nguyễn Thị Lan'],
  ['deflated', 'Công đoàn cơ sở', 47, 'Thêm đoàn viên Lê Thị Hồng'],
  ['columns', 'Công đoàn cơ sở', 46, 'Thêm đoàn viên Phạm Thị Cúc'],
]) {
  test(`a book kept in localStorage (${layout}) moves into IndexedDB whole, with its backups`, async ({ page }) => {
    const kept = JSON.parse(await readFile(new URL(`../fixtures/local-storage/${layout}.json`, import.meta.url), 'utf8'));
    await page.goto('/manifest.webmanifest');
    await page.evaluate((kept) => {
      for (const [key, value] of Object.entries(kept)) localStorage.setItem(key, value);
      localStorage.setItem('so-cong-doan/lang', '"vi"');
    }, kept);
    await openApp(page, '/#/members');
    await expect(page.locator('.union-name')).toContainText(union);
    await expect(shown(page)).toHaveText(`Hiển thị ${members} / ${members} đoàn viên`);
    // Every version is a restore point, and the old keys are gone but the language (and this browser's id
    // in the books' change stamps).
    await goTo(page, 'Dữ liệu');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(Object.keys(kept).length);
    await expect(rows.nth(1)).toContainText(lastChange);
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['so-cong-doan/device', 'so-cong-doan/lang']);
    await page.reload();
    await goTo(page, 'Đoàn viên');
    await expect(shown(page)).toHaveText(`Hiển thị ${members} / ${members} đoàn viên`);
  });
}
