import { test, expect } from '@playwright/test';

// After one visit the service worker serves the whole app without a network.
test('reloads offline from the service worker cache', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Sổ Công đoàn/ })).toBeVisible();
});

// Each area's code is a wasm chunk fetched when the area is first opened; the service worker keeps them all,
// so areas never opened online still open offline.
test('every area opens offline, though none was opened online', async ({ page, context }) => {
  await page.goto('/?demo=1');
  await expect(page.getByRole('heading', { name: /Công đoàn cơ sở/ })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Danh mục chính' });
  for (const [link, heading] of [
    ['Đoàn viên', 'Đoàn viên'],
    ['Hoạt động', 'Chăm lo, thăm hỏi'],
    ['Tài chính', 'Phiếu thu, chi'],
    ['Báo cáo', 'Báo cáo'],
    ['Dữ liệu', 'Dữ liệu'],
  ]) {
    await menu.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});
