// How the app ships and how long its data lasts, in Chromium: the single file opened from disk, the
// export reminder, storage that may not last, and the About page. (Firefox: tests/webdriver/.)
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, createBook, goTo, download, chooseImport, withDatabase } from './helpers.mjs';

const SINGLE_FILE = pathToFileURL(resolve('dist/so-cong-doan.html')).href;
const UNION = 'Công đoàn cơ sở Trường Mầm non Sơn Ca';
const MEMBER = 'Đặng Thị Thu Hà';

async function createBookHere(page) {
  await page.getByLabel('Tên công đoàn cơ sở').fill(UNION);
  await page.getByLabel('Công đoàn cấp trên').fill('Liên đoàn Lao động huyện Hòa Bình');
  await page.getByLabel('Nhiệm kỳ từ ngày').fill('20/03/2023');
  await page.getByLabel('Đến ngày').fill('20/03/2028');
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: UNION })).toBeVisible();
}

async function addMember(page) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill(MEMBER);
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name: MEMBER, exact: true })).toBeVisible();
}

test('the single file opens from file://: create, add a member, reload, export, import in a fresh profile', async ({ page, browser }) => {
  await page.goto(SINGLE_FILE);
  await expect(page.locator('body[data-ready="1"]')).toBeAttached();
  // Nothing is fetched: no service worker, no manifest, no file beside it.
  expect(await page.evaluate(() => [location.protocol, navigator.serviceWorker?.controller ?? null])).toEqual(['file:', null]);
  await createBookHere(page);
  await addMember(page);
  await page.reload();
  await expect(page.getByRole('cell', { name: MEMBER, exact: true })).toBeVisible();
  await goTo(page, 'Dữ liệu');
  const file = await download(page, 'Xuất tệp JSON');
  expect(JSON.parse(file.text).book.members.map((m) => m.full_name)).toEqual([MEMBER]);
  // Measured: Chromium gives every file opened from disk one shared storage (origin "file://").
  await goTo(page, 'Giới thiệu');
  await expect(page.getByText('mọi bản sao của tệp ứng dụng mở bằng trình duyệt này dùng chung một sổ')).toBeVisible();
  await goTo(page, 'Tổng quan');
  await expect(page.getByText(/Lần xuất gần nhất: \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await page.screenshot({ path: 'test-results/single-file-chromium.png', fullPage: true });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(SINGLE_FILE);
  await expect(other.getByRole('button', { name: 'Tạo sổ mới' })).toBeVisible();
  await chooseImport(other, file.name, file.text);
  await other.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await expect(other.getByRole('heading', { level: 1, name: UNION })).toBeVisible();
  await other.reload();
  await goTo(other, 'Đoàn viên');
  await expect(other.getByRole('cell', { name: MEMBER, exact: true })).toBeVisible();
  await fresh.close();
});

test('the overview shows the last export, and reminds after a week of unexported changes', async ({ page }) => {
  await createBook(page);
  await expect(page.getByText('Lần xuất gần nhất: chưa lần nào')).toBeVisible();
  const reminder = page.getByText('Sổ có thay đổi đã hơn 7 ngày mà chưa được xuất ra tệp');
  await expect(reminder).toHaveCount(0);

  // The book's first change, moved eight days back.
  await withDatabase(page, async (db, request) => {
    const store = db.transaction('meta', 'readwrite').objectStore('meta');
    const settings = JSON.parse(await request(store.get('settings')));
    settings.unexported_since = new Date(Date.parse(settings.unexported_since) - 8 * 86_400_000).toISOString();
    await request(store.put(JSON.stringify(settings), 'settings'));
  });
  await page.reload();
  await expect(reminder).toBeVisible();
  const file = await download(page, 'Xuất tệp ngay');
  expect(JSON.parse(file.text).format).toBe('so-cong-doan');
  await expect(reminder).toHaveCount(0);
  await expect(page.getByText(/Lần xuất gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
});

test('where the browser has not promised to keep the data, the overview says so and offers the export', async ({ page }) => {
  await createBook(page);
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
  await expect(page.getByText('Sổ lưu trong trình duyệt này có thể không còn lâu dài.')).toBeVisible();
  const file = await download(page, 'Xuất tệp ngay');
  expect(JSON.parse(file.text).book.union.history.at(-1).name).toBe('Công đoàn cơ sở Trường Tiểu học Hòa Bình');
});

test('About shows the app and schema versions, the build date and where the data lives', async ({ page, baseURL }) => {
  await createBook(page);
  await goTo(page, 'Giới thiệu');
  await expect(page.getByRole('heading', { level: 1, name: 'Giới thiệu' })).toBeVisible();
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Phiên bản ứng dụng0.1.0');
  await expect(facts).toContainText(/Phiên bản lược đồ tệp[1-9]\d*/);
  const [y, m, d] = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8' }).trim().split('-');
  await expect(facts).toContainText(`Ngày dựng${d}/${m}/${y}`);
  await expect(facts).toContainText(`riêng cho địa chỉ ${new URL(baseURL).origin}`);
  await expect(facts).toContainText('Chưa: trình duyệt có thể tự xóa dữ liệu');
});
