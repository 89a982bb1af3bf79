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

test('a change stored by a newer build is set aside on open, neither replayed nor lost', async ({ page }) => {
  await page.goto('/#/library');
  const title = page.locator('.workspace-switcher .switcher-title');
  await expect(title).not.toHaveText('');
  const before = await title.textContent();
  // Plant what a newer Briefing Desk would have left in this browser's journal.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('briefing-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error))));
    const read = db.transaction('meta', 'readonly');
    const index = await new Promise<{ current: string }>((resolve) => {
      const get = read.objectStore('meta').get('index');
      get.onsuccess = () => resolve(get.result);
    });
    const stored = db.transaction('workspaces', 'readonly');
    const entry = await new Promise<{ journalSeq?: number }>((resolve) => {
      const get = stored.objectStore('workspaces').get(index.current);
      get.onsuccess = () => resolve(get.result);
    });
    const tx = db.transaction('journal', 'readwrite');
    tx.objectStore('journal').put({ workspace: index.current, seq: (entry.journalSeq ?? 0) + 1000, v: 99, command: { type: 'renameWorkspace', title: '来自新版本' }, at: '2026-12-01T08:00:00.000Z', by: 'browser' });
    await done(tx);
    db.close();
  });
  await page.reload();
  await expect(page.locator('.open-report')).toContainText('newer Briefing Desk');
  await expect(title).toHaveText(before!);
  await saveScreenshot(page, 'journal-set-aside');
  const kept = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('briefing-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['meta', 'journal'], 'readonly');
    const all = <T>(request: IDBRequest<T>) => new Promise<T>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const keys = (await all(tx.objectStore('meta').getAllKeys())).map(String).filter((key) => key.startsWith('set-aside'));
    const records = await Promise.all(keys.map((key) => all(tx.objectStore('meta').get(key))));
    const journal = await all(tx.objectStore('journal').getAll());
    db.close();
    return { records: records as { entries: { v: number; command: { title: string } }[] }[], journal: journal.length };
  });
  expect(kept.records).toHaveLength(1);
  expect(kept.records[0]!.entries.map((e) => [e.v, e.command.title])).toEqual([[99, '来自新版本']]);
  expect(kept.journal).toBe(0);
});
