// Runs in Node: Playwright for tests/e2e. The browser is Debian's Chromium (never a
// downloaded one); the app is the built renderer served by `vite preview` on port 4317, or on
// BRIEFING_E2E_PORT so that several checkouts can run their end-to-end tests side by side.
// tests/e2e/electron-smoke.spec.ts launches Electron itself and ignores the page and server.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './scripts/chromium-path.mjs';

const PORT = Number(process.env.BRIEFING_E2E_PORT ?? 4317);
const BASE_URL = `http://localhost:${PORT}`;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Serves dist/renderer as built: `npm test` builds first; by hand run `npm run build:renderer`.
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
