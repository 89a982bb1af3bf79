// Runs in Node: the app shell in real Chromium, served from the built dist/renderer through
// the browser host: default language, navigation, language switch and persistence, RTL.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AREA_IDS, DATA_AREA_IDS, strings } from './support/app-areas';
import { failOnPageErrors } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

const zh = strings('zh-CN');
const en = strings('en');
const ar = strings('ar');
const packageVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

/** The sidebar, found by its accessible name in whichever language is showing. */
const sidebar = (page: Page) =>
  page
    .getByRole('navigation', { name: zh.nav('label') })
    .or(page.getByRole('navigation', { name: en.nav('label') }))
    .or(page.getByRole('navigation', { name: ar.nav('label') }));

async function chooseLanguage(page: Page, native: string) {
  await page.locator('a[data-area="settings"]').click();
  await page.getByRole('radio', { name: native }).check();
}

failOnPageErrors(test, expect);

test('opens in Chinese by default, on the library', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const nav = sidebar(page);
  for (const id of AREA_IDS) await expect(nav.getByRole('link', { name: zh.nav(id), exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: zh.nav('library'), exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas('library.title'));
  await expect(page).toHaveTitle(new RegExp(zh.nav('library')));
  await saveScreenshot(page, 'zh-CN-library');
});

test('reaches every area from the sidebar: the workspace in the data areas, plans in the others', async ({ page }) => {
  await page.goto('/');
  for (const id of AREA_IDS) {
    await sidebar(page).getByRole('link', { name: zh.nav(id), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas(`${id}.title`));
    if ((DATA_AREA_IDS as readonly string[]).includes(id)) {
      // The sample workspace fills them: a list or outline, not the empty state.
      await expect(page.locator(`[data-view="${id}"] nav`).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: zh.areas(`${id}.empty.heading`) })).toHaveCount(0);
    } else {
      await expect(page.getByRole('heading', { level: 2, name: zh.areas(`${id}.empty.heading`) })).toBeVisible();
      await expect(page.getByText(zh.areas(`${id}.empty.body`))).toBeVisible();
    }
    await expect(sidebar(page).locator('[aria-current="page"]')).toHaveAttribute('data-area', id);
    await saveScreenshot(page, `zh-CN-${id}`);
  }
  // The hash is the route: going back returns to the previous area.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas('packs.title'));
});

test('switches to English, and the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = sidebar(page);
  for (const id of AREA_IDS) await expect(nav.getByRole('link', { name: en.nav(id), exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings('title'));
  await saveScreenshot(page, 'en-settings');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await sidebar(page).getByRole('link', { name: en.nav('library'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.areas('library.title'));
  await saveScreenshot(page, 'en-library');
});

test('switches to Arabic: the page turns right-to-left and the sidebar moves to the right edge, and back', async ({
  page,
}) => {
  await page.goto('/');
  const viewport = page.viewportSize()!;
  const before = (await sidebar(page).boundingBox())!;
  expect(before.x).toBeLessThanOrEqual(1);

  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.settings('title'));
  const rtl = (await sidebar(page).boundingBox())!;
  expect(Math.abs(rtl.x + rtl.width - viewport.width)).toBeLessThanOrEqual(1);
  expect(rtl.x).toBeGreaterThan(viewport.width / 2);
  // The workspace's text starts at its right edge, beside the sidebar.
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const main = (await page.getByRole('main').boundingBox())!;
  expect(main.x + main.width - (title.x + title.width)).toBeLessThan(80);
  await saveScreenshot(page, 'ar-settings');

  await sidebar(page).getByRole('link', { name: ar.nav('library'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.areas('library.title'));
  await expect(page.getByRole('navigation', { name: ar.library('outline.label') })).toBeVisible();
  await saveScreenshot(page, 'ar-library');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await chooseLanguage(page, '简体中文');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const back = (await sidebar(page).boundingBox())!;
  expect(back.x).toBeLessThanOrEqual(1);
  await expect(sidebar(page).getByRole('link', { name: zh.nav('library'), exact: true })).toBeVisible();
});

test('settings show the web host and the version from package.json', async ({ page }) => {
  await page.goto('/#/settings');
  const facts = page.locator('.about-facts');
  await expect(facts.locator('[data-fact="host"]')).toHaveAttribute('data-host', 'web');
  await expect(facts.locator('[data-fact="host"]')).toHaveText(zh.settings('about.hosts.web'));
  await expect(facts.locator('[data-fact="version"]')).toHaveText(packageVersion);
  await saveScreenshot(page, 'zh-CN-settings');
});

test('draws Chinese, Arabic and Latin with the bundled Noto fonts', async ({ page }) => {
  await page.goto('/#/settings');
  // The language switch shows all three scripts at once.
  await expect(page.getByRole('radio', { name: 'العربية' })).toBeVisible();
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`);
  });
  for (const family of ['Briefing Latin', 'Briefing CJK', 'Briefing Arabic']) {
    expect(loaded.some((face) => face.replace(/"/g, '').startsWith(family)), `${family} in ${loaded.join(', ')}`).toBe(true);
  }
  await saveScreenshot(page, 'zh-CN-three-scripts');
});

for (const [language, native] of [
  ['zh-CN', '简体中文'],
  ['en', 'English'],
  ['ar', 'العربية'],
] as const) {
  // The smallest desktop window (the master lists stack over their details there) and a
  // common laptop one (lists beside details).
  test(`every screen fits the 960×640 and 1280×800 windows in ${language} without clipping`, async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, native);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const sizes = [[960, 640], [1280, 800]] as const;
    for (const [width, height, view] of sizes.flatMap(([w, h]) => ['settings', ...DATA_AREA_IDS].map((v) => [w, h, v] as const))) {
      await page.setViewportSize({ width, height });
      await page.goto(`/#/${view}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const overflow = await page.evaluate(() => {
        const clipped = [...document.querySelectorAll<HTMLElement>('.app-shell *')]
          // Text cut on purpose with an ellipsis, and text kept for screen readers only, is not clipping.
          .filter(
            (el) =>
              el.scrollWidth > el.clientWidth + 1 &&
              getComputedStyle(el).overflowX !== 'visible' &&
              getComputedStyle(el).textOverflow !== 'ellipsis' &&
              !el.classList.contains('visually-hidden') &&
              // Made to scroll sideways: the travel-time matrix (it grows with the venues) and
              // the strip of contents chips over the pack preview.
              !el.classList.contains('matrix-scroll') &&
              !el.classList.contains('pack-preview-contents'),
          )
          .map((el) => `${el.className || el.tagName}: ${el.textContent?.slice(0, 40)}`);
        return { page: document.documentElement.scrollWidth - window.innerWidth, clipped };
      });
      expect(overflow.page, `no horizontal scrolling: ${view} at ${width}×${height}`).toBeLessThanOrEqual(0);
      expect(overflow.clipped, `${view} at ${width}×${height}`).toEqual([]);
      await saveScreenshot(page, `${language}-${view}-${width}x${height}`);
    }
  });
}
