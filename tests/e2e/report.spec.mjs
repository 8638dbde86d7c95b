// The report of a period: figures from the records in the administrative layout, the text kept and checked.
import { test, expect } from '@playwright/test';
import { openDemo, goTo, download } from './helpers.mjs';

async function lastTerm(page) {
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Tùy chọn ngày' });
  await page.getByLabel('Từ ngày').fill('01/06/2017');
  await page.getByLabel('Đến ngày').fill('31/12/2022');
}

test('the report of the last term writes the seed figures from the records', async ({ page }) => {
  await openDemo(page);
  await lastTerm(page);
  const doc = page.getByRole('article', { name: 'Báo cáo' });
  await expect(doc).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(doc).toContainText('Độc lập - Tự do - Hạnh phúc');
  await expect(doc).toContainText('CÔNG ĐOÀN VIÊN CHỨC TỈNH HÒA AN');
  const text = page.getByRole('textbox', { name: 'Tình hình đoàn viên' });
  await expect(text).toHaveValue(/hiện có 45 đoàn viên \(trong đó có 19 đoàn viên nữ\), sinh hoạt ở 4 Tổ công đoàn, gồm: Tổng hợp, Quản trị - Tài chính, Hành chính - Lưu trữ, Cơ yếu - Công nghệ thông tin/);
  await expect(text).toHaveValue(/Thạc sĩ: 14 đồng chí \(chiếm tỷ lệ 31,11%\)/);
  await expect(text).toHaveValue(/đảng viên 44\/45 đồng chí \(chiếm tỷ lệ 97,78%\)/);
  await expect(text).toHaveValue(/Trong kỳ: kết nạp 3 đoàn viên, tiếp nhận 16 đoàn viên, chuyển đi 11 đoàn viên, nghỉ chế độ, nghỉ hưu 6 đoàn viên\./);
  await expect(page.getByRole('table', { name: 'Biến động trong kỳ' }).getByRole('row', { name: /Tiếp nhận/ })).toContainText('16');
  const panel = page.getByRole('complementary', { name: 'Đối chiếu với sổ' });
  await expect(panel.getByText('Mọi số liệu trong văn bản khớp với sổ.')).toBeVisible();
  // Rounded shares that do not add up to 100% are stated, not hidden.
  await expect(panel.getByRole('listitem').filter({ hasText: /Trình độ chuyên môn làm tròn cộng lại là (99,99|100,01)%/ })).toBeVisible();
});

test('edited text and prose are kept; a figure that no longer matches is flagged, then rewritten', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Báo cáo');
  const text = page.getByRole('textbox', { name: 'Tình hình đoàn viên' });
  await expect(text).toHaveValue(/hiện có 45 đoàn viên/);
  await text.fill((await text.inputValue()) + '\nĐoàn viên đoàn kết, gắn bó.');
  await page.getByRole('button', { name: 'Lưu phần Tình hình đoàn viên' }).click();
  await page.getByRole('textbox', { name: 'Đánh giá chung' }).fill('Hoàn thành tốt nhiệm vụ.');
  await page.getByRole('button', { name: 'Lưu phần Đánh giá chung' }).click();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tình hình đoàn viên' })).toHaveValue(/Đoàn viên đoàn kết, gắn bó\./);
  await expect(page.getByRole('textbox', { name: 'Đánh giá chung' })).toHaveValue('Hoàn thành tốt nhiệm vụ.');
  // A member leaves: the saved text now says 45 where the book says 44.
  await goTo(page, 'Đoàn viên');
  const name = await page.locator('table.roster tbody tr td:nth-child(2)').first().innerText();
  await page.getByRole('link', { name: `Sửa ${name}` }).click();
  await page.getByLabel('Loại biến động').selectOption({ label: 'Chuyển đi' });
  await page.getByLabel('Ngày biến động').fill('01/01/2024');
  await page.getByRole('button', { name: 'Ghi biến động' }).click();
  await goTo(page, 'Báo cáo');
  const panel = page.getByRole('complementary', { name: 'Đối chiếu với sổ' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'ghi 45, nhưng sổ hiện cho 44' })).toBeVisible();
  await page.getByRole('button', { name: 'Viết lại phần Tình hình đoàn viên từ số liệu' }).click();
  await page.getByRole('button', { name: 'Lưu phần Tình hình đoàn viên' }).click();
  await expect(panel).toContainText('Mọi số liệu trong văn bản khớp với sổ.');
});

