// Office files in Firefox ESR: an Excel roster read by the office worker, the roster and the report saved
// as .xlsx and .docx, from the hosted build and from the single file (whose worker is carried inside it).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { serve } from '../e2e/serve.mjs';
import { rosterWorkbook } from '../e2e/workbooks.mjs';
import { WAIT, openFirefox, ready, byLabel, click, goTo, seeText, createBook } from './driver.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SAVE = { 'browser.helperApps.neverAsk.saveToDisk': `application/json,${XLSX},${DOCX}` };

let site;
before(async () => {
  site = await serve('dist', 0);
});
after(() => site.server.close());

async function withFirefox(body) {
  const { driver, downloads } = await openFirefox(SAVE);
  try {
    await body(driver, downloads);
  } finally {
    await driver.quit();
    await rm(downloads, { recursive: true, force: true });
  }
}

/**
 * Waits for a finished download whose name ends with `ending` and returns its bytes. Firefox makes the file
 * empty at once and writes it through a `.part` file beside it: finished is no `.part` left and some bytes.
 */
async function saved(driver, downloads, ending) {
  let file;
  await driver.wait(
    async () => {
      const names = await readdir(downloads);
      const done = names.filter((f) => f.endsWith(ending));
      if (done.length !== 1 || names.some((f) => f.endsWith('.part'))) return false;
      file = join(downloads, done[0]);
      return (await stat(file)).size > 0;
    },
    WAIT,
    `no ${ending} file in the download folder`
  );
  return readFile(file);
}

/** Saves the demo's roster as .xlsx and its report as .docx, and checks what they hold. */
async function saveBoth(driver, downloads) {
  await click(driver, 'button', 'Dùng dữ liệu mẫu');
  await goTo(driver, 'Đoàn viên');
  await click(driver, 'button', 'Xuất Excel');
  const xlsx = await JSZip.loadAsync(await saved(driver, downloads, '.xlsx'));
  assert.match(await xlsx.file('xl/sharedStrings.xml').async('string'), />DANH SÁCH ĐOÀN VIÊN</);
  await goTo(driver, 'Báo cáo');
  await click(driver, 'button', 'Tải báo cáo (.docx)');
  const docx = await JSZip.loadAsync(await saved(driver, downloads, '.docx'));
  assert.match(await docx.file('word/document.xml').async('string'), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
}

test('hosted build: an Excel roster of 45 rows is read and previewed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roster-'));
  const path = join(dir, 'danh-sach.xlsx');
  await writeFile(path, await rosterWorkbook(45, 19));
  try {
    await withFirefox(async (driver) => {
      await driver.get(site.url);
      await ready(driver);
      await createBook(driver, 'Công đoàn cơ sở Trường Mầm non Sơn Ca');
      await goTo(driver, 'Đoàn viên');
      await click(driver, 'link', 'Nhập danh sách đoàn viên');
      await (await byLabel(driver, 'Chọn tệp danh sách (.xlsx, .csv)')).sendKeys(path);
      await seeText(driver, 'Sẽ nhập 45 đoàn viên; 1 dòng bị từ chối; tổ mới: Tổ Kế toán, Tổ Văn phòng.');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('hosted build: the roster saves as .xlsx and the report as .docx', async () => {
  await withFirefox(async (driver, downloads) => {
    await driver.get(site.url);
    await ready(driver);
    await saveBoth(driver, downloads);
  });
});

test('single file from file://: the roster saves as .xlsx and the report as .docx', async () => {
  await withFirefox(async (driver, downloads) => {
    await driver.get(pathToFileURL(resolve('dist/so-cong-doan.html')).href);
    await ready(driver);
    await saveBoth(driver, downloads);
  });
});
