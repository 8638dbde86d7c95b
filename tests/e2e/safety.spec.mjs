// Nothing typed is ever lost: storage full, a save failing halfway, damaged storage, two tabs, undo, backups.
import { test, expect } from '@playwright/test';
import { openApp, openDemo, goTo, rosterNames, download } from './helpers.mjs';

const banner = (page) => page.getByRole('alert').filter({ hasText: 'Chưa lưu được sổ vào trình duyệt.' });
const shown = (page) => page.getByRole('status').filter({ hasText: 'Hiển thị' });

async function addMember(page, name) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

test('when storage is full the change stays on screen, a banner offers export, and the stored book is intact', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dữ liệu');
  await expect(page.getByText(/Bộ nhớ trình duyệt đã dùng: [\d.]+ \/ 5\.242\.880 ký tự/)).toBeVisible();
  // Another page of the same site fills the quota.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler/${i}`, chunk); } catch { break; }
    }
    for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try { localStorage.setItem(`filler/small/${size}`, 'y'.repeat(size)); } catch { /* next size */ }
    }
  });
  await addMember(page, 'Nguyễn Văn Đầy');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Nguyễn Văn Đầy', exact: true })).toBeVisible();
  // Export now still works and carries the unsaved member.
  const file = await download(page, 'Xuất tệp ngay');
  expect(file.text).toContain('Nguyễn Văn Đầy');
  // Space is freed; the next save succeeds.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler/')).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole('button', { name: 'Thử lưu lại' }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('cell', { name: 'Nguyễn Văn Đầy', exact: true })).toBeVisible();
});

