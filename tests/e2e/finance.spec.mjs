// Finance as a treasurer meets it: receipts and payments and the cash book's balance, a group's dues for
// a month, who owes, a printed voucher, voiding, closing and reopening a year, the settlement and its
// spreadsheet. Screenshots of every finance page go to test-results/ for a person to look at.
import { test, expect } from '@playwright/test';
import { openDemo, createBook, goTo } from './helpers.mjs';

const finance = (page) => page.getByRole('navigation', { name: 'Mục tài chính' });

async function openFinance(page, tab) {
  await goTo(page, 'Tài chính');
  if (tab) await finance(page).getByRole('link', { name: tab }).click();
}

async function newVoucher(page, button, fields) {
  await openFinance(page, 'Phiếu thu, chi');
  await page.getByRole('link', { name: button }).click();
  await page.getByLabel('Ngày chứng từ').fill(fields.date);
  if (fields.line) await page.getByLabel('Nội dung thu chi').selectOption({ label: fields.line });
  if (fields.party) await page.getByLabel(fields.partyLabel).fill(fields.party);
  await page.getByLabel('Lý do').fill(fields.reason);
  await page.getByLabel('Số tiền (đồng)').fill(fields.amount);
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function downloadBytes(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test('record receipts and payments, refuse bad amounts, and read the cash book balance', async ({ page }) => {
  await createBook(page);
  await newVoucher(page, 'Lập phiếu thu', {
    date: '10/03/2025',
    line: '3 Tài chính công đoàn cấp trên cấp, hỗ trợ',
    partyLabel: 'Người nộp tiền',
    party: 'Công đoàn Giáo dục huyện Hòa Bình',
    reason: 'Cấp trên hỗ trợ hoạt động',
    amount: '2.113.427.000',
  });
  await expect(page.getByText('Bằng chữ: Hai tỷ một trăm mười ba triệu bốn trăm hai mươi bảy nghìn đồng')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  const receipt = page.getByRole('article', { name: 'PT-2025-001' });
  await expect(receipt).toContainText('PHIẾU THU');
  await expect(receipt).toContainText('Hai tỷ một trăm mười ba triệu bốn trăm hai mươi bảy nghìn đồng');

  // Zero, negative and fractional amounts are refused, naming the field; nothing is recorded.
  await newVoucher(page, 'Lập phiếu chi', {
    date: '20/03/2025',
    line: '1 Chi trực tiếp chăm lo, bảo vệ, đào tạo đoàn viên và người lao động',
    partyLabel: 'Người nhận tiền',
    party: 'Công ty Du lịch Hòa Bình',
    reason: 'Tham quan, học tập kinh nghiệm',
    amount: '0',
  });
  const amount = page.getByLabel('Số tiền (đồng)');
  for (const [typed, message] of [
    ['0', 'Số tiền: phải lớn hơn 0 đồng.'],
    ['-500.000', 'Số tiền: không được là số âm.'],
    ['1.000,5', 'Số tiền: phải là số đồng nguyên, không có phần lẻ.'],
    // Decimal's limit: accepted, it overflowed every sum and the app no longer opened.
    ['79.228.162.514.264.337.593.543.950.335', 'Số tiền: vượt mức tối đa 1.000.000.000.000.000 đồng.'],
  ]) {
    await amount.fill(typed);
    await page.getByRole('button', { name: 'Ghi phiếu' }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
  }
  // More than the fund holds on that day: refused, naming the fund and what it holds.
  await amount.fill('5.000.000.000');
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'không đủ tiền' }))
    .toHaveText('Quỹ “Tiền mặt” không đủ tiền: ngày 20/03/2025 quỹ chỉ còn 2.113.427.000 đ.');
  await amount.fill('1.919.980.000');
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByRole('article', { name: 'PC-2025-001' })).toContainText('Một tỷ chín trăm mười chín triệu chín trăm tám mươi nghìn đồng');

  await openFinance(page, 'Sổ quỹ');
  await page.getByLabel('Năm tài chính').selectOption('2025');
  const book = page.getByRole('region', { name: 'Sổ quỹ tiền mặt: Tiền mặt' });
  await expect(book.getByRole('row', { name: /PT-2025-001/ })).toContainText('2.113.427.000');
  await expect(book.getByRole('row', { name: /PC-2025-001/ })).toContainText('193.447.000');
  await expect(book.getByTestId('closing')).toHaveText('193.447.000');
  await expect(page.getByRole('row', { name: /^Tiền mặt/ })).toContainText('Khớp');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sổ quỹ tiền mặt: Tiền mặt' }).getByTestId('closing')).toHaveText('193.447.000');
});

