import { test, expect } from '@playwright/test';
import { stored, storedState } from './helpers.mjs';

// Without the service worker's precache, so that every fetch is the page's own.
test.use({ serviceWorkers: 'block' });

/** The wasm files the page fetched, by name; `before`: only those fetched before it marked itself interactive. */
const wasmFetched = (page, before = false) =>
  page.evaluate((before) => {
    const ready = performance.getEntriesByName('app-interactive', 'mark')[0]?.startTime ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.wasm') && (!before || e.startTime < ready))
      .map((e) => new URL(e.name).pathname.slice(1));
  }, before);

// The first page needs the main wasm only; the code that reads and writes the book comes after it and stores
// the demo chosen on it; an area's chunk is fetched the first time the area is opened, and not again.
test('the first page fetches one wasm; the reader and writers come after it, and each area its chunk once, when first opened', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sổ Công đoàn' })).toBeVisible();
  const first = await wasmFetched(page, true);
  expect(first).toHaveLength(1);
  expect(first[0]).toMatch(/^so-cong-doan-[0-9a-f]+_bg\.wasm$/);

  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByRole('heading', { name: /Công đoàn cơ sở/ })).toBeVisible();
  await stored(page);
  const loaded = await wasmFetched(page);
  expect(loaded.some((f) => f.startsWith('split_reader'))).toBe(true);
  expect(loaded.some((f) => f.startsWith('split_writers'))).toBe(true);

  const menu = page.getByRole('navigation', { name: 'Danh mục chính' });
  for (const area of ['Tài chính', 'Tổng quan', 'Tài chính']) {
    await menu.getByRole('link', { name: area, exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Phiếu thu, chi' })).toBeVisible();
  const opened = await wasmFetched(page);
  expect(opened.filter((f) => f.startsWith('split_finance_view'))).toHaveLength(1);
  expect(opened.some((f) => f.startsWith('split_members_view'))).toBe(false);
});

// A stored book needs its reader before its first page, and nothing more: the writers come after that page.
test('a stored book opens with the reader, before the writers and before any area', async ({ page }) => {
  await page.goto('/?demo=1');
  await stored(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Công đoàn cơ sở/ })).toBeVisible();
  const first = await wasmFetched(page, true);
  expect(first.some((f) => f.startsWith('split_reader'))).toBe(true);
  expect(first.some((f) => /^split_(writers|\w+_view)/.test(f))).toBe(false);
  await expect.poll(async () => (await wasmFetched(page)).some((f) => f.startsWith('split_writers'))).toBe(true);
});

// A chunk that cannot be fetched (the network down before the service worker kept it) is said, not a crash:
// the page offers to try again, and a change made meanwhile waits on screen and is stored once it can be.
test('a page or the saving code that cannot be fetched is said, and Try again fetches it', async ({ page }) => {
  await page.goto('/?demo=1');
  await expect(page.getByRole('heading', { name: /Công đoàn cơ sở/ })).toBeVisible();
  await stored(page);

  await page.route(/split_finance_view.*\.wasm$/, (route) => route.abort());
  await page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Tài chính' }).click();
  await expect(page.getByRole('alert')).toContainText('Không tải được trang này');
  await page.unroute(/split_finance_view.*\.wasm$/);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phiếu thu, chi' })).toBeVisible();

  // Reopened with the saving code out of reach: a new group stays on screen, and is stored once it comes.
  await page.route(/split_writers.*\.wasm$/, (route) => route.abort());
  await page.goto('/#/groups');
  await expect(page.getByRole('alert')).toContainText('Chưa lưu được vào trình duyệt.');
  await page.getByLabel('Tên tổ mới').fill('Tổ Kho vận');
  await page.getByRole('button', { name: 'Thêm tổ' }).click();
  await expect(page.getByRole('textbox', { name: 'Đổi tên tổ Tổ Kho vận' })).toHaveValue('Tổ Kho vận');
  const storedLength = async () => JSON.stringify(await storedState(page)).length;
  const before = await storedLength();
  await page.unroute(/split_writers.*\.wasm$/);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(storedLength).not.toBe(before);
  await page.reload();
  await page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Tổ công đoàn' }).click();
  await expect(page.getByRole('textbox', { name: 'Đổi tên tổ Tổ Kho vận' })).toHaveValue('Tổ Kho vận');

  // Reopened with the reader out of reach: the stored book waits, intact, and Try again opens it.
  await page.route(/split_reader.*\.wasm$/, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Chưa mở được sổ');
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toHaveCount(0);
  await page.unroute(/split_reader.*\.wasm$/);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Tổ công đoàn' }).click();
  await expect(page.getByRole('textbox', { name: 'Đổi tên tổ Tổ Kho vận' })).toHaveValue('Tổ Kho vận');
});
