// Files with a passphrase, and files without personal data: from one browser profile to another.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { webcrypto } from 'node:crypto';
import { openApp, openDemo, createBook, goTo, rosterNames, download, chooseImport, storedState } from './helpers.mjs';

const PASSPHRASE = 'mật khẩu của chị Hoa';
const DEMO = 'Công đoàn cơ sở Văn phòng Sở Nội vụ tỉnh Hòa An';

/** Opens a file with a passphrase following docs/file-format.md only, with node's own WebCrypto. */
async function openByTheDoc(text, passphrase) {
  const { header, ciphertext } = JSON.parse(text);
  const order = ['format', 'encryption', 'kdf', 'iterations', 'salt', 'iv', 'compression', 'schema_version', 'app_version', 'exported_at'];
  const aad = JSON.stringify(Object.fromEntries(order.map((k) => [k, header[k]])));
  const bytes = (b64) => Buffer.from(b64, 'base64');
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await webcrypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  const key = await webcrypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(header.salt), iterations: header.iterations },
    base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const deflated = await webcrypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes(header.iv), additionalData: new TextEncoder().encode(aad) }, key, bytes(ciphertext));
  return JSON.parse(inflateRawSync(Buffer.from(deflated)).toString('utf8'));
}

/** Types the passphrase of the data page's form and exports. */
async function exportSealed(page, passphrase, again = passphrase) {
  await page.getByLabel('Mật khẩu', { exact: true }).fill(passphrase);
  await page.getByLabel('Nhập lại mật khẩu').fill(again);
  return download(page, 'Xuất tệp có mật khẩu');
}

async function unlock(page, name, text, passphrase) {
  await chooseImport(page, name, text);
  await expect(page.getByText(`Tệp "${name}" được bảo vệ bằng mật khẩu.`)).toBeVisible();
  await page.getByLabel('Mật khẩu của tệp').fill(passphrase);
  await page.getByRole('button', { name: 'Mở tệp' }).click();
}

test('a book with a passphrase opens in another profile with it, and is refused with a wrong one', async ({ page, browser }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const names = await rosterNames(page);
  await goTo(page, 'Dữ liệu');
  await expect(page.getByRole('button', { name: 'Xuất tệp JSON' })).toHaveAccessibleDescription(/Tệp chứa thông tin cá nhân của đoàn viên/);

  await page.getByLabel('Mật khẩu', { exact: true }).fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu').fill('ngắn');
  await page.getByRole('button', { name: 'Xuất tệp có mật khẩu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mật khẩu cần ít nhất 8 ký tự.' })).toBeVisible();
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Nhập lại mật khẩu').fill(`${PASSPHRASE}.`);
  await page.getByRole('button', { name: 'Xuất tệp có mật khẩu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Hai lần nhập mật khẩu không khớp.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Mật khẩu cần' })).toHaveCount(0);

  const file = await exportSealed(page, PASSPHRASE);
  expect(file.name).toMatch(/^so-cong-doan-cong-doan-co-so-van-phong-so-noi-vu-tinh-hoa-an-\d{4}-\d{2}-\d{2}-co-mat-khau\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã xuất tệp có mật khẩu' })).toBeVisible();
  // The passphrase is not kept, not even in the form.
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toHaveValue('');
  const sealed = JSON.parse(file.text);
  expect(Object.keys(sealed)).toEqual(['format', 'header', 'ciphertext']);
  expect(sealed.header).toMatchObject({ format: 'so-cong-doan', encryption: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: 600000, compression: 'deflate-raw', schema_version: 6 });
  for (const name of names.slice(0, 5)) expect(file.text).not.toContain(name);
  const plain = await openByTheDoc(file.text, PASSPHRASE);
  expect(plain.format).toBe('so-cong-doan');
  expect(plain.checksum).toMatch(/^sha256:/);
  expect(plain.book.members).toHaveLength(45 + 17);
  expect(plain.book.members.some((m) => m.citizen_id)).toBe(true);
  const again = JSON.parse((await exportSealed(page, PASSPHRASE)).text);
  expect(again.header.salt).not.toBe(sealed.header.salt);
  expect(again.header.iv).not.toBe(sealed.header.iv);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await createBook(other);
  await goTo(other, 'Dữ liệu');
  const before = await storedState(other);
  await unlock(other, file.name, file.text, 'mật khẩu của anh Hùng');
  const refused = other.getByRole('alert').filter({ hasText: `Không nhập được tệp "${file.name}"` });
  await expect(refused).toContainText('Mật khẩu không đúng hoặc tệp đã bị hỏng.');
  await expect(refused).toContainText('Sổ hiện tại vẫn giữ nguyên.');
  await expect(other.getByRole('button', { name: 'Xác nhận nhập tệp' })).toHaveCount(0);
  // A changed byte of the ciphertext is refused the same way, even with the right passphrase.
  const c = sealed.ciphertext;
  const flipped = { ...sealed, ciphertext: c.slice(0, 10) + (c[10] === 'A' ? 'B' : 'A') + c.slice(11) };
  await unlock(other, 'hong.json', JSON.stringify(flipped), PASSPHRASE);
  await expect(other.getByRole('alert').filter({ hasText: 'hong.json' })).toContainText('Mật khẩu không đúng hoặc tệp đã bị hỏng.');
  // A damaged header is refused before any passphrase is asked.
  const headless = { ...sealed, header: { ...sealed.header, iv: 'CQkJCQ==' } };
  await chooseImport(other, 'dau-hong.json', JSON.stringify(headless));
  await expect(other.getByRole('alert').filter({ hasText: 'dau-hong.json' })).toContainText('đã bị hỏng: không đọc được phần đầu');
  await expect(other.getByLabel('Mật khẩu của tệp')).toHaveCount(0);
  expect(await storedState(other)).toEqual(before);
  await goTo(other, 'Tổng quan');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Công đoàn cơ sở Trường Tiểu học Hòa Bình');

  await goTo(other, 'Dữ liệu');
  await unlock(other, file.name, file.text, PASSPHRASE);
  const preview = other.getByRole('region', { name: /Nội dung tệp/ });
  await expect(preview).toContainText(DEMO);
  await expect(preview).toContainText('45');
  await other.getByRole('button', { name: 'Xác nhận nhập tệp' }).click();
  await goTo(other, 'Đoàn viên');
  expect(await rosterNames(other)).toEqual(names);
  await fresh.close();
});

