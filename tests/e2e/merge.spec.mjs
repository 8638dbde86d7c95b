// Two officers keep copies of one book in two browser profiles and merge one into the other: what only one
// changed is taken, the member both changed is asked field by field, and undo takes the merge back.
import { test, expect } from '@playwright/test';
import { openApp, openDemo, goTo, rosterNames, download, chooseImport, stored } from './helpers.mjs';

async function setPhone(page, name, phone) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: `Sửa ${name}` }).click();
  await page.getByLabel('Điện thoại').fill(phone);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

async function phoneOf(page, name) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: `Sửa ${name}` }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue(name);
  const phone = await page.getByLabel('Điện thoại').inputValue();
  await goTo(page, 'Đoàn viên');
  return phone.replace(/\s/g, '');
}

test('two profiles from one file merge: one-sided changes taken, one conflict chosen, undo takes it back', async ({ page, browser }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const [both, mine, theirs] = await rosterNames(page);
  const original = await phoneOf(page, theirs);
  await goTo(page, 'Dữ liệu');
  const shared = await download(page, 'Xuất tệp JSON');

  // The treasurer's browser: a profile of its own, opening the chair's file.
  const treasurer = await browser.newContext();
  const other = await treasurer.newPage();
  await openApp(other);
  await chooseImport(other, shared.name, shared.text);
  await other.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await setPhone(other, both, '0988000111');
  await setPhone(other, theirs, '0988000333');
  await stored(other);
  await goTo(other, 'Dữ liệu');
  const sent = await download(other, 'Xuất tệp JSON');

  await setPhone(page, both, '0912000111');
  await setPhone(page, mine, '0912000222');
  await stored(page);

  await goTo(page, 'Dữ liệu');
  await page.getByLabel('Chọn tệp sổ để gộp (.json)').setInputFiles({
    name: sent.name, mimeType: 'application/json', buffer: Buffer.from(sent.text, 'utf8'),
  });
  const preview = page.getByRole('region', { name: `Gộp tệp "${sent.name}" vào sổ đang mở` });
  const members = preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Đoàn viên', exact: true }) });
  // Added, changed, deleted, to decide.
  await expect(members.getByRole('cell')).toHaveText(['0', '1', '0', '1']);
  await expect(preview.getByRole('rowheader')).toHaveText(['Đoàn viên', 'Điện thoại']);
  const conflict = preview.getByRole('group', { name: `Đoàn viên: ${both}` });
  await expect(conflict.getByLabel(/^Sổ này: /)).toHaveAccessibleName(/0912\s?000\s?111/);
  const merge = preview.getByRole('button', { name: 'Gộp vào sổ' });
  await expect(merge).toBeDisabled();
  await expect(preview.getByRole('status')).toHaveText('Còn 1 bản ghi chưa chọn giá trị.');
  await conflict.getByLabel(/^Tệp: /).check();
  await merge.click();
  await expect(page.getByRole('status').filter({ hasText: `Đã gộp tệp "${sent.name}" vào sổ.` })).toBeVisible();
  await stored(page);

  expect(await phoneOf(page, both)).toBe('0988000111');
  expect(await phoneOf(page, mine)).toBe('0912000222');
  expect(await phoneOf(page, theirs)).toBe('0988000333');
  // The merge is one change: undo takes all of it back, and only it.
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await stored(page);
  expect(await phoneOf(page, both)).toBe('0912000111');
  expect(await phoneOf(page, theirs)).toBe(original);
  expect(await phoneOf(page, mine)).toBe('0912000222');

  // Merging again the file it already holds changes nothing in the other profile.
  await page.getByRole('button', { name: 'Làm lại', exact: true }).click();
  await stored(page);
  await goTo(page, 'Dữ liệu');
  const merged = await download(page, 'Xuất tệp JSON');
  await goTo(other, 'Dữ liệu');
  await other.getByLabel('Chọn tệp sổ để gộp (.json)').setInputFiles({
    name: merged.name, mimeType: 'application/json', buffer: Buffer.from(merged.text, 'utf8'),
  });
  const back = other.getByRole('region', { name: `Gộp tệp "${merged.name}" vào sổ đang mở` });
  await expect(back.getByRole('group')).toHaveCount(0);
  await back.getByRole('button', { name: 'Gộp vào sổ' }).click();
  expect(await phoneOf(other, mine)).toBe('0912000222');
  expect(await phoneOf(other, both)).toBe('0988000111');
  await treasurer.close();
});
