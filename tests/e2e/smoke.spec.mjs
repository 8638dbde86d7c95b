import { test, expect } from '@playwright/test';

test('the app shell loads with its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Sổ Công đoàn');
});
