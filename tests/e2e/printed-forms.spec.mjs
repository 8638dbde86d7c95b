// The forms a treasurer prints and signs (issue 20 §2): vouchers C40-BB / C41-BB on A5 or two to an A4 sheet,
// the cash and bank books S11-H / S12-H with each month's lines, the cash count record, the gift list with its
// one voucher, and a group's dues sheet of a month. Each is printed to PDF in test-results/ for a person to
// look at (pdftoppm -png).
import { test, expect } from '@playwright/test';
import JSZip from 'jszip';
import { openDemo, goTo, stored } from './helpers.mjs';

const finance = (page) => page.getByRole('navigation', { name: 'Mục tài chính' });
const money = (text) => Number(text.replace(/[^\d]/g, ''));
const dots = (n) => n.toLocaleString('de-DE');

async function openFinance(page, tab) {
  await goTo(page, 'Tài chính');
  await finance(page).getByRole('link', { name: tab, exact: true }).click();
}

/** Prints the page to PDF as Chromium would, into the test's output; returns the page size and count. */
async function printed(page, testInfo, name) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Danh mục chính' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, path: testInfo.outputPath(`${name}.pdf`) });
  await page.emulateMedia({ media: 'screen' });
  const text = pdf.toString('latin1');
  const box = text.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
  return { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])), pages: text.match(/\/Type \/Page\b/g).length };
}

test('a voucher prints as form C40-BB or C41-BB, one on A5 or two copies on an A4 sheet', async ({ page }, testInfo) => {
  await openDemo(page);
  await openFinance(page, 'Phiếu thu, chi');
  await page.getByLabel('Năm tài chính').selectOption('2026');
  await page.getByRole('link', { name: 'Xem phiếu PT-2026-001' }).click();
  const receipt = page.getByRole('article', { name: 'PT-2026-001' });
  await expect(receipt).toContainText('Mẫu số C40-BB');
  await expect(receipt).toContainText('PHIẾU THU');
  // The demo's first receipt goes into the bank account: Nợ 112.
  await expect(receipt.locator('.ledger-refs')).toContainText('Nợ:112');
  await expect(receipt).toContainText('NGƯỜI NỘP TIỀN');

  await openFinance(page, 'Phiếu thu, chi');
  await page.getByLabel('Loại phiếu').selectOption({ label: 'Phiếu chi' });
  await page.getByRole('link', { name: 'Xem phiếu PC-2026-001' }).click();
  const sheet = page.getByRole('article', { name: 'PC-2026-001' });
  await expect(sheet).toContainText('Mẫu số C41-BB');
  await expect(sheet).toContainText('(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)');
  await expect(sheet.locator('.ledger-refs')).toContainText('Quyển số:2026');
  await expect(sheet.locator('.ledger-refs')).toContainText('Số:PC-2026-001');
  await expect(sheet.locator('.ledger-refs')).toContainText('Có:111');
  await expect(sheet).toContainText('Kèm theo:');
  await expect(sheet).toContainText('Đã nhận đủ số tiền');
  let paper = await printed(page, testInfo, 'voucher-a5');
  expect(paper).toEqual({ width: 595, height: 420, pages: 1 });

  await page.getByLabel('Cách in').selectOption({ label: 'Hai liên trên một tờ A4' });
  await expect(page.getByRole('article', { name: 'PC-2026-001 — liên 1' })).toContainText('Liên 1');
  await expect(page.getByRole('article', { name: 'PC-2026-001 — liên 2' })).toContainText('Liên 2');
  paper = await printed(page, testInfo, 'voucher-two-a4');
  expect(paper).toEqual({ width: 595, height: 842, pages: 1 });
});

