// Runs in the renderer (jsdom): the Chinese source edited in place through the real in-page
// store. A changed source sends its translated and reviewed translations back to draft (the
// model's rule), and the row names the languages to check again; a typo fix keeps their
// statuses; Escape and an emptied field change nothing; a refusal keeps the stored text.
import { act, cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { alertText, click, commit, lastCommand, openLibrary, REFUSAL, refusingHost, row, select, storedDoc, zhLibrary } from './library-test-kit';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const SEGMENT = 'seg-overview-intro';
const ORIGINAL = '2021年7月起，朝阳区人大常委会成为全国人大常委会法工委的基层立法联系点，把居民的意见直接带进国家立法。';
const EDITED = '2021年7月起，朝阳区人大常委会成为全国人大常委会法制工作委员会的基层立法联系点。';

const sourceText = () => row(SEGMENT).querySelector('.source-text')?.textContent;
const sourceField = () => row(SEGMENT).querySelector<HTMLTextAreaElement>('.segment-source textarea');
const storedIntro = (host: Parameters<typeof storedDoc>[0]) => (storedDoc(host).library.sections[0]!.blocks[1] as { text: { source: { text: string }; translations: Record<string, { status: string }> } }).text;

async function openEditor() {
  await select('blk-overview-intro');
  expect(sourceField()).toBeNull();
  await click(within(row(SEGMENT)).getByRole('button', { name: /原文/ }));
  const field = sourceField()!;
  expect(document.activeElement).toBe(field);
  expect(field.value).toBe(ORIGINAL);
  expect(field.getAttribute('lang')).toBe('zh-CN');
  return field;
}

describe('the Chinese source', () => {
  it('is edited in place as one setSource; its reviewed translations become drafts, and the row names their languages', async () => {
    const { host } = await openLibrary();
    await openEditor();
    await commit(sourceField()!, EDITED);
    expect(lastCommand(host)).toEqual({ type: 'setSource', segmentId: SEGMENT, text: EDITED });
    const stored = storedIntro(host);
    expect(stored.source.text).toBe(EDITED);
    expect(Object.values(stored.translations).map((t) => t.status)).toEqual(['draft', 'draft', 'draft', 'draft', 'draft', 'draft']);
    await waitFor(() => expect(sourceText()).toBe(EDITED));
    expect(row(SEGMENT).getAttribute('data-status')).toBe('draft');
    const notice = within(row(SEGMENT)).getByRole('status').textContent!;
    for (const name of ['英语', '阿拉伯语', '俄语', '法语', '西班牙语', '葡萄牙语']) expect(notice).toContain(name);
    // The outline shows the new words too.
    expect(document.querySelector('[data-key="blk-overview-intro"] .outline-item-preview')!.textContent).toBe(EDITED);
  });

  it('keeps the translations’ statuses for a typo fix', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-intro');
    const typoFix = document.querySelector<HTMLInputElement>('.source-rule input')!;
    await act(async () => fireEvent.click(typoFix));
    expect(document.querySelector('.source-rule-help')!.textContent).toBe(zhLibrary.source.keepStatusesOn);
    await openEditor();
    await commit(sourceField()!, EDITED);
    expect(lastCommand(host)).toEqual({ type: 'setSource', segmentId: SEGMENT, text: EDITED, keepStatuses: true });
    expect(Object.values(storedIntro(host).translations).every((t) => t.status === 'reviewed')).toBe(true);
    await waitFor(() => expect(sourceText()).toBe(EDITED));
    expect(row(SEGMENT).getAttribute('data-status')).toBe('reviewed');
    expect(within(row(SEGMENT)).queryByRole('status')).toBeNull();
  });

  it('shows the refusal and the stored text when the store refuses', async () => {
    const { host } = await openLibrary(refusingHost());
    await openEditor();
    await commit(sourceField()!, EDITED);
    expect(lastCommand(host)).toMatchObject({ type: 'setSource', text: EDITED });
    expect(alertText(row(SEGMENT))).toContain(REFUSAL);
    expect(sourceText()).toBe(ORIGINAL);
    expect(row(SEGMENT).getAttribute('data-status')).toBe('reviewed');
    expect(within(row(SEGMENT)).queryByRole('status')).toBeNull();
  });

  it('changes nothing on Escape, and gives the focus back to the Edit button', async () => {
    const { host } = await openLibrary();
    const field = await openEditor();
    await act(async () => {
      fireEvent.change(field, { target: { value: EDITED } });
      fireEvent.keyDown(field, { key: 'Escape' });
    });
    expect(host.applyCommand).not.toHaveBeenCalled();
    expect(sourceText()).toBe(ORIGINAL);
    expect(document.activeElement?.classList.contains('source-edit-button')).toBe(true);
  });

  it('cannot be emptied: the stored text stays and nothing is sent', async () => {
    const { host } = await openLibrary();
    await openEditor();
    await commit(sourceField()!, '   ');
    expect(host.applyCommand).not.toHaveBeenCalled();
    expect(sourceText()).toBe(ORIGINAL);
    expect(storedIntro(host).source.text).toBe(ORIGINAL);
  });
});
