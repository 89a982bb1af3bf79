// Runs in Node (tests): the pack export in the main process, end to end through IPC: the
// real startApp, handlers, dispatch, workspace session and export jobs, on a temp folder,
// with only `electron` faked. The page is played by invoking channels; the PDFs written
// are read back with poppler. (No worker is built into this app folder, so the engine runs
// on the main thread here; export-job-thread.test.ts covers the worker.)
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, hostEvents } from '../../../core/ipc/contract';
import { PackExportProgressSchema, type PackExportOutcome, type PackExportProgress } from '../../../core/ipc/pack-schemas';
import type { PackRequest } from '../../../core/packs/pack-request';
import { popplerText } from '../../core/typeset/helpers/pdf-readers';
import { testWorkspace } from '../../renderer/support/test-workspace';
import { dialog, FakeWebFrameMain, invokeFrom, resetFakeElectron, shell, type FakeWebContents } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: { path: string }[] } };

const EXPORT = contract.exportPacks.channel;
const CANCEL = contract.cancelPackExport.channel;
const OPEN = contract.openPackFile.channel;
const SHOW = contract.showPackInFolder.channel;
const PROGRESS = hostEvents.packExportProgress.channel;

const sample = testWorkspace();
const VISIT = sample.visits[0]!;
const handout = (language: string, layout: PackRequest['layout'] = 'side-by-side'): PackRequest => ({ visitId: VISIT.id, template: 'handout', languages: [language], layout });

let running: Awaited<ReturnType<typeof startTestApp>>['running'];
let out: string;

async function started() {
  const test = await startTestApp({ sampleWorkspace: sample });
  running = test.running;
  const contents = test.window!.webContents;
  const call = <T>(channel: string, payload?: unknown) => invokeFrom(contents, contents.mainFrame, channel, payload) as Promise<Result<T>>;
  return { ...test, contents, call };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function progressSent(contents: FakeWebContents): PackExportProgress[] {
  return contents.sent.filter((m) => m.channel === PROGRESS).map((m) => PackExportProgressSchema.parse(m.args[0]));
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const saveTo = (path: string) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
const folderTo = (path: string) => dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });

