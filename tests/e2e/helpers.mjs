// Shared steps of the end-to-end specs: what a user does to reach a state, by role and label.
import { expect } from '@playwright/test';

/** Opens the app on an empty book and waits until it is interactive. */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('body[data-ready="1"]')).toBeAttached();
}

/** Starts from the demo union. */
export async function openDemo(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Công đoàn cơ sở');
  await stored(page);
}

/** Waits until every change is on disk: the header says so once the last change's transaction has completed. */
export async function stored(page) {
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Đã lưu', { timeout: 20_000 });
}

/**
 * Runs `body(db, request, arg)` in the page with the app's IndexedDB open and returns what it returns;
 * `request(r)` turns an IDBRequest into a promise. For tests that look at, or damage, what is stored.
 */
export async function withDatabase(page, body, arg) {
  return page.evaluate(async ([source, arg]) => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const db = await request(indexedDB.open('so-cong-doan'));
    try {
      return await (0, eval)(`(${source})`)(db, request, arg);
    } finally {
      db.close();
    }
  }, [body.toString(), arg]);
}

/** Creates a new book through the welcome form. */
export async function createBook(page, name = 'Công đoàn cơ sở Trường Tiểu học Hòa Bình') {
  await openApp(page);
  await page.getByLabel('Tên công đoàn cơ sở').fill(name);
  await page.getByLabel('Công đoàn cấp trên').fill('Công đoàn Giáo dục huyện Hòa Bình');
  await page.getByLabel('Nhiệm kỳ từ ngày').fill('20/03/2023');
  await page.getByLabel('Đến ngày').fill('20/03/2028');
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await stored(page);
}

/** Goes to a page through the main menu. */
export async function goTo(page, name) {
  await page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name, exact: true }).click();
}

/** Opens a page of the Activities area through its own menu. */
export async function openActivities(page, name) {
  await goTo(page, 'Hoạt động');
  await page.getByRole('navigation', { name: 'Các mục hoạt động' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Fills the welfare form for a bereavement (Mẹ đẻ) of the sixth member listed on 10/03/2026; returns the name. */
export async function fillVisit(page, amount) {
  const member = page.getByLabel('Đoàn viên *');
  const name = (await member.locator('option').nth(5).innerText()).trim();
  await member.selectOption({ label: name });
  await page.getByLabel('Ngày *').fill('10/03/2026');
  await page.getByLabel('Loại thăm hỏi *').selectOption({ label: 'Hiếu (tang)' });
  await page.getByLabel('Người được thăm').fill('Mẹ đẻ');
  await page.getByLabel('Số tiền (đồng)').fill(amount);
  return name;
}

/**
 * Imports the 45 good rows of the seed-shaped roster the specs generate (its row 49 is refused for a birth
 * date to come) and reads the composition it gives: 19 women (42,22%), 10 masters.
 */
export async function importSeedRoster(page) {
  await expect(page.getByText(/Dòng 49: Mai Văn Chưa Rõ — Giới tính: Không được để trống\./)).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 45 đoàn viên' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sẽ nhập' })).toContainText('45');
  await goTo(page, 'Cơ cấu đoàn viên');
  await expect(page.getByRole('main').getByRole('status')).toContainText('có 45 đoàn viên');
  const women = page.getByRole('region', { name: 'Giới tính', exact: true }).getByRole('row', { name: /Nữ/ });
  await expect(women).toContainText('19');
  await expect(women).toContainText('42,22%');
  const masters = page.getByRole('region', { name: 'Trình độ chuyên môn', exact: true }).getByRole('row', { name: /Thạc sĩ/ });
  await expect(masters).toContainText('10');
}

/** The names in the roster table, in order. */
export async function rosterNames(page) {
  await expect(page.locator('table.roster tbody tr').first()).toBeVisible();
  return page.locator('table.roster tbody tr td:nth-child(2)').allInnerTexts();
}

/** Clicks an export button (in `within`, the page by default) and returns the downloaded file's name and text. */
export async function download(page, buttonName, within = page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    within.getByRole('button', { name: buttonName }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Chooses a file in the import panel. */
export async function chooseImport(page, name, text) {
  await page.getByLabel('Chọn tệp sổ (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/** Everything the app keeps in IndexedDB, store by store, to compare before and after. */
export async function storedState(page) {
  return withDatabase(page, async (db, request) => {
    const out = {};
    const tx = db.transaction([...db.objectStoreNames]);
    for (const name of db.objectStoreNames) {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      out[name] = keys.map((k, i) => [k, values[i]]);
    }
    return out;
  });
}

/** Clicks a button that saves a binary file (.xlsx, .docx) and returns its name and bytes. */
export async function downloadBytes(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}
