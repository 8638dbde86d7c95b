// Where activities meet the money, as a treasurer meets it: a welfare visit with money makes its payment
// voucher in the same step, a correction voids it and issues another, a removal voids it; a visit paid
// outside the books is paid later from the voucher form; an event's cost is a voucher too.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, openActivities, fillVisit } from './helpers.mjs';

/** Records a visit of 2026 to the sixth member of the list, paid as `how` says; returns the member's name. */
async function recordVisit(page, how, amount) {
  await openActivities(page, 'Chăm lo, thăm hỏi');
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByLabel('Đến ngày').fill('31/12/2026');
  const name = await fillVisit(page, amount);
  await page.getByLabel('Chi tiền').selectOption({ label: how });
  await page.getByRole('button', { name: 'Ghi lượt thăm hỏi' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  return name;
}

test('a welfare visit with money makes its payment voucher; a correction re-issues it, a removal voids it', async ({ page }) => {
  await openDemo(page);
  const name = await recordVisit(page, 'Lập phiếu chi mới', '1.500.000');
  const row = page.getByRole('row', { name: new RegExp(name) });
  const link = row.getByRole('link', { name: /^PC-2026-\d{3}$/ });
  const first = (await link.innerText()).trim();

  // The voucher says what the visit says, and leads back to it.
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  const sheet = page.getByRole('article', { name: first });
  await expect(sheet).toContainText(`Phúng viếng Mẹ đẻ của đoàn viên ${name}`);
  await expect(sheet).toContainText('1.500.000 đồng');
  await expect(page.getByText(`Chi cho lượt thăm hỏi: ${name} — Hiếu (tang), ngày 10/03/2026.`)).toBeVisible();
  await page.getByRole('link', { name: 'Xem ở trang Chăm lo, thăm hỏi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chăm lo, thăm hỏi');

  // A new amount: the first voucher is voided, another one issued for the new amount.
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByRole('button', { name: `Sửa Hiếu (tang) ${name} 10/03/2026` }).click();
  await page.getByLabel('Số tiền (đồng)').fill('2.000.000');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  const second = (await row.getByRole('link', { name: /^PC-2026-\d{3}$/ }).innerText()).trim();
  expect(second).not.toBe(first);
  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await expect(page.getByRole('row', { name: new RegExp(first) })).toContainText('Đã hủy');
  await expect(page.getByRole('row', { name: new RegExp(second) })).toContainText('2.000.000');

  // Removing the visit voids its voucher.
  await openActivities(page, 'Chăm lo, thăm hỏi');
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByRole('button', { name: `Xóa Hiếu (tang) ${name} 10/03/2026` }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await goTo(page, 'Tài chính');
  await expect(page.getByRole('row', { name: new RegExp(second) })).toContainText('Đã hủy');
});

test('a visit paid outside the books is paid later from the payment form, which fills in the visit', async ({ page }) => {
  await openDemo(page);
  const name = await recordVisit(page, 'Không lập phiếu (đã chi ngoài sổ quỹ)', '800.000');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('ngoài sổ');

  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await page.getByRole('link', { name: 'Lập phiếu chi' }).click();
  await page.getByLabel('Ngày chứng từ').fill('10/03/2026');
  await page.getByLabel('Chi cho hoạt động (không bắt buộc)').selectOption({ label: `Thăm hỏi: ${name} — Hiếu (tang), 10/03/2026, 800.000 đ` });
  await expect(page.getByLabel('Người nhận tiền')).toHaveValue(name);
  await expect(page.getByLabel('Lý do')).toHaveValue(`Phúng viếng Mẹ đẻ của đoàn viên ${name}`);
  await expect(page.getByLabel('Số tiền (đồng)')).toHaveValue('800.000');
  // The amount must be the visit's: another one is refused with the reason, and nothing is recorded.
  await page.getByLabel('Số tiền (đồng)').fill('900.000');
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByText('Phiếu chi phải đúng ngày và số tiền của lượt thăm hỏi')).toBeVisible();
  await page.getByLabel('Số tiền (đồng)').fill('800.000');
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByText(`Chi cho lượt thăm hỏi: ${name} — Hiếu (tang), ngày 10/03/2026.`)).toBeVisible();
  const code = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

  await openActivities(page, 'Chăm lo, thăm hỏi');
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await expect(row.getByRole('link', { name: code })).toBeVisible();
});

test("an event's cost is a payment voucher, listed in the event's form and counted in its row", async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Hoạt động, phong trào');
  await page.getByLabel('Loại hoạt động *').selectOption({ label: 'Thể dục, thể thao' });
  await page.getByLabel('Ngày bắt đầu *').fill('08/03/2026');
  await page.getByLabel('Tên hoạt động *').fill('Giải cầu lông chào mừng 8/3');
  await page.getByLabel('Kinh phí (đồng)').fill('3.000.000');
  await page.getByLabel('Nội dung chi').fill('Giải thưởng cầu lông');
  // A voucher needs its payee: without one (and no organiser to fall back on) nothing is recorded.
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Người nộp, nhận tiền: không được để trống.' })).toBeVisible();
  await page.getByLabel('Người nhận tiền').fill('Tổ Văn phòng');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await page.getByLabel('Năm', { exact: true }).selectOption('2026');
  const row = page.getByRole('row', { name: /Giải cầu lông chào mừng 8\/3/ });
  await expect(row).toContainText('3.000.000 đ');

  await row.getByRole('button', { name: /^Sửa/ }).click();
  const costs = page.getByRole('group', { name: 'Các khoản chi' });
  const voucher = costs.getByRole('link', { name: /^PC-2026-\d{3}$/ });
  await expect(costs).toContainText('Giải thưởng cầu lông');
  await voucher.click();
  await expect(page.getByText('Chi cho hoạt động: Giải cầu lông chào mừng 8/3 (bắt đầu 08/03/2026).')).toBeVisible();
  await expect(page.getByRole('article')).toContainText('3.000.000 đồng');
});
