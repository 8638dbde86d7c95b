// Activities as a user meets them: welfare visits with their totals, a year's titles entered by ticking
// members and the targets page following, a target defined by the user, events and the women's view,
// initiatives. Elements are found by role and label.
import { test, expect } from '@playwright/test';
import { openDemo, createBook, openActivities, fillVisit } from './helpers.mjs';

/** The year row of a target's card. */
const yearRow = (page, target, year) =>
  page.getByRole('region', { name: target }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) });

const LDTT = '3. Hằng năm 100% cán bộ, công chức, nhân viên lao động đạt danh hiệu "Lao động tiên tiến"';

test('a welfare visit with money is recorded, counted with its kind, corrected and removed', async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Chăm lo, thăm hỏi');
  // The seed report's term: more than 120 visits and 150 million đồng.
  await page.getByLabel('Từ ngày').fill('01/01/2017');
  await page.getByLabel('Đến ngày').fill('31/12/2022');
  await expect(page.getByRole('status').filter({ hasText: 'lượt thăm hỏi, hỗ trợ, kinh phí' })).toHaveText(
    'Từ 01/01/2017 đến 31/12/2022: 130 lượt thăm hỏi, hỗ trợ, kinh phí 158.100.000 đ.'
  );
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByLabel('Đến ngày').fill('31/12/2026');
  const status = page.getByRole('status').filter({ hasText: 'lượt thăm hỏi, hỗ trợ, kinh phí' });
  // The demo's 2026 so far.
  await expect(status).toContainText(': 9 lượt thăm hỏi, hỗ trợ, kinh phí 11.500.000 đ.');

  // An empty form says what each field needs.
  await page.getByLabel('Ngày *').fill('');
  await page.getByRole('button', { name: 'Ghi lượt thăm hỏi' }).click();
  await expect(page.getByText('Ghi số tiền, quà tặng hoặc cả hai.')).toBeVisible();
  await expect(page.getByText('Có 3 chỗ cần sửa, xem ở dưới từng ô.')).toBeVisible();

  const name = await fillVisit(page, 'abc');
  await page.getByRole('button', { name: 'Ghi lượt thăm hỏi' }).click();
  await expect(page.getByText('Số tiền không hợp lệ: nhập số đồng, ví dụ 11.100.000.')).toBeVisible();
  await page.getByLabel('Số tiền (đồng)').fill('1.500.000');
  await page.getByLabel('Quà tặng (hiện vật)').fill('Vòng hoa');
  await page.getByRole('button', { name: 'Ghi lượt thăm hỏi' }).click();

  await expect(status).toContainText(': 10 lượt thăm hỏi, hỗ trợ, kinh phí 13.000.000 đ.');
  const byKind = page.getByRole('region', { name: 'Theo loại' });
  // Four bereavements of the demo (8.000.000 đ), and this one.
  const bereavements = byKind.getByRole('row', { name: /Hiếu/ });
  await expect(bereavements.getByRole('cell', { name: '5', exact: true })).toBeVisible();
  await expect(bereavements.getByRole('cell', { name: '9.500.000 đ', exact: true })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Mẹ đẻ');
  await expect(row).toContainText('Vòng hoa');

  // Corrected in the same form, then removed.
  await page.getByRole('button', { name: `Sửa Hiếu (tang) ${name} 10/03/2026` }).click();
  await expect(page.getByRole('heading', { name: 'Sửa lượt thăm hỏi' })).toBeVisible();
  await expect(page.getByLabel('Số tiền (đồng)')).toHaveValue('1.500.000');
  await page.getByLabel('Số tiền (đồng)').fill('2.000.000');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(status).toContainText(': 10 lượt thăm hỏi, hỗ trợ, kinh phí 13.500.000 đ.');
  await page.reload();
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('2.000.000 đ');
  await page.getByRole('button', { name: `Xóa Hiếu (tang) ${name} 10/03/2026` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'lượt thăm hỏi, hỗ trợ, kinh phí' })).toContainText(': 9 lượt thăm hỏi, hỗ trợ, kinh phí 11.500.000 đ.');
});

