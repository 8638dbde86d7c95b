// Bench of the release bundle in dist/ (run `make bench`, which builds it first).
// Prints a table and writes bench/results.json. To add a measurement, append
// { name, run } to MEASUREMENTS: run(env) returns [{ metric, value, unit }].
import { chromium } from '@playwright/test';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { chromiumOptions } from '../tests/e2e/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist`;
const RUNS = 5;

const tenths = (t) => Math.round(t * 10) / 10;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Time from navigation start to performance.mark('app-interactive'), in a fresh
// context each run (cold: no service worker, no HTTP cache).
async function timeToInteractive(env, path, before = async () => {}) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await before(page);
    await page.goto(new URL(path, env.url).href);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('app-interactive', 'mark')[0]?.startTime,
      null,
      { timeout: 30_000 }
    );
    times.push(await handle.jsonValue());
    await context.close();
  }
  return { median: median(times), runs: times };
}

// Times from a keystroke in the members' search box to the list showing its result, on a generated union
// of `size` members. Leptos updates the page in microtasks after the input event, so the clock stops at
// the next task (a MessageChannel message: no timer clamping), whether or not the count changed.
async function searchKeystroke(env, size) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(`/?demo=${size}#/members`, env.url).href);
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive', 'mark').length > 0, null, { timeout: 120_000 });
  await page.getByLabel('Tìm kiếm').waitFor({ timeout: 120_000 });
  const times = await page.evaluate(async (query) => {
    const input = document.querySelector('input[type="search"]');
    const nextTask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
    const out = [];
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push((await nextTask()) - start);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { times: out, shown: document.querySelector('table.roster tbody').children.length };
  }, 'nguyen van an');
  await context.close();
  return times.times;
}

/** Waits until every change is on disk: the header says "Đã lưu" once the last transaction has completed. */
const saved = (page) => page.getByRole('banner').getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor({ timeout: 600_000 });

// A union of `size` members (the demo at 45, generated above) stored in IndexedDB; then `RUNS` changes made
// through the groups page, each timed from the change to the end of its transaction (the `book-saved`
// measure the page makes); then, for the largest, the time to reopen it to interactive.
async function saveAndReopen(env, size, reopen) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(`/?demo=${size}#/groups`, env.url).href);
  await page.getByLabel('Tên tổ mới').waitFor({ timeout: 600_000 });
  await saved(page);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => performance.clearMeasures('book-saved'));
    await page.getByLabel('Tên tổ mới').fill(`Tổ đo ${i + 1}`);
    await page.getByRole('button', { name: 'Thêm tổ' }).click();
    const measure = await page.waitForFunction(() => performance.getEntriesByName('book-saved', 'measure')[0]?.duration, null, { timeout: 600_000 });
    times.push(await measure.jsonValue());
    await saved(page);
  }
  let reopened = null;
  if (reopen) {
    const runs = [];
    await page.goto(new URL('/#/members', env.url).href);
    for (let i = 0; i < RUNS; i++) {
      if (i > 0) await page.reload();
      const handle = await page.waitForFunction(() => performance.getEntriesByName('app-interactive', 'mark')[0]?.startTime, null, { timeout: 600_000 });
      runs.push(await handle.jsonValue());
    }
    reopened = runs;
  }
  await context.close();
  return { times, reopened };
}

/** The duration of the page's measure `name`, once it is there. */
async function measured(page, name) {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure')[0]?.duration, name, { timeout: 600_000 });
  return handle.jsonValue();
}

