// Runs in Node: the Pack builder in real Chromium through the browser host: the live
// preview follows the choices (an Arabic pack reads right to left, Arabic on the right of the
// Chinese), an export shows its progress and hands over a PDF that poppler reads with the
// visit's title in it, Cancel stops a batch with nothing downloaded, the Arabic UI mirrors,
// and all of it works under the desktop's Content Security Policy (the preview sets no
// inline style; the engine's worker, wasm and fonts load as 'self'). The builder is
// photographed in zh-CN, en and ar, and the Arabic preview alone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { naskhSizeAdjust } from '../../core/packs/html/preview-typography';
import { paragraphStyle } from '../../core/typeset/layout/styles';
import { CSP_ORIGIN, serveUnderDesktopCsp } from './support/desktop-csp-server';
import { failOnPageErrors, useLanguage } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

type Json = Record<string, unknown>;
const sample = JSON.parse(readFileSync(new URL('../../assets/sample-workspace/sample-workspace.json', import.meta.url), 'utf8')) as {
  visits: { id: string; delegationId: string; title: Record<string, string> }[];
  delegations: { id: string; primaryLanguages: string[]; secondaryLanguages: string[] }[];
};
const VISIT = sample.visits[0]!;
const DELEGATION_LANGUAGES = (() => {
  const delegation = sample.delegations.find((d) => d.id === VISIT.delegationId)!;
  return [...delegation.primaryLanguages, ...delegation.secondaryLanguages];
})();

function packs(language: 'zh-CN' | 'en' | 'ar') {
  const tree = JSON.parse(readFileSync(new URL(`../../locales/${language}/packs.json`, import.meta.url), 'utf8')) as Json;
  return (key: string, values: Record<string, string> = {}) => {
    let node: unknown = tree;
    for (const part of key.split('.')) node = (node as Json)[part];
    return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}
const zh = packs('zh-CN');

failOnPageErrors(test, expect);

async function openBuilder(page: Page) {
  await page.goto('/#/packs');
  await expect(page.locator('[data-view="packs"] .pv-document')).toBeVisible();
  // First start: the report says the workspace was created; close it to leave the room to work.
  const report = page.locator('.open-report .link-button');
  if (await report.isVisible()) await report.click();
}

const choose = (page: Page, name: string, value: string) => page.locator(`.pack-choices input[name="${name}"][value="${value}"]`).check();

test('exports a pack in the browser: progress, then a PDF with the visit’s title that poppler reads', async ({ page }, testInfo) => {
  await openBuilder(page);
  await choose(page, 'pack-template', 'handout');
  await choose(page, 'pack-language', 'en');
  await choose(page, 'pack-layout', 'side-by-side');
  const fileName = `${VISIT.id}-handout-zh-en.pdf`;
  await expect(page.locator('.export-file-name')).toHaveText(fileName);
  // The preview is the pack: its title, English beside Chinese.
  await expect(page.locator('.pv-cover-title').first()).toHaveText(VISIT.title.en!);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: zh('export.one'), exact: true }).click();
  // The first export fetches the engine's fonts: the bar shows, and moves.
  const bar = page.locator('.export-progress-bar');
  await expect(bar).toBeVisible();
  await expect(page.locator('.export-progress [role="status"]')).toContainText(fileName);
  const received = await download;
  expect(received.suggestedFilename()).toBe(fileName);
  await expect(page.locator('.export-outcome[data-outcome="done"]')).toContainText(zh('export.done'));
  await expect(page.locator('.exported-file')).toHaveAttribute('data-file-name', fileName);
  // No "open file" in a browser: the download is the file.
  await expect(page.locator('.exported-file-actions')).toHaveCount(0);

  const path = testInfo.outputPath(fileName);
  await received.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(text.status, text.stderr).toBe(0);
  const flat = text.stdout.replace(/\s+/g, ' ');
  expect(flat).toContain(VISIT.title.en!);
  expect(flat).toContain(VISIT.title.zh!);
  await saveScreenshot(page, 'zh-CN-packs-exported');
});

