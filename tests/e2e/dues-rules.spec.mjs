// Dues under the rules of 2025–2026, as a treasurer meets them: the kind of unit asked for and chosen, a member
// on maternity leave who owes nothing for those months (and the sheet says why), a pause refused beyond twelve
// months, and a budget-funded agency whose dues stop on 01/06/2025.
import { test, expect } from '@playwright/test';
import { createBook, goTo, stored } from './helpers.mjs';

const MEMBER = 'Đỗ Thị Hạnh';
const finance = (page) => page.getByRole('navigation', { name: 'Mục tài chính' });

async function openFinance(page, tab) {
  await goTo(page, 'Tài chính');
  await finance(page).getByRole('link', { name: tab }).click();
}

async function addMember(page, name, salary, from) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await page.getByLabel('Lương đóng bảo hiểm (đồng/tháng)').fill(salary);
  await page.getByLabel('Mức lương áp dụng từ').fill(from);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

/** The cells of a member's row in the dues sheet: month 1 to 12. */
async function months(page, name) {
  const row = page.getByRole('region', { name: /Tình hình đóng đoàn phí năm/ }).getByRole('row', { name: new RegExp(name) });
  const cells = await row.locator('td').allInnerTexts();
  return cells.slice(1, 13);
}

test('a member on maternity leave for four months owes nothing for them, and the sheet says why', async ({ page }, testInfo) => {
  await createBook(page);
  // A new book asks for its kind of unit where dues are read.
  await openFinance(page, 'Đoàn phí');
  const confirm = page.getByRole('region', { name: 'Xin xác nhận loại hình đơn vị' });
  await expect(confirm).toBeVisible();
  await confirm.getByLabel('Loại hình đơn vị').selectOption({ label: 'Đơn vị sự nghiệp công lập không hưởng 100% ngân sách' });
  await confirm.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã xác nhận loại hình đơn vị.')).toBeVisible();
  await expect(confirm).toHaveCount(0);

  await addMember(page, MEMBER, '10.000.000', '01/01/2026');
  await page.getByRole('link', { name: MEMBER, exact: true }).click();
  const section = page.getByRole('region', { name: 'Miễn đóng đoàn phí' });
  await expect(section.getByText('Chưa ghi khoảng miễn đóng nào.')).toBeVisible();
  await section.getByLabel('Lý do').selectOption({ label: 'Thai sản' });
  await section.getByLabel('Từ ngày').fill('01/03/2026');
  await section.getByLabel('Đến ngày').fill('30/06/2026');
  await section.getByRole('button', { name: 'Ghi miễn đóng' }).click();
  await expect(section.getByRole('row', { name: /Thai sản 01\/03\/2026 30\/06\/2026/ })).toBeVisible();
  // A pause of membership longer than twelve months is refused under the field it is about; nothing is added.
  await section.getByLabel('Lý do').selectOption({ label: 'Tạm dừng sinh hoạt' });
  await section.getByLabel('Từ ngày').fill('01/08/2026');
  await section.getByLabel('Đến ngày').fill('15/09/2027');
  await section.getByRole('button', { name: 'Ghi miễn đóng' }).click();
  await expect(section.getByText('tạm dừng sinh hoạt công đoàn tối đa 12 tháng.')).toBeVisible();
  await expect(section.getByRole('row')).toHaveCount(2);
  await stored(page);
  await section.screenshot({ path: testInfo.outputPath('exemptions.png') });

  await openFinance(page, 'Đoàn phí');
  await page.getByLabel('Năm tài chính').selectOption('2026');
  const rule = page.getByRole('region', { name: 'Thu đoàn phí cả tổ' }).locator('p.muted').first();
  await expect(rule).toContainText('Đơn vị sự nghiệp công lập không hưởng 100% ngân sách');
  await expect(rule).toContainText('đóng 0,5% lương đóng bảo hiểm xã hội; không áp dụng mức trần');
  const cells = await months(page, MEMBER);
  expect(cells.slice(0, 2)).toEqual(['50.000', '50.000']);
  expect(cells.slice(2, 6)).toEqual(['Thai sản', 'Thai sản', 'Thai sản', 'Thai sản']);
  expect(cells[6]).toBe('50.000');
  const due = page.getByRole('region', { name: /Tình hình đóng đoàn phí năm/ }).getByRole('row', { name: /^Phải đóng/ });
  // Eight months owed in 2026 (up to this month), four exempt.
  await expect(due.locator('td').last()).toHaveText('400.000');
  await page.screenshot({ path: testInfo.outputPath('dues-page.png'), fullPage: true });
});

