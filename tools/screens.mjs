// Screenshots of every page of the demo union, for a person to look at: node tools/screens.mjs [outdir]
// Serves dist/ itself; run `make dist` first.
import { chromium } from '@playwright/test';
import { chromiumOptions } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/serve.mjs';

const out = process.argv[2] ?? 'screenshots';
const { server } = await serve('dist', 8095);
const browser = await chromium.launch(chromiumOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
const shot = async (name) => page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
await page.goto('http://127.0.0.1:8095/');
await page.locator('body[data-ready="1"]').waitFor({ state: 'attached' });
await shot('01-welcome');
await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
const pages = [['#/', '02-overview'], ['#/members', '03-members'], ['#/members/new', '04-member-new'], ['#/groups', '05-groups'], ['#/committees', '05b-committees'], ['#/composition', '05c-composition'], ['#/activities/welfare', '05d-welfare'], ['#/activities/events', '05e-events'], ['#/activities/titles', '05f-titles'], ['#/activities/initiatives', '05g-initiatives'], ['#/activities/targets', '05h-targets'], ['#/activities/women', '05i-women'], ['#/trash', '06-trash'], ['#/data', '07-data'],
  ['#/finance', '10-vouchers'], ['#/finance/new/payment', '11-payment-new'], ['#/finance/books', '12-books'], ['#/finance/dues', '13-dues'],
  ['#/finance/reports', '14-fin-reports'], ['#/finance/settlement', '15-settlement'], ['#/finance/funds', '16-funds'],
  ['#/finance/categories', '17-categories'], ['#/finance/rules', '18-rules'], ['#/finance/years', '19-years'], ['#/reports', '20-report']];
for (const [hash, name] of pages) {
  await page.goto(`http://127.0.0.1:8095/${hash}`);
  await page.waitForTimeout(300);
  await shot(name);
}
await page.goto('http://127.0.0.1:8095/#/members/new');
await page.getByRole('button', { name: 'Lưu' }).click();
await shot('08-member-errors');
await page.setViewportSize({ width: 390, height: 800 });
await page.goto('http://127.0.0.1:8095/#/members');
await shot('09-members-mobile');
await browser.close();
server.close();
console.log(`screenshots in ${out}/`);
