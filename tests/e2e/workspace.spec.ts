// Runs in Node: the workspace in real Chromium through the browser host (IndexedDB storage,
// the same core command logic as main): it opens on the sample workspace, a translation
// edited in place survives a reload, the Arabic editor is right to left in an Arabic face,
// and filter and search narrow the library. Every data screen is photographed in zh-CN, en
// and ar for people to look at.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DATA_AREA_IDS, strings } from './support/app-areas';
import { failOnPageErrors, useLanguage } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

const zh = strings('zh-CN');
const sample = JSON.parse(readFileSync(new URL('../../assets/sample-workspace/sample-workspace.json', import.meta.url), 'utf8')) as {
  meta: { title: string };
  library: { sections: { id: string; blocks: { id: string; kind: string; visibility: string; text?: { id: string; source: { text: string }; translations: Record<string, { text: string }> } }[] }[] };
};
const paragraphs = sample.library.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph' && b.visibility === 'public');
const paragraph = paragraphs[0]!;
/** Outline entries: each section's title and each block. */
const OUTLINE_ITEMS = sample.library.sections.length + sample.library.sections.reduce((n, s) => n + s.blocks.length, 0);
const segment = paragraph.text!;

failOnPageErrors(test, expect);

async function openBlock(page: Page, blockId: string) {
  await page.locator(`.library-outline [data-key="${blockId}"]`).click();
  await expect(page.locator('.block-detail')).toBeVisible();
}

const row = (page: Page, segmentId: string) => page.locator(`[data-segment-id="${segmentId}"]`);

test('opens on the sample workspace', async ({ page }) => {
  await page.goto('/#/library');
  await expect(page.locator('.workspace-switcher .switcher-title')).toHaveText(sample.meta.title);
  const outline = page.getByRole('navigation', { name: zh.library('outline.label') });
  await expect(outline.locator('[data-key]')).toHaveCount(OUTLINE_ITEMS);
  await expect(outline.locator('[data-internal]').first()).toBeVisible();
  await expect(page.locator('.open-report')).toContainText(zh.workspace('report.title'));
});

test('a translation edited in place is stored, and is still there after a reload', async ({ page }) => {
  await page.goto('/#/library');
  await openBlock(page, paragraph.id);
  const editor = row(page, segment.id).locator('textarea');
  await expect(editor).toHaveValue(segment.translations.en!.text);
  const edited = `${segment.translations.en!.text} (checked on site)`;
  await editor.fill(edited);
  await editor.blur();
  await expect(row(page, segment.id)).toHaveAttribute('data-status', 'translated');
  await row(page, segment.id).getByRole('combobox').selectOption('reviewed');
  await expect(row(page, segment.id)).toHaveAttribute('data-status', 'reviewed');

  await page.reload();
  await openBlock(page, paragraph.id);
  await expect(row(page, segment.id).locator('textarea')).toHaveValue(edited);
  await expect(row(page, segment.id)).toHaveAttribute('data-status', 'reviewed');
  await expect(row(page, segment.id).locator('.segment-meta')).toContainText('browser');
});

