// Runs in the renderer (jsdom): the Library over a real workspace in the browser host's
// in-page store: the outline, internal blocks marked, translations edited in place (the
// store has them afterwards), statuses moved along, a refusal rolled back where it was
// made, Arabic edited right to left, figures formatted per language, filter and search.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import zhLibrary from '../../../locales/zh-CN/library.json';
import zhWorkspace from '../../../locales/zh-CN/workspace.json';
import { ok } from '../../../core/ipc/ipc-result';
import { formatKeyFigure } from '../../../core/model/key-figure-format';
import type { Workspace } from '../../../core/model/workspace';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { fakeHost, FAKE_WORKSPACE_ID, type FakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';
import { storedDocument } from '../support/stored-document';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const SEGMENT = 'seg-overview-intro';

async function openLibrary(host: FakeHost = fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() }), language: 'zh-CN' | 'ar' = 'zh-CN') {
  const view = renderApp(host, { hash: '#/library', language });
  await screen.findByRole('navigation', { name: language === 'zh-CN' ? zhLibrary.outline.label : 'الأقسام والفقرات' });
  return { host, ...view };
}

function storedDoc(host: FakeHost): Workspace {
  return storedDocument(host.workspaces, FAKE_WORKSPACE_ID);
}

const row = (segmentId: string) => document.querySelector<HTMLElement>(`[data-segment-id="${segmentId}"]`)!;
const editor = (segmentId: string) => row(segmentId).querySelector<HTMLTextAreaElement>('.segment-target textarea')!;
const select = (block: string) => act(async () => fireEvent.click(document.querySelector(`[data-key="${block}"]`)!));

async function commit(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  await act(async () => {
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: text } });
    fireEvent.blur(field);
  });
}

