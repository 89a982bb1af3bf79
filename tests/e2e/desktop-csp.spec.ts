// Runs in Node: the built renderer as the desktop serves it: from its own origin, under the
// Electron host's real Content-Security-Policy and headers, and from a nested path (proof
// that every asset URL is relative). https://briefing.test stands in for app://briefing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { mimeTypeFor } from '../../electron/protocol/mime-types';
import { securityHeaders } from '../../electron/security/content-security-policy';
import { strings } from './support/app-areas';
import { collectPageErrors } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

const distRoot = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const ORIGIN = 'https://briefing.test';
const PREFIX = '/nested/deeper/';

test('runs under the desktop CSP from a nested path, with no refusal and no missing file', async ({ page }) => {
  const errors = collectPageErrors(page);
  const served: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!path.startsWith(PREFIX)) return route.fulfill({ status: 404, body: 'outside the app' });
    const file = join(distRoot, path.slice(PREFIX.length) || 'index.html');
    served.push(path.slice(PREFIX.length));
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(file) }, body });
    } catch {
      await route.fulfill({ status: 404, headers: securityHeaders(), body: 'not found' });
    }
  });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });

  await page.goto(`${ORIGIN}${PREFIX}index.html`);
  const zh = strings('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas('library.title'));
  // An edit runs the model's zod schemas in the page (the renderer applies each acknowledged
  // command to its copy): under this CSP they must not try eval.
  const row = page.locator('.segment-row[data-segment-id]').first();
  await row.locator('textarea').fill('Checked under the desktop policy.');
  await row.locator('textarea').blur();
  await expect(row).toHaveAttribute('data-status', /draft|translated/);
  // Show all three scripts so every font face is fetched under the policy.
  await page.locator('a[data-area="settings"]').click();
  await expect(page.getByRole('radio', { name: 'العربية' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await saveScreenshot(page, 'desktop-csp-settings');

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  expect(served.some((file) => file.endsWith('.ttf'))).toBe(true);
  expect(served.some((file) => /^assets\/web-host-.*\.js$/.test(file))).toBe(true);
});
