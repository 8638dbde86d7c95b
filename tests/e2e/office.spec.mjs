// Office files: the roster from and to Excel, the report as Word. The workbooks are made with exceljs (workbooks.mjs)
// (no binary fixture), the files the app makes are opened with jszip and read as their XML.
import { test, expect } from '@playwright/test';
import JSZip from 'jszip';
import { openDemo, createBook, goTo, downloadBytes, importSeedRoster } from './helpers.mjs';
import ExcelJS from 'exceljs';
import { officersWorkbook, rosterWorkbook } from './workbooks.mjs';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openImport(page) {
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Nhập danh sách' }).click();
}

const chooseFile = (page, name, buffer) =>
  page.getByLabel('Chọn tệp danh sách (.xlsx, .csv)').setInputFiles({ name, mimeType: XLSX_MIME, buffer });

test('import a roster of 45 rows from .xlsx, read the composition, see the refused row', async ({ page }) => {
  await createBook(page);
  await openImport(page);
  await chooseFile(page, 'danh-sach.xlsx', await rosterWorkbook(45, 19));
  await expect(page.getByText('Dòng tiêu đề: dòng 3.')).toBeVisible();
  await expect(page.getByLabel('Nội dung cột C')).toHaveValue('3');
  await expect(page.getByLabel('Nội dung cột D')).toHaveValue('4');
  // One sheet: nothing to choose.
  await expect(page.getByLabel('Trang tính cần nhập')).toHaveCount(0);
  const preview = page.getByRole('region', { name: 'Xem trước' });
  await expect(preview.getByRole('status')).toHaveText('Sẽ nhập 45 đoàn viên; 1 dòng bị từ chối; tổ mới: Tổ Kế toán, Tổ Văn phòng.');
  // Excel dates and typed dates read alike.
  await expect(preview.getByRole('row', { name: /^4 Nguyễn Thị An A/ })).toContainText('01/01/1970');
  await expect(preview.getByRole('row', { name: /^5 Trần Thị Bình B/ })).toContainText('02/02/1971');
  await importSeedRoster(page);
});

