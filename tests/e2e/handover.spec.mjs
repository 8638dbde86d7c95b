// Handing the book over to the next committee: the biên bản at a date states the cash book's balance of
// that date, downloads as .docx, goes with the book's file named for it; the receiving committee opens the
// file and starts its term, whose report names the new committee, while a report of an earlier year names
// the superior union of that year. The union's details edited as a change from a date do the same.
import { test, expect } from '@playwright/test';
import JSZip from 'jszip';
import { openApp, openDemo, goTo, stored, download, downloadBytes, chooseImport } from './helpers.mjs';

const finance = (page) => page.getByRole('navigation', { name: 'Mục tài chính' });

/** The closing balance of the cash fund at the end of a day of 2025, as the cash book shows it. */
async function cashBookClosing(page, day) {
  await goTo(page, 'Tài chính');
  await finance(page).getByRole('link', { name: 'Sổ quỹ' }).click();
  await page.getByLabel('Năm tài chính').selectOption('2025');
  await page.getByLabel('Đến ngày').fill(day);
  const book = page.getByRole('region', { name: 'Sổ quỹ tiền mặt: Tiền mặt' });
  await expect(book).toContainText(`– ${day}`);
  return (await book.getByTestId('closing').innerText()).trim();
}

async function reportOf(page, period) {
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: period });
  return page.getByRole('article', { name: 'Báo cáo' });
}