test('a year of titles entered in bulk turns its target to met, and undo turns it back', async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Chỉ tiêu nhiệm kỳ');
  await expect(yearRow(page, LDTT, 2024)).toContainText('44/45 (97,78%)');
  await expect(yearRow(page, LDTT, 2024)).toContainText('Không đạt');
  await expect(yearRow(page, LDTT, 2023)).toContainText('Đạt');
  // The records behind the value: the decision, who holds it, who lacks it.
  await yearRow(page, LDTT, 2024).getByRole('button', { name: /Xem 1 bản ghi, 1 người chưa đạt/ }).click();
  await expect(page.getByRole('region', { name: LDTT }).getByText(/^Chưa đạt: /)).toBeVisible();

  await openActivities(page, 'Danh hiệu, khen thưởng');
  await page.getByLabel('Năm', { exact: true }).selectOption('2024');
  const bulk = page.getByRole('form', { name: 'Nhập danh hiệu năm 2024 theo danh sách' });
  await expect(bulk.getByLabel('Danh hiệu, hình thức khen thưởng')).toHaveValue('0');
  await expect(bulk.getByText('Đã chọn 44 / 45')).toBeVisible();
  const unticked = bulk.getByRole('checkbox', { checked: false });
  await expect(unticked).toHaveCount(1);
  await unticked.check();
  await expect(bulk.getByText('Đã chọn 45 / 45')).toBeVisible();
  await bulk.getByRole('button', { name: 'Lưu danh sách' }).click();
  await expect(bulk.getByText('Đã lưu: thêm 1, bỏ 0.')).toBeVisible();

  await openActivities(page, 'Chỉ tiêu nhiệm kỳ');
  await expect(yearRow(page, LDTT, 2024)).toContainText('45/45 (100,00%)');
  await expect(yearRow(page, LDTT, 2024)).toContainText('Đạt');
  await expect(page.getByRole('region', { name: LDTT })).toContainText('Đạt 3 / 3 năm đã đánh giá');

  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(yearRow(page, LDTT, 2024)).toContainText('44/45 (97,78%)');

  // Chiến sỹ thi đua: untick one in 2023 and the 15% target of 2023 is no longer met.
  const CSTD = '3. Trong đó 15% được công nhận "Chiến sỹ thi đua cấp cơ sở"';
  await expect(yearRow(page, CSTD, 2023)).toContainText('7/45 (15,56%)');
  await openActivities(page, 'Danh hiệu, khen thưởng');
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  const bulk2023 = page.getByRole('form', { name: 'Nhập danh hiệu năm 2023 theo danh sách' });
  await bulk2023.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption({ label: 'Chiến sỹ thi đua cơ sở' });
  await expect(bulk2023.getByText('Đã chọn 7 / 45')).toBeVisible();
  await bulk2023.getByRole('checkbox', { checked: true }).first().uncheck();
  await bulk2023.getByRole('button', { name: 'Lưu danh sách' }).click();
  // Taking a title away is said before it is done.
  await expect(bulk2023.getByRole('alert')).toContainText('sẽ bỏ danh hiệu của 1 người');
  await expect(bulk2023.getByText(/Đã lưu/)).toHaveCount(0);
  await bulk2023.getByRole('button', { name: 'Vẫn lưu, bỏ danh hiệu của 1 người' }).click();
  await expect(bulk2023.getByText('Đã lưu: thêm 0, bỏ 1.')).toBeVisible();
  await openActivities(page, 'Chỉ tiêu nhiệm kỳ');
  await expect(yearRow(page, CSTD, 2023)).toContainText('6/45 (13,33%)');
  await expect(yearRow(page, CSTD, 2023)).toContainText('Không đạt');
});

