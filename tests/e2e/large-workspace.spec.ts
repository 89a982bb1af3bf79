// Runs in Node: a library of 5,000 segments imported into the browser host stays small in
// the page (windowed outline), keeps its screen-reader semantics (each row's place in the
// whole list), is walked by keyboard to its very end, searched, and edited.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticWorkspace } from '../../core/workspace/synthetic-workspace';
import { failOnPageErrors, useLanguage } from './support/page-errors';

const SEGMENTS = 5_000;
let folder = '';
let file = '';

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'large-workspace-'));
  file = join(folder, 'large.json');
  writeFileSync(file, JSON.stringify(syntheticWorkspace({ segments: SEGMENTS, seed: 11 })));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

failOnPageErrors(test, expect);

test('a 5,000-segment library: few DOM nodes, row semantics, keyboard to the end, search, edit', async ({ page }) => {
  test.setTimeout(120_000);
  await useLanguage(page, 'en');
  await page.goto('/#/library');
  await expect(page.locator('.library-outline')).toBeVisible();
  await page.locator('.file-menu-button').click();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-action="open"]').click();
  await (await chooser).setFiles(file);
  await expect(page.locator('.switcher-title')).toHaveText(`Synthetic workspace, ${SEGMENTS} segments`, { timeout: 60_000 });

  const rows = page.locator('.library-outline li[aria-posinset]');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(SEGMENTS));
  expect(await rows.count()).toBeLessThan(60);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5_000);

  // The keyboard reaches the last item, which the page did not hold until then.
  await page.locator('.library-outline [data-key]').first().focus();
  await page.keyboard.press('End');
  const last = page.locator(`.library-outline li[aria-posinset="${SEGMENTS}"] [data-key]`);
  await expect(last).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(last).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`.library-outline li[aria-posinset="${SEGMENTS - 1}"] [data-key]`)).toBeFocused();

  // A search narrows the outline; Arabic without its vowel signs finds vowelled text too.
  await page.locator('[data-filter="query"]').fill('محامون');
  await expect(page.locator('.filter-summary')).toContainText('Matching segments');
  const found = Number((await page.locator('.library-outline li[aria-posinset]').first().getAttribute('aria-setsize')) ?? '0');
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(SEGMENTS);
  await page.locator('[data-filter="query"]').fill('');
  await expect(page.locator('.filter-summary')).toContainText(`${SEGMENTS} segments`);

  // An edit in the first item (Home: the outline is still scrolled to its end) is stored and survives a reload.
  await page.locator('.library-outline [data-key]').first().focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.library-outline li[aria-posinset="1"] [data-key]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.library-outline li[aria-posinset="1"] [data-key]')).toHaveAttribute('aria-current', 'true');
  const editor = page.locator('.segment-editor').first();
  await editor.fill('An edit in a large library.');
  await editor.press('Tab');
  await expect(page.locator('.segment-row .segment-meta').first()).toContainText('browser');
  await page.reload();
  await expect(page.locator('.switcher-title')).toHaveText(`Synthetic workspace, ${SEGMENTS} segments`, { timeout: 60_000 });
  await page.locator('.library-outline [data-key]').first().click();
  await expect(page.locator('.segment-editor').first()).toHaveValue('An edit in a large library.');
});
