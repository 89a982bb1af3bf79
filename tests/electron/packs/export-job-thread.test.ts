// Runs in Node (tests): the export's worker thread as the app runs it: the real build script
// bundles the worker and copies the engine's fonts and wasm into a temp dist/ (the layout a
// packaged app has, with no node_modules), and the thread typesets from there. Checked: the
// PDFs, the phases, that the main thread keeps running meanwhile, and that Cancel ends the
// work mid-layout and leaves no file.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CancelledError, type PackTypesetter } from '../../../core/ipc/pack-typesetter';
import type { PackExportProgress } from '../../../core/ipc/pack-schemas';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import type { TypesetDocument } from '../../../core/typeset/document-schema';
import { ENGINE_ASSET_FILES } from '../../../electron/fonts/load-engine-assets';
import { createDesktopPackExport } from '../../../electron/packs/export-job';
import { withFallback } from '../../../electron/packs/export-job-fallback';
import { inlineTypesetter } from '../../../electron/packs/export-job-inline';
import { packExportPaths } from '../../../electron/packs/export-job-runtime';
import { threadTypesetter } from '../../../electron/packs/export-job-thread';
import { popplerText } from '../../core/typeset/helpers/pdf-readers';
import { testWorkspace } from '../../renderer/support/test-workspace';

vi.mock('electron', () => import('../fake-electron'));

const run = promisify(execFile);
const workspace = testWorkspace();
const VISIT = workspace.visits[0]!;
const NOW = new Date('2026-04-10T08:00:00Z');

function request(language: string, template: PackRequest['template'] = 'handout'): PackRequest {
  return { visitId: VISIT.id, template, languages: [language], layout: language === 'zh' ? 'single' : 'side-by-side' };
}

function documentOf(pack: PackRequest): TypesetDocument {
  const build = buildPackDocument(workspace, pack, { now: NOW });
  if (!build.ok) throw new Error('the test workspace lacks translations for this pack');
  return build.document;
}

let appRoot: string;
let typesetter: PackTypesetter;

beforeAll(async () => {
  appRoot = await mkdtemp(join(tmpdir(), 'briefing-worker-app-'));
  await run(process.execPath, ['scripts/build-electron.mjs', '--out', join(appRoot, 'dist')], { cwd: process.cwd(), timeout: 120_000 });
  const paths = packExportPaths(appRoot);
  typesetter = threadTypesetter(paths.worker, { assetsDirectory: paths.engineAssets });
}, 150_000);

afterAll(async () => {
  await typesetter?.dispose();
});

describe('the build', () => {
  it('bundles the worker beside main and copies every engine file into dist/engine-assets', () => {
    const paths = packExportPaths(appRoot);
    expect(existsSync(paths.worker)).toBe(true);
    expect(readdirSync(paths.engineAssets).sort()).toEqual(ENGINE_ASSET_FILES.map((file) => basename(file)).sort());
  });
});

describe('the export worker thread', () => {
  it('typesets each document into a PDF that poppler reads, reporting the phases in order', async () => {
    const phases: string[] = [];
    const task = typesetter.start([documentOf(request('en')), documentOf(request('ar'))], (index, phase) => phases.push(`${index}:${phase}`));
    const [english, arabic] = await task.results;
    expect(phases).toEqual(['0:typesetting', '0:writing', '1:typesetting', '1:writing']);
    for (const [pdf, language] of [[english!, 'en'], [arabic!, 'ar']] as const) {
      expect(pdf.pages).toBeGreaterThan(1);
      const file = join(appRoot, `${language}.pdf`);
      await writeFile(file, pdf.pdf);
      expect(popplerText(file).replace(/\s+/g, ' ')).toContain(VISIT.title[language === 'en' ? 'en' : 'zh']!);
    }
  });

  it('leaves the main thread free while it works', async () => {
    // One long document: were it laid out on this thread, the timer below would stall for
    // nearly the whole run.
    const one = documentOf(request('ar'));
    const long: TypesetDocument = { ...one, blocks: Array.from({ length: 8 }, () => one.blocks).flat() };
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const [pdf] = await typesetter.start([long], () => undefined).results;
    const took = performance.now() - started;
    clearInterval(timer);
    expect(pdf!.pages).toBeGreaterThan(8);
    // On this thread the timer would stall for about the whole run; the margin is wide so
    // that a loaded CI machine (GC, the other test workers) cannot fail it.
    expect(longest).toBeLessThan(took / 2);
  });

  it('stops at once when cancelled, mid-layout, and the next task gets a fresh thread', async () => {
    const documents = ['en', 'fr', 'es', 'ru'].map((language) => documentOf(request(language)));
    let cancelledAt = 0;
    const task = typesetter.start(documents, (index, phase) => {
      if (index === 0 && phase === 'typesetting') {
        cancelledAt = performance.now();
        task.cancel();
      }
    });
    await expect(task.results).rejects.toBeInstanceOf(CancelledError);
    // Finishing the four documents would take seconds; cancelling takes a thread terminate.
    expect(performance.now() - cancelledAt).toBeLessThan(400);

    const again = await typesetter.start([documentOf(request('pt'))], () => undefined).results;
    expect(again[0]!.pages).toBeGreaterThan(1);
  });
});