test('a workbook of several sheets: choose the sheet; a large one shows its progress', async ({ page }) => {
  await createBook(page);
  await openImport(page);
  // Everything the reading status says, however briefly it shows.
  await page.evaluate(() => {
    window.seen = [];
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('[role=status]')) window.seen.push(s.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await chooseFile(page, 'hai-trang.xlsx', await rosterWorkbook(2000, 800, { before: ['Hướng dẫn'] }));
  const sheet = page.getByLabel('Trang tính cần nhập');
  await expect(sheet).toHaveValue('0');
  await expect(sheet.getByRole('option')).toHaveText(['Hướng dẫn', 'Danh sách']);
  await sheet.selectOption({ label: 'Danh sách' });
  await expect(page.getByText('Dòng tiêu đề: dòng 3.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xem trước' }).getByRole('status')).toHaveText(/^Sẽ nhập 2000 đoàn viên; 1 dòng bị từ chối/, { timeout: 20_000 });
  const seen = await page.evaluate(() => window.seen);
  expect(seen.some((s) => /Đang đọc dòng [\d.]+ \/ 2\.004…/.test(s)), seen.filter((s) => s.includes('Đang')).join('\n')).toBe(true);
});

test('a file that only looks like a workbook says it cannot be read', async ({ page }) => {
  await createBook(page);
  await openImport(page);
  await chooseFile(page, 'hong.xlsx', Buffer.from('STT,Họ và tên\n1,Lê Văn An\n'));
  await expect(page.getByRole('alert')).toContainText('Không đọc được tệp:');
});

test('export the roster to Excel: the CSV table as text, A4 landscape, and it imports back', async ({ page, browser }) => {
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const member = await page.locator('table.roster tbody tr td:nth-child(2)').first().innerText();
  await page.getByRole('link', { name: `Sửa ${member}` }).click();
  await page.getByLabel('Ghi chú', { exact: true }).fill('=1+1');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const file = await downloadBytes(page, 'Xuất Excel');
  expect(file.name).toMatch(/^danh-sach-doan-vien-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const zip = await JSZip.loadAsync(file.bytes);
  const strings = await zip.file('xl/sharedStrings.xml').async('string');
  const sheet = await zip.file('xl/worksheets/sheet1.xml').async('string');
  for (const text of ['DANH SÁCH ĐOÀN VIÊN', 'STT', 'Họ và tên', 'Ngày sinh', 'Tổ công đoàn', member, '=1+1']) {
    expect(strings).toContain(`>${text}<`);
  }
  expect(strings).not.toContain("'=1+1");
  expect(sheet).not.toContain('<f>');
  expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);

  // The file goes round: a new book imports the 45 members.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await createBook(other);
  await openImport(other);
  await chooseFile(other, file.name, file.bytes);
  await expect(other.getByRole('region', { name: 'Xem trước' }).getByRole('status')).toHaveText(/^Sẽ nhập 45 đoàn viên; 0 dòng bị từ chối/);
  await fresh.close();
});

test('the report downloads as .docx with the header, the text as edited and the tables', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Tùy chọn ngày' });
  await page.getByLabel('Từ ngày').fill('01/06/2017');
  await page.getByLabel('Đến ngày').fill('31/12/2022');
  await page.getByLabel('Địa danh (ghi ở dòng ngày tháng)').fill('Hòa An');
  const text = page.getByRole('textbox', { name: 'Tình hình đoàn viên' });
  await expect(text).toHaveValue(/hiện có 45 đoàn viên/);
  // Not saved: the file carries the text as it stands in its box.
  await text.fill((await text.inputValue()) + '\nĐoàn viên đoàn kết, gắn bó.');
  await page.getByRole('textbox', { name: 'Đánh giá chung' }).fill('Hoàn thành tốt nhiệm vụ.');
  const file = await downloadBytes(page, 'Tải báo cáo (.docx)');
  expect(file.name).toMatch(/^bao-cao-.+-2017-06-01-2022-12-31\.docx$/);
  const zip = await JSZip.loadAsync(file.bytes);
  const xml = await zip.file('word/document.xml').async('string');
  const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const t of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN',
    'Hòa An, ngày 31 tháng 12 năm 2022',
    'BÁO CÁO',
    'I. TÌNH HÌNH ĐOÀN VIÊN',
    'hiện có 45 đoàn viên (trong đó có 19 đoàn viên nữ)',
    'Đoàn viên đoàn kết, gắn bó.',
    'III. ĐÁNH GIÁ CHUNG',
    'Hoàn thành tốt nhiệm vụ.',
    'Biến động trong kỳ',
    'Thạc sĩ 14 31,11%',
  ]) {
    expect(words).toContain(t);
  }
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
});

test('the single file makes Excel and Word files from file://, its worker carried inside it', async ({ page }) => {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  await page.goto(pathToFileURL(resolve('dist/so-cong-doan.html')).href);
  await expect(page.locator('body[data-ready="1"]')).toBeAttached();
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await goTo(page, 'Đoàn viên');
  const xlsx = await downloadBytes(page, 'Xuất Excel');
  const strings = await (await JSZip.loadAsync(xlsx.bytes)).file('xl/sharedStrings.xml').async('string');
  expect(strings).toContain('>DANH SÁCH ĐOÀN VIÊN<');
  await goTo(page, 'Báo cáo');
  const docx = await downloadBytes(page, 'Tải báo cáo (.docx)');
  const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml').async('string');
  expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  // Reading too: the exported roster is read back through the same worker (into the same book, where every
  // member is already on the roster and refused as such).
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Nhập danh sách' }).click();
  await chooseFile(page, xlsx.name, xlsx.bytes);
  await expect(page.getByText('Dòng tiêu đề: dòng 5.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xem trước' }).getByRole('status')).toContainText('45 dòng bị từ chối');
});

