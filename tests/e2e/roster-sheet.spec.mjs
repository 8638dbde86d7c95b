// The roster officers already keep, in and out: import a file made here, read the figures, export CSV.
import { test, expect } from '@playwright/test';
import { createBook, goTo, download, importSeedRoster } from './helpers.mjs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dung', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Ngọc'];

/** A roster as officers type it: a title, a two-row header with the birth date split by gender. */
function roster(size, women) {
  const lines = [
    ['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ', '', '', '', '', '', ''],
    ['STT', 'Họ và tên', 'Ngày sinh', '', 'Tổ công đoàn', 'Trình độ chuyên môn', 'Đảng viên'],
    ['', '', 'Nam', 'Nữ', '', '', ''],
  ];
  for (let i = 0; i < size; i++) {
    const woman = i < women;
    const name = `${FAMILY[i % FAMILY.length]} ${woman ? 'Thị' : 'Văn'} ${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + (i % 26))}`;
    const birth = `${(i % 27) + 1}/${(i % 12) + 1}/${i % 2 ? '1985' : '92'}`;
    lines.push([String(i + 1), name, woman ? '' : birth, woman ? birth : '', i % 3 ? 'Tổ Văn phòng' : 'Tổ Kế toán', i < 10 ? 'Thạc sĩ' : 'Đại học', i % 5 ? 'x' : '']);
  }
  // A row that must be refused: no birth date under "Nam" or "Nữ", so no gender.
  lines.push([String(size + 1), 'Mai Văn Chưa Rõ', '', '', 'Tổ Văn phòng', 'Đại học', '']);
  return lines.map((l) => l.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');
}

test('import a roster of 45 rows from CSV, read the composition, see the refused row', async ({ page }) => {
  await createBook(page);
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Nhập danh sách' }).click();
  await page.getByLabel('Chọn tệp danh sách (.xlsx, .csv)').setInputFiles({
    name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + roster(45, 19), 'utf8'),
  });
  await expect(page.getByText('Dòng tiêu đề: dòng 3.')).toBeVisible();
  await expect(page.getByLabel('Nội dung cột C')).toHaveValue('3');
  const summary = page.getByRole('region', { name: 'Xem trước' }).getByRole('status');
  await expect(summary).toHaveText('Sẽ nhập 45 đoàn viên; 1 dòng bị từ chối; tổ mới: Tổ Kế toán, Tổ Văn phòng.');
  await importSeedRoster(page);
  const masters = page.getByRole('region', { name: 'Trình độ chuyên môn', exact: true }).getByRole('row', { name: /Thạc sĩ/ });
  await expect(masters).toContainText('22,22%');
  // Undo takes the whole import back.
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('có 0 đoàn viên');
});

test('a file that is not a roster says why and changes nothing', async ({ page }) => {
  await createBook(page);
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Nhập danh sách' }).click();
  await page.getByLabel('Chọn tệp danh sách (.xlsx, .csv)').setInputFiles({
    name: 'ansi.csv', mimeType: 'text/csv', buffer: Buffer.from([0x48, 0xe4, 0x20, 0x4e, 0x6f, 0x69]),
  });
  await expect(page.getByRole('alert')).toContainText('không ở dạng UTF-8');
  await page.getByLabel('Chọn tệp danh sách (.xlsx, .csv)').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from('x') });
  await expect(page.getByRole('alert')).toContainText('Chỉ nhận tệp .xlsx hoặc .csv.');
});

test('export the roster as CSV: diacritics, BOM, neutralised formulas, the filter applied', async ({ page }) => {
  await createBook(page);
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill('Đặng Thị Ánh');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await page.getByLabel('Ngày sinh').fill('02/09/1990');
  await page.getByLabel('Ghi chú', { exact: true }).fill('=1+1');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill('Lê Văn Bảo');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  const file = await download(page, 'Xuất CSV');
  expect(file.name).toMatch(/^danh-sach-doan-vien-cong-doan-co-so-truong-tieu-hoc-hoa-binh-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(file.text.charCodeAt(0)).toBe(0xfeff);
  const lines = file.text.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('STT,Họ và tên,Giới tính,Ngày sinh');
  expect(lines[1]).toContain('1,Đặng Thị Ánh,Nữ,02/09/1990');
  expect(lines[1]).toContain("'=1+1");
  expect(file.text).not.toContain('Lê Văn Bảo');
});
