// Forms over a book that moves: another tab's change, an undo, a reload, leaving with a change not stored.
// A form follows its record field by field and keeps what is typed as a draft; leaving asks first while the
// book is not on disk.
import { test, expect } from '@playwright/test';
import { openApp, openDemo, goTo, rosterNames, stored } from './helpers.mjs';

const stale = (page) => page.getByRole('alert').filter({ hasText: 'Sổ vừa thay đổi' });
const restored = (page) => page.getByRole('status').filter({ hasText: 'Đã mở lại bản nháp chưa lưu.' });
const phone = (page) => page.getByLabel('Điện thoại');
const notes = (page) => page.getByLabel('Ghi chú', { exact: true });

/** The demo union in `page`, and the first member's edit form open in it and in a second tab. */
async function twoTabsOnOneMember(page) {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const someone = (await rosterNames(page))[0];
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue(someone);
  const other = await page.context().newPage();
  await openApp(other, page.url());
  await expect(other.getByLabel('Họ và tên')).toHaveValue(someone);
  return { someone, other };
}

/** Opens the member's form again from the roster, on a fresh load of what is stored. */
async function reopen(page, someone) {
  await openApp(page, '/#/members');
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue(someone);
}

test('two tabs edit one member: the second takes the first one\'s phone, keeps its note, and says so', async ({ page }) => {
  const { someone, other } = await twoTabsOnOneMember(page);
  const before = await phone(other).inputValue();
  expect(before).not.toBe('0987 654 321');
  await notes(other).fill('Chuyển sang tổ Tổng hợp từ tháng 3');

  await phone(page).fill('0987 654 321');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name: someone, exact: true })).toBeVisible();
  await stored(page);

  // The second tab took the change: the phone it did not touch follows, its own note stays.
  await expect(stale(other)).toBeVisible();
  await expect(stale(other)).not.toContainText('ô bạn đã sửa');
  await expect(phone(other)).toHaveValue('0987 654 321');
  await expect(notes(other)).toHaveValue('Chuyển sang tổ Tổng hợp từ tháng 3');
  await other.getByRole('button', { name: 'Lưu' }).click();
  await expect(other.getByRole('cell', { name: someone, exact: true })).toBeVisible();
  await stored(other);

  // Nothing reverted: both changes are in the book.
  await reopen(page, someone);
  await expect(phone(page)).toHaveValue('0987 654 321');
  await expect(notes(page)).toHaveValue('Chuyển sang tổ Tổng hợp từ tháng 3');
});

test('two tabs change the same field: the second is told which, and keeps its own value to decide', async ({ page }) => {
  const { someone, other } = await twoTabsOnOneMember(page);
  await phone(other).fill('0911 111 111');
  await notes(other).fill('Số mới do đoàn viên báo');

  await phone(page).fill('0987 654 321');
  await notes(page).fill('Số do phòng tổ chức báo');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await stored(page);

  await expect(stale(other)).toContainText('Sổ vừa thay đổi cả ô bạn đã sửa: Điện thoại, Ghi chú.');
  await expect(phone(other)).toHaveValue('0911 111 111');
  await expect(notes(other)).toHaveValue('Số mới do đoàn viên báo');
  // The user keeps the other tab's note and their own phone.
  await notes(other).fill('Số do phòng tổ chức báo');
  await other.getByRole('button', { name: 'Lưu' }).click();
  await stored(other);
  await reopen(page, someone);
  await expect(phone(page)).toHaveValue('0911 111 111');
  await expect(notes(page)).toHaveValue('Số do phòng tổ chức báo');
});

test('an undo under an open form brings back the fields the user had not touched', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const someone = (await rosterNames(page))[0];
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  const before = await phone(page).inputValue();
  await phone(page).fill('0987 654 321');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  await expect(phone(page)).toHaveValue('0987 654 321');
  await page.getByLabel('Số thẻ đoàn viên').fill('99887766');
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(stale(page)).toBeVisible();
  await expect(phone(page)).toHaveValue(before);
  await expect(page.getByLabel('Số thẻ đoàn viên')).toHaveValue('99887766');
});

