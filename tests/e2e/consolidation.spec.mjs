// A superior union opens twenty unions' files at once: two with a passphrase, one damaged, one without
// personal data; reads the totals, follows a figure to its unions, exports the tables, and finds the files
// kept when it comes back.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { webcrypto } from 'node:crypto';
import ExcelJS from 'exceljs';
import { openApp, downloadBytes } from './helpers.mjs';

const COUNT = 20;
const MEMBERS = 12;
const PASSPHRASE = 'mật khẩu của phường';
const [SEALED, DAMAGED, STRIPPED] = [[4, 9], 13, 6];

/** Writes a plain file with a passphrase following docs/file-format.md only, with node's own WebCrypto. */
async function sealByTheDoc(text, passphrase) {
  const plain = JSON.parse(text);
  const header = {
    format: 'so-cong-doan',
    encryption: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA-256',
    iterations: 600000,
    salt: Buffer.from(webcrypto.getRandomValues(new Uint8Array(16))).toString('base64'),
    iv: Buffer.from(webcrypto.getRandomValues(new Uint8Array(12))).toString('base64'),
    compression: 'deflate-raw',
    schema_version: plain.schema_version,
    app_version: plain.app_version,
    exported_at: plain.exported_at,
  };
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await webcrypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  const key = await webcrypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(header.salt, 'base64'), iterations: header.iterations },
    base, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const sealed = await webcrypto.subtle.encrypt(
    { name: 'AES-GCM', iv: Buffer.from(header.iv, 'base64'), additionalData: new TextEncoder().encode(JSON.stringify(header)) },
    key, deflateRawSync(Buffer.from(text, 'utf8')));
  return JSON.stringify({ format: 'so-cong-doan', header, ciphertext: Buffer.from(sealed).toString('base64') }, null, 2);
}

/** The twenty files, made by the app's own generator (examples/union_files.rs), then sealed and damaged here. */
async function unionFiles() {
  const folder = mkdtempSync(join(tmpdir(), 'so-cong-doan-unions-'));
  execFileSync('cargo', ['run', '-q', '--example', 'union_files', '--', folder, String(COUNT), String(MEMBERS), '--vary', `--without-personal=${STRIPPED}`], { stdio: 'inherit' });
  const path = (i) => join(folder, `cd-${i}.json`);
  for (const i of SEALED) writeFileSync(path(i), await sealByTheDoc(readFileSync(path(i), 'utf8'), PASSPHRASE));
  // A member's name changed after the export: the checksum no longer matches.
  writeFileSync(path(DAMAGED), readFileSync(path(DAMAGED), 'utf8').replace('"full_name": "', '"full_name": "X'));
  return Array.from({ length: COUNT }, (_, i) => path(i));
}

test('twenty unions added up: passphrase asked once, a damaged file refused by name, a figure followed to its unions, the tables exported, the files kept', async ({ page }) => {
  test.setTimeout(120_000);
  const files = await unionFiles();
  await openApp(page, '/#/consolidation');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng hợp nhiều công đoàn' })).toBeVisible();
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByLabel('Đến ngày').fill('25/11/2026');
  await page.getByLabel('Chọn các tệp sổ (.json)').setInputFiles(files);

  const listing = page.getByRole('region', { name: /Các tệp đã chọn/ });
  await expect(listing.getByRole('row', { name: /cd-13\.json/ })).toContainText('Không đọc được: Mã kiểm tra');
  await expect(listing.getByRole('row', { name: /cd-4\.json/ })).toContainText('Cần mật khẩu');
  await expect(listing.getByRole('row', { name: /cd-6\.json/ })).toContainText('Tệp không có thông tin cá nhân');
  await expect(listing.getByText('2 tệp có mật khẩu: cd-4.json, cd-9.json.')).toBeVisible();
  await listing.getByLabel('Mật khẩu của các tệp').fill(PASSPHRASE);
  await listing.getByRole('button', { name: 'Mở các tệp có mật khẩu' }).click();
  await expect(listing.getByRole('cell', { name: 'Được dùng' })).toHaveCount(COUNT - 1);

  // Union i has MEMBERS + i % 5 members on its roster; the damaged file's union is not counted.
  const expected = Array.from({ length: COUNT }, (_, i) => i).filter((i) => i !== DAMAGED).reduce((n, i) => n + MEMBERS + (i % 5), 0);
  await expect(page.getByRole('heading', { name: `Số liệu tổng hợp của ${COUNT - 1} công đoàn, từ 01/01/2026 đến 25/11/2026` })).toBeVisible();
  const members = page.getByRole('row', { name: /^Tổng số đoàn viên/ });
  await expect(members.getByRole('cell').first()).toHaveText(String(expected));
  await expect(page.getByRole('row', { name: /^Nữ/ })).toContainText(`trên ${expected} đoàn viên`);

  await members.getByRole('button', { name: 'Xem các công đoàn của chỉ tiêu: Tổng số đoàn viên' }).click();
  const behind = page.getByRole('region', { name: 'Các công đoàn của chỉ tiêu: Tổng số đoàn viên' });
  await expect(behind.getByRole('row')).toHaveCount(COUNT);
  await expect(behind.getByRole('row', { name: /Công đoàn cơ sở Trường học số 5\b/ })).toContainText(String(MEMBERS + 4));

  await page.screenshot({ path: 'test-results/consolidation-chromium.png', fullPage: true });

  const xlsx = await downloadBytes(page, 'Xuất bảng tổng hợp (.xlsx)');
  expect(xlsx.name).toBe('tong-hop-2026-01-01-2026-11-25.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes);
  expect(book.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Từng công đoàn', 'Các tệp']);
  const totals = book.getWorksheet('Tổng hợp');
  const row = totals.getRows(1, totals.rowCount).find((r) => r.getCell(1).value === 'Tổng số đoàn viên');
  expect(row.getCell(2).value).toBe(expected);
  expect(book.getWorksheet('Từng công đoàn').rowCount).toBeGreaterThanOrEqual(COUNT - 1);

  // Kept in the browser apart from any book: the files come back, those with a passphrase locked again.
  await page.reload();
  await expect(listing.getByRole('row', { name: /cd-\d+\.json/ })).toHaveCount(COUNT);
  await expect(listing.getByRole('cell', { name: 'Cần mật khẩu' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toHaveCount(0);
});

test('the single file adds up unions opened from file://, its consolidation worker carried inside it', async ({ page }) => {
  test.setTimeout(120_000);
  const files = (await unionFiles()).filter((_, i) => ![...SEALED, DAMAGED].includes(i)).slice(0, 3);
  await page.goto(`${pathToFileURL(resolve('dist/so-cong-doan.html')).href}#/consolidation`);
  await expect(page.locator('body[data-ready="1"]')).toBeAttached();
  await page.getByLabel('Chọn các tệp sổ (.json)').setInputFiles(files);
  await expect(page.getByRole('cell', { name: 'Được dùng' })).toHaveCount(3);
  const expected = [0, 1, 2].reduce((n, i) => n + MEMBERS + (i % 5), 0);
  await expect(page.getByRole('row', { name: /^Tổng số đoàn viên/ }).getByRole('cell').first()).toHaveText(String(expected));
});
