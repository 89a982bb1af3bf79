// Runs in the renderer (jsdom): the Pack builder over a real workspace: the choices and how
// they keep each other valid, the live preview following them, the sections in their order,
// the missing translations and the "fill with Chinese" option, and an export's states
// (progress from host events, cancel, the summary with "open file" / "show in folder").
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import zhPacks from '../../../locales/zh-CN/packs.json';
import type { PackExportOutcome, PackExportProgress, PackExportRequest } from '../../../core/ipc/pack-schemas';
import { ok, type IpcResult } from '../../../core/ipc/ipc-result';
import type { Workspace } from '../../../core/model/workspace';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { fakeHost, type FakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const workspace = testWorkspace();
const VISIT = workspace.visits[0]!;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

type Deferred<T> = { promise: Promise<T>; resolve(value: T): void };
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A host whose export answers when the test says, recording each request. */
function exportingHost(doc: Workspace = workspace) {
  const requests: PackExportRequest[] = [];
  let answer = deferred<IpcResult<PackExportOutcome>>();
  const exportPacks = vi.fn(async (request: PackExportRequest) => {
    requests.push(request);
    return answer.promise;
  });
  const host = fakeHost(
    {
      exportPacks: exportPacks as never,
      cancelPackExport: vi.fn(async () => ok({ cancelled: true })) as never,
      openPackFile: vi.fn(async () => ok({ opened: true })) as never,
      showPackInFolder: vi.fn(async () => ok({ shown: true })) as never,
    },
    DEFAULT_SETTINGS,
    { workspace: doc },
  );
  return {
    host,
    requests,
    answer: (outcome: PackExportOutcome) => {
      answer.resolve(ok(outcome));
      answer = deferred();
    },
  };
}

async function openBuilder(host: FakeHost) {
  renderApp(host, { hash: '#/packs' });
  await waitFor(() => expect(document.querySelector('.pv-document')).not.toBeNull());
}

const radio = (name: string, value: string) => document.querySelector<HTMLInputElement>(`.pack-choices input[name="${name}"][value="${value}"]`)!;
const fileName = () => document.querySelector('.export-file-name')!.textContent;
const previewRoot = () => document.querySelector<HTMLElement>('.pv-document')!;
const exportButton = () => screen.getByRole('button', { name: zhPacks.export.one });

async function click(element: Element) {
  await act(async () => void fireEvent.click(element));
}

describe('the pack builder', () => {
  it('starts on the first visit, a handout in the delegation’s first language, side by side, and previews it', async () => {
    const { host } = exportingHost();
    await openBuilder(host);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('简报材料');
    expect(document.querySelector<HTMLSelectElement>('.pack-field select')!.value).toBe(VISIT.id);
    expect(radio('pack-template', 'handout').checked).toBe(true);
    expect(radio('pack-language', 'en').checked).toBe(true);
    expect(radio('pack-layout', 'side-by-side').checked).toBe(true);
    expect(fileName()).toBe(`${VISIT.id}-handout-zh-en.pdf`);
    expect(previewRoot().getAttribute('lang')).toBe('en');
    expect(previewRoot().textContent).toContain(VISIT.title.en!);
    expect(previewRoot().textContent).toContain(VISIT.title.zh!);
    // The delegation's languages come first and say so.
    const languages = [...document.querySelectorAll('.language-pick')].map((el) => el.getAttribute('data-language'));
    expect(languages.slice(0, 3)).toEqual(['en', 'fr', 'es']);
    expect(document.querySelectorAll('.language-pick .mini-tag').length).toBeGreaterThanOrEqual(3);
  });

  it('follows every choice in the preview and the file name: an Arabic pack reads right to left', async () => {
    const { host } = exportingHost();
    await openBuilder(host);
    await click(radio('pack-language', 'ar'));
    expect(fileName()).toBe(`${VISIT.id}-handout-zh-ar.pdf`);
    expect(previewRoot().getAttribute('dir')).toBe('rtl');
    const row = document.querySelectorAll('.pv-columns')[1]!;
    expect(row.getAttribute('dir')).toBe('rtl');
    expect([...row.children].map((c) => c.getAttribute('lang'))).toContain('ar');

    await click(radio('pack-layout', 'single'));
    expect(fileName()).toBe(`${VISIT.id}-handout-ar.pdf`);
    expect(document.querySelectorAll('.pv-columns')).toHaveLength(0);

    // Chinese alone: only the single layout.
    await click(radio('pack-language', 'zh'));
    expect(radio('pack-layout', 'side-by-side').disabled).toBe(true);
    expect(previewRoot().getAttribute('lang')).toBe('zh');
  });

  it('lets the itinerary sheet take several languages, and keeps the interpreter sheet to a pair', async () => {
    const { host } = exportingHost();
    await openBuilder(host);
    await click(radio('pack-template', 'itinerary'));
    await click(radio('pack-layout', 'single'));
    expect(radio('pack-language', 'fr').type).toBe('checkbox');
    await click(radio('pack-language', 'fr'));
    expect(fileName()).toBe(`${VISIT.id}-itinerary-en+fr.pdf`);
    // Sections are not the itinerary's business.
    expect(document.querySelector('.section-picker')).toBeNull();

    await click(radio('pack-language', 'zh'));
    await click(radio('pack-template', 'interpreter'));
    expect(document.querySelector('.pack-choices input[name="pack-language"][value="zh"]')).toBeNull();
    expect(radio('pack-language', 'en').checked).toBe(true);
    expect(document.querySelector('.pack-preview-problem')).toBeNull();
  });

  it('prints the sections in the order chosen, and leaves out the ones removed', async () => {
    const { host, requests } = exportingHost();
    await openBuilder(host);
    const order = () => [...document.querySelectorAll('.section-order .section-pick')].map((el) => el.getAttribute('data-section-id'));
    const first = order();
    expect(first).toEqual(VISIT.pack.sectionIds);
    const headings = () => [...document.querySelectorAll('.pack-preview-contents .contents-chip')].map((el) => el.textContent);
    const titleOf = (id: string) => workspace.library.sections.find((s) => s.id === id)!.title.translations.en!.text;
    const before = headings();
    expect(before.indexOf(titleOf(first[0]!))).toBeLessThan(before.indexOf(titleOf(first[1]!)));

    await click(within(document.querySelector(`.section-order [data-section-id="${first[0]}"]`)!).getByRole('button', { name: zhPacks.sections.moveDown }));
    expect(order()).toEqual([first[1], first[0], ...first.slice(2)]);
    const after = headings();
    expect(after.indexOf(titleOf(first[1]!))).toBeLessThan(after.indexOf(titleOf(first[0]!)));

    await click(within(document.querySelector(`.section-order [data-section-id="${first[1]}"]`)!).getByRole('button', { name: zhPacks.sections.remove }));
    expect(order()).toEqual([first[0], ...first.slice(2)]);
    expect(headings()).not.toContain(titleOf(first[1]!));
    // It can come back from the library list.
    expect(document.querySelector(`.section-library [data-section-id="${first[1]}"]`)).not.toBeNull();

    await click(exportButton());
    expect(requests[0]!.packs[0]!.sectionIds).toEqual([first[0], ...first.slice(2)]);
  });

  it('lists the missing translations, blocks export, and fills them with Chinese, marked, when asked', async () => {
    const { host, requests } = exportingHost();
    await openBuilder(host);
    await click(radio('pack-template', 'staff'));
    await click(radio('pack-language', 'ar'));
    await click(radio('pack-layout', 'single'));
    const panel = await screen.findByRole('heading', { name: /缺少或未审校的译文/ });
    const items = document.querySelectorAll('.missing-item');
    expect(items.length).toBeGreaterThan(0);
    expect(panel.textContent).toBe(fill(zhPacks.missing.title, { n: items.length }));
    for (const item of items) {
      expect(item.getAttribute('data-language')).toBe('ar');
      expect(item.querySelector('.missing-language')!.textContent).toBe('阿拉伯语');
      // The Chinese that needs translating, marked as Chinese.
      expect(item.querySelector('.missing-text')!.getAttribute('lang')).toMatch(/^zh/);
      expect(item.querySelector('.missing-text')!.textContent!.length).toBeGreaterThan(1);
    }
    expect(exportButton()).toHaveProperty('disabled', true);
    expect(document.querySelector('.export-blocked')!.textContent).toBe(fill(zhPacks.export.blocked, { n: items.length }));
    // The preview shows where the gaps are.
    expect(document.querySelectorAll('.pv-mark-highlight').length).toBeGreaterThanOrEqual(items.length);

    await click(screen.getByRole('checkbox', { name: zhPacks.missing.fill }));
    expect(exportButton()).toHaveProperty('disabled', false);
    expect(document.querySelector('.missing-translations')!.getAttribute('data-fill')).toBe('zh');
    await click(exportButton());
    expect(requests[0]!.packs).toEqual([{ visitId: VISIT.id, template: 'staff', languages: ['ar'], layout: 'single', sectionIds: VISIT.pack.sectionIds, fillMissing: 'zh' }]);
  });

  it('shows the export’s progress from the host’s events, cancels it, and says nothing was written', async () => {
    const { host, requests, answer } = exportingHost();
    await openBuilder(host);
    await click(exportButton());
    const jobId = requests[0]!.jobId;
    expect(jobId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const bar = document.querySelector<HTMLProgressElement>('.export-progress-bar')!;
    expect(bar.value).toBe(0);
    expect(exportButton()).toHaveProperty('disabled', true);
    // Choices are locked while the job runs.
    expect(radio('pack-language', 'fr').closest('fieldset')!.disabled).toBe(true);

    const progress = (fields: Partial<PackExportProgress>): PackExportProgress => ({ jobId, phase: 'typesetting', pack: 0, packs: 1, fileName: `${VISIT.id}-handout-zh-en.pdf`, fraction: 0.3, ...fields });
    await act(async () => host.emit('packExportProgress', progress({})));
    expect(bar.value).toBeCloseTo(0.3);
    const status = document.querySelector('.export-progress-text')!;
    expect(status.textContent).toContain(zhPacks.export.phases.typesetting);
    expect(status.textContent).toContain(`${VISIT.id}-handout-zh-en.pdf`);
    // Another job's events are not this one's.
    await act(async () => host.emit('packExportProgress', progress({ jobId: 'someone-else', fraction: 0.9, phase: 'saving' })));
    expect(bar.value).toBeCloseTo(0.3);
    await act(async () => host.emit('packExportProgress', progress({ phase: 'writing', fraction: 0.7 })));
    expect(bar.value).toBeCloseTo(0.7);
    expect(status.textContent).toContain(zhPacks.export.phases.writing);

    await click(screen.getByRole('button', { name: zhPacks.export.cancel }));
    expect(host.cancelPackExport).toHaveBeenCalledWith({ jobId });
    expect(status.textContent).toContain(zhPacks.export.cancelling);
    await act(async () => answer({ status: 'cancelled' }));
    expect(document.querySelector('.export-progress')).toBeNull();
    expect(document.querySelector('.export-outcome[data-outcome="cancelled"]')!.textContent).toContain(zhPacks.export.cancelled);
    expect(exportButton()).toHaveProperty('disabled', false);
  });

  it('sums up what was saved, with "open file" and "show in folder" for files the host wrote', async () => {
    const { host, requests, answer } = exportingHost();
    await openBuilder(host);
    await click(screen.getByRole('button', { name: fill(zhPacks.export.all, { n: 3 }) }));
    expect(requests[0]!.packs.map((p) => p.languages)).toEqual([['en'], ['fr'], ['es']]);
    expect(new Set(requests[0]!.packs.map((p) => `${p.template} ${p.layout}`))).toEqual(new Set(['handout side-by-side']));

    const files = ['en', 'fr', 'es'].map((language, i) => ({
      fileName: `${VISIT.id}-handout-zh-${language}.pdf`,
      path: `/home/staff/packs/${VISIT.id}-handout-zh-${language}.pdf`,
      languages: [language],
      pages: 10 + i,
      bytes: 150_000,
      filled: i === 2 ? [{ segmentPath: '$.x', language }] : [],
      warnings: [],
    }));
    await act(async () => answer({ status: 'done', files, folder: '/home/staff/packs' }));
    const outcome = document.querySelector('.export-outcome[data-outcome="done"]')!;
    expect(outcome.textContent).toContain(fill(zhPacks.export.doneBatch, { n: 3, pages: 33 }));
    expect(outcome.textContent).toContain('/home/staff/packs');
    const rows = outcome.querySelectorAll('.exported-file');
    expect([...rows].map((row) => row.getAttribute('data-file-name'))).toEqual(files.map((f) => f.fileName));
    expect(rows[2]!.textContent).toContain(fill(zhPacks.export.filled, { n: 1 }));
    await click(within(rows[1] as HTMLElement).getByRole('button', { name: zhPacks.export.openFile }));
    expect(host.openPackFile).toHaveBeenCalledWith({ path: files[1]!.path });
    await click(within(rows[0] as HTMLElement).getByRole('button', { name: zhPacks.export.showInFolder }));
    expect(host.showPackInFolder).toHaveBeenCalledWith({ path: files[0]!.path });
  });

  it('offers nothing to open for a download, and explains a refusal from the host', async () => {
    const { host, answer } = exportingHost();
    await openBuilder(host);
    await click(exportButton());
    await act(async () => answer({ status: 'done', folder: null, files: [{ fileName: 'a.pdf', path: null, languages: ['en'], pages: 4, bytes: 2048, filled: [], warnings: ['a note'] }] }));
    expect(document.querySelector('.export-outcome')!.textContent).toContain(zhPacks.export.downloaded);
    expect(screen.queryByRole('button', { name: zhPacks.export.openFile })).toBeNull();

    await click(screen.getByRole('button', { name: zhPacks.export.dismiss }));
    await click(exportButton());
    await act(async () => answer({ status: 'missing', packs: [{ languages: ['en'], missing: [{ segmentPath: '$.a', segmentLabel: 'a', language: 'en', status: 'draft' }] }] }));
    const refusal = document.querySelector('.export-outcome[data-outcome="missing"]')!;
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain(zhPacks.export.missing);
    expect(refusal.textContent).toContain('英语');
  });
});
