// A panic is not a dead app: the release build aborts on panic, and the page it leaves says what happened,
// downloads the stored book's raw data and leads to the data page, with no wasm left to run them.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, download, chooseImport, stored } from './helpers.mjs';

test('a page that panics leaves a page in Vietnamese with the raw data and the way to the data page', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dữ liệu');
  const exported = JSON.parse((await download(page, 'Xuất tệp JSON')).text);
  delete exported.checksum;
  // Years without bounds, which the file's checks still let through: the targets page cannot count them.
  Object.assign(exported.book.activities.targets[0], { from_year: -2147483648, to_year: 2147483647 });
  await chooseImport(page, 'nam-vo-han.json', JSON.stringify(exported));
  await page.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await stored(page);
  await page.goto('/#/activities/targets');
  const stopped = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ứng dụng gặp lỗi và đã dừng' }) });
  await expect(stopped).toBeVisible();
  await expect(stopped).toContainText('Sổ đã lưu trong trình duyệt không bị lỗi này thay đổi.');
  await expect(page.getByText('Đang mở sổ…')).toHaveCount(0);
  // The first panic is what happened, not what later calls into the dead wasm met.
  await expect(stopped.locator('pre')).toContainText('capacity overflow');

  const raw = await download(page, 'Tải xuống dữ liệu gốc', stopped);
  expect(raw.name).toBe('so-cong-doan-du-lieu-goc.json');
  const stores = JSON.parse(raw.text);
  expect(Object.keys(stores).sort()).toEqual(['chunks', 'journal', 'meta', 'points', 'snapshots']);
  expect(stores.meta.map(([key]) => key)).toContain('head');
  expect(raw.text).toContain('nam-vo-han.json');

  await stopped.getByRole('button', { name: 'Đến trang Dữ liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Dữ liệu', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'trước khi nhập tệp' })).toBeVisible();
});
