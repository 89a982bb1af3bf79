// Runs in Node: the Chromium the tests and benchmarks drive (never a downloaded browser):
// Debian's, unless CHROMIUM_PATH names another (Ubuntu's snap, a distribution that puts it
// elsewhere). Playwright, the CSP test, the benchmarks and ensure-test-tools all read it here.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