test('the cash book S11-H and the bank book S12-H close each month, print and export with the month lines', async ({ page }, testInfo) => {
  // Two books of a year, each printed to PDF and screenshot whole: slower than one form.
  test.setTimeout(90_000);
  await openDemo(page);
  await openFinance(page, 'Sổ quỹ');
  await page.getByLabel('Năm tài chính').selectOption('2025');
  const book = page.getByRole('region', { name: 'Sổ quỹ tiền mặt: Tiền mặt' });
  await expect(book).toContainText('Mẫu số S11-H');
  await expect(book.getByRole('row', { name: /^Cộng tháng/ })).toHaveCount(12);
  await expect(book.getByRole('row', { name: /^Lũy kế từ đầu năm/ })).toHaveCount(12);
  // December's balance is the closing balance; its year to date is the year's totals.
  const december = book.getByRole('row', { name: /^Cộng tháng 12\/2025/ });
  const closing = await book.getByTestId('closing').innerText();
  await expect(december.locator('td').last()).toHaveText(closing);
  const totals = await book.getByRole('row', { name: /^Cộng phát sinh/ }).locator('td').allInnerTexts();
  const ytd = await book.getByRole('row', { name: /^Lũy kế từ đầu năm/ }).last().locator('td').allInnerTexts();
  expect(ytd.slice(2, 4)).toEqual(totals.slice(2, 4));
  for (const role of ['NGƯỜI GHI SỔ', 'KẾ TOÁN', 'CHỦ TỊCH']) await expect(book).toContainText(role);
  const paper = await printed(page, testInfo, 'cash-book');
  expect([paper.width, paper.height]).toEqual([842, 595]);

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const strings = await zip.file('xl/sharedStrings.xml').async('string');
  for (const text of ['Mẫu số S11-H', 'Cộng tháng 01/2025', 'Cộng tháng 12/2025', 'Lũy kế từ đầu năm', 'NGƯỜI GHI SỔ']) expect(strings).toContain(text);

  await page.getByLabel('Quỹ, tài khoản').selectOption({ label: 'Tiền gửi VietinBank' });
  const bankBook = page.getByRole('region', { name: 'Sổ tiền gửi ngân hàng: Tiền gửi VietinBank' });
  await expect(bankBook).toContainText('Mẫu số S12-H');
  await expect(bankBook.getByRole('columnheader', { name: 'Gửi vào' })).toBeVisible();
  await expect(bankBook.getByRole('row', { name: /^Cộng tháng/ })).toHaveCount(12);
  await printed(page, testInfo, 'bank-book');
});

test('a cash count record compares the notes counted with the cash book and is signed by the committee', async ({ page }, testInfo) => {
  await openDemo(page);
  await openFinance(page, 'Kiểm kê quỹ');
  await expect(page.getByRole('heading', { level: 1, name: 'Biên bản kiểm kê quỹ tiền mặt' })).toBeVisible();
  await page.getByLabel('Ngày kiểm kê').fill('30/06/2026');
  const record = page.getByRole('article', { name: 'BIÊN BẢN KIỂM KÊ QUỸ TIỀN MẶT' });
  await expect(record).toContainText('ngày 30 tháng 06 năm 2026');
  const book = money(await record.getByTestId('book').innerText());
  expect(book).toBeGreaterThan(0);
  // Two notes of 500.000 and three of 10.000.
  await page.getByLabel('Số tờ loại 500.000 đ').fill('2');
  await page.getByLabel('Số tờ loại 10.000 đ').fill('3');
  await expect(record.getByTestId('counted')).toHaveText('1.030.000');
  const gap = 1_030_000 - book;
  await expect(record.getByTestId('difference')).toHaveText(`${dots(Math.abs(gap))} đ (${gap < 0 ? 'thiếu so với sổ' : 'thừa so với sổ'})`);
  await expect(record).toContainText('Một triệu không trăm ba mươi nghìn đồng');
  // A count that is not a whole number of notes is named, and no record is drawn from it.
  await page.getByLabel('Số tờ loại 200.000 đ').fill('1,5');
  await expect(page.getByRole('alert')).toHaveText('Số tờ loại 200.000 đ: phải là số tờ, một số nguyên từ 0 đến 1.000.000, ví dụ 12.');
  await expect(record).toHaveCount(0);
  await page.getByLabel('Số tờ loại 200.000 đ').fill('');
  // The committee from the roster of the day.
  const head = page.getByLabel('Trưởng ban kiểm kê');
  const name = (await head.locator('option').nth(3).innerText()).trim();
  await head.selectOption({ label: name });
  await page.getByLabel('Nguyên nhân chênh lệch, kiến nghị').fill('Chưa nộp tiền quỹ từ tổ về');
  await expect(record).toContainText(`${name} — Trưởng ban`);
  for (const role of ['THỦ QUỸ', 'KẾ TOÁN', 'TRƯỞNG BAN KIỂM KÊ', name]) await expect(record).toContainText(role);
  await expect(record).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  const paper = await printed(page, testInfo, 'cash-count');
  expect(paper).toEqual({ width: 595, height: 842, pages: 1 });
});

