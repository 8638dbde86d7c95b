// The one way every script starts Debian's Chromium: the e2e tests, the bench and the tools.
// The closed network refuses Chromium's background connections; the flags keep it quiet.
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