test('a budget-funded agency collects no dues from 1 June 2025', async ({ page }, testInfo) => {
  await createBook(page);
  await openFinance(page, 'Định mức');
  const units = page.getByRole('region', { name: 'Loại hình đơn vị và cách tính đoàn phí' });
  await units.getByRole('combobox', { name: 'Loại hình đơn vị' }).last().selectOption({ label: 'Cơ quan, đơn vị hưởng 100% ngân sách nhà nước' });
  await units.getByLabel('Áp dụng từ ngày').fill('01/01/2013');
  await units.getByRole('button', { name: 'Lưu cách tính từ ngày này' }).click();
  await expect(units.getByText('Đã lưu cách tính đoàn phí.')).toBeVisible();
  await expect(units.getByRole('region', { name: 'Xin xác nhận loại hình đơn vị' })).toHaveCount(0);
  await expect(units.getByRole('row', { name: /01\/01\/2013 Cơ quan, đơn vị hưởng 100% ngân sách nhà nước/ })).toBeVisible();
  // The kind guessed for a new book gave way to the one chosen.
  await expect(units.getByRole('table').getByRole('row')).toHaveCount(2);
  await units.screenshot({ path: testInfo.outputPath('units.png') });

  await addMember(page, MEMBER, '10.000.000', '01/01/2025');
  await openFinance(page, 'Đoàn phí');
  await expect(page.getByRole('region', { name: 'Xin xác nhận loại hình đơn vị' })).toHaveCount(0);
  const collect = page.getByRole('region', { name: 'Thu đoàn phí cả tổ' });
  await collect.getByLabel('Tháng (tháng/năm)').fill('06/2025');
  await expect(collect.locator('p.muted').first()).toHaveText('Tháng 06/2025: Cơ quan, đơn vị hưởng 100% ngân sách nhà nước không thu đoàn phí.');
  await page.getByLabel('Năm tài chính').selectOption('2025');
  const cells = await months(page, MEMBER);
  expect(cells.slice(0, 5)).toEqual(Array(5).fill('100.000'));
  expect(cells.slice(5)).toEqual(Array(7).fill('dừng'));
});

async function voucher(page, button, { date, line, party, partyLabel, reason, amount, source, expectedSource }) {
  await openFinance(page, 'Phiếu thu, chi');
  await page.getByRole('link', { name: button }).click();
  await page.getByLabel('Ngày chứng từ').fill(date);
  await page.getByLabel('Nội dung thu chi').selectOption({ label: line });
  // The line sets the source to its own; the treasurer may choose another.
  const sourceField = page.getByLabel('Nguồn kinh phí');
  await expect(sourceField.locator('option:checked')).toHaveText(expectedSource);
  if (source) await sourceField.selectOption({ label: source });
  await page.getByLabel(partyLabel).fill(party);
  await page.getByLabel('Lý do').fill(reason);
  await page.getByLabel('Số tiền (đồng)').fill(amount);
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByRole('article')).toBeVisible();
}

test('each voucher has a funding source, and the kept dues are checked against 45/40/15 as a warning', async ({ page }, testInfo) => {
  await createBook(page);
  const pay = { partyLabel: 'Người nhận tiền', party: 'Ban Chấp hành' };
  await voucher(page, 'Lập phiếu thu', {
    date: '10/03/2026', line: '1 Thu đoàn phí công đoàn', partyLabel: 'Người nộp tiền', party: 'Các tổ công đoàn',
    reason: 'Đoàn phí quý I/2026', amount: '10.000.000', expectedSource: 'Đoàn phí công đoàn',
  });
  await voucher(page, 'Lập phiếu chi', {
    ...pay, date: '20/03/2026', line: '4 Chi lương, phụ cấp', reason: 'Phụ cấp Ban Chấp hành quý I',
    amount: '3.500.000', expectedSource: 'Đoàn phí công đoàn',
  });
  await expect(page.getByRole('article')).toContainText('Nguồn kinh phí:Đoàn phí công đoàn');
  await voucher(page, 'Lập phiếu chi', {
    ...pay, date: '21/03/2026', line: '2 Chi tuyên truyền, phong trào', reason: 'Hội thao 26/3',
    amount: '1.200.000', expectedSource: 'Kinh phí công đoàn', source: 'Đoàn phí công đoàn',
  });
  await stored(page);

  await openFinance(page, 'Dự toán, quyết toán');
  await page.getByLabel('Năm tài chính').selectOption('2026');
  const use = page.getByRole('region', { name: 'Sử dụng đoàn phí được giữ lại năm 2026' });
  await expect(use).toContainText('phần nộp cấp trên (7.000.000 đ)');
  await expect(use.getByRole('row', { name: /Phụ cấp cán bộ công đoàn \(tối đa 45%\) 3\.500\.000 50,00%/ })).toBeVisible();
  await expect(use.getByRole('row', { name: /Chi khác \(tối đa 15%\) 1\.200\.000 17,14%/ })).toBeVisible();
  await expect(use.getByText('Cần xem lại: Phụ cấp cán bộ công đoàn (tối đa 45%): đã chi 3.500.000 đ, bằng 50,00% đoàn phí được giữ lại (7.000.000 đ).')).toBeVisible();
  await use.screenshot({ path: testInfo.outputPath('dues-use.png') });
  // The overview says so too, and leads to the settlement; nothing was refused.
  await goTo(page, 'Tổng quan');
  const banner = page.getByRole('status').filter({ hasText: 'Sử dụng đoàn phí được giữ lại năm 2026' });
  await expect(banner).toContainText('Chi khác (tối đa 15%): đã chi 1.200.000 đ, bằng 17,14%');
  await banner.getByRole('link').click();
  await expect(page.getByRole('region', { name: 'Sử dụng đoàn phí được giữ lại năm 2026' })).toBeVisible();
});
