// Runs in Node: browser storage refusing a write (a full disk: IndexedDB's put throws
// QuotaExceededError, made so by an init script, with no test hook in the app). The change
// is refused and undone, the notice says so at once in the UI language with what to do,
// and when storage works again the next change is saved and the notice says that too.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, useLanguage } from './support/page-errors';
import { saveScreenshot } from './support/screenshot';

type Language = 'zh-CN' | 'en' | 'ar';
const storage = (language: Language) =>
  JSON.parse(readFileSync(new URL(`../../locales/${language}/storage.json`, import.meta.url), 'utf8')) as {
    title: string;
    change: string;
    reason: { diskFull: string };
    todo: { browser: string };
    recovered: string;
  };
const sample = JSON.parse(readFileSync(new URL('../../assets/sample-workspace/sample-workspace.json', import.meta.url), 'utf8')) as {
  library: { sections: { blocks: { id: string; kind: string; visibility: string; text?: { id: string; translations: Record<string, { text: string }> } }[] }[] };
};
const paragraph = sample.library.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph' && b.visibility === 'public')!;
const segment = paragraph.text!;

failOnPageErrors(test, expect);

/** IndexedDB's put fails as on a full disk while `window.storageFull` is set. */
async function breakableStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}
const setStorageFull = (page: Page, full: boolean) => page.evaluate((value) => void ((window as unknown as { storageFull?: boolean }).storageFull = value), full);

for (const language of ['zh-CN', 'en', 'ar'] as const) {
  test(`a failed save is refused, shown in ${language} with what to do, and the next save catches up`, async ({ page }) => {
    const text = storage(language);
    await breakableStorage(page);
    await useLanguage(page, language);
    await page.goto('/#/library');
    await page.locator('.open-report .link-button').click(); // "a new workspace was created"
    await page.locator(`.library-outline [data-key="${paragraph.id}"]`).click();
    const editor = page.locator(`[data-segment-id="${segment.id}"] textarea`);
    await expect(editor).not.toHaveValue('');
    const stored = await editor.inputValue(); // the translation this UI language shows first
    expect(Object.values(segment.translations).map((t) => t.text)).toContain(stored);

    await setStorageFull(page, true);
    await editor.fill('Written while the disk was full.');
    await editor.blur();
    const notice = page.getByRole('alert', { name: text.title });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(text.reason.diskFull);
    await expect(notice).toContainText(text.todo.browser);
    await expect(notice).toContainText(text.change.split('{{')[0]!.trim());
    await expect(editor).toHaveValue(stored); // refused: the stored value is back
    await saveScreenshot(page, `storage-full-${language}`);

    await setStorageFull(page, false);
    await editor.fill('Written once there was room.');
    await editor.blur();
    await expect(page.getByRole('status', { name: text.recovered })).toBeVisible();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await page.locator(`.library-outline [data-key="${paragraph.id}"]`).click();
    await expect(editor).toHaveValue('Written once there was room.');
  });
}
