// On a phone, 390 × 844: the member list, a voucher and the report readable without the page scrolling
// sideways, amounts in sight, fingers' targets of 44 px, the number keyboard for dates and amounts, and a menu
// that shows it scrolls. Screenshots go to test-results/ for a person to look at.
import { test, expect } from '@playwright/test';
import { openDemo, goTo } from './helpers.mjs';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The page itself never scrolls sideways: only a table or a chart does, inside its frame. */
async function fitsTheScreen(page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(390);
}

/** Every visible button and field of the main area is at least 44 px high. */
async function fingerSized(page) {
  const small = await page.getByRole('main').locator('button:visible, a.button:visible, select:visible, input[type=text]:visible')
    .evaluateAll((all) => all.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)));
  expect(small).toEqual([]);
}

/** Fully on screen, horizontally. */
async function inSight(locator) {
  const box = await locator.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
}

test('the member list on a phone: names stay in sight, targets are finger-sized, dates bring up digits', async ({ page }, info) => {
  await openDemo(page);
  const menu = page.getByRole('navigation', { name: 'Danh mục chính' });
  // The menu is wider than the screen and says so with a fade at its edge.
  expect(await menu.locator('ul').evaluate((list) => list.scrollWidth > list.clientWidth)).toBe(true);
  expect(await page.locator('.side').evaluate((s) => getComputedStyle(s, '::after').backgroundImage)).toContain('gradient');
  await goTo(page, 'Đoàn viên');
  const rows = page.getByRole('table').first().getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await fitsTheScreen(page);
  await fingerSized(page);
  // Scrolled to its last column, the table still shows whose row it is.
  const table = page.locator('.table-wrap').first();
  await table.evaluate((t) => { t.scrollLeft = t.scrollWidth; });
  await inSight(rows.nth(1).getByRole('link').first());
  await page.screenshot({ path: info.outputPath('phone-members.png'), fullPage: false });
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await expect(page.getByLabel('Ngày sinh')).toHaveAttribute('inputmode', 'decimal');
  await expect(page.getByLabel('Lương đóng bảo hiểm (đồng/tháng)')).toHaveAttribute('inputmode', 'numeric');
  await fitsTheScreen(page);
});

test('a voucher on a phone: its amount in sight, the amount field brings up digits', async ({ page }, info) => {
  await openDemo(page);
  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await fitsTheScreen(page);
  const first = page.getByRole('link', { name: /^Xem phiếu P[TC]-/ }).first();
  await first.click();
  const voucher = page.getByRole('article').first();
  await expect(voucher).toContainText('Viết bằng chữ');
  await fitsTheScreen(page);
  await inSight(voucher.getByText(/^\d{1,3}(\.\d{3})+ đồng$/).first());
  await page.screenshot({ path: info.outputPath('phone-voucher.png'), fullPage: true });
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await page.getByRole('link', { name: 'Lập phiếu chi' }).click();
  await expect(page.getByLabel('Số tiền (đồng)')).toHaveAttribute('inputmode', 'numeric');
  await expect(page.getByLabel('Ngày chứng từ')).toHaveAttribute('inputmode', 'decimal');
  await fingerSized(page);
});

test('the report on a phone: tables and charts scroll in their frame, the page does not', async ({ page }, info) => {
  await openDemo(page);
  await goTo(page, 'Báo cáo');
  await expect(page.getByRole('article', { name: 'Báo cáo' })).toBeVisible();
  await fitsTheScreen(page);
  await fingerSized(page);
  // A chart keeps a readable size: its labels are drawn at 12 px or more.
  const chart = page.locator('svg.chart').first();
  const label = await chart.evaluate((svg) => {
    const text = svg.querySelector('text');
    return text.getBoundingClientRect().height;
  });
  expect(label).toBeGreaterThanOrEqual(12);
  await page.getByRole('button', { name: 'Năm trước' }).click();
  await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue(`year:${new Date().getFullYear() - 1}`);
  await page.screenshot({ path: info.outputPath('phone-report.png'), fullPage: true });
});
