// Runs in Node: the itinerary editor in real Chromium through the browser host: a stop added
// with the keyboard alone, dragged with the mouse into an overlap (the error shows on the
// stop and in the list), put back with undo, a version issued, a stop moved with the
// keyboard and the change listed, and the .ics downloaded and read back. The editor is
// photographed in zh-CN, en and ar.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, useLanguage } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

const en = JSON.parse(readFileSync(new URL('../../locales/en/itinerary.json', import.meta.url), 'utf8'));
const sample = JSON.parse(readFileSync(new URL('../../assets/sample-workspace/sample-workspace.json', import.meta.url), 'utf8')) as {
  visits: { id: string; stops: { id: string; start: string; end: string }[] }[];
};
const visit = sample.visits[0]!;
const firstStop = visit.stops[0]!;

failOnPageErrors(test, expect);

const block = (page: Page, id: string) => page.locator(`.stop-block[data-stop-id="${id}"]`);
const blockButton = (page: Page, id: string) => block(page, id).locator('.stop-block-body');

async function openEditor(page: Page) {
  await page.goto('/#/visits');
  await expect(page.locator('.itinerary-editor')).toBeVisible();
  await expect(page.locator('.stop-block')).toHaveCount(visit.stops.length);
}

test('plan, check, issue, change and export an itinerary', async ({ page }) => {
  await useLanguage(page, 'en');
  await openEditor(page);
  await expect(page.locator('.itinerary-checks [role="status"]')).toHaveText(en.checks.none);

  // Add a stop with the keyboard alone: focus "Add stop", Enter; the new stop takes the focus.
  await page.getByRole('button', { name: en.editor.addStop }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.stop-block')).toHaveCount(visit.stops.length + 1);
  const added = await page.evaluate(() => (document.activeElement?.closest('.stop-block') as HTMLElement | null)?.dataset.stopId ?? '');
  expect(added).toMatch(/^stop-/);
  await expect(blockButton(page, added)).toContainText('16:15–17:15');
  // Arrow keys move it: two steps later.
  await page.keyboard.press('ArrowDown');
  await expect(blockButton(page, added)).toContainText('16:20–17:20');
  await page.keyboard.press('ArrowUp');
  await expect(blockButton(page, added)).toContainText('16:15–17:15');
  await page.getByLabel(en.editor.activity).fill('告别合影');
  await page.getByLabel(en.editor.activity).press('Enter');
  await expect(blockButton(page, added)).toContainText('告别合影');

  // Drag it with the mouse onto the stop before it: an overlap, shown on both stops and in the list.
  await block(page, added).scrollIntoViewIfNeeded();
  const box = (await block(page, added).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 20, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y - 40, { steps: 4 });
  await page.mouse.up();
  await expect(block(page, added)).toHaveAttribute('data-severity', 'error');
  const overlap = page.locator('.finding-list [data-check="overlap"]');
  await expect(overlap).toHaveCount(1);
  await expect(overlap).toContainText('Overlaps');
  await saveScreenshot(page, 'itinerary-overlap-en');

  // Fix it: undo the drag (Ctrl+Z on the stop).
  await blockButton(page, added).focus();
  await page.keyboard.press('Control+z');
  await expect(blockButton(page, added)).toContainText('16:15–17:15');
  await expect(page.locator('.finding-list [data-check="overlap"]')).toHaveCount(0);
  await expect(block(page, added)).not.toHaveAttribute('data-severity', 'error');

  // Issue version 1.
  await page.getByLabel(en.versions.comment).fill('Sent to the embassies');
  await page.getByRole('button', { name: en.versions.issue.replace('{{n}}', '1') }).click();
  await expect(page.locator('.version-list li')).toHaveCount(1);
  await expect(page.locator('.change-list')).toContainText(en.versions.noChanges);

  // Move the first stop ten minutes earlier with the keyboard; the change list says so.
  await blockButton(page, firstStop.id).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(blockButton(page, firstStop.id)).toContainText('08:50–09:35');
  const change = page.locator('.change-list li[data-kind="moved"]');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(`2026-04-16 ${firstStop.start}–${firstStop.end} → 2026-04-16 08:50–09:35`);
  await saveScreenshot(page, 'itinerary-changes-en');

  // Download the .ics (Arabic) and read it back.
  await page.getByLabel(en.calendar.language).selectOption('ar');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.calendar.download }).click()]);
  expect(download.suggestedFilename()).toBe(`${visit.id}-v1.ar.ics`);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('METHOD:PUBLISH');
  expect(text).toContain('BEGIN:VTIMEZONE');
  expect(text).toContain(`DTSTART;TZID=Asia/Shanghai:20260416T${firstStop.start.replace(':', '')}00`);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(visit.stops.length + 1);
  expect(text).not.toContain('同传设备'); // an internal note of the first stop
});

for (const language of ['zh-CN', 'en', 'ar'] as const) {
  test(`the itinerary editor in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await openEditor(page);
    await blockButton(page, visit.stops[1]!.id).click();
    await expect(page.locator('.stop-editor')).toBeVisible();
    await saveScreenshot(page, `itinerary-editor-${language}`);
    await page.locator('.itinerary-side').scrollIntoViewIfNeeded();
    await page.locator('.itinerary-checks').scrollIntoViewIfNeeded();
    await saveScreenshot(page, `itinerary-side-${language}`);
  });
}