// A generated union of `size` members exported with a passphrase `RUNS` times (each timed by the page's
// `book-sealed` measure: the file written, compressed, the key derived with PBKDF2's 600,000 iterations,
// encrypted and handed to the browser), then its file opened `RUNS` times (`book-decrypted`: the key derived
// and the cipher undone; `book-unsealed`: also inflated, read and checked as any file, ready for the preview).
async function sealAndUnseal(env, size) {
  const passphrase = 'mật khẩu đo thời gian';
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(`/?demo=${size}#/data`, env.url).href);
  await page.getByLabel('Nhập lại mật khẩu').waitFor({ timeout: 600_000 });
  await saved(page);
  const sealed = [], decrypted = [], unsealed = [];
  let file;
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => performance.clearMeasures());
    await page.getByLabel('Mật khẩu', { exact: true }).fill(passphrase);
    await page.getByLabel('Nhập lại mật khẩu').fill(passphrase);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.getByRole('button', { name: 'Xuất tệp có mật khẩu' }).click(),
    ]);
    sealed.push(await measured(page, 'book-sealed'));
    file = await download.path();
  }
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => performance.clearMeasures());
    await page.getByLabel('Chọn tệp sổ (.json)').setInputFiles(file);
    await page.getByLabel('Mật khẩu của tệp').fill(passphrase);
    await page.getByRole('button', { name: 'Mở tệp' }).click();
    decrypted.push(await measured(page, 'book-decrypted'));
    unsealed.push(await measured(page, 'book-unsealed'));
    await page.getByRole('region', { name: /Nội dung tệp/ }).getByRole('button', { name: 'Hủy' }).click();
  }
  await context.close();
  return { sealed, decrypted, unsealed };
}

// A generated union of `size` members, and another copy of it from a second browser (made here from the
// exported file, as the app would stamp it) where `changed` members have a new phone. Merged `RUNS` times:
// the preview timed from choosing the file to the preview (`merge-preview`: read, checked and planned), the
// merge from the click to the merged book stored (`merge-built`, then the change's `book-saved`); each
// undone before the next.
async function mergeCopies(env, size, changed) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(`/?demo=${size}#/data`, env.url).href);
  await page.getByLabel('Chọn tệp sổ để gộp (.json)').waitFor({ timeout: 600_000 });
  await saved(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: 'Xuất tệp JSON' }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const at = new Date().toISOString();
  const book = file.book;
  book.stamps = book.stamps ?? [];
  for (const member of book.members.slice(0, changed)) {
    member.phone = `0988${String(book.stamps.length).padStart(6, '0')}`;
    book.stamps.push({ part: 'members', key: member.id, at, by: 'bench-other' });
  }
  book.clock = [...(book.clock ?? []), { by: 'bench-other', at }];
  // A file without a checksum is read (docs/file-format.md): the book was changed here, not by the app.
  delete file.checksum;
  const other = Buffer.from(JSON.stringify(file), 'utf8');
  const preview = [], stored = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => performance.clearMeasures());
    await page.getByLabel('Chọn tệp sổ để gộp (.json)').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: other });
    preview.push(await measured(page, 'merge-preview'));
    const region = page.getByRole('region', { name: /Gộp tệp/ });
    const members = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Đoàn viên', exact: true }) });
    const counts = await members.getByRole('cell').allTextContents();
    if (counts[1] !== String(changed)) throw new Error(`merge preview counts ${counts}, expected ${changed} changed`);
    await region.getByRole('button', { name: 'Gộp vào sổ' }).click();
    stored.push((await measured(page, 'merge-built')) + (await measured(page, 'book-saved')));
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await measured(page, 'book-saved');
  }
  await context.close();
  return { preview, stored };
}

/** The exported files of `count` generated unions of `members` members and a year of money (examples/union_files.rs), made once. */
function unionFiles(count, members) {
  const folder = join(tmpdir(), `so-cong-doan-unions-${count}x${members}`);
  if (!existsSync(join(folder, `cd-${count - 1}.json`))) {
    execFileSync('cargo', ['run', '--release', '-q', '--example', 'union_files', '--', folder, String(count), String(members), '--plain'], { cwd: ROOT, stdio: 'inherit' });
  }
  return Array.from({ length: count }, (_, i) => join(folder, `cd-${i}.json`));
}

