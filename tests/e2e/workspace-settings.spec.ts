// Runs in Node: the workspace's own settings in real Chromium through the browser host: the
// host organisation's name is edited and the pack preview prints the new one; a language
// is added by its code, own name and direction, and a pack in it is laid out right to left.
// Photographed in Arabic.
import { expect, test, type Page } from '@playwright/test';
import { namespaceStrings } from './support/app-areas';
import { failOnPageErrors, useLanguage } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

const en = namespaceStrings('en', 'workspace-settings');

failOnPageErrors(test, expect);

async function openSettings(page: Page) {
  await page.goto('/#/settings');
  await expect(page.locator('[data-section="host"]')).toBeVisible();
  const report = page.locator('.open-report .link-button');
  if (await report.isVisible()) await report.click();
}

test('the host organisation is the workspace’s: renamed in Settings, printed so in the pack', async ({ page }) => {
  await useLanguage(page, 'en');
  await openSettings(page);
  const host = page.locator('[data-section="host"]');
  const english = host.locator('.language-grid-row[data-language="en"] input, .language-grid-row[data-language="en"] textarea').first();
  await expect(english).toHaveValue('Chaoyang District People’s Congress Standing Committee');
  await english.fill('Haidian District People’s Congress Standing Committee');
  await english.press('Enter');
  await page.goto('/#/packs');
  await page.locator('.pack-choices input[name="pack-language"][value="en"]').check();
  await page.locator('.pack-choices input[name="pack-layout"][value="single"]').check();
  await expect(page.locator('.pv-cover-band-text').first()).toContainText('Haidian District People’s Congress Standing Committee');
});

test('adds a right-to-left language from Settings, and its pack reads right to left', async ({ page }) => {
  await useLanguage(page, 'ar');
  await openSettings(page);
  const languages = page.locator('[data-section="languages"]');
  await languages.locator('input[name="language-code"]').fill('prs');
  await languages.locator('input[name="language-name"]').fill('دری');
  await languages.locator('form select').selectOption('rtl');
  await languages.locator('form button[type="submit"]').click();
  const added = languages.locator('.workspace-language[data-language="prs"]');
  await expect(added).toBeVisible();
  await expect(added.locator('select')).toHaveValue('rtl');
  await expect(languages.locator('input[name="language-code"]')).toHaveValue('');
  await saveScreenshot(page, 'ar-settings-workspace');

  // A code that is already there is refused, with the reason, and nothing is added.
  await languages.locator('input[name="language-code"]').fill('prs');
  await languages.locator('input[name="language-name"]').fill('دری');
  await languages.locator('form button[type="submit"]').click();
  await expect(languages.locator('form .command-error')).toBeVisible();
  await expect(languages.locator('.workspace-language[data-language="prs"]')).toHaveCount(1);

  // A pack in the new language (its preview fills the untranslated text with Chinese): right to left.
  await page.goto('/#/packs');
  await page.locator('.pack-choices input[name="pack-language"][value="prs"]').check();
  await page.locator('.pack-choices input[name="pack-layout"][value="single"]').check();
  await expect(page.locator('.pv-document')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.pv-document')).toHaveAttribute('lang', 'prs-Arab');
});

test('the settings of the workspace are named in English too', async ({ page }) => {
  await useLanguage(page, 'en');
  await openSettings(page);
  await expect(page.locator('#settings-host')).toHaveText(en('host.title'));
  await expect(page.locator('#settings-languages')).toHaveText(en('languages.title'));
});