describe('when the thread cannot work', () => {
  it('typesets on the main thread instead, from then on, and says why', async () => {
    const paths = packExportPaths(appRoot);
    // A thread that cannot read the engine's files fails before it reports anything.
    const broken = threadTypesetter(paths.worker, { assetsDirectory: join(appRoot, 'no-such-folder') });
    const reasons: string[] = [];
    const typesetter = withFallback(broken, inlineTypesetter(paths.engineAssets), (error) => reasons.push(error.message));
    const phases: string[] = [];
    const [pdf] = await typesetter.start([documentOf(request('fr'))], (index, phase) => phases.push(`${index}:${phase}`)).results;
    expect(pdf!.pages).toBeGreaterThan(1);
    expect(phases).toEqual(['0:typesetting', '0:writing']);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/no-such-folder/);
    // Later jobs go straight to the main thread.
    await typesetter.start([documentOf(request('es'))], () => undefined).results;
    expect(reasons).toHaveLength(1);
    await typesetter.dispose();
  });

  it('does not retry a job that was cancelled, or one whose document failed after it started', async () => {
    const paths = packExportPaths(appRoot);
    let fallbacks = 0;
    const typesetter = withFallback(threadTypesetter(paths.worker, { assetsDirectory: paths.engineAssets }), inlineTypesetter(paths.engineAssets), () => fallbacks++);
    const task = typesetter.start([documentOf(request('en'))], () => task.cancel());
    await expect(task.results).rejects.toBeInstanceOf(CancelledError);
    const bad = { title: 'x', blocks: [{ type: 'paragraph', text: 'x', colour: 'red' }] } as unknown as TypesetDocument;
    await expect(typesetter.start([bad], () => undefined).results).rejects.toThrow(/colour/);
    expect(fallbacks).toBe(0);
    await typesetter.dispose();
  });
});

describe('a desktop export job on the worker thread', () => {
  const dialogsTo = (folder: string) => ({ chooseFile: async (name: string) => join(folder, name), chooseFolder: async () => folder });

  it('writes every pack of a batch into the chosen folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'briefing-batch-'));
    const sent: PackExportProgress[] = [];
    const { jobs, exported } = createDesktopPackExport({ workspace: () => ({ doc: workspace }), dialogs: dialogsTo(folder), typesetter, send: (p) => sent.push(p), now: () => NOW });
    const outcome = await jobs.export({ jobId: 'batch', packs: [request('en'), request('fr')] });
    expect(outcome.status).toBe('done');
    expect(readdirSync(folder).sort()).toEqual([`${VISIT.id}-handout-zh-en.pdf`, `${VISIT.id}-handout-zh-fr.pdf`]);
    for (const name of readdirSync(folder)) expect(exported.has(join(folder, name))).toBe(true);
    expect(sent.map((p) => `${p.pack}:${p.phase}`)).toEqual(['0:preparing', '0:typesetting', '0:writing', '1:typesetting', '1:writing', '0:saving', '1:saving']);
  });

  it('cancelled while typesetting, writes nothing at all', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'briefing-cancel-'));
    let cancel = () => false;
    const { jobs } = createDesktopPackExport({
      workspace: () => ({ doc: workspace }),
      dialogs: dialogsTo(folder),
      typesetter,
      send: (progress) => {
        // The page presses Cancel while the second pack is being laid out.
        if (progress.pack === 1 && progress.phase === 'typesetting') setTimeout(() => cancel(), 20);
      },
      now: () => NOW,
    });
    cancel = () => jobs.cancel('to-cancel');
    const outcome = await jobs.export({ jobId: 'to-cancel', packs: [request('en'), request('ar'), request('ru')] });
    expect(outcome).toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readdirSync(folder)).toEqual([]);
  });
});
