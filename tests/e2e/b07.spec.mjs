// Form B07-TLĐ as the union files it: the basic indicators at its head, from the book where it has them and
// typed where not, and the amounts the superior approved in a column of their own; on paper, no sentence
// of the app's own.
import { test, expect } from '@playwright/test';
import { openDemo, goTo } from './helpers.mjs';

async function settlementOf(page, year) {
  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Dự toán, quyết toán' }).click();
  await page.getByLabel('Năm tài chính').selectOption(String(year));
  return page.getByRole('region', { name: `Quyết toán thu, chi tài chính công đoàn năm ${year}` });
}

test('B07 carries its basic indicators and what the superior approved, typed on its page', async ({ page }, testInfo) => {
  await openDemo(page);
  const report = await settlementOf(page, 2025);
  const indicators = report.getByRole('table', { name: 'Chỉ tiêu cơ bản' });
  await expect(indicators.getByRole('rowheader')).toHaveText([
    '1. Số lao động thuộc đối tượng đóng kinh phí công đoàn',
    '2. Quỹ tiền lương làm căn cứ đóng kinh phí công đoàn',
    '3. Số đoàn viên đến 31/12',
    '4. Quỹ tiền lương làm căn cứ đóng đoàn phí',
  ]);
  const members = indicators.getByRole('row', { name: /Số đoàn viên đến 31\/12/ });
  await expect(members.getByRole('cell')).toHaveText(/^\d+ \(từ sổ\)$/);
  await expect(indicators.getByRole('row', { name: /căn cứ đóng đoàn phí/ }).getByRole('cell')).toHaveText(/^[\d.]+ đ \(từ sổ\)$/);

  // A wrong value is refused under its field; a right one shows on the form.
  const headcount = page.getByLabel('Số lao động thuộc đối tượng đóng kinh phí công đoàn');
  await headcount.fill('năm mươi hai');
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(headcount).toHaveAttribute('aria-invalid', 'true');
  await expect(indicators.getByRole('row', { name: /^1\./ }).getByRole('cell')).toHaveText('');
  await headcount.fill('52');
  await page.getByLabel('Quỹ tiền lương làm căn cứ đóng kinh phí công đoàn').fill('4250000000');
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(headcount).not.toHaveAttribute('aria-invalid', 'true');
  await expect(indicators.getByRole('row', { name: /^1\./ }).getByRole('cell')).toHaveText('52');
  await expect(indicators.getByRole('row', { name: /^2\./ }).getByRole('cell')).toHaveText('4.250.000.000 đ');

  // The superior's approval of a closed year: its own column.
  await expect(report.getByRole('columnheader', { name: 'Cấp trên duyệt' })).toBeVisible();
  await page.getByLabel('Số cấp trên duyệt: 1 Thu đoàn phí công đoàn').fill('9.500.000');
  await page.getByRole('button', { name: 'Lưu số cấp trên duyệt' }).click();
  const dues = report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Thu đoàn phí công đoàn', exact: true }) });
  await expect(dues.getByRole('cell').last()).toHaveText('9.500.000');
  await expect(report.getByRole('row', { name: /^II\. Thu/ }).getByRole('cell').last()).toHaveText('9.500.000');

  // On paper: the form, its indicators and signatures; none of the app's sentences.
  await page.emulateMedia({ media: 'print' });
  await expect(report.getByRole('status')).toBeHidden();
  await expect(report.getByText('(từ sổ)').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('b07-print.png'), fullPage: true });
});
