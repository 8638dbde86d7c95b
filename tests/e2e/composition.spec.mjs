// Part I on screen: composition on a date with one denominator, movements of a period, committees.
import { test, expect } from '@playwright/test';
import { openDemo, goTo } from './helpers.mjs';

const card = (page, name) => page.getByRole('region', { name, exact: true });

test('the composition states its denominator and its shares', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Cơ cấu đoàn viên');
  await expect(page.getByRole('main').getByRole('status')).toContainText('có 45 đoàn viên');
  await expect(card(page, 'Giới tính').getByRole('row', { name: /Nữ/ })).toContainText('19');
  await expect(card(page, 'Giới tính').getByRole('row', { name: /Nữ/ })).toContainText('42,22%');
  await expect(card(page, 'Trình độ chuyên môn').getByRole('row', { name: /Thạc sĩ/ })).toContainText('31,11%');
  await expect(card(page, 'Đảng viên').getByRole('row', { name: /^Đảng viên/ })).toContainText('97,78%');
  await expect(card(page, 'Độ tuổi').getByRole('row')).toHaveCount(5);
  await expect(card(page, 'Giới tính').getByRole('img', { name: 'Giới tính' })).toBeVisible();
  // The movements of the last term, as the report writes them, each opening its members.
  await expect(page.getByText('Kết nạp 3, Tiếp nhận 16, Chuyển đi 11, Nghỉ chế độ, nghỉ hưu 6')).toBeVisible();
  await page.getByRole('button', { name: 'Chuyển đi: 11 — xem danh sách' }).click();
  await expect(page.getByRole('region', { name: 'Biến động trong kỳ' }).getByRole('link')).toHaveCount(11);
});

test('a transfer out changes the roster and the figures after its date, not before', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  const name = await page.locator('table.roster tbody tr td:nth-child(2)').first().innerText();
  await page.getByRole('link', { name: `Sửa ${name}` }).click();
  await page.getByLabel('Loại biến động').selectOption({ label: 'Chuyển đi' });
  await page.getByLabel('Ngày biến động').fill('01/10/2026');
  await page.getByLabel('Nơi đến / nơi đi').fill('Công đoàn Sở Y tế');
  await page.getByRole('button', { name: 'Ghi biến động' }).click();
  await expect(page.getByText('Đã ra khỏi công đoàn cơ sở')).toBeVisible();
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('status').filter({ hasText: 'Hiển thị' })).toHaveText('Hiển thị 44 / 44 đoàn viên');
  await page.getByLabel('Trạng thái').selectOption({ label: 'Đã ra khỏi công đoàn cơ sở' });
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await goTo(page, 'Cơ cấu đoàn viên');
  await expect(card(page, 'Giới tính').getByRole('row', { name: /Nữ/ })).toContainText('18');
  await expect(page.getByRole('main').getByRole('status')).toContainText('có 44 đoàn viên');
  await page.getByLabel('Tính đến ngày').fill('30/09/2026');
  await expect(page.getByRole('main').getByRole('status')).toContainText('có 45 đoàn viên');
  await expect(card(page, 'Giới tính').getByRole('row', { name: /Nữ/ })).toContainText('42,22%');
});

test('committees: who holds which role, appoint and end a role', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Ban Chấp hành, các ban');
  const rows = page.getByRole('table').getByRole('row');
  const holding = (role) => rows.filter({ has: page.getByRole('cell', { name: role, exact: true }) });
  await expect(holding('Chủ tịch')).toHaveCount(1);
  await expect(holding('Phó Chủ tịch')).toHaveCount(1);
  await expect(holding('Tổ trưởng')).toHaveCount(4);
  // Someone who holds no role yet, whatever the demo's date gives.
  const listed = await page.getByRole('table').innerText();
  const names = await page.getByLabel('Đoàn viên').locator('option').allInnerTexts();
  const someone = names.slice(1).find((n) => n.trim() && !listed.includes(n.trim()));
  await page.getByLabel('Đoàn viên').selectOption({ label: someone });
  await page.getByLabel('Ban', { exact: true }).selectOption({ label: 'Ban Chấp hành' });
  await page.getByLabel('Chức vụ', { exact: true }).selectOption({ label: 'Chủ tịch' });
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByRole('button', { name: 'Phân công chức vụ' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chức vụ này đã có người giữ' })).toBeVisible();
  // Under the field it is about.
  await expect(page.getByLabel('Chức vụ', { exact: true })).toHaveAccessibleDescription(/Chức vụ này đã có người giữ/);
  await page.getByLabel('Chức vụ', { exact: true }).selectOption({ label: 'Ủy viên BCH' });
  await page.getByRole('button', { name: 'Phân công chức vụ' }).click();
  const row = rows.filter({ hasText: someone });
  await expect(row.filter({ hasText: 'Ủy viên BCH' })).toHaveCount(1);
  await page.getByRole('textbox', { name: `Ngày kết thúc chức vụ của ${someone}` }).fill('01/02/2026');
  await page.getByRole('button', { name: `Ngày kết thúc chức vụ của ${someone}` }).click();
  await expect(rows.filter({ hasText: someone }).filter({ hasText: 'Ủy viên BCH' })).toHaveCount(0);
  await page.getByLabel('Hiện cả các chức vụ đã kết thúc').check();
  await expect(rows.filter({ hasText: someone }).filter({ hasText: '01/02/2026' })).toHaveCount(1);
});