// LibreOffice (installed by `make tools`, with poppler) opens both files as an officer's office suite would,
// prints them to PDF, and the pages are turned into pictures kept with the test's results.
test('LibreOffice opens the Excel roster, the Word report and the cash book', async ({ page }, testInfo) => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync, readFileSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  test.setTimeout(180_000);
  await openDemo(page);
  await goTo(page, 'Đoàn viên');
  const xlsx = await downloadBytes(page, 'Xuất Excel');
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Số báo cáo (để trống để điền tay)').fill('12');
  await page.getByLabel('Số báo cáo (để trống để điền tay)').blur();
  const docx = await downloadBytes(page, 'Tải báo cáo (.docx)');
  await goTo(page, 'Tài chính');
  await page.getByRole('navigation', { name: 'Mục tài chính' }).getByRole('link', { name: 'Sổ quỹ', exact: true }).click();
  await page.getByLabel('Năm tài chính').selectOption('2025');
  const cashBook = await downloadBytes(page, 'Xuất Excel (.xlsx)');
  const dir = mkdtempSync(join(tmpdir(), 'lo-'));
  writeFileSync(join(dir, 'cashbook.xlsx'), cashBook.bytes);
  writeFileSync(join(dir, 'roster.xlsx'), xlsx.bytes);
  writeFileSync(join(dir, 'report.docx'), docx.bytes);
  const convert = (to, file) =>
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, join(dir, file)], { timeout: 120_000 });
  convert('csv:Text - txt - csv (StarCalc):44,34,76', 'roster.xlsx');
  const csv = readFileSync(join(dir, 'roster.csv'), 'utf8');
  expect(csv).toContain('DANH SÁCH ĐOÀN VIÊN');
  expect(csv).toMatch(/"?STT"?,"?Họ và tên"?,"?Giới tính"?,"?Ngày sinh"?/);
  // Counts and dates are numbers in the sheet, shown as a count and as dd/mm/yyyy.
  const sheet = await (await JSZip.loadAsync(xlsx.bytes)).file('xl/worksheets/sheet1.xml').async('string');
  const firstMember = sheet.match(/<row r="6"[^>]*>(.*?)<\/row>/)[1];
  expect(firstMember).toMatch(/<c r="A6"[^>]*><v>1<\/v>/);
  expect(firstMember).toMatch(/<c r="D6"[^>]*><v>\d{5}<\/v>/);
  expect(csv).toMatch(/\n"?1"?,[^\n]*,\d{2}\/\d{2}\/\d{4},/);
  const pictures = (file, name) => {
    convert('pdf', file);
    const pdf = join(dir, file.replace(/\.\w+$/, '.pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, name)]);
    for (const png of readdirSync(dir).filter((f) => f.startsWith(name) && f.endsWith('.png'))) {
      writeFileSync(testInfo.outputPath(png), readFileSync(join(dir, png)));
    }
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const report = pictures('report.docx', 'report');
  expect(report).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(report).toContain('Số: 12/BC-CĐCS');
  expect(report).toMatch(/I\. TÌNH HÌNH ĐOÀN VIÊN.*II\. KẾT QUẢ HOẠT ĐỘNG.*1\. Chăm lo/);
  expect(report).toContain('Nơi nhận:');
  for (const line of ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', '(để báo cáo)', 'Lưu: VT, BCH.']) expect(report).toContain(line);
  expect(report).not.toMatch(/\b0\d (Tổ|đồng chí)/);
  expect(pictures('roster.xlsx', 'roster')).toContain('DANH SÁCH ĐOÀN VIÊN');
  // The cash book S11-H: each month closed by its totals and the year's so far, as numbers Calc can sum.
  const book = pictures('cashbook.xlsx', 'cashbook');
  for (const line of ['Mẫu số S11-H', 'SỔ QUỸ TIỀN MẶT', 'Cộng tháng 01/2025', 'Cộng tháng 12/2025', 'Lũy kế từ đầu năm', 'NGƯỜI GHI SỔ']) {
    expect(book).toContain(line);
  }
  const bookSheet = await (await JSZip.loadAsync(cashBook.bytes)).file('xl/worksheets/sheet1.xml').async('string');
  const strings = await (await JSZip.loadAsync(cashBook.bytes)).file('xl/sharedStrings.xml').async('string');
  const december = [...strings.matchAll(/<si>(.*?)<\/si>/gs)].findIndex((m) => m[1].includes('Cộng tháng 12/2025'));
  const monthRow = bookSheet.match(new RegExp(`<row [^>]*>(?:(?!</row>).)*t="s"><v>${december}</v>(?:(?!</row>).)*</row>`, 's'))[0];
  expect(monthRow).toMatch(/<c r="F\d+"[^>]*><v>\d+<\/v>/);
  expect(readdirSync(testInfo.outputPath()).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(1);
});

test("an officer's own roster workbook imports all its members without touching the mapping", async ({ page }) => {
  await createBook(page);
  await openImport(page);
  await chooseFile(page, 'ds-trich-ngang.xlsx', await officersWorkbook(30, 18));
  await expect(page.getByText('Dòng tiêu đề: dòng 8.')).toBeVisible();
  await expect(page.getByLabel('Nội dung cột N')).toHaveValue(/.+/);
  const preview = page.getByRole('region', { name: 'Xem trước' });
  await expect(preview.getByRole('status')).toHaveText('Sẽ nhập 30 đoàn viên; 0 dòng bị từ chối; tổ mới: Văn phòng, Tổ Toán - Tin.');
  // What was read differently from the sheet is said, line by line; no total, no signature came in.
  await expect(preview.getByText(/Dòng 9: số CCCD 79085012345 chỉ có 11 chữ số/)).toBeVisible();
  await expect(preview.getByText(/Dòng 11: chỉ có năm sinh 1990/)).toBeVisible();
  await expect(preview.getByText('Dòng 13: Ngày vào công đoàn: Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 15/03/1985. Nhập với ô này để trống.')).toBeVisible();
  await expect(preview.getByText(/Phạm Thị Lập|Tổng cộng|CHỦ TỊCH/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Nhập 30 đoàn viên' }).click();
  await goTo(page, 'Cơ cấu đoàn viên');
  await expect(page.getByRole('main').getByRole('status')).toContainText('có 30 đoàn viên');
  const row = (part, name) => page.getByRole('region', { name: part, exact: true }).getByRole('row', { name });
  await expect(row('Giới tính', /Nữ/)).toContainText('60,00%');
  await expect(row('Trình độ chuyên môn', /Thạc sĩ/)).toContainText('33,33%');
  await expect(row('Lý luận chính trị', /Cao cấp/)).toContainText('6');
  // Not recorded is not "Chưa học".
  await expect(row('Lý luận chính trị', /Chưa ghi/)).toContainText('20,00%');
  // What the record has no field for is in the notes, under its header.
  await goTo(page, 'Đoàn viên');
  await page.getByRole('link', { name: 'Trần Thị Bình B', exact: true }).click();
  await expect(page.getByLabel('Ghi chú', { exact: true })).toHaveValue(/Chức vụ công đoàn: Tổ trưởng.*Hệ số lương: 4,98.*Phụ cấp chức vụ: 0,2/);
  await expect(page.getByLabel('Số CCCD')).toHaveValue('001085010001');
});

test('the roster template downloads with the headers the import reads', async ({ page }) => {
  await createBook(page);
  await openImport(page);
  const { name, bytes } = await downloadBytes(page, 'Tải tệp mẫu danh sách (.xlsx)');
  expect(name).toBe('mau-danh-sach-doan-vien.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const texts = [];
  book.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  for (const header of ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Tổ công đoàn', 'Trình độ chuyên môn', 'Số CCCD']) {
    expect(texts).toContain(header);
  }
  // Filled in and read back, it needs no mapping.
  await chooseFile(page, 'mau.xlsx', bytes);
  await expect(page.getByLabel('Nội dung cột B')).toHaveValue('1');
});
