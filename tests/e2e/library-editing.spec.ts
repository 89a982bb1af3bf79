// Runs in Node: the Library's editing in real Chromium through the browser host (IndexedDB
// storage, the same core command logic as main): a section and its blocks added, the
// Chinese source written and edited in place, blocks and sections reordered with buttons
// and Alt+arrows, a block deleted after confirmation; after a reload everything is as it
// was left. The editing tools are photographed in zh-CN, en and ar for people to look at.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strings } from './support/app-areas';
import { failOnPageErrors, useLanguage } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

type SampleBlock = { id: string; kind: string; visibility: string; text?: { id: string; source: { text: string } } };
const sample = JSON.parse(readFileSync(new URL('../../assets/sample-workspace/sample-workspace.json', import.meta.url), 'utf8')) as {
  library: { sections: { id: string; title: { source: { text: string } }; blocks: SampleBlock[] }[] };
};
const blocks = sample.library.sections.flatMap((s) => s.blocks);
const paragraph = blocks.find((b) => b.kind === 'paragraph' && b.visibility === 'public')!;
const figures = blocks.find((b) => b.kind === 'keyFigures')!;
const lastSection = sample.library.sections.at(-1)!;

failOnPageErrors(test, expect);

async function openLibrary(page: Page) {
  await page.goto('/#/library');
  await expect(page.locator('.library-outline')).toBeVisible();
  // First start says the workspace was created; dismissed, it leaves the room to work.
  await page.locator('.open-report .link-button').click();
  await expect(page.locator('.open-report')).toHaveCount(0);
}

const outline = (page: Page) => page.locator('.library-outline');
const outlineKeys = (page: Page) => outline(page).locator('[data-key]').evaluateAll((items) => items.map((i) => i.getAttribute('data-key')!));
const selectedKey = (page: Page) => outline(page).locator('[aria-current="true"]').getAttribute('data-key');
const detail = (page: Page) => page.locator('.block-detail');
const focusedSource = (page: Page) => page.locator('.block-detail .segment-source textarea:focus');

async function addSection(page: Page, title: string): Promise<string> {
  await page.locator('[data-add="section"] input').fill(title);
  await page.locator('[data-add="section"] input').press('Enter');
  const item = outline(page).locator('.outline-item-section').filter({ hasText: title });
  await expect(item).toHaveAttribute('aria-current', 'true');
  return (await item.getAttribute('data-key'))!;
}

/** Inserts a block below the selected item and writes its first Chinese text; returns its key. */
async function insertBlock(page: Page, kind: string, text: string): Promise<string> {
  await detail(page).locator(`[data-insert="${kind}"]`).click();
  await expect(focusedSource(page)).toBeVisible();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  const key = (await selectedKey(page))!;
  await expect(outline(page).locator(`[data-key="${key}"] .outline-item-preview`)).toContainText(text);
  return key;
}

test('a section and its blocks are added, written, reordered and deleted, and stay so after a reload', async ({ page }) => {
  const zh = strings('zh-CN');
  await openLibrary(page);
  const before = await outlineKeys(page);

  const section = await addSection(page, '对外交流活动');
  const body = await insertBlock(page, 'paragraph', '联系点先后接待多批外国代表团。');
  const heading = await insertBlock(page, 'heading', '对外交流');
  const list = await insertBlock(page, 'bullets', '介绍立法联系点的工作流程');
  expect((await outlineKeys(page)).slice(-4)).toEqual([section, body, heading, list]);

  // The paragraph's source, edited again in place.
  await outline(page).locator(`[data-key="${body}"]`).click();
  await detail(page).locator('.source-edit-button').click();
  await expect(focusedSource(page)).toBeVisible();
  await focusedSource(page).fill('联系点已先后接待多批外国代表团和驻华使节。');
  await focusedSource(page).blur();
  await expect(detail(page).locator('.source-text')).toHaveText('联系点已先后接待多批外国代表团和驻华使节。');

  // The heading goes above the paragraph with the button; the section goes up with Alt+↑.
  await outline(page).locator(`[data-key="${heading}"]`).click();
  await detail(page).locator('[data-move="up"]').click();
  await expect.poll(() => outlineKeys(page).then((keys) => keys.slice(-4))).toEqual([section, heading, body, list]);
  await outline(page).locator(`[data-key="${section}"]`).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(outline(page).locator(`[data-key="${section}"]`)).toBeFocused();
  const lastKeys = [`section:${lastSection.id}`, ...lastSection.blocks.map((b) => b.id)];
  await expect.poll(() => outlineKeys(page).then((keys) => keys.slice(-(4 + lastKeys.length)))).toEqual([section, heading, body, list, ...lastKeys]);

  // The list is deleted after a second click.
  await outline(page).locator(`[data-key="${list}"]`).click();
  const remove = detail(page).locator('.item-toolbar button', { hasText: zh.library('edit.deleteBlock') });
  await remove.click();
  await expect(remove).toHaveAttribute('data-armed', 'true');
  await saveScreenshot(page, 'library-edit-zh-CN-delete');
  await remove.click();
  await expect(outline(page).locator(`[data-key="${list}"]`)).toHaveCount(0);
  await expect(outline(page).locator(`[data-key="${body}"]`)).toHaveAttribute('aria-current', 'true');

  const expected = [...before.slice(0, before.length - lastKeys.length), section, heading, body, ...lastKeys];
  expect(await outlineKeys(page)).toEqual(expected);

  await page.reload();
  await expect(outline(page)).toBeVisible();
  expect(await outlineKeys(page)).toEqual(expected);
  await outline(page).locator(`[data-key="${body}"]`).click();
  await expect(detail(page).locator('.source-text')).toHaveText('联系点已先后接待多批外国代表团和驻华使节。');
  await expect(outline(page).locator(`[data-key="${heading}"] .outline-item-preview`)).toHaveText('对外交流');
});

