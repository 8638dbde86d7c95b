// Nothing typed lost, nothing done without a word (issue 20, part 3): a deletion says what went and undoes on
// the spot; leaving the union asks about the roles held; a new member's levels start "not recorded"; a
// field's error goes once it is changed; a record saved for a year the list is not showing brings the list
// to it; the overview says why its money differs from the books.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, openActivities, stored } from './helpers.mjs';

test('a deletion says what went, with undo beside it', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const first = page.getByRole('table').first().getByRole('row').nth(1).getByRole('link').first();
  const name = (await first.innerText()).trim();
  await page.getByRole('button', { name: `Xóa ${name}`, exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: `Đã thực hiện: Xóa đoàn viên ${name}.` });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Hoàn tác việc xóa' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await stored(page);
});

test('a member who holds a role and transfers out: asked, then the role ends on that day', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Ban Chấp hành, các ban');
  const holder = page.getByRole('table').first().getByRole('row').filter({ hasText: 'Phó Chủ tịch' }).getByRole('link').first();
  const name = (await holder.innerText()).trim();
  await holder.click();
  await page.getByLabel('Loại biến động').selectOption({ label: 'Chuyển đi' });
  await page.getByLabel('Ngày biến động').fill('01/12/2026');
  await page.getByRole('button', { name: 'Ghi biến động' }).last().click();
  const ask = page.getByRole('alert').filter({ hasText: `${name} đang giữ chức vụ: Phó Chủ tịch` });
  await expect(ask).toContainText('Kết thúc các chức vụ này ngày 01/12/2026?');
  await ask.getByRole('button', { name: 'Ghi biến động và kết thúc chức vụ' }).click();
  await expect(page.getByRole('cell', { name: 'Chuyển đi', exact: true })).toBeVisible();
  await goTo(page, 'Ban Chấp hành, các ban');
  await expect(page.getByRole('table').first().getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await page.getByLabel('Hiện cả các chức vụ đã kết thúc').check();
  await expect(page.getByRole('table').first().getByRole('row').filter({ hasText: name })).toContainText('01/12/2026');
});

test('a new member starts with levels and ethnicity not recorded; an error goes once its field is changed', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  const selected = (label) => page.getByLabel(label, { exact: true }).locator('option:checked');
  await expect(selected('Trình độ chuyên môn')).toHaveText('Chưa ghi');
  await expect(selected('Lý luận chính trị')).toHaveText('Chưa ghi');
  await expect(selected('Dân tộc')).not.toHaveText('Kinh');
  await page.getByLabel('Họ và tên').fill('Đặng Thị Thử');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await page.getByLabel('Ngày sinh').fill('31/02/1990');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const birth = page.getByLabel('Ngày sinh');
  await expect(birth).toHaveAccessibleDescription(/Ngày không hợp lệ/);
  await birth.fill('28/02/1990');
  await expect(birth).not.toHaveAccessibleDescription(/Ngày không hợp lệ/);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await goTo(page, 'Cơ cấu đoàn viên');
  await expect(page.getByRole('region', { name: 'Trình độ chuyên môn', exact: true }).getByRole('row', { name: /Chưa ghi/ })).toContainText('1');
});

test('an event of another year than the list shows brings the list to its year; one click to last year', async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Hoạt động, phong trào');
  const year = page.getByLabel('Năm', { exact: true });
  const now = new Date().getFullYear();
  await expect(year).toHaveValue(String(now));
  await page.getByRole('button', { name: 'Năm trước' }).click();
  await expect(year).toHaveValue(String(now - 1));
  await page.getByLabel('Tên hoạt động').fill('Hội thao chào mừng ngày thành lập');
  await page.getByLabel('Ngày bắt đầu').fill(`15/03/${now}`);
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await expect(year).toHaveValue(String(now));
  await expect(page.getByRole('cell', { name: 'Hội thao chào mừng ngày thành lập', exact: true })).toBeVisible();
});

test('the overview says that its money leaves out the charity fund, which the books include', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Tổng quan');
  await expect(page.getByText(/Tồn quỹ và thu chi ở đây không gồm quỹ xã hội, từ thiện \(thu [\d.]+ đ, chi [\d.]+ đ, còn [\d.]+ đ\)/)).toBeVisible();
});
