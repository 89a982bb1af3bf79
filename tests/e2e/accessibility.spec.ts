// Runs in Node: the accessibility audit of every screen, in Chinese, English and Arabic:
// axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation, every
// focusable control shows where the focus is, and the keyboard alone reaches the controls
// of each screen in order (Tab through, nothing skipped, nothing trapped).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AREA_IDS, DATA_AREA_IDS } from './support/app-areas';
import { failOnPageErrors, useLanguage } from './support/page-errors';

const LANGUAGES = ['zh-CN', 'en', 'ar'] as const;
const SCREENS = [...AREA_IDS, 'settings'] as const;

failOnPageErrors(test, expect);

async function openScreen(page: Page, screen: (typeof SCREENS)[number]) {
  await page.goto(`/#/${screen}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((DATA_AREA_IDS as readonly string[]).includes(screen)) await expect(page.locator(`[data-view="${screen}"] nav`).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const language of LANGUAGES) {
  test(`no serious or critical axe violation on any screen in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await useLanguage(page, language);
    const found: string[] = [];
    for (const screen of SCREENS) {
      await openScreen(page, screen);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of results.violations) {
        if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
        found.push(`${screen}: ${violation.id} (${violation.impact}, ${violation.nodes.length}×) ${violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('the keyboard reaches every control of every screen, each showing its focus', async ({ page }) => {
  test.setTimeout(180_000);
  await useLanguage(page, 'en');
  for (const screen of SCREENS) {
    await openScreen(page, screen);
    // What a keyboard user should reach: every enabled, visible control in the page.
    const controls = await page.evaluate(() => {
      const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('details:not([open]) > :not(summary)'))
        .map((el, i) => (el.dataset.tabProbe = String(i)));
    });
    const reached = new Set<string>();
    await page.locator('body').focus();
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { probe: el.dataset.tabProbe ?? null, visible, what: `${el.tagName.toLowerCase()}.${el.className}` };
      });
      if (!focus) continue;
      expect(focus.visible, `${screen}: focus is not visible on ${focus.what}`).toBe(true);
      if (focus.probe !== null) reached.add(focus.probe);
    }
    const missed = controls.filter((probe) => !reached.has(probe));
    const names = await Promise.all(missed.slice(0, 5).map((probe) => page.locator(`[data-tab-probe="${probe}"]`).evaluate((el) => el.outerHTML.slice(0, 120))));
    expect(names, `${screen}: controls the Tab key never reached`).toEqual([]);
  }
});
