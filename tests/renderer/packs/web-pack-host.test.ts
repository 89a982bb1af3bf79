// Runs in the renderer (jsdom): the browser host's pack export through the real contract
// and dispatch(): the workspace it builds from is the in-page store's, progress events reach
// the page, each finished PDF becomes a download, Cancel ends the worker and downloads
// nothing, and "open file" has nothing to open. The web worker itself is played by a
// stand-in that speaks the worker's messages (Chromium runs the real one: tests/e2e/packs).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackExportOutcome, PackExportProgress } from '../../../core/ipc/pack-schemas';
import type { FromTypesetWorker } from '../../../core/ipc/pack-worker-messages';
import type { PackRequest } from '../../../core/packs/pack-request';
import { FONT_KEYS } from '../../../core/typeset/fonts/font-catalogue';
import { memoryWorkspaceStorage } from '../../../renderer/hosts/browser-workspace-storage';
import type { EngineAssetUrls } from '../../../renderer/hosts/engine-asset-urls';
import type { ToBrowserTypesetWorker } from '../../../renderer/hosts/pack-typeset-worker';
import { createWebHost } from '../../../renderer/hosts/web-host';
import { webPackTypesetter, type TypesetWorker } from '../../../renderer/hosts/web-pack-typesetter';
import { testWorkspace } from '../support/test-workspace';

const workspace = testWorkspace();
const VISIT = workspace.visits[0]!;
const handout = (language: string): PackRequest => ({ visitId: VISIT.id, template: 'handout', languages: [language], layout: 'side-by-side' });
const URLS: EngineAssetUrls = {
  harfbuzzWasm: 'http://x/hb.wasm',
  subsetWasm: 'http://x/subset.wasm',
  fonts: Object.fromEntries(FONT_KEYS.map((key, i) => [key, `http://x/${i + 1}.ttf`])) as EngineAssetUrls['fonts'],
};

