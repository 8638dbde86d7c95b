// Activities in Firefox ESR over WebDriver: a year's titles entered by ticking and the targets page
// following; a welfare visit with money counted in its period.
import { test, after, before } from 'node:test';
import { rm } from 'node:fs/promises';
import { serve } from '../e2e/serve.mjs';
import { openFirefox, ready, click, goTo, seeText, fill, choose, heading1 } from './driver.mjs';
import assert from 'node:assert/strict';

let site;
before(async () => {
  site = await serve('dist', 0);
});
after(() => site.server.close());

test('bulk titles turn the targets page; a welfare visit with money is counted', async () => {
  const { driver, downloads } = await openFirefox();
  try {
    await driver.get(site.url);
    await ready(driver);
    await click(driver, 'button', 'Dùng dữ liệu mẫu');
    await goTo(driver, 'Hoạt động');
    await click(driver, 'link', 'Chỉ tiêu nhiệm kỳ');
    await seeText(driver, '44/45 (97,78%)');
    await click(driver, 'link', 'Danh hiệu, khen thưởng');
    await choose(driver, 'Năm', '2024');
    await seeText(driver, 'Đã chọn 44 / 45');
    await click(driver, 'button', 'Chọn tất cả');
    await seeText(driver, 'Đã chọn 45 / 45');
    await click(driver, 'button', 'Lưu danh sách');
    await seeText(driver, 'Đã lưu: thêm 1, bỏ 0.');
    await click(driver, 'link', 'Chỉ tiêu nhiệm kỳ');
    await seeText(driver, '45/45 (100,00%)');

    await click(driver, 'link', 'Chăm lo, thăm hỏi');
    assert.equal(await heading1(driver), 'Chăm lo, thăm hỏi');
    await fill(driver, 'Từ ngày', '01/01/2026');
    await fill(driver, 'Đến ngày', '31/12/2026');
    await seeText(driver, '9 lượt thăm hỏi, hỗ trợ, kinh phí 11.500.000 đ.');
    const member = await driver.findElement({ css: 'form#welfare-form select' });
    const options = await member.findElements({ css: 'option' });
    await options[3].click();
    await fill(driver, 'Ngày', '10/03/2026');
    await fill(driver, 'Số tiền (đồng)', '1.500.000');
    await click(driver, 'button', 'Ghi lượt thăm hỏi');
    await seeText(driver, '10 lượt thăm hỏi, hỗ trợ, kinh phí 13.000.000 đ.');
  } finally {
    await driver.quit();
    await rm(downloads, { recursive: true, force: true });
  }
});
