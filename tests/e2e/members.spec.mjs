// The foundation as a user meets it: a new book, members, groups, search, trash, language.
import { test, expect } from '@playwright/test';
import { openApp, openDemo, createBook, goTo, rosterNames } from './helpers.mjs';

test('create a book, add a member through the form, reload and find it', async ({ page }) => {
  await createBook(page);
  await goTo(page, 'Tổ công đoàn');
  await page.getByLabel('Tên tổ mới').fill('Tổ Văn phòng');
  await page.getByRole('button', { name: 'Thêm tổ' }).click();
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Ngày sinh').fill('15/03/1985');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await page.getByLabel('Tổ công đoàn').selectOption({ label: 'Tổ Văn phòng' });
  await page.getByLabel('Chức vụ, phòng ban').fill('Kế toán');
  await page.getByLabel('Dân tộc').selectOption('Tày');
  await page.getByLabel('Số CCCD').fill('042185012345');
  await page.getByLabel('Lương đóng bảo hiểm (đồng/tháng)').fill('9.500.000');
  await page.getByLabel('Mức lương áp dụng từ').fill('01/07/2024');
  await page.getByLabel('Hình thức').selectOption({ label: 'Tiếp nhận' });
  await page.getByLabel('Ngày vào công đoàn cơ sở').fill('15/08/2019');
  await page.getByLabel('Nơi chuyển đến (nếu tiếp nhận)').fill('Công đoàn Trường THCS Hòa Bình');
  await page.getByLabel('Trình độ chuyên môn').selectOption({ label: 'Thạc sĩ' });
  await page.getByLabel('Lý luận chính trị').selectOption({ label: 'Trung cấp' });
  await page.getByLabel('Đảng viên').check();
  await page.getByLabel('Ngày vào Đảng').fill('19/05/2010');
  await page.getByLabel('Ngày vào công đoàn', { exact: true }).fill('01/09/2008');
  await page.getByLabel('Số thẻ đoàn viên').fill('01234567');
  await page.getByLabel('Điện thoại').fill('0912 345 678');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('cell', { name: 'Nguyễn Thị Hoa', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Nguyễn Thị Hoa', exact: true })).toBeVisible();
  const row = page.getByRole('row', { name: /Nguyễn Thị Hoa/ });
  await expect(row).toContainText('15/03/1985');
  await expect(row).toContainText('Tổ Văn phòng');
  await page.getByRole('link', { name: 'Sửa Nguyễn Thị Hoa' }).click();
  await expect(page.getByLabel('Ngày vào Đảng')).toHaveValue('19/05/2010');
  await expect(page.getByLabel('Trình độ chuyên môn')).toHaveValue('master');
  await expect(page.getByLabel('Dân tộc')).toHaveValue('Tày');
  await expect(page.getByLabel('Lương đóng bảo hiểm (đồng/tháng)')).toHaveValue('9.500.000');
  const history = page.getByRole('region', { name: 'Biến động' });
  await expect(history.getByRole('row', { name: /15\/08\/2019/ })).toContainText('Tiếp nhận');
  await expect(history.getByRole('row', { name: /15\/08\/2019/ })).toContainText('Công đoàn Trường THCS Hòa Bình');
});

test('the form shows each problem next to its field and keeps what was typed', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const someone = (await rosterNames(page))[0];
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  const card = await page.getByLabel('Số thẻ đoàn viên').inputValue();
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Ngày sinh').fill('31/02/1990');
  await page.getByLabel('Ngày vào công đoàn', { exact: true }).fill('01/01/2099');
  await page.getByLabel('Số thẻ đoàn viên').fill(card);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Không được để trống.').first()).toBeVisible();
  await expect(page.getByText('Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm')).toBeVisible();
  await expect(page.getByText('Ngày này chưa tới.')).toBeVisible();
  await expect(page.getByText('Số thẻ này đã có người dùng.')).toBeVisible();
  await expect(page.getByLabel('Ngày sinh')).toHaveValue('31/02/1990');
  // Joined before birth.
  await page.getByLabel('Họ và tên').fill('Phạm Văn Thử');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await page.getByLabel('Ngày sinh').fill('01/01/1990');
  await page.getByLabel('Ngày vào công đoàn', { exact: true }).fill('01/01/1989');
  await page.getByLabel('Số thẻ đoàn viên').fill('');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Phải sau ngày sinh.')).toBeVisible();
  await page.getByLabel('Ngày vào công đoàn', { exact: true }).fill('01/01/2015');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name: 'Phạm Văn Thử', exact: true })).toBeVisible();
});