test('the Arabic editor is right to left, in the Naskh face', async ({ page }) => {
  await page.goto('/#/library');
  await openBlock(page, paragraph.id);
  await page.locator('[data-filter="language"]').selectOption('ar');
  const editor = row(page, segment.id).locator('textarea');
  await expect(editor).toHaveValue(segment.translations.ar!.text);
  const style = await editor.evaluate((el) => ({ direction: getComputedStyle(el).direction, font: getComputedStyle(el).fontFamily, lang: el.getAttribute('lang') }));
  expect(style.direction).toBe('rtl');
  expect(style.lang).toBe('ar');
  expect(style.font.replace(/"/g, '')).toMatch(/^Briefing Arabic/);
  // The Chinese source beside it stays left to right.
  const source = await row(page, segment.id).locator('.segment-source').evaluate((el) => getComputedStyle(el).direction);
  expect(source).toBe('ltr');
  // Typing Arabic at the end goes to the left edge, where Arabic lines end.
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' تجربة');
  await editor.blur();
  await expect(row(page, segment.id)).toHaveAttribute('data-status', 'translated');
  await saveScreenshot(page, 'zh-CN-library-arabic-editor');
});

test('filter by status and search in any language narrow the library', async ({ page }) => {
  await page.goto('/#/library');
  const outline = page.getByRole('navigation', { name: zh.library('outline.label') });
  const all = OUTLINE_ITEMS;
  await expect(outline.locator('[data-key]')).toHaveCount(all);
  // Nothing is a draft in the sample; make one, then filter for drafts.
  await openBlock(page, paragraph.id);
  await row(page, segment.id).locator('textarea').fill('A first draft.');
  await row(page, segment.id).locator('textarea').blur();
  await row(page, segment.id).getByRole('combobox').selectOption('draft');
  await expect(row(page, segment.id)).toHaveAttribute('data-status', 'draft');
  await page.locator('[data-filter="status"]').selectOption('draft');
  await expect(outline.locator('[data-key]')).toHaveCount(1);
  await expect(page.locator('.segment-row[data-segment-id]')).toHaveCount(1);
  await page.locator('[data-filter="status"]').selectOption('all');
  await expect(outline.locator('[data-key]')).toHaveCount(all);

  // A Russian word finds its blocks while English is shown; Chinese finds Chinese.
  const russian = segment.translations.ru!.text.split(/\s+/).find((w) => w.length > 6)!;
  await page.locator('[data-filter="query"]').fill(russian);
  // The search runs once typing pauses: wait for the outline to narrow.
  await expect.poll(() => outline.locator('[data-key]').count()).toBeLessThan(all);
  const found = await outline.locator('[data-key]').count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  await expect(outline.locator(`[data-key="${paragraph.id}"]`)).toBeVisible();
  await page.locator('[data-filter="query"]').fill('联络站');
  await expect(outline.locator('[data-key]').first()).toBeVisible();
  await page.locator('[data-filter="query"]').fill('zzzz-nothing');
  await expect(page.getByText(zh.library('filter.noMatches'))).toBeVisible();
  await saveScreenshot(page, 'zh-CN-library-no-matches');
});

test('the file menu opens a fresh copy of the sample beside the edited workspace', async ({ page }) => {
  await page.goto('/#/library');
  await openBlock(page, paragraph.id);
  await row(page, segment.id).locator('textarea').fill('Edited in the first workspace.');
  await row(page, segment.id).locator('textarea').blur();
  await expect(row(page, segment.id)).toHaveAttribute('data-status', 'translated');
  await page.locator('.file-menu summary').click();
  await saveScreenshot(page, 'zh-CN-file-menu');
  await page.locator('.file-menu [data-action="openSample"]').click();
  await expect(page.locator('.switcher-file')).toContainText(zh.workspace('switcher.sample'));
  await openBlock(page, paragraph.id);
  await expect(row(page, segment.id).locator('textarea')).toHaveValue(segment.translations.en!.text);
  // The first one is still there, under Recent.
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu [data-action="openRecent"]').nth(1).click();
  await openBlock(page, paragraph.id);
  await expect(row(page, segment.id).locator('textarea')).toHaveValue('Edited in the first workspace.');
});

for (const language of ['zh-CN', 'en', 'ar'] as const) {
  test(`every data screen in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await page.goto('/#/library');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    // First start: the report says the workspace was created; dismissing it leaves the room to work.
    await expect(page.locator('.open-report')).toBeVisible();
    await page.locator('.open-report .link-button').click();
    await expect(page.locator('.open-report')).toHaveCount(0);
    for (const id of DATA_AREA_IDS) {
      await page.locator(`.sidebar a[data-area="${id}"]`).click();
      await expect(page.locator(`[data-view="${id}"] nav`).first()).toBeVisible();
      if (id === 'library') await openBlock(page, sample.library.sections[1]!.blocks[0]!.id);
      await saveScreenshot(page, `${language}-screen-${id}`);
    }
    await page.locator('.sidebar a[data-area="library"]').click();
    const internal = sample.library.sections.flatMap((s) => s.blocks).find((b) => b.visibility === 'internal')!;
    await openBlock(page, internal.id);
    await expect(page.locator('.internal-banner')).toBeVisible();
    await saveScreenshot(page, `${language}-screen-library-internal`);
  });
}