// `count` generated unions' files chosen at once on the consolidation page, `RUNS` times, each time after the
// last consolidation's files were removed (so a new worker reads them all): timed from the choice to the
// figures shown (the page's `consolidated` measure). Meanwhile the page's own thread is watched for tasks
// over 50 ms (the browser's long tasks) from the choice on, and the worker says how much wasm memory the work
// needed.
async function consolidation(env, count, members) {
  const files = unionFiles(count, members);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/#/consolidation', env.url).href);
  await page.getByLabel('Chọn các tệp sổ (.json)').waitFor({ timeout: 60_000 });
  await page.getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByLabel('Đến ngày').fill('25/11/2026');
  const times = [];
  let longTasks = [], inputTasks = [];
  for (let i = 0; i < RUNS; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Bỏ tất cả các tệp' }).click();
    await page.evaluate(() => {
      performance.clearMeasures();
      window.benchLongTasks = [];
      window.benchChosen = null;
      window.benchObserver?.disconnect();
      window.benchObserver = new PerformanceObserver((list) => window.benchLongTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])));
      window.benchObserver.observe({ type: 'longtask' });
      document.addEventListener('change', () => { window.benchChosen = performance.now(); }, { capture: true, once: true });
    });
    await page.getByLabel('Chọn các tệp sổ (.json)').setInputFiles(files);
    times.push(await measured(page, 'consolidated'));
    // The task in which the files reach the page is mostly the browser's own (it makes a File of each path
    // before the page hears of them): counted apart.
    await page.waitForTimeout(300);
    const [chosen, tasks] = await page.evaluate(() => [window.benchChosen, window.benchLongTasks]);
    const choosing = ([start, duration]) => start <= chosen && chosen <= start + duration;
    inputTasks = inputTasks.concat(tasks.filter(choosing).map(([, d]) => d));
    longTasks = longTasks.concat(tasks.filter((t) => !choosing(t) && t[0] > chosen).map(([, d]) => d));
    const heading = await page.getByRole('heading', { name: /^Số liệu tổng hợp của \d+ công đoàn/ }).textContent();
    if (!heading.includes(`của ${count} công đoàn`)) throw new Error(`consolidation of ${count} files said: ${heading}`);
  }
  const memory = Number(await page.locator('[data-worker-memory]').getAttribute('data-worker-memory'));
  await context.close();
  return { times, longTasks, inputTasks, memory };
}

/** A built wasm file's size, raw and gzipped at level 9. */
async function wasmSize(file) {
  const wasm = await readFile(`${DIST}/${file}`);
  return { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length };
}

