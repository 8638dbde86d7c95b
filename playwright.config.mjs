// Playwright e2e config: Debian's Chromium (Playwright's own browser download is
// not reachable here) against dist/ served by tests/e2e/serve.mjs.
import { defineConfig } from '@playwright/test';
import { chromiumOptions } from './tests/e2e/browser.mjs';

// E2E_PORT: another checkout on the same machine may be serving 8090.
const PORT = Number(process.env.E2E_PORT ?? 8090);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'vi-VN',
    screenshot: 'only-on-failure',
    launchOptions: chromiumOptions,
  },
  webServer: {
    command: `node tests/e2e/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 10_000,
    stdout: 'ignore',
  },
});