test('cancels a batch of every delegation language: the job stops and nothing is downloaded', async ({ page }) => {
  await openBuilder(page);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const all = page.getByRole('button', { name: zh('export.all', { n: String(DELEGATION_LANGUAGES.length) }), exact: true });
  await all.click();
  await expect(page.locator('.export-progress-bar')).toBeVisible();
  await page.getByRole('button', { name: zh('export.cancel'), exact: true }).click();
  await expect(page.locator('.export-outcome[data-outcome="cancelled"]')).toContainText(zh('export.cancelled'));
  await expect(page.locator('.export-progress-bar')).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);

  // The next batch runs to the end: one PDF per delegation language, and a summary.
  await page.locator('.export-outcome .link-button').click();
  await all.click();
  await expect(page.locator('.export-outcome[data-outcome="done"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.exported-file')).toHaveCount(DELEGATION_LANGUAGES.length);
  await expect.poll(() => downloads.length).toBe(DELEGATION_LANGUAGES.length);
  expect([...downloads].sort()).toEqual(DELEGATION_LANGUAGES.map((l) => `${VISIT.id}-handout-zh-${l}.pdf`).sort());
});

test('previews an Arabic side-by-side handout right to left, Arabic on the right of the Chinese', async ({ page }) => {
  await useLanguage(page, 'en');
  await openBuilder(page);
  await choose(page, 'pack-language', 'ar');
  await choose(page, 'pack-layout', 'side-by-side');
  const doc = page.locator('.pv-document');
  await expect(doc).toHaveAttribute('dir', 'rtl');
  await expect(doc).toHaveAttribute('lang', 'ar');
  const row = page.locator('.pv-columns').nth(2);
  const arabic = (await row.locator('.pv-column[lang="ar"]').boundingBox())!;
  const chinese = (await row.locator('.pv-column[lang="zh"]').boundingBox())!;
  expect(arabic.x).toBeGreaterThan(chinese.x + chinese.width / 2);
  const paragraph = page.locator('.pv-column[lang="ar"] .pv-paragraph').first();
  expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect((await paragraph.evaluate((el) => getComputedStyle(el).fontFamily)).replace(/"/g, '')).toMatch(/^Briefing Arabic/);
  // The engine's typography (core/typeset/layout/styles.ts), not a copy: Naskh set larger
  // by the font's size adjustment, lines as far apart as the engine sets them.
  const [arabicSize, arabicLeading] = await paragraph.evaluate((el) => [parseFloat(getComputedStyle(el).fontSize), parseFloat(getComputedStyle(el).lineHeight)]);
  const chineseParagraph = page.locator('.pv-column[lang="zh"] .pv-paragraph').first();
  const [chineseSize, chineseLeading] = await chineseParagraph.evaluate((el) => [parseFloat(getComputedStyle(el).fontSize), parseFloat(getComputedStyle(el).lineHeight)]);
  const engine = (lang: string) => paragraphStyle('body', lang, 'start');
  expect(arabicSize / chineseSize).toBeCloseTo(naskhSizeAdjust(), 2);
  expect(arabicLeading / chineseSize).toBeCloseTo(engine('ar').leading / engine('ar').size, 1);
  expect(chineseLeading / chineseSize).toBeCloseTo(engine('zh').leading / engine('zh').size, 1);
  await saveScreenshot(page, 'en-packs-arabic-side-by-side');
  await doc.locator('.pv-sheet').nth(2).scrollIntoViewIfNeeded();
  await page.locator('.pack-preview-scroll').screenshot({ path: 'test-results/screenshots/packs-preview-arabic-side-by-side.png' });
});

for (const language of ['zh-CN', 'en', 'ar'] as const) {
  test(`the builder with its preview in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await openBuilder(page);
    const t = packs(language);
    await expect(page.locator('.pack-choices')).toContainText(t('templates.handout.name'));
    await expect(page.getByRole('navigation', { name: t('preview.contents') })).toBeVisible();
    const choices = (await page.locator('.pack-choices').boundingBox())!;
    const preview = (await page.locator('.pack-preview-pane').boundingBox())!;
    // Choices at the start side: left in Chinese and English, right in Arabic.
    if (language === 'ar') expect(choices.x).toBeGreaterThan(preview.x);
    else expect(choices.x).toBeLessThan(preview.x);
    await saveScreenshot(page, `${language}-packs-builder`);
  });
}

test('previews and exports under the desktop CSP, with no refusal', async ({ page }) => {
  const violations = await serveUnderDesktopCsp(page.context());
  await page.goto(`${CSP_ORIGIN}/index.html#/packs`);
  await expect(page.locator('.pv-document')).toBeVisible();
  await choose(page, 'pack-language', 'ar');
  await expect(page.locator('.pv-document')).toHaveAttribute('dir', 'rtl');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: zh('export.one'), exact: true }).click();
  expect((await download).suggestedFilename()).toBe(`${VISIT.id}-handout-zh-ar.pdf`);
  await expect(page.locator('.export-outcome[data-outcome="done"]')).toBeVisible();
  expect(violations).toEqual([]);
});
