// Firefox ESR over WebDriver (geckodriver), with the same habits as the Playwright helpers: elements are
// found by role and accessible name, as the browser itself computes them, and every wait has a limit.
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WAIT = 15_000;
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER ?? execFileSync('sh', ['-c', 'command -v geckodriver'], { encoding: 'utf8' }).trim();

/**
 * A fresh Firefox profile, headless, saving downloads to its own folder without asking.
 * `prefs` adds to or overrides the profile's preferences; `profile` is a folder to keep the profile in
 * (one that outlives the browser, to start it again on it), else geckodriver makes a temporary one.
 */
export async function openFirefox(prefs = {}, profile = null) {
  const downloads = await mkdtemp(join(tmpdir(), 'ff-downloads-'));
  const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless').windowSize({ width: 1280, height: 900 });
  if (profile) options.addArguments('-profile', profile);
  const all = {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json',
    'intl.accept_languages': 'vi-VN, vi',
    ...prefs,
  };
  for (const [k, v] of Object.entries(all)) options.setPreference(k, v);
  const driver = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER))
    .build();
  return { driver, downloads };
}

/** Waits until every change is on disk: the header says so once the last change's transaction has completed. */
export async function saved(driver) {
  const header = await driver.findElement(By.css('header'));
  await driver.wait(async () => {
    const state = await header.findElements(By.css('[role=status]'));
    return state.length === 1 && (await state[0].getText()) === 'Đã lưu';
  }, WAIT, 'the change was not saved');
}

/** Waits for the app to be interactive (body data-ready="1"). */
export async function ready(driver) {
  await driver.wait(until.elementLocated(By.css('body[data-ready="1"]')), WAIT, 'the app did not start');
}

const ROLE_CSS = {
  button: 'button, input[type=submit], input[type=button], [role=button]',
  link: 'a[href], [role=link]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  navigation: 'nav, [role=navigation]',
  status: '[role=status]',
  alert: '[role=alert]',
  textbox: 'input:not([type]), input[type=text], textarea',
};

/** Elements of a role whose accessible name (as Firefox computes it) matches `name` (string: exact). */
async function byRoleNow(driver, role, name, within) {
  const root = within ?? driver;
  const found = [];
  for (const el of await root.findElements(By.css(ROLE_CSS[role] ?? `[role=${role}]`))) {
    const label = (await el.getAccessibleName()).trim();
    const ok = typeof name === 'string' ? label === name : name.test(label);
    if (ok && (await el.isDisplayed())) found.push(el);
  }
  return found;
}

/** The one visible element of `role` named `name`, waiting for it to appear. */
export async function byRole(driver, role, name, within) {
  let found = [];
  await driver.wait(async () => (found = await byRoleNow(driver, role, name, within)).length > 0, WAIT, `no ${role} named ${name}`);
  if (found.length > 1) throw new Error(`${found.length} elements of role ${role} named ${name}`);
  return found[0];
}

/**
 * The form control labelled `label`. Its accessible name may say more after the label: " *" on a
 * required field, and Firefox adds the button and state of a file input ("Browse… No file selected.").
 */
export async function byLabel(driver, label) {
  let found;
  await driver.wait(
    async () => {
      for (const el of await driver.findElements(By.css('input, select, textarea'))) {
        const name = (await el.getAccessibleName()).trim();
        if (name === label || name.startsWith(`${label} `)) return (found = el);
      }
      return false;
    },
    WAIT,
    `no field labelled ${label}`
  );
  return found;
}

export async function click(driver, role, name) {
  await (await byRole(driver, role, name)).click();
}

export async function fill(driver, label, text) {
  const el = await byLabel(driver, label);
  await el.clear();
  await el.sendKeys(text);
}

export async function choose(driver, label, optionText) {
  const select = await byLabel(driver, label);
  await select.findElement(By.xpath(`.//option[normalize-space(.)=${JSON.stringify(optionText)}]`)).click();
}

/** Goes to a page through the main menu. */
export async function goTo(driver, name) {
  const nav = await byRole(driver, 'navigation', 'Danh mục chính');
  await (await byRole(driver, 'link', name, nav)).click();
}

/** Waits until the page's text contains `text` (string or RegExp). */
export async function seeText(driver, text) {
  const body = await driver.findElement(By.css('body'));
  let last = '';
  await driver
    .wait(async () => {
      last = await body.getText();
      return typeof text === 'string' ? last.includes(text) : text.test(last);
    }, WAIT)
    .catch(() => {
      throw new Error(`the page does not show ${text}; it shows:\n${last.slice(0, 2000)}`);
    });
}

export async function heading1(driver) {
  const h1 = await driver.wait(until.elementLocated(By.css('main h1')), WAIT);
  return h1.getText();
}

/** Creates a new book through the welcome form. */
export async function createBook(driver, name) {
  await fill(driver, 'Tên công đoàn cơ sở', name);
  await fill(driver, 'Công đoàn cấp trên', 'Liên đoàn Lao động huyện Hòa Bình');
  await fill(driver, 'Nhiệm kỳ từ ngày', '20/03/2023');
  await fill(driver, 'Đến ngày', '20/03/2028');
  await click(driver, 'button', 'Tạo sổ mới');
  await driver.wait(async () => (await heading1(driver)) === name, WAIT, 'the new book did not open');
}

/** Adds a member through the form and waits for the roster to show them. */
export async function addMember(driver, fullName) {
  await goTo(driver, 'Đoàn viên');
  await click(driver, 'link', 'Thêm đoàn viên');
  await fill(driver, 'Họ và tên', fullName);
  await fill(driver, 'Ngày sinh', '15/03/1985');
  await choose(driver, 'Giới tính', 'Nữ');
  await click(driver, 'button', 'Lưu');
  await seeText(driver, 'Hiển thị 1 / 1 đoàn viên');
  await saved(driver);
}

/** Clicks the export button of the Data page and returns the saved file's path and parsed content. */
export async function exportBook(driver, downloads) {
  await goTo(driver, 'Dữ liệu');
  await click(driver, 'button', 'Xuất tệp JSON');
  let file;
  await driver.wait(
    async () => {
      // Firefox writes "name.json.part" first and renames it when done.
      const done = (await readdir(downloads)).filter((f) => f.endsWith('.json'));
      return done.length === 1 && (file = join(downloads, done[0]));
    },
    WAIT,
    'no exported file in the download folder'
  );
  return { path: file, json: JSON.parse(await readFile(file, 'utf8')) };
}

/** Imports a file through the Open/Import panel and confirms after its preview. */
export async function importBook(driver, path) {
  const input = await byLabel(driver, 'Chọn tệp sổ (.json)');
  await input.sendKeys(path);
  await click(driver, 'button', 'Xác nhận nhập tệp');
  await saved(driver);
}
