// The book as a file: export, import in a fresh browser profile, refusal of broken files.
import { test, expect } from '@playwright/test';
import { openApp, openDemo, goTo, rosterNames, download, chooseImport, storedState } from './helpers.mjs';

test('export, then import the file in a fresh browser profile and see the same members', async ({ page, browser }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const names = await rosterNames(page);
  await goTo(page, 'Dữ liệu');
  const file = await download(page, 'Xuất tệp JSON');
  expect(file.name).toMatch(/^so-cong-doan-cong-doan-co-so-van-phong-so-noi-vu-tinh-hoa-an-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(file.text);
  expect(parsed.format).toBe('so-cong-doan');
  expect(parsed.schema_version).toBe(6);
  expect(parsed.book.members).toHaveLength(45 + 17);
  await expect(page.getByText(/Lần xuất gần nhất: \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await chooseImport(other, file.name, file.text);
  const preview = other.getByRole('region', { name: /Nội dung tệp/ });
  await expect(preview).toContainText('Công đoàn cơ sở Văn phòng Sở Nội vụ tỉnh Hòa An');
  await expect(preview).toContainText('45');
  await expect(preview).toContainText('0.1.0');
  await other.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await goTo(other, 'Đoàn viên');
  expect(await rosterNames(other)).toEqual(names);
  await other.reload();
  expect(await rosterNames(other)).toEqual(names);
  await fresh.close();
});

const broken = [
  ['not JSON', 'ban-nhap.json', 'Họ và tên, Ngày sinh\nNguyễn Văn An, 01/01/1980', /không phải JSON \(lỗi ở dòng 1, cột 1\)/],
  ['not ours', 'khac.json', '{"name": "một tệp khác"}', /không phải tệp của Sổ Công đoàn/],
  ['newer schema', 'moi.json', null, /phiên bản mới hơn/, (f) => { f.schema_version = 9; }],
  ['wrong type', 'sai-kieu.json', null, /Sai kiểu dữ liệu ở book\.members\[12\]\.full_name/, (f) => { f.book.members[12].full_name = 7; }],
  ['bad date', 'sai-ngay.json', null, /Ngày không hợp lệ ở book\.members\[12\]\.birth_date/, (f) => { f.book.members[12].birth_date = '1990-02-30'; }],
  ['dangling group', 'mo-coi.json', null, /book\.members\[3\]\.group_id trỏ tới một tổ công đoàn không có/, (f) => { f.book.members[3].group_id = '00000000-0000-4000-8000-000000000000'; }],
  ['changed after export', 'sua-tay.json', null, /Mã kiểm tra không khớp/, (f) => { f.book.union.history[0].name = 'Sửa tay'; }, true],
];

for (const [what, name, text, message, change, keepChecksum] of broken) {
  test(`a file that is ${what} is refused with its place named, and the book stays as it was`, async ({ page }) => {
    await openDemo(page);
    await goTo(page, 'Dữ liệu');
    let content = text;
    if (!content) {
      const exported = JSON.parse((await download(page, 'Xuất tệp JSON')).text);
      if (!keepChecksum) delete exported.checksum;
      change(exported);
      content = JSON.stringify(exported);
    }
    const before = await storedState(page);
    await chooseImport(page, name, content);
    const alert = page.getByRole('alert').filter({ hasText: `Không nhập được tệp "${name}"` });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Sổ hiện tại vẫn giữ nguyên.');
    await expect(page.getByRole('button', { name: 'Xác nhận nhập tệp' })).toHaveCount(0);
    expect(await storedState(page)).toEqual(before);
    await page.reload();
    await goTo(page, 'Đoàn viên');
    await expect(page.getByRole('status').filter({ hasText: 'Hiển thị' })).toHaveText('Hiển thị 45 / 45 đoàn viên');
  });
}

test('importing keeps the book it replaces as a backup that the data page restores', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dữ liệu');
  const exported = JSON.parse((await download(page, 'Xuất tệp JSON')).text);
  delete exported.checksum;
  exported.book.union.history.at(-1).name = 'Công đoàn cơ sở Nhập Thử';
  exported.book.members = exported.book.members.slice(0, 5);
  exported.book.appointments = [];
  delete exported.book.activities;
  // Its vouchers name members no longer in it: a smaller book keeps the funds and lines only.
  exported.book.finance.vouchers = [];
  await chooseImport(page, 'nho.json', JSON.stringify(exported));
  await page.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập tệp "nho.json"' })).toBeVisible();
  await expect(page.locator('.union-name')).toHaveText('Công đoàn cơ sở Nhập Thử');
  const pinned = page.getByRole('row').filter({ hasText: 'trước khi nhập tệp' });
  await expect(pinned).toContainText('45');
  await pinned.getByRole('button', { name: /Khôi phục bản lưu lúc/ }).click();
  await expect(page.locator('.union-name')).toHaveText('Công đoàn cơ sở Văn phòng Sở Nội vụ tỉnh Hòa An');
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('status').filter({ hasText: 'Hiển thị' })).toHaveText('Hiển thị 45 / 45 đoàn viên');
});
