// A union of a budget-funded agency ends: its dues collected after the stop refunded, its balance paid to the
// superior union, its book read-only until the committee reopens it.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, stored } from './helpers.mjs';

const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

test('a union ends: refunds, the balance to the superior, members ceased, and a read-only book', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dữ liệu');
  const section = page.getByRole('region', { name: 'Kết thúc hoạt động' });
  await section.getByLabel('Ngày kết thúc hoạt động').fill(today());
  await section.getByLabel('Thôi thu đoàn phí từ ngày').fill('01/06/2025');
  await section.getByLabel('Chuyển số dư về công đoàn cấp trên').fill('Công đoàn phường Hòa An');
  const end = section.getByRole('button', { name: 'Kết thúc hoạt động' });
  await expect(end).toBeDisabled();
  await section.getByRole('button', { name: 'Xem trước việc sẽ làm' }).click();
  const preview = section.getByRole('list', { name: 'Việc sẽ làm khi kết thúc' });
  await expect(preview).toContainText('Chuyển số dư');
  await expect(preview).toContainText('về Công đoàn phường Hòa An');
  // Amounts carry their unit once.
  await expect(preview).not.toContainText('đ đ');
  await expect(preview).toContainText(/Hoàn trả đoàn phí: [1-9]\d* phiếu chi/);
  await expect(end).toBeDisabled();
  await section.getByLabel('Tôi hiểu: sau khi kết thúc, sổ chỉ để xem').check();
  await end.click();
  await expect(section.getByRole('status')).toContainText('Công đoàn đã kết thúc hoạt động ngày');
  await expect(page.getByRole('note').filter({ hasText: 'sổ chỉ để xem' }).first()).toBeVisible();
  await stored(page);

  // The cash book ends at zero; the last payment goes to the superior.
  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Chuyển số dư tài chính về Công đoàn phường Hòa An' }).first()).toBeVisible();
  // No one is on the roster any more.
  await goTo(page, 'Đoàn viên');
  await expect(page.getByRole('link', { name: /^Sửa / })).toHaveCount(0);

  // Read-only: a change is refused, with the reason.
  await goTo(page, 'Tổ công đoàn');
  await page.getByLabel('Tên tổ mới').fill('Tổ sau khi kết thúc');
  await page.getByRole('button', { name: 'Thêm tổ' }).click();
  await expect(page.getByRole('alert')).toContainText('sổ chỉ để xem');

  // Reopening is a step of its own, confirmed, and undone like any other.
  await goTo(page, 'Dữ liệu');
  await section.getByLabel('Tôi cần sửa lại sổ của công đoàn đã kết thúc').check();
  await section.getByRole('button', { name: 'Mở lại sổ' }).click();
  await expect(section.getByRole('button', { name: 'Kết thúc hoạt động' })).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(section.getByRole('button', { name: 'Mở lại sổ' })).toBeVisible();
});