test('the union rating, a manual target, and a target the user defines', async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Chỉ tiêu nhiệm kỳ');
  const union = '7. Công đoàn cơ sở đạt vững mạnh cả nhiệm kỳ';
  await expect(yearRow(page, union, 2024)).toContainText('Có');
  await expect(yearRow(page, union, 2024)).toContainText('Đạt');
  // A target no record can show: the committee's word, year by year.
  const charity = '6. Thực hiện tốt các hoạt động nhân đạo từ thiện; đóng góp quỹ "Xã hội Công đoàn" đạt chỉ tiêu';
  await expect(yearRow(page, charity, 2025)).toContainText('Chưa có số liệu');
  await yearRow(page, charity, 2025).getByLabel('Đánh giá năm 2025').selectOption({ label: 'Không đạt' });
  await expect(yearRow(page, charity, 2025)).toContainText('Không đạt');

  // A new target: welfare visits, at least 21 a year in 2023–2025.
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await expect(page.getByText('Không được để trống.').first()).toBeVisible();
  await page.getByLabel('Tên chỉ tiêu').fill('Thăm hỏi ít nhất 21 lượt mỗi năm');
  await page.getByLabel('Thước đo').selectOption({ label: 'Số lượt thăm hỏi' });
  await page.getByLabel('So sánh').selectOption({ label: 'Ít nhất (≥)' });
  await page.getByLabel('Mức chỉ tiêu').fill('21');
  await page.getByLabel('Từ năm').fill('2023');
  await page.getByLabel('Đến năm').fill('2025');
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const mine = 'Thăm hỏi ít nhất 21 lượt mỗi năm';
  await expect(page.getByRole('region', { name: mine })).toContainText('Số lượt thăm hỏi, hỗ trợ ≥ 21 · 2023–2025');
  await expect(yearRow(page, mine, 2023)).toContainText('20');
  await expect(yearRow(page, mine, 2023)).toContainText('Không đạt');
  await expect(page.getByRole('region', { name: mine })).toContainText('Đạt 0 / 3 năm đã đánh giá');
  // Changed to at least 20: met every year.
  await page.getByRole('button', { name: `Sửa ${mine}` }).click();
  await expect(page.getByLabel('Mức chỉ tiêu')).toHaveValue('21');
  await page.getByLabel('Mức chỉ tiêu').fill('20');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('region', { name: mine })).toContainText('Đạt 3 / 3 năm đã đánh giá');
  await page.getByRole('button', { name: `Xóa ${mine}` }).click();
  await expect(page.getByRole('region', { name: mine })).toHaveCount(0);
});

test('an event of the women\'s committee with a prize, in the events and the women\'s view', async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Hoạt động, phong trào');
  // The list opens on this year; last year is one click away.
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue(String(new Date().getFullYear()));
  await page.getByRole('button', { name: 'Năm trước' }).click();
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue(String(new Date().getFullYear() - 1));
  await page.getByLabel('Năm', { exact: true }).selectOption('2025');
  await expect(page.getByRole('row', { name: /Giải bóng chuyền hơi nam nữ kết hợp Khối các cơ quan Đảng năm 2025/ })).toBeVisible();
  await page.getByLabel('Năm', { exact: true }).selectOption('2022');
  await expect(page.getByRole('row', { name: /Giải nhất bóng chuyền hơi nam nữ kết hợp/ })).toBeVisible();

  await page.getByLabel('Loại hoạt động *').selectOption({ label: 'Thể dục, thể thao' });
  await page.getByLabel('Ngày bắt đầu *').fill('08/03/2026');
  await page.getByLabel('Ngày kết thúc').fill('07/03/2026');
  await page.getByLabel('Tên hoạt động *').fill('Giải bóng chuyền hơi nữ chào mừng 8/3');
  await page.getByLabel('Do Ban Nữ công tổ chức').check();
  await page.getByLabel('Giải thưởng').fill('Giải nhì bóng chuyền hơi nữ');
  await page.getByLabel('Kinh phí (đồng)').fill('3.000.000');
  await page.getByLabel('Người nhận tiền').fill('Ban Nữ công');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await expect(page.getByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeVisible();
  await page.getByLabel('Ngày kết thúc').fill('');
  await page.getByText('Ghi tên đoàn viên tham gia').click();
  const ticks = page.getByRole('group', { name: 'Đoàn viên tham gia' });
  await ticks.getByRole('checkbox').nth(0).check();
  await ticks.getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await page.getByLabel('Năm', { exact: true }).selectOption('2026');
  const row = page.getByRole('row', { name: /Giải bóng chuyền hơi nữ chào mừng 8\/3/ });
  await expect(row).toContainText('Giải nhì bóng chuyền hơi nữ');
  await expect(row).toContainText('3.000.000 đ');
  await expect(row.getByRole('cell', { name: '2', exact: true })).toBeVisible();

  await openActivities(page, 'Công tác nữ công');
  await expect(page.getByRole('row', { name: /Giải bóng chuyền hơi nữ chào mừng 8\/3/ })).toBeVisible();
  await expect(page.getByText(/Trưởng ban Nữ công/)).toBeVisible();
  const year2024 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2024', exact: true }) }).first();
  await expect(year2024).toContainText('17 (89,47%)');
});