test('a full store never damages the stored book: reload shows the last saved one', async ({ page }) => {
  await openDemo(page);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler/${i}`, chunk); } catch { break; }
    }
    for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try { localStorage.setItem(`filler/small/${size}`, 'y'.repeat(size)); } catch { /* next size */ }
    }
  });
  await addMember(page, 'Trần Văn Mất');
  await expect(banner(page)).toBeVisible();
  await page.reload();
  await goTo(page, 'Đoàn viên');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
});

test('with no room for a second copy of the book, a save writes over the stored one and nothing is lost', async ({ page }) => {
  await openDemo(page);
  // Storage filled to the last thousand units, then less than a copy of the book freed: a new version cannot
  // be written beside the stored one, but the stored one can be written over.
  const { free, book } = await page.evaluate(() => {
    const fill = (prefix, size) => {
      const chunk = 'x'.repeat(size);
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`${prefix}/${i}`, chunk); } catch { return i; }
      }
    };
    fill('filler/big', 256 * 1024);
    const small = fill('filler/small', 1024);
    const index = JSON.parse(localStorage.getItem('so-cong-doan/index'));
    const book = localStorage.getItem(`so-cong-doan/book/${index.head}`).length;
    let free = 0;
    for (let i = small - 1; i >= 0 && free + 1100 < book / 2; i--) {
      localStorage.removeItem(`filler/small/${i}`);
      free += 1024 + `filler/small/${i}`.length;
    }
    return { free, book };
  });
  expect(free).toBeLessThan(book);
  await addMember(page, 'Nguyễn Văn Chật');
  await expect(banner(page)).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('so-cong-doan/book/')));
  expect(keys).toHaveLength(1);
  await page.reload();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('cell', { name: 'Nguyễn Văn Chật', exact: true })).toBeVisible();
  await expect(shown(page)).toHaveText('Hiển thị 46 / 46 đoàn viên');
  // The data page says why no backup is kept.
  await goTo(page, 'Dữ liệu');
  await expect(page.getByRole('status').filter({ hasText: 'lần lưu gần nhất đã ghi đè lên sổ' })).toBeVisible();
});

test('a link with ?demo=1 shows the demo union first and stores it right after, with no banner', async ({ page }) => {
  await openApp(page, '/?demo=1');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Công đoàn cơ sở');
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('so-cong-doan/index') !== null)).toBe(true);
  await openApp(page, '/#/members');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
});

test('a large union is stored in columns and reopens whole', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '/?demo=20000#/members');
  await expect(shown(page)).toHaveText('Hiển thị 20.000 / 20.000 đoàn viên', { timeout: 60_000 });
  // The column layout's mark opens the stored book.
  await expect.poll(() => page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('so-cong-doan/index') ?? 'null');
    return index && localStorage.getItem(`so-cong-doan/book/${index.head}`).codePointAt(0).toString(16);
  }), { timeout: 60_000 }).toBe('1f01');
  await openApp(page, '/#/members');
  await expect(shown(page)).toHaveText('Hiển thị 20.000 / 20.000 đoàn viên', { timeout: 60_000 });
  await expect(banner(page)).toHaveCount(0);
});

test('a save that fails halfway leaves the last complete book', async ({ page }) => {
  await openDemo(page);
  // The new version gets written, then the pointer write fails, as if the tab died in between.
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'so-cong-doan/index') throw new DOMException('crash', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await addMember(page, 'Lê Văn Dở');
  await expect(banner(page)).toBeVisible();
  await page.reload();
  await goTo(page, 'Đoàn viên');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await expect(page.getByRole('cell', { name: 'Lê Văn Dở', exact: true })).toHaveCount(0);
});

test('damaged storage opens a recovery page that keeps the raw text and offers the last good backup', async ({ page }) => {
  await openDemo(page);
  await addMember(page, 'Phan Văn Trước');
  await addMember(page, 'Phan Văn Sau');
  const damaged = await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('so-cong-doan/index'));
    const key = `so-cong-doan/book/${index.head}`;
    const text = localStorage.getItem(key);
    localStorage.setItem(key, text.slice(0, text.length / 2));
    return text.slice(0, text.length / 2);
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Không đọc được sổ đã lưu' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Bản lưu hiện tại của sổ không đọc được');
  const raw = await download(page, 'Tải xuống dữ liệu gốc');
  expect(raw.text).toBe(damaged);
  // Nothing was written over it.
  const still = await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('so-cong-doan/index'));
    return localStorage.getItem(`so-cong-doan/book/${index.head}`);
  });
  expect(still).toBe(damaged);
  const good = page.getByRole('listitem').first();
  await expect(good).toContainText('Thêm đoàn viên Phan Văn Trước');
  await good.getByRole('button').click();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('cell', { name: 'Phan Văn Trước', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Phan Văn Trước', exact: true })).toBeVisible();
});

test('a book stored by a newer version of the app is not overwritten', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dữ liệu');
  // What a newer app would have stored: the book under a schema this app does not know yet.
  const newer = JSON.parse((await download(page, 'Xuất tệp JSON')).text);
  newer.schema_version = 7;
  delete newer.checksum;
  const key = await page.evaluate((text) => {
    const index = JSON.parse(localStorage.getItem('so-cong-doan/index'));
    const key = `so-cong-doan/book/${index.head}`;
    localStorage.setItem(key, text);
    return key;
  }, JSON.stringify(newer));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('phiên bản mới hơn của ứng dụng (lược đồ 7');
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key)).schema_version).toBe(7);
});

test('two tabs: a change in one appears in the other, and neither saves over the other', async ({ page, context }) => {
  await openDemo(page);
  const second = await context.newPage();
  await openApp(second, '/#/members');
  await addMember(page, 'Hoàng Văn Một');
  await expect(second.getByRole('cell', { name: 'Hoàng Văn Một', exact: true })).toBeVisible();
  await addMember(second, 'Hoàng Văn Hai');
  await expect(page.getByRole('cell', { name: 'Hoàng Văn Hai', exact: true })).toBeVisible();
  // A tab that missed the other's save re-applies its change on top of it.
  await page.reload();
  await page.evaluate(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await addMember(second, 'Hoàng Văn Ba');
  await addMember(page, 'Hoàng Văn Bốn');
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
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await page.getByRole('button', { name: 'Làm lại' }).click();
  await expect(shown(page)).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
  await page.keyboard.press('Control+y');
  await expect(shown(page)).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await page.keyboard.press('Control+z');
  await page.reload();
  await expect(shown(page)).toHaveText('Hiển thị 45 / 45 đoàn viên');
});

test('restore an automatic backup, then undo the restore', async ({ page }) => {
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
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('cell', { name: 'Vũ Văn Hai', exact: true })).toBeVisible();
});