test('a handover at a date, its biên bản and .docx, then the new term in the receiving browser', async ({ page, browser }) => {
  await openDemo(page);
  const closing = await cashBookClosing(page, '30/09/2025');
  expect(closing).toMatch(/^\d{1,3}(\.\d{3})+$/);

  await goTo(page, 'Bàn giao sổ');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bàn giao sổ cho Ban Chấp hành khóa mới');
  await page.getByLabel('Ngày bàn giao').fill('30/09/2025');
  await page.getByLabel('Địa điểm').fill('Hòa An');
  const funds = page.getByRole('table', { name: 'Số dư các quỹ đến hết ngày bàn giao' });
  const cash = funds.getByRole('row', { name: /^Tiền mặt/ });
  await expect(cash).toContainText(`${closing} đ`);
  await page.getByLabel('Thực tế kiểm đếm: Tiền mặt').fill(closing);
  await expect(cash).toContainText('Khớp');
  await page.getByLabel('Thực tế kiểm đếm: Tiền mặt').fill('1.000');
  await expect(cash).toContainText('−');
  await page.getByLabel('Thực tế kiểm đếm: Tiền mặt').fill(closing);
  await page.getByLabel('Hồ sơ, giấy tờ bàn giao').fill('Sổ quỹ tiền mặt năm 2025\nDanh sách đoàn viên');
  await page.screenshot({ path: 'test-results/handover-form.png', fullPage: true });
  // The draft is kept as the user types: a reload brings it back.
  await page.reload();
  await expect(page.getByLabel('Thực tế kiểm đếm: Tiền mặt')).toHaveValue(closing);
  await expect(page.getByText('Đã mở lại bản nháp chưa lưu.')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu biên bản bàn giao' }).click();
  await expect(page.getByLabel('Họ và tên người giao *')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Họ và tên người giao *').fill('Nguyễn Văn An');
  await page.getByLabel('Chức vụ người giao').fill('Chủ tịch CĐCS khóa 2023–2028');
  await page.getByLabel('Họ và tên người nhận *').fill('Trần Thị Bình');
  await page.getByLabel('Chức vụ người nhận').fill('Chủ tịch CĐCS khóa 2025–2030');
  await page.getByRole('button', { name: 'Lưu biên bản bàn giao' }).click();
  await stored(page);

  const minutes = page.getByRole('article', { name: 'BIÊN BẢN BÀN GIAO' });
  await expect(minutes).toContainText('CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN');
  await expect(minutes).toContainText('Hòa An, ngày 30 tháng 09 năm 2025');
  await expect(minutes.getByRole('row', { name: /^Tiền mặt/ })).toContainText(`${closing} đ`);
  await expect(minutes.getByRole('row', { name: /^Tiền mặt/ })).toContainText('Khớp');
  await expect(minutes).toContainText('1. Sổ quỹ tiền mặt năm 2025');
  await expect(minutes).toContainText('BÊN GIAO');
  await expect(minutes).toContainText('BÊN NHẬN');
  await expect(minutes).toContainText('Trần Thị Bình');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/handover-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: 'test-results/handover-screen.png', fullPage: true });

  const docx = await downloadBytes(page, 'Tải biên bản (.docx)');
  expect(docx.name).toMatch(/^ban-giao-cong-doan-co-so-van-phong-so-noi-vu-tinh-hoa-an-2025-09-30\.docx$/);
  const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml').async('string');
  for (const text of ['BIÊN BẢN BÀN GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${closing} đ`, 'BÊN GIAO', 'Nguyễn Văn An']) {
    expect(xml).toContain(text);
  }
  const file = await download(page, 'Xuất tệp sổ bàn giao (.json)');
  expect(file.name).toBe('ban-giao-cong-doan-co-so-van-phong-so-noi-vu-tinh-hoa-an-2025-09-30.json');
  expect(JSON.parse(file.text).book.handovers).toHaveLength(1);

  // The receiving committee, in its own browser, opens the file and starts its term.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await chooseImport(other, file.name, file.text);
  await other.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await goTo(other, 'Bàn giao sổ');
  await other.getByRole('row', { name: /30\/09\/2025/ }).getByRole('link', { name: 'Bắt đầu nhiệm kỳ mới' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bắt đầu nhiệm kỳ mới sau bàn giao ngày 30/09/2025');
  await expect(other.getByLabel('Nhiệm kỳ từ ngày')).toHaveValue('01/10/2025');
  await other.getByLabel('Công đoàn cấp trên').fill('Công đoàn phường Hòa An');
  await other.getByLabel('Đến ngày').fill('30/09/2030');
  const seats = other.getByRole('group', { name: 'Ban Chấp hành khóa mới' });
  const [chair, member] = (await seats.getByRole('rowheader').allInnerTexts()).slice(3, 5);
  await other.getByLabel(`Chức vụ trong BCH: ${chair}`).selectOption({ label: 'Chủ tịch' });
  await other.getByLabel(`Chức vụ trong BCH: ${member}`).selectOption({ label: 'Ủy viên BCH' });
  await other.screenshot({ path: 'test-results/handover-term.png', fullPage: true });
  await other.getByRole('button', { name: 'Bắt đầu nhiệm kỳ' }).click();
  await stored(other);
  await expect(other.getByText('Công đoàn cấp trên: Công đoàn phường Hòa An · Nhiệm kỳ 01/10/2025 – 30/09/2030')).toBeVisible();

  const term = await reportOf(other, 'Nhiệm kỳ hiện tại');
  await expect(term).toContainText('CÔNG ĐOÀN PHƯỜNG HÒA AN');
  await expect(term).toContainText(`Ban Chấp hành: ${chair} (Chủ tịch), ${member} (Ủy viên BCH)`);
  const earlier = await reportOf(other, 'Năm 2024');
  await expect(earlier).toContainText('CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN');
  await expect(earlier).not.toContainText('CÔNG ĐOÀN PHƯỜNG HÒA AN');
  await expect(earlier).not.toContainText(`${chair} (Chủ tịch)`);
  await fresh.close();
});

test("the union's details changed from a date: earlier documents keep the former superior", async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'Sửa thông tin công đoàn' }).click();
  await page.getByLabel('Thông tin đã thay đổi từ một ngày (giữ thông tin cũ cho các báo cáo trước ngày đó)').check();
  await page.getByLabel('Công đoàn cấp trên').fill('Công đoàn phường Hòa An');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByLabel('Áp dụng từ ngày *')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/union-edit.png', fullPage: true });
  await page.getByLabel('Áp dụng từ ngày *').fill('01/07/2025');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await stored(page);
  await page.screenshot({ path: 'test-results/union-history.png', fullPage: true });
  const history = page.getByRole('table', { name: 'Lịch sử tên, công đoàn cấp trên và nhiệm kỳ' });
  await expect(history.getByRole('row', { name: /^01\/07\/2025/ })).toContainText('Công đoàn phường Hòa An');
  await expect(history.getByRole('row', { name: /^20\/03\/2023/ })).toContainText('Công đoàn Viên chức tỉnh Hòa An');
  await expect(await reportOf(page, 'Năm 2024')).toContainText('CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN');
  await expect(await reportOf(page, 'Nhiệm kỳ hiện tại')).toContainText('CÔNG ĐOÀN PHƯỜNG HÒA AN');
  await page.reload();
  await expect(page.getByRole('article', { name: 'Báo cáo' })).toContainText('CÔNG ĐOÀN PHƯỜNG HÒA AN');
});
