import { test, expect } from '@playwright/test';

// After one visit the service worker serves the whole app without a network.
test('reloads offline from the service worker cache', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Sổ Công đoàn/ })).toBeVisible();
});