test("collect a month's dues for a group, then see who still owes", async ({ page }) => {
  await openDemo(page);
  await openFinance(page, 'Đoàn phí');
  await page.getByLabel('Năm tài chính').selectOption('2026');
  const sheet = page.getByRole('region', { name: /Tình hình đóng đoàn phí năm 2026/ });
  await page.getByLabel('Tổ công đoàn').nth(1).selectOption({ label: 'Hành chính - Lưu trữ' });
  // November is owed by this group: cells with an amount, not "đủ".
  const november = sheet.locator('tbody tr:not(.level-0) td:nth-child(13)');
  await expect(november.first()).not.toHaveText('đủ');
  const owing = await november.allInnerTexts();
  expect(owing.some((t) => /^\d{1,3}(\.\d{3})+$/.test(t))).toBeTruthy();

  const collect = page.getByRole('region', { name: 'Thu đoàn phí cả tổ' });
  await collect.getByLabel('Tổ công đoàn').selectOption({ label: 'Hành chính - Lưu trữ' });
  await collect.getByLabel('Tháng (tháng/năm)').fill('11/2026');
  await collect.getByLabel('Ngày chứng từ').fill('20/11/2026');
  await collect.getByLabel('Lập phiếu thu').selectOption({ label: 'Mỗi đoàn viên một phiếu' });
  const preview = collect.getByRole('status').filter({ hasText: 'chưa đóng' });
  await expect(preview).toContainText(/Còn \d+ đoàn viên chưa đóng, tổng [\d.]+ đ\./);
  const count = Number((await preview.innerText()).match(/Còn (\d+)/)[1]);
  await collect.getByRole('button', { name: 'Thu đoàn phí' }).click();
  await expect(collect.getByText(`Đã lập ${count} phiếu thu`)).toBeVisible();
  await expect(collect.getByText('Cả tổ đã đóng đủ tháng này.')).toBeVisible();
  await expect(november.first()).toHaveText('đủ');
  for (const text of await november.allInnerTexts()) expect(['đủ', '—']).toContain(text);
  // Collecting again is refused with a message.
  await collect.getByRole('button', { name: 'Thu đoàn phí' }).click();
  await expect(collect.getByRole('alert')).toContainText('Không còn đoàn viên nào của tổ nợ đoàn phí tháng này.');
  // Another group still owes November; only those who owe can be listed.
  await page.getByLabel('Tổ công đoàn').nth(1).selectOption({ label: 'Cơ yếu - Công nghệ thông tin' });
  await page.getByLabel('Chỉ hiện người còn nợ').check();
  await expect(sheet.locator('tbody tr').first()).toBeVisible();
  for (const text of await sheet.locator('tbody tr:not(.level-0) td:last-child').allInnerTexts()) expect(text).not.toBe('0');
  // The receipts are in the list, one per member.
  await finance(page).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await page.getByLabel('Năm tài chính').selectOption('2026');
  await expect(page.getByRole('row', { name: /Thu đoàn phí tháng 11\/2026 tổ Hành chính - Lưu trữ/ })).toHaveCount(count);
});