test('the example of docs/file-format.md opens on the welcome page with its passphrase', async ({ page }) => {
  const doc = await readFile(new URL('../../docs/file-format.md', import.meta.url), 'utf8');
  const example = doc.split('### Example of a file with a passphrase')[1].split('```json\n')[1].split('\n```')[0];
  await openApp(page);
  // Typed with combining marks, as some Vietnamese keyboards do: the same passphrase.
  await unlock(page, 'vi-du.json', example, 'mật khẩu mẫu'.normalize('NFD'));
  await expect(page.getByRole('region', { name: /Nội dung tệp/ })).toContainText('Công đoàn cơ sở Trường Tiểu học Hòa Bình');
});

test('a file without personal data says so, and replacing a book with it keeps what the book has', async ({ page, browser }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const someone = (await rosterNames(page))[0];
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  const cccd = await page.getByLabel('Số CCCD').inputValue();
  const phone = await page.getByLabel('Điện thoại').inputValue();
  expect(cccd).toMatch(/^\d{12}$/);
  await goTo(page, 'Dữ liệu');
  const file = await download(page, 'Xuất tệp không có thông tin cá nhân');
  expect(file.name).toMatch(/-khong-thong-tin-ca-nhan\.json$/);
  expect(file.text).not.toContain(cccd);
  const stripped = JSON.parse(file.text);
  expect(stripped.personal_data).toBe(false);
  expect(stripped.book.members.filter((m) => m.citizen_id || m.phone || m.hometown || m.religion)).toEqual([]);
  expect(stripped.book.members.every((m) => !m.birth_date || m.birth_date.endsWith('-01-01'))).toBe(true);
  // Not a backup of the book: the reminder to export still counts.
  await expect(page.getByText('Lần xuất gần nhất: chưa lần nào')).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await chooseImport(other, file.name, file.text);
  await expect(other.getByRole('region', { name: /Nội dung tệp/ }).getByRole('note')).toContainText('Tệp này không có thông tin cá nhân của đoàn viên');
  await fresh.close();

  await chooseImport(page, file.name, file.text);
  const preview = page.getByRole('region', { name: /Nội dung tệp/ });
  await expect(preview.getByRole('note')).toContainText('Tệp này không có thông tin cá nhân của đoàn viên');
  await expect(preview).toContainText(`${stripped.book.members.length + stripped.book.trash.length} hồ sơ đoàn viên có cả trong sổ hiện tại`);
  const confirm = page.getByRole('button', { name: 'Xác nhận nhập tệp' });
  await expect(confirm).toBeDisabled();
  await page.getByLabel('Tôi hiểu sổ sau khi nhập thiếu thông tin cá nhân').check();
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: `Đã nhập tệp "${file.name}"` })).toBeVisible();
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: `Sửa ${someone}` }).click();
  await expect(page.getByLabel('Số CCCD')).toHaveValue(cccd);
  await expect(page.getByLabel('Điện thoại')).toHaveValue(phone);
});