/** A stand-in worker: records what it is sent; the test answers as the worker would. */
class StandInWorker implements TypesetWorker {
  static made: StandInWorker[] = [];
  received: ToBrowserTypesetWorker[] = [];
  terminated = false;
  private listeners = new Map<string, Set<(event: never) => void>>();
  constructor() {
    StandInWorker.made.push(this);
  }
  postMessage(message: ToBrowserTypesetWorker) {
    this.received.push(structuredClone(message));
  }
  addEventListener(type: string, listener: (event: never) => void) {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, listener: (event: never) => void) {
    this.listeners.get(type)?.delete(listener);
  }
  terminate() {
    this.terminated = true;
  }
  /** Plays the worker: one message back to the page. */
  say(message: FromTypesetWorker) {
    for (const listener of this.listeners.get('message') ?? []) (listener as (event: MessageEvent) => void)(new MessageEvent('message', { data: message }));
  }
  /** Plays the whole typesetting of every document it was given. */
  finishAll() {
    const job = this.received.at(-1)!;
    job.documents.forEach((doc, index) => {
      this.say({ type: 'phase', index, phase: 'typesetting' });
      this.say({ type: 'phase', index, phase: 'writing' });
      this.say({ type: 'pack', index, pdf: new TextEncoder().encode(`%PDF-1.7 ${doc.title}`), pages: 3, warnings: [] });
    });
    this.say({ type: 'finished' });
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('timed out');
}

function host() {
  const workspaces = memoryWorkspaceStorage();
  workspaces.entries.set('ws', { id: 'ws', name: 'w.json', isSample: false, text: JSON.stringify(workspace) });
  workspaces.index = { current: 'ws', recent: ['ws'] };
  const downloads: { name: string; text: string }[] = [];
  const api = createWebHost({
    storage: window.localStorage,
    platform: 'test',
    openWindow: () => null,
    workspaces,
    packTypesetter: webPackTypesetter(() => URLS, () => new StandInWorker()),
    downloadPdf: (name, bytes) => downloads.push({ name, text: new TextDecoder().decode(bytes) }),
  });
  const progress: PackExportProgress[] = [];
  api.onHostEvent('packExportProgress', (p) => progress.push(p));
  return { api, downloads, progress };
}

beforeEach(() => {
  StandInWorker.made = [];
  window.localStorage.clear();
});
afterEach(() => window.localStorage.clear());

describe('the browser host’s pack export', () => {
  it('typesets in a worker, sends progress, and downloads each PDF under its pack’s name', async () => {
    const { api, downloads, progress } = host();
    const exporting = api.exportPacks({ jobId: 'web-1', packs: [handout('en'), handout('fr')] });
    await until(() => StandInWorker.made[0]?.received.length === 1);
    const worker = StandInWorker.made[0]!;
    const sent = worker.received[0]!;
    expect(sent.type).toBe('typeset');
    expect(sent.assets).toEqual(URLS);
    expect(sent.documents.map((d) => d.lang)).toEqual(['en', 'fr']);
    expect(sent.documents[0]!.title).toContain(VISIT.title.en!);
    worker.finishAll();
    const result = await exporting;
    expect(result.ok).toBe(true);
    const outcome = (result as { ok: true; value: PackExportOutcome }).value;
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.folder).toBeNull();
    expect(outcome.files.map((f) => [f.fileName, f.path, f.pages])).toEqual([
      [`${VISIT.id}-handout-zh-en.pdf`, null, 3],
      [`${VISIT.id}-handout-zh-fr.pdf`, null, 3],
    ]);
    expect(downloads.map((d) => d.name)).toEqual(outcome.files.map((f) => f.fileName));
    expect(downloads[0]!.text).toContain(VISIT.title.en!);
    expect(progress.map((p) => `${p.pack}:${p.phase}`)).toEqual(['0:preparing', '0:typesetting', '0:writing', '1:typesetting', '1:writing', '0:saving', '1:saving']);
    expect(progress.every((p) => p.jobId === 'web-1' && p.packs === 2)).toBe(true);
    // The worker is kept, warm, for the next export.
    expect(worker.terminated).toBe(false);
    const next = api.exportPacks({ jobId: 'web-2', packs: [handout('es')] });
    await until(() => worker.received.length === 2);
    expect(StandInWorker.made).toHaveLength(1);
    worker.finishAll();
    expect((await next).ok).toBe(true);
  });

  it('cancels: the worker is ended, nothing is downloaded, and the next export starts a fresh worker', async () => {
    const { api, downloads } = host();
    const exporting = api.exportPacks({ jobId: 'web-cancel', packs: [handout('en'), handout('es')] });
    await until(() => StandInWorker.made[0]?.received.length === 1);
    const worker = StandInWorker.made[0]!;
    worker.say({ type: 'phase', index: 0, phase: 'typesetting' });
    expect(await api.cancelPackExport({ jobId: 'web-cancel' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await exporting).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(worker.terminated).toBe(true);
    // A late message from the ended worker changes nothing.
    worker.finishAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(downloads).toEqual([]);
    expect(await api.cancelPackExport({ jobId: 'web-cancel' })).toEqual({ ok: true, value: { cancelled: false } });

    const next = api.exportPacks({ jobId: 'web-next', packs: [handout('en')] });
    await until(() => StandInWorker.made.length === 2 && StandInWorker.made[1]!.received.length === 1);
    StandInWorker.made[1]!.finishAll();
    expect((await next).ok).toBe(true);
    expect(downloads).toHaveLength(1);
  });

  it('says when the worker fails, and refuses what the contract or the workspace does not allow', async () => {
    const { api, downloads } = host();
    const exporting = api.exportPacks({ jobId: 'web-fail', packs: [handout('en')] });
    await until(() => StandInWorker.made[0]?.received.length === 1);
    StandInWorker.made[0]!.say({ type: 'failed', message: 'no font for this' });
    expect(await exporting).toEqual({ ok: true, value: { status: 'failed', message: 'no font for this' } });
    expect(downloads).toEqual([]);

    expect((await api.exportPacks({ jobId: 'x', packs: [] })).ok).toBe(false);
    expect((await api.exportPacks({ jobId: 'x y', packs: [handout('en')] } as never)).ok).toBe(false);
    const unknown = await api.exportPacks({ jobId: 'x', packs: [{ ...handout('en'), visitId: 'vis-nowhere' }] });
    expect(unknown.ok && unknown.value.status).toBe('refused');
    const missing = await api.exportPacks({ jobId: 'y', packs: [{ visitId: VISIT.id, template: 'staff', languages: ['ar'], layout: 'single' }] });
    expect(missing.ok && missing.value.status).toBe('missing');
    // Refusals are decided before any worker is asked.
    expect(StandInWorker.made).toHaveLength(1);
  });

  it('has no file to open or show: the PDF was a download', async () => {
    const { api } = host();
    expect(await api.openPackFile({ path: '/etc/passwd' })).toEqual({ ok: true, value: { opened: false } });
    expect(await api.showPackInFolder({ path: 'C:\\x.pdf' })).toEqual({ ok: true, value: { shown: false } });
  });

  it('without a typesetter, fails with the reason instead of hanging', async () => {
    const api = createWebHost({ storage: window.localStorage, platform: 'test', openWindow: () => null, workspaces: (() => {
      const w = memoryWorkspaceStorage();
      w.entries.set('ws', { id: 'ws', name: 'w.json', isSample: false, text: JSON.stringify(workspace) });
      w.index = { current: 'ws', recent: ['ws'] };
      return w;
    })() });
    const result = await api.exportPacks({ jobId: 'none', packs: [handout('en')] });
    expect(result.ok && result.value.status).toBe('failed');
  });
});