test('initiatives are counted by year and level', async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Sáng kiến');
  const chart = page.getByRole('img', { name: 'Số sáng kiến theo năm' });
  await expect(chart).toContainText('15 (cấp trên: 0)');
  await page.getByRole('button', { name: 'Ghi sáng kiến' }).click();
  await expect(page.getByText('Có 2 chỗ cần sửa, xem ở dưới từng ô.')).toBeVisible();
  await page.getByLabel('Tên sáng kiến, đề tài').fill('Số hóa sổ công đoàn');
  await page.getByLabel('Năm *').fill('2024');
  await page.getByLabel('Cấp công nhận').selectOption({ label: 'Cấp trên' });
  await page.getByRole('group', { name: 'Tác giả' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Ghi sáng kiến' }).click();
  await expect(chart).toContainText('16 (cấp trên: 1)');
  await openActivities(page, 'Chỉ tiêu nhiệm kỳ');
  const higher = '5. Trong đó có từ 01 - 02 sáng kiến được cấp trên công nhận';
  await expect(yearRow(page, higher, 2024)).toContainText('Đạt');
});

test('a new book starts with no activities and no targets', async ({ page }) => {
  await createBook(page, 'Công đoàn cơ sở Trường Mầm non Sơn Ca');
  await openActivities(page, 'Chỉ tiêu nhiệm kỳ');
  await expect(page.getByText('Chưa có chỉ tiêu nào.')).toBeVisible();
  await openActivities(page, 'Sáng kiến');
  await expect(page.getByText('Chưa có bản ghi nào.')).toBeVisible();
});

test("a grant's decision number is corrected once for all who received it, and undone", async ({ page }) => {
  await openDemo(page);
  await openActivities(page, 'Danh hiệu, khen thưởng');
  await page.getByLabel('Năm', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: /^Sửa Lao động tiên tiến 2024 / }).first().click();
  const form = page.getByRole('form', { name: 'Sửa quyết định khen thưởng: Lao động tiên tiến 2024' });
  await expect(form).toContainText(/Sửa cho cả \d+ người, tập thể cùng quyết định này/);
  await form.getByLabel('Ngày quyết định').fill('01/01/2030');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(form.getByText('Ngày này chưa tới.')).toBeVisible();
  await form.getByLabel('Ngày quyết định').fill('15/01/2025');
  await form.getByLabel('Số quyết định').fill('99/QĐ-CĐCS');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(form).toHaveCount(0);
  const corrected = page.getByRole('row', { name: /99\/QĐ-CĐCS/ });
  expect(await corrected.count()).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(corrected).toHaveCount(0);
});