test('search ignores diacritics and case; filters by group and gender', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('status').filter({ hasText: 'Hiển thị' })).toHaveText('Hiển thị 45 / 45 đoàn viên');
  const all = await rosterNames(page);
  const nguyen = all.filter((n) => n.startsWith('Nguyễn'));
  expect(nguyen.length).toBeGreaterThan(0);
  await page.getByLabel('Tìm kiếm').fill('nguyen');
  await expect.poll(() => rosterNames(page)).toEqual(nguyen);
  await page.getByLabel('Tìm kiếm').fill('NGUYEN');
  await expect.poll(() => rosterNames(page)).toEqual(nguyen);
  // "d" finds "Đ".
  await page.getByLabel('Tìm kiếm').fill('dang');
  const dang = await rosterNames(page);
  expect(dang.length).toBeGreaterThan(0);
  for (const name of dang) expect(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase()).toContain('dang');
  await page.getByLabel('Tìm kiếm').fill('');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await expect(page.getByRole('status').filter({ hasText: 'Hiển thị' })).toHaveText('Hiển thị 19 / 45 đoàn viên');
  await page.getByLabel('Tổ công đoàn').selectOption({ label: 'Tổng hợp' });
  const rows = page.locator('table.roster tbody tr');
  for (const text of await rows.allInnerTexts()) {
    expect(text).toContain('Tổng hợp');
    expect(text).toContain('Nữ');
  }
});

test('the roster is sorted the Vietnamese way, by given name', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const names = await rosterNames(page);
  const given = names.map((n) => n.split(' ').pop());
  const collator = new Intl.Collator('vi');
  for (let i = 1; i < given.length; i++) {
    expect(collator.compare(given[i - 1], given[i]), `${names[i - 1]} before ${names[i]}`).toBeLessThanOrEqual(0);
  }
});

test('delete moves a member to the trash, restore brings it back', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const name = (await rosterNames(page))[2];
  await page.getByRole('button', { name: `Xóa ${name}` }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Hiển thị' })).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await goTo(page, 'Thùng rác');
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: `Khôi phục ${name}` }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
});

test('groups: add, rename, and remove only when empty', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Tổ công đoàn');
  await page.getByRole('button', { name: 'Xóa tổ Tổng hợp' }).click();
  await expect(page.getByRole('alert')).toContainText('Tổ còn');
  await page.getByLabel('Tên tổ mới').fill('Tổ Bảo vệ');
  await page.getByRole('button', { name: 'Thêm tổ' }).click();
  await page.getByLabel('Tên tổ mới').fill('tổ bảo vệ');
  await page.getByRole('button', { name: 'Thêm tổ' }).click();
  await expect(page.getByText('Đã có tổ mang tên này.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Đổi tên tổ Tổ Bảo vệ' }).fill('Tổ Bảo vệ - Lái xe');
  await page.getByRole('button', { name: 'Đổi tên tổ Tổ Bảo vệ' }).click();
  await expect(page.getByRole('textbox', { name: 'Đổi tên tổ Tổ Bảo vệ - Lái xe' })).toBeVisible();
  await page.getByRole('button', { name: 'Xóa tổ Tổ Bảo vệ - Lái xe' }).click();
  await expect(page.getByRole('textbox', { name: 'Đổi tên tổ Tổ Bảo vệ - Lái xe' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(5);
});

test('the language switch offers English for every page', async ({ page }) => {
  await openDemo(page);
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await expect(page.getByLabel('Search')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Add a member' })).toBeVisible();
  await page.getByLabel('Language').selectOption('vi');
  await expect(page.getByRole('link', { name: 'Thêm đoàn viên' })).toBeVisible();
});

test('a new book refuses an incomplete union form, next to the fields', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Nhiệm kỳ từ ngày').fill('20/03/2028');
  await page.getByLabel('Đến ngày').fill('20/03/2023');
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();
  await expect(page.getByText('Không được để trống.')).toHaveCount(2);
  await expect(page.getByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
});