test('print a voucher on A5 with the amount in words and the signatures, then void it', async ({ page }, testInfo) => {
  await openDemo(page);
  await openFinance(page, 'Phiếu thu, chi');
  await page.getByLabel('Năm tài chính').selectOption('2026');
  await page.getByLabel('Loại phiếu').selectOption({ label: 'Phiếu chi' });
  await page.getByRole('link', { name: 'Xem phiếu PC-2026-001' }).click();
  const sheet = page.getByRole('article', { name: 'PC-2026-001' });
  await expect(sheet).toContainText('CÔNG ĐOÀN CƠ SỞ VĂN PHÒNG SỞ NỘI VỤ TỈNH HÒA AN');
  await expect(sheet).toContainText('PHIẾU CHI');
  await expect(sheet).toContainText('Số:PC-2026-001');
  await expect(sheet).toContainText(/Ngày \d{2} tháng 01 năm 2026/);
  await expect(sheet).toContainText('Họ và tên người nhận tiền:');
  await expect(sheet).toContainText('Nội dung:Chi quà Tết Nguyên đán cho đoàn viên');
  const words = await sheet.locator('.in-words').innerText();
  expect(words).toMatch(/^[A-ZĐ][a-zà-ỹđ ]+ đồng$/);
  for (const role of ['CHỦ TỊCH', 'KẾ TOÁN', 'NGƯỜI LẬP', 'NGƯỜI NHẬN TIỀN', 'THỦ QUỸ']) await expect(sheet).toContainText(role);
  await expect(sheet.getByText('(Ký, họ tên)')).toHaveCount(5);
  // As printed: only the sheet, on A5 landscape.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Danh mục chính' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('voucher-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, path: testInfo.outputPath('voucher.pdf') });
  const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
  expect(Math.round(Number(box[1]))).toBe(595);
  expect(Math.round(Number(box[2]))).toBe(420);
  expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
  // Voiding keeps the voucher with its number.
  await page.getByLabel('Lý do hủy phiếu').fill('Ghi trùng');
  await page.getByRole('button', { name: 'Hủy phiếu' }).click();
  await expect(sheet).toContainText('ĐÃ HỦY');
  await finance(page).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await page.getByLabel('Năm tài chính').selectOption('2026');
  await expect(page.getByRole('row', { name: /PC-2026-001/ })).toContainText('Đã hủy');
});

const books2025 = {
  date: '15/06/2025',
  line: '3 Chi quản lý hành chính',
  partyLabel: 'Người nhận tiền',
  party: 'Nhà sách Hòa An',
  reason: 'Mua sổ sách',
  amount: '250.000',
};