test('the printed report: A4, Times New Roman, no editing tools', async ({ page }) => {
  await openDemo(page);
  await lastTerm(page);
  await page.getByRole('textbox', { name: 'Đánh giá chung' }).fill('Hoàn thành tốt nhiệm vụ.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('textbox', { name: 'Tình hình đoàn viên' })).toBeHidden();
  const doc = page.getByRole('article', { name: 'Báo cáo' });
  await expect(doc).toContainText('hiện có 45 đoàn viên');
  await expect(doc).toContainText('Hoàn thành tốt nhiệm vụ.');
  const font = await doc.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain('Times New Roman');
  await page.screenshot({ path: 'test-results/report-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('each table of the report downloads as CSV', async ({ page }) => {
  await openDemo(page);
  await lastTerm(page);
  const file = await download(page, 'Tải bảng Trình độ chuyên môn (CSV)');
  expect(file.name).toBe('bao-cao-trinh-do-chuyen-mon.csv');
  expect(file.text).toContain('Thạc sĩ,14,"31,11%"');
});

test('part II: care, emulation, women, finance and targets, written from the records', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2024' });
  const doc = page.getByRole('article', { name: 'Báo cáo' });
  await expect(doc.getByRole('heading', { name: 'II. KẾT QUẢ HOẠT ĐỘNG' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Chăm lo, thăm hỏi đoàn viên' })).toHaveValue(/đã tổ chức thăm hỏi, hiếu, hỷ, trợ cấp cho cán bộ, đoàn viên và thân nhân \d+ lượt, với kinh phí [\d.]+ đ/);
  const finance = page.getByRole('textbox', { name: 'Tài chính công đoàn' });
  await expect(finance).toHaveValue(/Số dư đầu kỳ: [\d.]+ đ\. Tổng thu trong kỳ: [\d.]+ đ/);
  // The closing balance of the text is the table's, and the books balance: nothing flagged.
  const closing = (await finance.inputValue()).match(/Số dư cuối kỳ: ([\d.]+ đ)/)[1];
  await expect(page.getByRole('table', { name: 'Thu, chi và số dư trong kỳ' }).getByRole('row', { name: /Số dư cuối kỳ/ })).toContainText(closing);
  await expect(page.getByRole('table', { name: 'Danh hiệu theo năm' })).toContainText('2024');
  await expect(page.getByRole('table', { name: 'Kết quả từng chỉ tiêu theo năm' }).getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Thu, chi theo năm' })).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Đối chiếu với sổ' });
  await expect(panel.getByText('Mọi số liệu trong văn bản khớp với sổ.')).toBeVisible();
  // Each row leads to the records behind it, on the report's period.
  const bereavements = await page.getByRole('table', { name: 'Thăm hỏi theo hình thức' }).getByRole('row', { name: /Hiếu/ }).innerText();
  await page.getByRole('table', { name: 'Thăm hỏi theo hình thức' }).getByRole('link', { name: 'Hiếu (tang)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chăm lo, thăm hỏi');
  await expect(page.getByLabel('Từ ngày')).toHaveValue('01/01/2024');
  await expect(page.getByLabel('Đến ngày')).toHaveValue('31/12/2024');
  const [, visits, money] = bereavements.split('\t');
  const byKind = page.getByRole('region', { name: 'Theo loại' }).getByRole('row', { name: /Hiếu/ });
  await expect(byKind.getByRole('cell', { name: visits, exact: true })).toBeVisible();
  await expect(byKind.getByRole('cell', { name: money, exact: true })).toBeVisible();
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2024' });
  await page.getByRole('table', { name: 'Thu, chi và số dư trong kỳ' }).getByRole('link', { name: 'Số dư cuối kỳ' }).click();
  await expect(page.getByLabel('Từ ngày')).toHaveValue('01/01/2024');
  await expect(page.getByLabel('Đến ngày')).toHaveValue('31/12/2024');
  // A year of titles opens the titles of that year.
  await goTo(page, 'Báo cáo');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2024' });
  await page.getByRole('table', { name: 'Danh hiệu theo năm' }).getByRole('link', { name: '2024' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh hiệu, khen thưởng');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2024');
});

test('text typed in the report stays through a visit to another page; empty parts are not printed, the rest numbered on', async ({ page }, info) => {
  await openDemo(page);
  await goTo(page, 'Báo cáo');
  await page.getByRole('button', { name: 'Năm trước' }).click();
  const year = `year:${new Date().getFullYear() - 1}`;
  await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue(year);
  await page.getByLabel('Số báo cáo (để trống để điền tay)').fill('07');
  await page.getByRole('textbox', { name: 'Bài học kinh nghiệm' }).fill('Bám sát cơ sở, lắng nghe đoàn viên.');
  // Straight to another page, no save button pressed.
  await goTo(page, 'Đoàn viên');
  await goTo(page, 'Báo cáo');
  await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue(year);
  await expect(page.getByRole('textbox', { name: 'Bài học kinh nghiệm' })).toHaveValue('Bám sát cơ sở, lắng nghe đoàn viên.');
  await expect(page.getByLabel('Số báo cáo (để trống để điền tay)')).toHaveValue('07');
  await page.emulateMedia({ media: 'print' });
  const doc = page.getByRole('article', { name: 'Báo cáo' });
  await expect(doc).toContainText('Số: 07/BC-CĐCS');
  // Assessment left empty: not printed, and the lessons take number III.
  await expect(doc.getByRole('heading', { name: 'ĐÁNH GIÁ CHUNG' })).toBeHidden();
  await expect(doc.getByRole('heading', { name: 'III. BÀI HỌC KINH NGHIỆM' })).toBeVisible();
  await expect(doc.getByRole('heading', { name: /PHƯƠNG HƯỚNG/ })).toBeHidden();
  await expect(doc).toContainText('Nơi nhận:');
  await expect(doc).toContainText('TM. BAN CHẤP HÀNH');
  await page.screenshot({ path: info.outputPath('report-print.png'), fullPage: true });
});
