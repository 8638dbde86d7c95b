// Officers' allowances by QĐ 3226, as a treasurer meets them: the month's sheet from the demo union's roles
// (the accountant and the treasurer among them), printed on A4 with a column to sign, its payment voucher in one
// step, and the table of coefficients on the rules page.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, stored } from './helpers.mjs';

const finance = (page) => page.getByRole('navigation', { name: 'Mục tài chính' });

test("the month's allowance sheet is printed and paid from the dues in one step", async ({ page }, testInfo) => {
  await openDemo(page);
  await goTo(page, 'Tài chính');
  await finance(page).getByRole('link', { name: 'Phụ cấp' }).click();
  await page.getByLabel('Tháng (tháng/năm)').fill('11/2026');
  const sheet = page.getByRole('region', { name: 'DANH SÁCH CHI PHỤ CẤP CÁN BỘ CÔNG ĐOÀN THÁNG 11/2026' });
  await expect(sheet).toContainText(/Số đoàn viên tính phụ cấp: \d+ \(đã đóng đoàn phí năm 2025\)/);
  await expect(sheet).toContainText('lương cơ sở 2.340.000 đ');
  const table = sheet.getByRole('table');
  await expect(table.getByRole('row', { name: /Chủ tịch 0,15 351\.000/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Kế toán 0,12 280\.800/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Thủ quỹ 0,10 234\.000/ })).toBeVisible();
  // The total is the sum of the rows, and is written in words.
  const amounts = (await table.locator('tbody tr:not(.level-0) td:nth-child(5)').allInnerTexts()).map((t) => Number(t.replace(/\./g, '')));
  const total = amounts.reduce((a, b) => a + b, 0);
  await expect(table.getByRole('row', { name: /^Cộng/ })).toContainText(total.toLocaleString('de-DE'));
  await expect(sheet).toContainText('Viết bằng chữ:');
  await expect(sheet.getByText('TM. BAN CHẤP HÀNH', { exact: true })).toBeVisible();
  await expect(sheet.getByText('CHỦ TỊCH', { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: testInfo.outputPath('allowance-sheet-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const pay = page.getByRole('region', { name: 'Lập phiếu chi phụ cấp tháng này' });
  await pay.getByLabel('Ngày chứng từ').fill('30/11/2026');
  await pay.getByRole('button', { name: 'Lập phiếu chi phụ cấp' }).click();
  await expect(pay.getByRole('status')).toContainText(/Đã lập phiếu chi PC-2026-\d{3}\./);
  await stored(page);
  await pay.getByRole('link', { name: 'Xem phiếu' }).click();
  const voucher = page.getByRole('article');
  await expect(voucher).toContainText('Chi phụ cấp cán bộ công đoàn tháng 11/2026');
  await expect(voucher).toContainText('Nguồn kinh phí:Đoàn phí công đoàn');
  await expect(voucher).toContainText(`${total.toLocaleString('de-DE')} đồng`);
});

test('the rules page shows the table of QĐ 3226 and corrects it from a date', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Tài chính');
  await finance(page).getByRole('link', { name: 'Định mức' }).click();
  const table = page.getByRole('region', { name: 'Hệ số phụ cấp theo Quyết định 3226/QĐ-TLĐ' });
  await expect(table).toContainText('Bảng đang dùng, áp dụng từ 01/01/2022:');
  await expect(table.getByLabel('Hệ số nhóm 1, từ 150', { exact: true })).toHaveValue('0,25');
  await expect(table.getByLabel('Hệ số nhóm 5, từ 6000', { exact: true })).toHaveValue('0,15');
  // A value beyond ten times lương cơ sở is refused and the table stays.
  await table.getByLabel('Hệ số nhóm 1, từ 0', { exact: true }).fill('12');
  await table.getByLabel('Áp dụng từ', { exact: true }).fill('01/01/2027');
  await table.getByRole('button', { name: 'Lưu bảng hệ số từ ngày này' }).click();
  await expect(table.getByRole('alert').first()).toBeVisible();
  await expect(table).toContainText('Bảng đang dùng, áp dụng từ 01/01/2022:');
  await table.getByLabel('Hệ số nhóm 1, từ 0', { exact: true }).fill('0,18');
  await table.getByRole('button', { name: 'Lưu bảng hệ số từ ngày này' }).click();
  await expect(table).toContainText('Bảng đang dùng, áp dụng từ 01/01/2027:');
  await expect(table.getByLabel('Hệ số nhóm 1, từ 0', { exact: true })).toHaveValue('0,18');
});