test('a closed year refuses vouchers until it is reopened, with a confirmation', async ({ page }) => {
  await openDemo(page);
  await newVoucher(page, 'Lập phiếu chi', books2025);
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByRole('alert')).toContainText('Năm 2025 đã khóa sổ: không sửa được.');
  await openFinance(page, 'Khóa sổ');
  const row = page.getByRole('row', { name: /^2025/ });
  await expect(row).toContainText('Đã khóa ngày 15/02/2026');
  await page.getByRole('button', { name: 'Mở lại năm 2024' }).click();
  await page.getByRole('button', { name: 'Xác nhận mở lại' }).click();
  await expect(page.getByRole('alert')).toContainText('Hãy mở lại năm 2025 trước.');
  await page.getByRole('button', { name: 'Mở lại năm 2025' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Mở lại năm 2025?');
  await page.getByRole('button', { name: 'Xác nhận mở lại' }).click();
  await expect(row).toContainText('Đang mở');
  await newVoucher(page, 'Lập phiếu chi', books2025);
  await page.getByRole('button', { name: 'Ghi phiếu' }).click();
  await expect(page.getByRole('article', { name: /^PC-2025-\d{3}$/ })).toContainText('Hai trăm năm mươi nghìn đồng');
  await openFinance(page, 'Khóa sổ');
  await page.getByRole('button', { name: 'Khóa sổ năm 2025' }).click();
  await expect(row).toContainText('Đã khóa ngày');
});

test('the settlement balances and goes to the superior union as a spreadsheet; so does the cash book', async ({ page }) => {
  await openDemo(page);
  await openFinance(page, 'Dự toán, quyết toán');
  await page.getByLabel('Năm tài chính').selectOption('2025');
  const report = page.getByRole('region', { name: 'Quyết toán thu, chi tài chính công đoàn năm 2025' });
  for (const section of ['I. Số dư đầu năm', 'II. Thu', 'III. Chi', 'IV. Số dư cuối năm']) {
    await expect(report.getByRole('rowheader', { name: section })).toBeVisible();
  }
  await expect(report.getByRole('status')).toHaveText('Số dư cuối năm = số dư đầu năm + tổng thu − tổng chi: khớp đến từng đồng.');
  const xlsx = await downloadBytes(page, 'Xuất Excel (.xlsx)');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(xlsx.bytes.toString('latin1')).toContain('xl/worksheets/sheet1.xml');
  // A closed year's budget cannot change.
  await page.getByLabel('Dự toán: 1 Thu đoàn phí công đoàn').fill('1');
  await page.getByRole('button', { name: 'Lưu dự toán' }).click();
  await expect(page.getByRole('alert')).toContainText('Năm 2025 đã khóa sổ');

  await finance(page).getByRole('link', { name: 'Sổ quỹ' }).click();
  const book = await downloadBytes(page, 'Xuất Excel (.xlsx)');
  expect(book.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('every finance page renders with the demo data', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDemo(page);
  const pages = [
    ['Phiếu thu, chi', 'Phiếu thu, chi'],
    ['Sổ quỹ', 'Sổ quỹ'],
    ['Đoàn phí', 'Đoàn phí'],
    ['Thu chi theo nội dung', 'Thu, chi theo nội dung'],
    ['Dự toán, quyết toán', 'Dự toán, quyết toán'],
    ['Quỹ và tài khoản', 'Quỹ và tài khoản'],
    ['Nội dung thu chi', 'Nội dung thu chi'],
    ['Định mức', 'Định mức'],
    ['Khóa sổ', 'Khóa sổ'],
  ];
  await goTo(page, 'Tài chính');
  for (const [i, [tab, heading]] of pages.entries()) {
    await finance(page).getByRole('link', { name: tab }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`finance-${i + 1}.png`), fullPage: true });
  }
  // The remittance of the current quarter is still to pay; the rules answer for a day.
  await finance(page).getByRole('link', { name: 'Thu chi theo nội dung' }).click();
  await page.getByLabel('Năm tài chính').selectOption('2025');
  await expect(page.getByTestId('outstanding')).toHaveText('0');
  await finance(page).getByRole('link', { name: 'Định mức' }).click();
  await page.getByLabel('Ngày tra cứu').fill('30/06/2025');
  const lookup = page.getByRole('region', { name: 'Tra cứu các mức áp dụng vào ngày' });
  await expect(lookup.getByRole('status')).toContainText('Mức đóng đoàn phí (% lương đóng bảo hiểm)1');
  await page.getByLabel('Ngày tra cứu').fill('01/07/2025');
  await expect(lookup.getByRole('status')).toContainText('Mức đóng đoàn phí (% lương đóng bảo hiểm)0,5');
  await page.goto('/#/finance/new/receipt');
  await page.screenshot({ path: testInfo.outputPath('finance-new-receipt.png'), fullPage: true });
  // Every word of the area is translated.
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'New receipt' })).toBeVisible();
  await expect(page.getByLabel('Amount (đồng)')).toBeVisible();
  await page.getByRole('navigation', { name: 'Finance sections' }).getByRole('link', { name: 'Budget and settlement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget and settlement' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'I. Opening balance' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('finance-settlement-en.png'), fullPage: true });
});

test("the overview shows this year's money and care, each leading to its records", async ({ page }) => {
  // The demo's books run to 20/11/2026: the overview of 25/11/2026 counts its year.
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00+07:00'));
  await openDemo(page);
  const glance = page.getByLabel('Năm 2026 đến hôm nay');
  await expect(glance.getByRole('definition').filter({ hasText: 'lượt' })).toHaveText('9 lượt · 11.500.000 đ');
  // The same closing balance as the settlement of 2026.
  await expect(glance.getByRole('definition').first()).toHaveText('142.750.830 đ');
  await glance.getByRole('link', { name: 'Chi năm 2026' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/finance\/reports$/);
  await goTo(page, 'Tổng quan');
  await glance.getByRole('link', { name: 'Thăm hỏi năm 2026' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chăm lo, thăm hỏi');
});