const MEASUREMENTS = [
  {
    name: 'wasm size',
    async run() {
      // The app's main module is the one index.html loads; its chunks (tools/split-app.mjs) are fetched as
      // pages are first opened; the office worker's wasm only when a file is made.
      const html = await readFile(`${DIST}/index.html`, 'utf8');
      const files = (await readdir(DIST)).filter((f) => f.endsWith('.wasm'));
      const main = files.filter((f) => html.includes(f));
      if (main.length !== 1) throw new Error(`expected one .wasm loaded by index.html, found ${main}`);
      const office = files.filter((f) => f.startsWith('office'));
      const consolidator = files.filter((f) => f.startsWith('consolidator'));
      const chunks = files.filter((f) => !main.includes(f) && !office.includes(f) && !consolidator.includes(f));
      const total = async (list) => {
        let raw = 0, gzip = 0;
        for (const f of list) {
          const size = await wasmSize(f);
          raw += size.raw;
          gzip += size.gzip;
        }
        return { raw, gzip };
      };
      const [m, c, o, k] = [await total(main), await total(chunks), await total(office), await total(consolidator)];
      return [
        { metric: 'wasm_raw_bytes', value: m.raw, unit: 'B' },
        { metric: 'wasm_gzip9_bytes', value: m.gzip, unit: 'B' },
        { metric: 'chunks_count', value: chunks.length, unit: '' },
        { metric: 'chunks_gzip9_bytes', value: c.gzip, unit: 'B' },
        { metric: 'worker_office_raw_bytes', value: o.raw, unit: 'B' },
        { metric: 'worker_office_gzip9_bytes', value: o.gzip, unit: 'B' },
        { metric: 'worker_consolidator_raw_bytes', value: k.raw, unit: 'B' },
        { metric: 'worker_consolidator_gzip9_bytes', value: k.gzip, unit: 'B' },
      ];
    },
  },
  {
    name: 'wasm fetched for the first page',
    async run(env) {
      // What a first page costs: every wasm the browser fetched until the app marked itself interactive,
      // gzipped. A first visit (the welcome page), a demo link, and a return to a stored book.
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const open = async (path) => {
        await page.goto(new URL(path, env.url).href);
        await page.waitForFunction(() => performance.getEntriesByName('app-interactive', 'mark').length > 0, null, { timeout: 30_000 });
        const names = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm') && e.startTime < performance.getEntriesByName('app-interactive', 'mark')[0].startTime).map((e) => e.name.split('/').pop()));
        let gzip = 0;
        for (const f of new Set(names)) gzip += (await wasmSize(f)).gzip;
        return gzip;
      };
      const welcome = await open('/');
      const demo = await open('/?demo=1');
      await saved(page);
      const returning = await open('/');
      await context.close();
      return [
        { metric: 'first_page_wasm_gzip9_bytes_welcome', value: welcome, unit: 'B' },
        { metric: 'first_page_wasm_gzip9_bytes_demo_link', value: demo, unit: 'B' },
        { metric: 'first_page_wasm_gzip9_bytes_stored_book', value: returning, unit: 'B' },
      ];
    },
  },
  {
    name: 'time to interactive, /?demo=1, and the demo book stored',
    async run(env) {
      const demo = await timeToInteractive(env, '/?demo=1');
      // A return to a stored book: the demo stored by a first visit, then the app opened again, its files
      // cached; its first page waits for the reader. The first return runs the reader's code for the first
      // time; at a later one the browser has kept that code compiled, as it has for a returning user.
      const storeDemo = async (page) => {
        await page.goto(new URL('/?demo=1', env.url).href);
        await saved(page);
      };
      const returnOnce = async (page) => {
        await storeDemo(page);
        await page.goto(new URL('/', env.url).href);
        await page.waitForFunction(() => performance.getEntriesByName('app-interactive', 'mark').length > 0, null, { timeout: 30_000 });
        await page.waitForTimeout(1500);
      };
      const first = await timeToInteractive(env, '/', storeDemo);
      const later = await timeToInteractive(env, '/', returnOnce);
      return [
        { metric: 'demo_interactive_ms_median', value: tenths(demo.median), unit: 'ms', runs: demo.runs.map(tenths) },
        { metric: 'stored_demo_first_return_ms_median', value: tenths(first.median), unit: 'ms', runs: first.runs.map(tenths) },
        { metric: 'stored_demo_later_return_ms_median', value: tenths(later.median), unit: 'ms', runs: later.runs.map(tenths) },
      ];
    },
  },
  {
    name: 'search keystroke, 10,000 members',
    async run(env) {
      const times = await searchKeystroke(env, 10_000);
      return [{ metric: 'search_keystroke_10k_ms_median', value: Math.round(median(times) * 10) / 10, unit: 'ms', runs: times.map((t) => Math.round(t)) }];
    },
  },
  {
    name: 'a change saved, and a large book reopened, in Chromium',
    async run(env) {
      const out = [];
      for (const size of [45, 10_000, 50_000]) {
        const r = await saveAndReopen(env, size, size === 50_000);
        out.push({ metric: `change_saved_ms_${size}`, value: tenths(median(r.times)), unit: 'ms', runs: r.times.map(tenths) });
        if (r.reopened) {
          out.push({ metric: `reopen_interactive_ms_${size}`, value: Math.round(median(r.reopened)), unit: 'ms', runs: r.reopened.map(Math.round) });
        }
      }
      return out;
    },
  },
  {
    name: 'a book with a passphrase, 10,000 members: encrypted and decrypted in Chromium',
    async run(env) {
      const r = await sealAndUnseal(env, 10_000);
      const row = (metric, times) => ({ metric, value: Math.round(median(times)), unit: 'ms', runs: times.map(Math.round) });
      return [
        row('encrypt_ms_10000', r.sealed),
        row('decrypt_ms_10000', r.decrypted),
        row('decrypt_to_preview_ms_10000', r.unsealed),
      ];
    },
  },
  {
    name: 'two copies of a 10,000-member book, 1,000 records apart: merged in Chromium',
    async run(env) {
      const r = await mergeCopies(env, 10_000, 1_000);
      const row = (metric, times) => ({ metric, value: Math.round(median(times)), unit: 'ms', runs: times.map(Math.round) });
      return [row('merge_preview_ms_10000', r.preview), row('merge_stored_ms_10000', r.stored)];
    },
  },
  {
    name: 'stored form: a snapshot and a change (native, tests/storage_budget.rs)',
    async run() {
      const out = execFileSync('cargo', ['test', '--release', '-q', '--test', 'storage_budget', '--', '--ignored', '--nocapture'], { cwd: ROOT, encoding: 'utf8' });
      const printed = (tag) => JSON.parse(out.split('\n').find((l) => l.startsWith(`${tag} `)).slice(tag.length + 1));
      return printed('STORAGE').flatMap((b) => [
        { metric: `snapshot_bytes_${b.book}`, value: b.snapshot_bytes, unit: 'B', runs: [`${b.members} members`, `${b.vouchers} vouchers`, `${b.snapshot_chunks} chunks`, `write ${b.snapshot_ms} ms`, `read ${b.open_ms} ms`] },
        { metric: `change_bytes_${b.book}`, value: b.change_bytes, unit: 'B', runs: [`${b.change_ms} ms to make`] },
      ]);
    },
  },
  {
    name: 'many unions consolidated, in Chromium',
    async run(env) {
      const out = [];
      for (const [count, members] of [[300, 200], [30, 5000]]) {
        const r = await consolidation(env, count, members);
        const size = `${count}x${members}`;
        out.push(
          { metric: `consolidate_ms_${size}`, value: Math.round(median(r.times)), unit: 'ms', runs: r.times.map(Math.round) },
          { metric: `consolidate_main_long_tasks_${size}`, value: r.longTasks.length, unit: '', runs: r.longTasks.map(Math.round) },
          { metric: `consolidate_choice_task_ms_${size}`, value: Math.round(median(r.inputTasks.length ? r.inputTasks : [0])), unit: 'ms', runs: r.inputTasks.map(Math.round) },
          { metric: `consolidate_worker_memory_bytes_${size}`, value: r.memory, unit: 'B' },
        );
      }
      return out;
    },
  },
  {
    name: 'single file, dist/so-cong-doan.html',
    async run(env) {
      const html = await readFile(`${DIST}/so-cong-doan.html`);
      // Opened from disk, cold: the inlined wasm is decoded from base64 before it starts.
      const { median, runs } = await timeToInteractive(env, pathToFileURL(`${DIST}/so-cong-doan.html`).href);
      return [
        { metric: 'single_file_raw_bytes', value: html.length, unit: 'B' },
        { metric: 'single_file_gzip9_bytes', value: gzipSync(html, { level: 9 }).length, unit: 'B' },
        {
          metric: 'single_file_interactive_ms_median',
          value: Math.round(median * 10) / 10,
          unit: 'ms',
          runs: runs.map((t) => Math.round(t * 10) / 10),
        },
      ];
    },
  },
];

const { server, url } = await serve(DIST, 0);
const browser = await chromium.launch(chromiumOptions);
const env = { browser, url };
const chromiumVersion = browser.version();
const rows = [];
// BENCH_ONLY=<regex> runs only the measurements whose name matches, and updates only theirs in bench/results.json.
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
try {
  for (const m of MEASUREMENTS.filter((m) => !only || only.test(m.name))) {
    for (const r of await m.run(env)) rows.push({ measurement: m.name, ...r });
  }
} finally {
  await browser.close();
  server.close();
}

const table = rows.map((r) => [r.metric, String(r.value), r.unit, r.runs ? r.runs.join(' ') : '']);
const head = ['metric', 'value', 'unit', 'runs'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const t of table) console.log(line(t));

// With BENCH_ONLY, the other measurements' last results are kept.
const kept = only && existsSync(`${ROOT}bench/results.json`) ? JSON.parse(await readFile(`${ROOT}bench/results.json`, 'utf8')).results : {};
const results = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  runs: RUNS,
  results: { ...kept, ...Object.fromEntries(rows.map(({ metric, ...r }) => [metric, r])) },
};
await writeFile(`${ROOT}bench/results.json`, JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench/results.json');