test('a half-typed new member survives a reload, Back and Forward, and is gone once saved', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill('Trần Thị Nháp');
  await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await phone(page).fill('0905 123 456');
  await page.getByLabel('Đảng viên').check();
  await notes(page).fill('Chờ quyết định tiếp nhận');
  await page.getByLabel('Hình thức').selectOption({ label: 'Tiếp nhận' });

  await page.reload();
  await expect(restored(page)).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Thị Nháp');
  await expect(page.getByLabel('Giới tính')).toHaveValue('female');
  await expect(phone(page)).toHaveValue('0905 123 456');
  await expect(page.getByLabel('Đảng viên')).toBeChecked();
  await expect(notes(page)).toHaveValue('Chờ quyết định tiếp nhận');
  await expect(page.getByLabel('Hình thức')).toHaveValue('transferred_in');

  await page.goBack();
  await expect(page.getByRole('link', { name: 'Thêm đoàn viên' })).toBeVisible();
  await page.goForward();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Thị Nháp');
  await expect(notes(page)).toHaveValue('Chờ quyết định tiếp nhận');

  await page.getByLabel('Ngày vào công đoàn cơ sở').fill('01/03/2026');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name: 'Trần Thị Nháp', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('');
  await expect(restored(page)).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('/draft/')))).toEqual([]);
});

test('Cancel drops the draft; "Bỏ bản nháp" puts the record back', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const someone = (await rosterNames(page))[0];
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await page.getByLabel('Họ và tên').fill('Lê Văn Bỏ');
  await page.getByRole('link', { name: 'Hủy' }).click();
  await page.getByRole('link', { name: 'Thêm đoàn viên' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('');

  await page.getByRole('link', { name: 'Về danh sách' }).click();
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  const before = await phone(page).inputValue();
  await phone(page).fill('0900 000 000');
  await page.reload();
  await expect(phone(page)).toHaveValue('0900 000 000');
  await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await expect(phone(page)).toHaveValue(before);
  await expect(restored(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Họ và tên')).toHaveValue(someone);
  await expect(phone(page)).toHaveValue(before);
});

test('a half-typed voucher and a report section\'s text survive a reload', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Phiếu thu, chi' }).click();
  await page.getByRole('link', { name: 'Lập phiếu thu' }).click();
  await page.getByLabel('Lý do').fill('Thu đoàn phí tháng 3');
  await page.getByLabel('Số tiền (đồng)').fill('1.250.000');
  await page.reload();
  await expect(restored(page)).toBeVisible();
  await expect(page.getByLabel('Lý do')).toHaveValue('Thu đoàn phí tháng 3');
  await expect(page.getByLabel('Số tiền (đồng)')).toHaveValue('1.250.000');

  await goTo(page, 'Báo cáo');
  const prose = page.getByRole('textbox', { name: 'Đánh giá chung' });
  await prose.fill('Hoàn thành tốt nhiệm vụ năm');
  await page.reload();
  await expect(prose).toHaveValue('Hoàn thành tốt nhiệm vụ năm');
  await page.getByRole('button', { name: 'Lưu phần Đánh giá chung' }).click();
  await stored(page);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('/draft/report/')))).toEqual([]);
});

test('leaving with a change not stored asks first; with everything stored it does not', async ({ page, context }) => {
  await openDemo(page);
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.type()); d.dismiss(); });
  const closing = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closing;
  expect(asked).toEqual([]);

  // The write fails as in safety.spec.mjs: the change stays on screen, not on disk.
  const other = await context.newPage();
  await openApp(other, '/#/members/new');
  await other.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (this.name === 'points') throw new DOMException('disk error', 'UnknownError');
      return put.call(this, value, key);
    };
  });
  await other.getByLabel('Họ và tên').fill('Đỗ Văn Chưa Lưu');
  await other.getByLabel('Giới tính').selectOption({ label: 'Nam' });
  await other.getByRole('button', { name: 'Lưu' }).click();
  await expect(other.getByRole('banner').getByRole('status')).toHaveText('Chưa lưu');
  const dialog = other.waitForEvent('dialog');
  await other.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.dismiss();
  // Staying keeps the page and the change.
  await expect(other.getByRole('cell', { name: 'Đỗ Văn Chưa Lưu', exact: true })).toBeVisible();
  expect(other.isClosed()).toBe(false);
});
