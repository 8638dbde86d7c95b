// A panic is not a dead app: the release build aborts on panic, and the page it leaves says what happened,
// downloads the stored book's raw data and leads to the data page, with no wasm left to run them.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, download, stored } from './helpers.mjs';

test('a page that panics leaves a page in Vietnamese with the raw data and the way to the data page', async ({ page }) => {
  await openDemo(page);
  await stored(page);
  // No value of the book can make a page panic any more (bounds, checked sums). What is left is the
  // browser failing the app: here its source of random numbers, which every new record's id needs.
  await page.evaluate(() => {
    crypto.getRandomValues = () => { throw new Error('không có nguồn số ngẫu nhiên'); };
  });
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  const stopped = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ứng dụng gặp lỗi và đã dừng' }) });
  await expect(stopped).toBeVisible();
  await expect(stopped).toContainText('Sổ đã lưu trong trình duyệt không bị lỗi này thay đổi.');
  await expect(page.getByText('Đang mở sổ…')).toHaveCount(0);
  // The first panic is what happened, not what later calls into the dead wasm met.
  await expect(stopped.locator('pre')).toContainText('random');

  const raw = await download(page, 'Tải xuống dữ liệu gốc', stopped);
  expect(raw.name).toBe('so-cong-doan-du-lieu-goc.json');
  const stores = JSON.parse(raw.text);
  expect(Object.keys(stores).sort()).toEqual(['chunks', 'journal', 'meta', 'points', 'snapshots']);
  expect(stores.meta.map(([key]) => key)).toContain('head');

  await stopped.getByRole('button', { name: 'Đến trang Dữ liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Dữ liệu', level: 1 })).toBeVisible();
});