test('a changed source sends its translations back to draft, visibly, unless it is a typo fix', async ({ page }) => {
  await openLibrary(page);
  await outline(page).locator(`[data-key="${paragraph.id}"]`).click();
  const row = page.locator(`[data-segment-id="${paragraph.text!.id}"]`);
  await expect(row).toHaveAttribute('data-status', 'reviewed');

  // A typo fix first: statuses stay.
  await detail(page).locator('.source-rule input').check();
  await row.locator('.source-edit-button').click();
  await row.locator('.segment-source textarea').press('Control+End');
  await page.keyboard.type('。');
  await row.locator('.segment-source textarea').blur();
  await expect(row.locator('.source-text')).toHaveText(`${paragraph.text!.source.text}。`);
  await expect(row).toHaveAttribute('data-status', 'reviewed');
  await expect(row.locator('.source-recheck')).toHaveCount(0);

  // A real change: every reviewed translation is a draft again, and the row says which.
  await detail(page).locator('.source-rule input').uncheck();
  await row.locator('.source-edit-button').click();
  await row.locator('.segment-source textarea').fill(`${paragraph.text!.source.text}（已更新）`);
  await row.locator('.segment-source textarea').blur();
  await expect(row).toHaveAttribute('data-status', 'draft');
  await expect(row.locator('.source-recheck')).toContainText('阿拉伯语');
  await page.locator('[data-filter="language"]').selectOption('ar');
  await expect(page.locator(`[data-segment-id="${paragraph.text!.id}"]`)).toHaveAttribute('data-status', 'draft');
  // Escape leaves the field without a command.
  await page.locator(`[data-segment-id="${paragraph.text!.id}"] .source-edit-button`).click();
  await page.keyboard.type('不要保存');
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-segment-id="${paragraph.text!.id}"] .source-edit-button`)).toBeFocused();
  await page.reload();
  await outline(page).locator(`[data-key="${paragraph.id}"]`).click();
  await expect(page.locator(`[data-segment-id="${paragraph.text!.id}"] .source-text`)).toHaveText(`${paragraph.text!.source.text}（已更新）`);
});

for (const language of ['zh-CN', 'en', 'ar'] as const) {
  test(`the editing tools in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await openLibrary(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // A changed source with its notice.
    await outline(page).locator(`[data-key="${paragraph.id}"]`).click();
    const row = page.locator(`[data-segment-id="${paragraph.text!.id}"]`);
    await row.locator('.source-edit-button').click();
    await row.locator('.segment-source textarea').fill(`${paragraph.text!.source.text}（已更新）`);
    await row.locator('.segment-source textarea').blur();
    await expect(row.locator('.source-recheck')).toBeVisible();
    await saveScreenshot(page, `library-edit-${language}-source`);

    // Key figures with their unit and precision.
    await outline(page).locator(`[data-key="${figures.id}"]`).click();
    await expect(detail(page).locator('.figure-unit').first()).toBeVisible();
    await saveScreenshot(page, `library-edit-${language}-figures`);

    // A new section with a table being written.
    await addSection(page, '交流日程');
    await detail(page).locator('[data-insert="table"]').click();
    await expect(focusedSource(page)).toBeVisible();
    await page.keyboard.type('日期');
    await page.keyboard.press('Control+Enter');
    await expect(detail(page).locator('.source-text').first()).toHaveText('日期');
    // The second header cell, still empty, is open for writing.
    await expect(detail(page).locator('.segment-source textarea').first()).toHaveAttribute('lang', 'zh-CN');
    await saveScreenshot(page, `library-edit-${language}-table`);
  });
}