test('a gift list for 8/3 is made from the roster of the day and one step records its voucher', async ({ page }, testInfo) => {
  await openDemo(page);
  await openFinance(page, 'Danh sách nhận quà');
  await expect(page.getByLabel('Dịp tặng quà')).toHaveValue('0');
  await expect(page.getByLabel('Chỉ đoàn viên nữ')).toBeChecked();
  await page.getByLabel('Ngày lập danh sách').fill('06/03/2026');
  const list = page.getByRole('article', { name: 'DANH SÁCH ĐOÀN VIÊN NHẬN QUÀ' });
  const rows = list.locator('tbody tr:not(.subtotal)');
  const women = await rows.count();
  expect(women).toBeGreaterThan(10);
  await page.getByLabel('Chỉ đoàn viên nữ').uncheck();
  expect(await rows.count()).toBeGreaterThan(women);
  await page.getByLabel('Chỉ đoàn viên nữ').check();
  await expect(rows).toHaveCount(women);
  // A wrong amount is named under its field; nothing is recorded.
  await page.getByLabel('Số tiền mỗi người (đồng)').fill('năm trăm');
  await page.getByLabel('Người nhận tiền').fill('Trưởng ban Nữ công');
  await page.getByRole('button', { name: 'Lập phiếu chi cho tổng số tiền' }).click();
  await expect(page.getByText('Số tiền: không phải số tiền; nhập số đồng, ví dụ 1.500.000.')).toBeVisible();
  await page.getByLabel('Số tiền mỗi người (đồng)').fill('200.000');
  const total = dots(women * 200_000);
  await expect(page.getByRole('status').filter({ hasText: 'Danh sách có' })).toHaveText(`Danh sách có ${women} người, tổng cộng ${total} đồng.`);
  await expect(list.getByTestId('gift-total')).toHaveText(total);
  await expect(list).toContainText('Nhân dịp 8/3 — Ngày Quốc tế Phụ nữ');
  await expect(list).toContainText('(Theo danh sách đoàn viên ngày 06/03/2026)');
  await expect(list.getByRole('columnheader', { name: 'Ký nhận' })).toBeVisible();
  const paper = await printed(page, testInfo, 'gift-list');
  // The demo's 19 women and the signatures on one A4 sheet.
  expect(paper).toEqual({ width: 595, height: 842, pages: 1 });

  const event = page.getByLabel('Thuộc hoạt động');
  const title = (await event.locator('option').nth(1).innerText()).trim();
  await event.selectOption({ label: title });
  await expect(page.getByLabel('Lý do')).toHaveValue(`Chi quà 8/3 — Ngày Quốc tế Phụ nữ cho ${women} đoàn viên (danh sách kèm theo)`);
  await page.getByRole('button', { name: 'Lập phiếu chi cho tổng số tiền' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Đã lập phiếu chi' });
  await expect(done).toContainText(/Đã lập phiếu chi PC-2026-\d{3}\./);
  const code = (await done.innerText()).match(/PC-2026-\d{3}/)[0];
  await stored(page);
  await done.getByRole('link', { name: `Xem phiếu ${code}` }).click();
  const voucher = page.getByRole('article', { name: code });
  await expect(voucher).toContainText(`${total} đồng`);
  await expect(voucher).toContainText('Trưởng ban Nữ công');
  await expect(page.getByText(/^Chi cho hoạt động:/)).toContainText(title.replace(/ \(.*\)$/, ''));
});

test("a group's dues sheet of a month says who paid, who owes and who is exempt and why", async ({ page }, testInfo) => {
  await openDemo(page);
  await openFinance(page, 'Đoàn phí');
  await page.getByRole('link', { name: 'In bảng kê đoàn phí tháng của tổ' }).click();
  await page.getByLabel('Tổ công đoàn').selectOption({ label: 'Hành chính - Lưu trữ' });
  await page.getByLabel('Tháng (tháng/năm)').fill('10/2026');
  const sheet = page.getByRole('article', { name: 'BẢNG KÊ THU ĐOÀN PHÍ THÁNG 10/2026' });
  await expect(sheet).toContainText('Tổ công đoàn: Hành chính - Lưu trữ');
  const first = (await sheet.locator('tbody tr').first().getByRole('rowheader').innerText()).trim();

  // Exempt one member for maternity from October: the sheet says so, with the dates.
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: first, exact: true }).click();
  const section = page.getByRole('region', { name: 'Miễn đóng đoàn phí' });
  await section.getByLabel('Lý do').selectOption({ label: 'Thai sản' });
  await section.getByLabel('Từ ngày').fill('01/10/2026');
  await section.getByLabel('Đến ngày').fill('31/03/2027');
  await section.getByRole('button', { name: 'Ghi miễn đóng' }).click();
  await expect(section.getByRole('row', { name: /Thai sản 01\/10\/2026 31\/03\/2027/ })).toBeVisible();
  await stored(page);
  await page.goBack();
  await page.goBack();
  await page.getByLabel('Tổ công đoàn').selectOption({ label: 'Hành chính - Lưu trữ' });
  await page.getByLabel('Tháng (tháng/năm)').fill('10/2026');
  const row = sheet.getByRole('row', { name: new RegExp(`^\\d+ ${first}`) });
  await expect(row).toContainText('Miễn đóng: Thai sản, từ 01/10/2026 đến 31/03/2027');
  await expect(sheet.getByRole('row', { name: /^Cộng/ }).locator('td').nth(1)).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  for (const role of ['TỔ TRƯỞNG', 'THỦ QUỸ', 'CHỦ TỊCH', 'Ký nhận']) await expect(sheet).toContainText(role);
  const paper = await printed(page, testInfo, 'dues-month');
  expect([paper.width, paper.height]).toEqual([595, 842]);
});

test('the settlement prints with its signatures and without the app\'s own check', async ({ page }, testInfo) => {
  await openDemo(page);
  await openFinance(page, 'Dự toán, quyết toán');
  await page.getByLabel('Năm tài chính').selectOption('2025');
  const report = page.getByRole('region', { name: 'Quyết toán thu, chi tài chính công đoàn năm 2025' });
  const check = report.getByRole('status');
  await expect(check).toHaveText('Số dư cuối năm = số dư đầu năm + tổng thu − tổng chi: khớp đến từng đồng.');
  await page.emulateMedia({ media: 'print' });
  await expect(check).toBeHidden();
  await expect(report.getByText('Mẫu B07-TLĐ')).toBeVisible();
  await expect(report.locator('header')).toContainText('CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN');
  await expect(report.locator('header')).toContainText('CÔNG ĐOÀN CƠ SỞ VĂN PHÒNG SỞ NỘI VỤ TỈNH HÒA AN');
  for (const role of ['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'CHỦ TỊCH']) await expect(report.getByText(role, { exact: true })).toBeVisible();
  const paper = await printed(page, testInfo, 'settlement');
  expect([paper.width, paper.height]).toEqual([595, 842]);
});