describe('pack export in the main process', () => {
  beforeEach(async () => {
    resetFakeElectron();
    out = await mkdtemp(join(tmpdir(), 'briefing-export-'));
  });
  afterEach(async () => {
    await running?.workspace.close();
    running = undefined;
  });

  it('asks where to save, offering the pack’s file name, then writes a PDF with the visit’s title and reports progress to the window', async () => {
    const { call, contents } = await started();
    const target = join(out, 'chosen-name.pdf');
    saveTo(target);
    const outcome = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-1', packs: [handout('en')] }));

    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.files).toHaveLength(1);
    expect(outcome.files[0]).toMatchObject({ fileName: `${VISIT.id}-handout-zh-en.pdf`, path: target, languages: ['en'], filled: [] });
    expect(outcome.files[0]!.pages).toBeGreaterThan(1);
    // The dialog offered the pack's own name, in the user's language (zh-CN by default).
    const options = dialog.showSaveDialog.mock.calls[0]!.at(-1) as { defaultPath: string; title: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath.endsWith(`${VISIT.id}-handout-zh-en.pdf`)).toBe(true);
    expect(options.title).toBe('导出简报材料');
    expect(options.filters[0]!.extensions).toEqual(['pdf']);

    const bytes = await readFile(target);
    expect(bytes.byteLength).toBe(outcome.files[0]!.bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = popplerText(target).replace(/\s+/g, ' ');
    expect(text).toContain(VISIT.title.en!);
    expect(text).toContain(VISIT.title.zh!); // side by side with Chinese

    const events = progressSent(contents);
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(new Set(events.map((e) => e.jobId))).toEqual(new Set(['job-1']));
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['preparing', 'typesetting', 'writing', 'saving']));
    const fractions = events.map((e) => e.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(events.every((e) => e.fileName === `${VISIT.id}-handout-zh-en.pdf` && e.packs === 1)).toBe(true);
    // Nothing but the PDF in the folder: no temporary file left over.
    expect(readdirSync(out)).toEqual(['chosen-name.pdf']);
  });

  it('adds .pdf to a name typed without it', async () => {
    const { call } = await started();
    saveTo(join(out, 'for the ambassador'));
    const outcome = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-ext', packs: [handout('fr', 'single')] }));
    expect(outcome.status === 'done' && outcome.files[0]!.path).toBe(join(out, 'for the ambassador.pdf'));
    expect(existsSync(join(out, 'for the ambassador.pdf'))).toBe(true);
  });

  it('stops when cancelled and leaves no file, not even a partial one', async () => {
    const { call, contents } = await started();
    const target = join(out, 'cancelled.pdf');
    saveTo(target);
    // The page presses Cancel the moment it hears that typesetting started. (Here the engine
    // runs on the main thread, so the page could not be heard any later; in the app it runs
    // in a worker thread: export-job-thread.test.ts.)
    let cancelAnswer: Promise<Result<{ cancelled: boolean }>> | undefined;
    const send = contents.send.bind(contents);
    contents.send = (channel: string, ...args: unknown[]) => {
      send(channel, ...args);
      if (channel === PROGRESS && (args[0] as PackExportProgress).phase === 'typesetting' && !cancelAnswer) {
        cancelAnswer = call<{ cancelled: boolean }>(CANCEL, { jobId: 'job-cancel' });
      }
    };
    const outcome = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-cancel', packs: [handout('ar')] }));
    expect(value(await cancelAnswer!)).toEqual({ cancelled: true });
    expect(outcome).toEqual({ status: 'cancelled' });
    // No progress after the cancel: the page's bar stops where it was.
    expect(progressSent(contents).map((e) => e.phase)).toEqual(['preparing', 'typesetting']);
    // Give a late step every chance to write something.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(out)).toEqual([]);
    // The job is gone: cancelling it again does nothing.
    expect(value(await call<{ cancelled: boolean }>(CANCEL, { jobId: 'job-cancel' }))).toEqual({ cancelled: false });
  });

  it('writes nothing when the save dialog is closed', async () => {
    const { call, contents } = await started();
    const outcome = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-dismissed', packs: [handout('en')] }));
    expect(outcome).toEqual({ status: 'dismissed' });
    expect(progressSent(contents)).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses invalid payloads before any dialog or file', async () => {
    const { call } = await started();
    const invalid: unknown[] = [
      undefined,
      { jobId: 'job', packs: [] },
      { jobId: '../etc', packs: [handout('en')] },
      { jobId: 'job', packs: [{ ...handout('en'), template: 'brochure' }] },
      { jobId: 'job', packs: [{ ...handout('en'), languages: ['zh'], layout: 'side-by-side' }] },
      { jobId: 'job', packs: [handout('en')], outPath: '/tmp/evil.pdf' },
      { jobId: 'job', packs: Array.from({ length: 17 }, () => handout('en')) },
    ];
    for (const payload of invalid) {
      const result = await call(EXPORT, payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      expect(!result.ok && result.error.code).toBe('invalid-payload');
    }
    expect((await call(CANCEL, { jobId: 'a b' })).ok).toBe(false);
    expect((await call(OPEN, { path: '' })).ok).toBe(false);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('answers only the app window’s own page', async () => {
    const { contents } = await started();
    const child = new FakeWebFrameMain('app://briefing/index.html', contents.mainFrame);
    const result = (await invokeFrom(contents, child, EXPORT, { jobId: 'job-frame', packs: [handout('en')] })) as Result<unknown>;
    expect(!result.ok && result.error.code).toBe('forbidden-sender');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a pack with missing translations, listing them, before asking where to save; fills them with Chinese when asked', async () => {
    const { call } = await started();
    const staff: PackRequest = { visitId: VISIT.id, template: 'staff', languages: ['ar'], layout: 'single' };
    const refused = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-missing', packs: [staff] }));
    expect(refused.status).toBe('missing');
    if (refused.status !== 'missing') return;
    expect(refused.packs).toHaveLength(1);
    expect(refused.packs[0]!.languages).toEqual(['ar']);
    expect(refused.packs[0]!.missing.length).toBeGreaterThan(0);
    expect(refused.packs[0]!.missing.every((m) => m.language === 'ar' && m.segmentPath.startsWith('$.'))).toBe(true);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();

    saveTo(join(out, 'filled.pdf'));
    const filled = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-filled', packs: [{ ...staff, fillMissing: 'zh' }] }));
    expect(filled.status).toBe('done');
    if (filled.status !== 'done') return;
    expect(filled.files[0]!.filled.map((f) => f.segmentPath).sort()).toEqual(refused.packs[0]!.missing.map((m) => m.segmentPath).sort());
    // Each filled place is marked in the PDF with the "中文" tag.
    expect(popplerText(join(out, 'filled.pdf'))).toContain('中文');
  });

  it('refuses a visit that does not exist, with the reason', async () => {
    const { call } = await started();
    const outcome = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-unknown', packs: [{ ...handout('en'), visitId: 'vis-nowhere' }] }));
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && outcome.message).toMatch(/vis-nowhere/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('exports a batch, one pack per language, into a chosen folder; opens and shows only files it wrote', async () => {
    const { call, contents } = await started();
    const folder = join(out, 'batch');
    await mkdir(folder);
    folderTo(folder);
    const packs = ['en', 'fr', 'es'].map((language) => handout(language));
    const outcome = value(await call<PackExportOutcome>(EXPORT, { jobId: 'job-batch', packs }));
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.folder).toBe(folder);
    expect(outcome.files.map((f) => f.fileName)).toEqual(['en', 'fr', 'es'].map((l) => `${VISIT.id}-handout-zh-${l}.pdf`));
    expect(readdirSync(folder).sort()).toEqual(outcome.files.map((f) => f.fileName).sort());
    for (const [i, language] of ['en', 'fr', 'es'].entries()) {
      expect(popplerText(outcome.files[i]!.path!).replace(/\s+/g, ' ')).toContain(VISIT.title[language]!);
    }
    const events = progressSent(contents).filter((e) => e.jobId === 'job-batch');
    expect(new Set(events.map((e) => e.pack))).toEqual(new Set([0, 1, 2]));
    expect(events.every((e) => e.packs === 3)).toBe(true);
    expect(events.at(-1)!.fraction).toBeGreaterThan(0.9);

    const written = outcome.files[1]!.path!;
    expect(value(await call(OPEN, { path: written }))).toEqual({ opened: true });
    expect(shell.openPath).toHaveBeenCalledWith(written);
    const showItemInFolder = vi.fn();
    (shell as unknown as { showItemInFolder: typeof showItemInFolder }).showItemInFolder = showItemInFolder;
    expect(value(await call(SHOW, { path: written }))).toEqual({ shown: true });
    expect(showItemInFolder).toHaveBeenCalledWith(written);

    // A file the app did not write, even one beside them, is neither opened nor shown.
    const stranger = join(folder, 'other.pdf');
    await writeFile(stranger, '%PDF-1.7');
    shell.openPath.mockClear();
    showItemInFolder.mockClear();
    expect(value(await call(OPEN, { path: stranger }))).toEqual({ opened: false });
    expect(value(await call(SHOW, { path: '/etc/passwd' }))).toEqual({ shown: false });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(showItemInFolder).not.toHaveBeenCalled();
  });
});