describe('the library', () => {
  it('lists sections and blocks, and marks internal blocks as such', async () => {
    await openLibrary();
    const outline = screen.getByRole('navigation', { name: zhLibrary.outline.label });
    expect(within(outline).getByText('2021年7月起，朝阳区人大常委会成为全国人大常委会法工委的基层立法联系点，把居民的意见直接带进国家立法。')).toBeTruthy();
    const internal = outline.querySelector('[data-key="blk-overview-talking-points"]')!;
    expect(internal.getAttribute('data-internal')).toBe('true');
    expect(within(internal as HTMLElement).getByText(zhLibrary.internal.tag)).toBeTruthy();
    await select('blk-overview-talking-points');
    expect(screen.getByRole('note').textContent).toContain(zhLibrary.internal.explanation);
    await select('blk-overview-intro');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('edits a translation in place: the store has it, and edited reviewed text needs review again', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-intro');
    const field = editor(SEGMENT);
    expect(field.value).toMatch(/^Since July 2021/);
    await commit(field, 'Since July 2021, Chaoyang has been a grassroots legislative outreach point.');
    await waitFor(() => expect(row(SEGMENT).getAttribute('data-status')).toBe('translated'));
    const stored = storedDoc(host).library.sections[0]!.blocks[1] as { text: { translations: Record<string, { text: string; status: string; changedBy: string }> } };
    expect(stored.text.translations.en).toMatchObject({ text: 'Since July 2021, Chaoyang has been a grassroots legislative outreach point.', status: 'translated', changedBy: 'tester' });
    expect(host.applyCommand).toHaveBeenCalledTimes(1);

    // The status moves on to reviewed with the status control, as one more command.
    const status = within(row(SEGMENT)).getByRole('combobox');
    await act(async () => fireEvent.change(status, { target: { value: 'reviewed' } }));
    await waitFor(() => expect(row(SEGMENT).getAttribute('data-status')).toBe('reviewed'));
    expect((storedDoc(host).library.sections[0]!.blocks[1] as { text: { translations: Record<string, { status: string }> } }).text.translations.en!.status).toBe('reviewed');
  });

  it('rolls a refused change back, visibly, where it was made', async () => {
    const host = fakeHost(
      {
        applyCommand: async () => ok({ status: 'rejected' as const, error: { code: 'write-failed' as const, message: 'The change could not be saved to /x/workspace.json: ENOSPC', issues: [] } }),
      },
      DEFAULT_SETTINGS,
      { workspace: testWorkspace() },
    );
    await openLibrary(host);
    await select('blk-overview-intro');
    const before = editor(SEGMENT).value;
    await commit(editor(SEGMENT), 'This will not be saved.');
    const alert = await within(row(SEGMENT)).findByRole('alert');
    expect(alert.textContent).toContain(zhWorkspace.errors.writeFailed);
    expect(alert.textContent).toContain('ENOSPC');
    expect(editor(SEGMENT).value).toBe(before);
    expect(storedDoc(host).revision).toBe(0);
  });

  it('edits Arabic right to left, in Arabic, and the choice of language changes every row', async () => {
    await openLibrary();
    await select('blk-overview-intro');
    await act(async () => fireEvent.change(document.querySelector('[data-filter="language"]')!, { target: { value: 'ar' } }));
    const field = editor(SEGMENT);
    expect(field.getAttribute('dir')).toBe('rtl');
    expect(field.getAttribute('lang')).toBe('ar');
    expect(field.value).toMatch(/^منذ يوليو 2021/);
    // The source stays Chinese and left to right.
    expect(row(SEGMENT).querySelector('.segment-source .source-text')!.getAttribute('lang')).toBe('zh-CN');
    expect(row(SEGMENT).querySelector('.segment-source .source-text')!.getAttribute('dir')).toBe('ltr');
  });

  it('shows key figures formatted for each language, and edits the number as data', async () => {
    const { host } = await openLibrary();
    await select('blk-network-figures');
    const card = document.querySelector<HTMLElement>('[data-figure-id="fig-network-figures-3"]')!;
    await commit(within(card).getByRole('spinbutton') as HTMLInputElement, '2570');
    const figure = { value: 2570, unit: 'people' as const, approx: 'exact' as const };
    await waitFor(() => expect(card.querySelector('.figure-card-number')!.textContent).toBe(formatKeyFigure(figure, 'en')));
    expect(card.querySelector('.figure-card-number')!.textContent).toBe('2,570');
    await act(async () => fireEvent.change(document.querySelector('[data-filter="language"]')!, { target: { value: 'fr' } }));
    const french = document.querySelector('[data-figure-id="fig-network-figures-3"] .figure-card-number')!.textContent;
    expect(french).toBe(formatKeyFigure(figure, 'fr'));
    expect(french).not.toBe('2,570');
    const stored = storedDoc(host).library.sections[0]!.blocks[2] as { figures: { value: number }[] };
    expect(stored.figures[2]!.value).toBe(2570);
  });

  it('filters by status in the chosen language and searches every language', async () => {
    await openLibrary();
    await select('blk-overview-intro');
    await commit(editor(SEGMENT), '');
    await waitFor(() => expect(row(SEGMENT).getAttribute('data-status')).toBe('missing'));

    await act(async () => fireEvent.change(document.querySelector('[data-filter="status"]')!, { target: { value: 'missing' } }));
    const outline = screen.getByRole('navigation', { name: zhLibrary.outline.label });
    expect([...outline.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key'))).toEqual(['blk-overview-intro']);
    expect(document.querySelectorAll('.segment-row[data-segment-id]')).toHaveLength(1);
    expect(screen.getByText('符合条件的句段：1')).toBeTruthy();
    // Missing in English, not in French.
    await act(async () => fireEvent.change(document.querySelector('[data-filter="language"]')!, { target: { value: 'fr' } }));
    expect(screen.getByText(zhLibrary.filter.noMatches)).toBeTruthy();

    await act(async () => fireEvent.change(document.querySelector('[data-filter="status"]')!, { target: { value: 'all' } }));
    // Arabic text finds its segment while French is shown (the search runs once typing pauses).
    await act(async () => fireEvent.change(document.querySelector('[data-filter="query"]')!, { target: { value: 'منذ يوليو' } }));
    await waitFor(() => expect([...outline.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key'))).toEqual(['blk-overview-intro']));
    // Case and accents do not matter.
    await act(async () => fireEvent.change(document.querySelector('[data-filter="query"]')!, { target: { value: 'LIAISON LEGISLATIVE' } }));
    await waitFor(() => expect(screen.getByText(/符合条件的句段/)).toBeTruthy());
    expect(outline.querySelectorAll('[data-key]').length).toBeGreaterThan(0);
    await act(async () => fireEvent.change(document.querySelector('[data-filter="query"]')!, { target: { value: '不存在的词语' } }));
    await waitFor(() => expect(screen.getByText(zhLibrary.filter.noMatches)).toBeTruthy());
  });

  it('reads the workspace again when the host says it was replaced', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-intro');
    // Changed behind the page's back (the File menu opened something else, say).
    await act(async () => {
      await host.applyCommand({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: 'Changed elsewhere.', status: 'draft' });
    });
    expect(editor(SEGMENT).value).not.toBe('Changed elsewhere.');
    const status = await host.getWorkspace();
    await act(async () => host.emit('workspaceChanged', status.ok ? status.value.status : null));
    await waitFor(() => expect(editor(SEGMENT).value).toBe('Changed elsewhere.'));
    expect(row(SEGMENT).getAttribute('data-status')).toBe('draft');
  });
});
