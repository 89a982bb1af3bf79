// Runs in Node (tests): the workspace actions of the desktop app, end to end in the main
// process: the real startApp, IPC handlers, dispatch, workspace session and lowdb store on
// a temp folder, with only `electron` faked. The page is played by invoking channels.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, hostEvents } from '../../../core/ipc/contract';
import type { CommandOutcome, FileActionOutcome, WorkspaceSnapshot } from '../../../core/ipc/workspace-schemas';
import type { Workspace } from '../../../core/model/workspace';
import { loadWorkspaceForReading } from '../../../electron/store/load-workspace';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { testWorkspace } from '../../renderer/support/test-workspace';
import { app, BrowserWindow, dialog, FakeWebFrameMain, invokeFrom, Menu, resetFakeElectron } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
type Item = { label?: string; submenu?: Item[]; click?: () => void; enabled?: boolean };

const GET = contract.getWorkspace.channel;
const APPLY = contract.applyCommand.channel;
const FILE = contract.workspaceFile.channel;

const sample = testWorkspace();
const SEGMENT = 'seg-overview-intro';

let running: Awaited<ReturnType<typeof startTestApp>>['running'];

async function started(options: Parameters<typeof startTestApp>[0] = {}) {
  const test = await startTestApp({ sampleWorkspace: sample, ...options });
  running = test.running;
  const contents = test.window!.webContents;
  const call = <T>(channel: string, payload?: unknown) => invokeFrom(contents, contents.mainFrame, channel, payload) as Promise<Result<T>>;
  return { ...test, contents, call, defaultFile: join(test.userData, 'workspace.json') };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const setTranslation = (text: string, status = 'translated') => ({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text, status });

describe('the workspace in the main process', () => {
  beforeEach(() => resetFakeElectron());
  afterEach(async () => {
    await running?.workspace.close();
    running = undefined;
  });

  it('creates the default workspace from the sample on first start, in the user-data folder', async () => {
    const { call, defaultFile } = await started();
    const snapshot = value(await call<WorkspaceSnapshot>(GET));
    expect(snapshot.status).toMatchObject({ open: true, file: { name: 'workspace.json', path: defaultFile, location: 'file', isSample: false }, title: sample.meta.title });
    expect(snapshot.status.open && snapshot.status.report?.outcome).toBe('created');
    expect(snapshot.doc!.library).toEqual(sample.library);
    expect(existsSync(defaultFile)).toBe(true);
    const onDisk = JSON.parse(await readFile(defaultFile, 'utf8')) as Workspace;
    expect(onDisk.glossary).toEqual(sample.glossary);
  });

  it('applies a valid command, durably, and answers with the revision and change context', async () => {
    const { call, defaultFile } = await started();
    const before = value(await call<WorkspaceSnapshot>(GET)).doc!;
    const outcome = value(await call<CommandOutcome>(APPLY, setTranslation('Chaoyang lies in the east of central Beijing.')));
    expect(outcome).toMatchObject({ status: 'applied', revision: before.revision + 1 });
    // Acknowledged means on disk: what a reader of the folder sees now (file + journal) has it.
    const read = await loadWorkspaceForReading(defaultFile);
    expect(read.ok).toBe(true);
    const segment = read.ok ? (read.doc.library.sections[0]!.blocks[1] as { text: { translations: Record<string, { text: string; status: string; changedBy: string }> } }).text : undefined;
    expect(segment?.translations.en).toMatchObject({ text: 'Chaoyang lies in the east of central Beijing.', status: 'translated' });
    // And once closed, in the workspace file itself.
    await running!.workspace.close();
    const file = JSON.parse(await readFile(defaultFile, 'utf8')) as Workspace;
    expect(JSON.stringify(file)).toContain('Chaoyang lies in the east of central Beijing.');
    expect(file.revision).toBe(before.revision + 1);
  });

  it('refuses invalid commands with a typed error and leaves every file byte for byte as it was', async () => {
    const { call, defaultFile, userData } = await started();
    value(await call<CommandOutcome>(APPLY, setTranslation('First version.')));
    await running!.workspace.current!.compact();
    // The workspace file, its journal and its backups: every byte main keeps for it.
    const bytes = async () => {
      const files = (await readdir(userData, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.lock'))
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((path) => path.includes('workspace.json'))
        .sort();
      return Object.fromEntries(await Promise.all(files.map(async (path) => [path, await readFile(path)] as const)));
    };
    const before = await bytes();
    expect(Object.keys(before)).toContain(defaultFile);
    expect(Object.keys(before).some((path) => path.includes('workspace.json.backups'))).toBe(true);

    // Fails the model's schema: refused by dispatch with the command type's own explanation.
    const malformed = await call(APPLY, { type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: 42 });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(JSON.stringify(malformed)).toContain('$.text');
    expect(await call(APPLY, { type: 'launchRockets' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    // Well-formed but wrong for this workspace: the model's refusal, as a typed outcome.
    expect(value(await call<CommandOutcome>(APPLY, { ...setTranslation('x'), segmentId: 'seg-nowhere' }))).toMatchObject({ status: 'rejected', error: { code: 'not-found' } });
    expect(value(await call<CommandOutcome>(APPLY, { ...setTranslation('x'), language: 'de' }))).toMatchObject({ status: 'rejected', error: { code: 'conflict' } });
    expect(value(await call<CommandOutcome>(APPLY, setTranslation('text', 'missing')))).toMatchObject({ status: 'rejected', error: { code: 'invalid-command' } });
    expect(value(await call<CommandOutcome>(APPLY, { type: 'delete', collection: 'venues', id: 'ven-district-congress' }))).toMatchObject({
      status: 'rejected',
      error: { code: 'conflict', message: expect.stringContaining('still used') },
    });

    expect(await bytes()).toEqual(before);
    expect(value(await call<WorkspaceSnapshot>(GET)).doc!.revision).toBe(sample.revision + 1);
  });

  it('answers workspace calls only for the app window’s own page', async () => {
    const { contents, call, defaultFile } = await started();
    const forbidden = { ok: false, error: { code: 'forbidden-sender' } };
    const subframe = new FakeWebFrameMain('app://briefing/index.html', contents.mainFrame);
    expect(await invokeFrom(contents, subframe, APPLY, setTranslation('From a subframe.'))).toMatchObject(forbidden);
    expect(await invokeFrom(contents, subframe, GET, undefined)).toMatchObject(forbidden);
    const stranger = new BrowserWindow({});
    await stranger.loadURL('app://briefing/index.html');
    expect(await invokeFrom(stranger.webContents, stranger.webContents.mainFrame, APPLY, setTranslation('From another window.'))).toMatchObject(forbidden);
    expect(await invokeFrom(stranger.webContents, stranger.webContents.mainFrame, FILE, { action: 'openSample' })).toMatchObject(forbidden);
    contents.mainFrame.url = 'https://evil.example/';
    expect(await invokeFrom(contents, contents.mainFrame, APPLY, setTranslation('From elsewhere.'))).toMatchObject(forbidden);
    contents.mainFrame.url = 'app://briefing/index.html';
    expect(value(await call<WorkspaceSnapshot>(GET)).doc!.revision).toBe(0);
    expect(await readFile(defaultFile, 'utf8')).not.toContain('From ');
  });

  it('opens a fresh copy of the sample, tells the page, and lists it as recent', async () => {
    const { call, contents, userData } = await started();
    const outcome = value(await call<FileActionOutcome>(FILE, { action: 'openSample' }));
    expect(outcome.status).toBe('done');
    const status = outcome.status === 'done' ? outcome.workspace : undefined;
    expect(status).toMatchObject({ open: true, file: { isSample: true, location: 'file' } });
    const path = status?.open ? status.file.path : '';
    expect(path.startsWith(join(userData, 'samples'))).toBe(true);
    expect(status?.recent.map((r) => r.path)).toEqual([path, join(userData, 'workspace.json')]);
    expect(contents.sent.map((m) => m.channel)).toEqual([hostEvents.workspaceChanged.channel]);
    expect(contents.sent[0]!.args[0]).toEqual(status);
    // The File menu now offers both under Open Recent.
    const file = (Menu.applicationMenu!.template as Item[])[0]!.submenu!;
    const recent = file.find((i) => i.label === '最近打开')!.submenu!;
    expect(recent.map((i) => i.label)).toEqual([path.split('/').pop(), 'workspace.json']);
  });

  it('opens only files chosen in main’s own dialog, and recent paths main recorded', async () => {
    const { call, userData } = await started();
    const other = join(userData, '..', 'elsewhere.json');
    await writeFile(other, JSON.stringify({ ...sample, meta: { ...sample.meta, title: '另一个工作区' } }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(value(await call<FileActionOutcome>(FILE, { action: 'open' }))).toEqual({ status: 'cancelled' });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    const opened = value(await call<FileActionOutcome>(FILE, { action: 'open' }));
    expect(opened).toMatchObject({ status: 'done', workspace: { open: true, title: '另一个工作区', file: { path: other } } });
    // A path the page made up is refused without being touched.
    const invented = join(userData, '..', 'invented.json');
    expect(value(await call<FileActionOutcome>(FILE, { action: 'openRecent', path: invented }))).toMatchObject({ status: 'failed', error: { code: 'not-found' } });
    expect(existsSync(invented)).toBe(false);
    // The default workspace is recent: back to it.
    expect(value(await call<FileActionOutcome>(FILE, { action: 'openRecent', path: join(userData, 'workspace.json') }))).toMatchObject({
      status: 'done',
      workspace: { title: sample.meta.title },
    });
    // A file that is not a workspace is refused, and the open workspace stays open.
    const stray = join(userData, '..', 'stray.json');
    await writeFile(stray, '{"hello": "world"}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [stray] });
    expect(value(await call<FileActionOutcome>(FILE, { action: 'open' })).status).toBe('failed');
    expect(value(await call<WorkspaceSnapshot>(GET)).status).toMatchObject({ open: true, title: sample.meta.title });
    expect(await readFile(stray, 'utf8')).toBe('{"hello": "world"}');
  });

  it('saves as a new file and continues there; new starts an empty workspace', async () => {
    const { call, userData } = await started();
    value(await call<CommandOutcome>(APPLY, setTranslation('Saved before the copy.')));
    const copy = join(userData, '..', 'copy');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: copy });
    const saved = value(await call<FileActionOutcome>(FILE, { action: 'saveAs' }));
    expect(saved).toMatchObject({ status: 'done', workspace: { file: { path: `${copy}.json`, name: 'copy.json' } } });
    expect(await readFile(`${copy}.json`, 'utf8')).toContain('Saved before the copy.');
    value(await call<CommandOutcome>(APPLY, setTranslation('Only in the copy.')));
    await running!.workspace.close();
    expect(await readFile(`${copy}.json`, 'utf8')).toContain('Only in the copy.');
    expect(await readFile(join(userData, 'workspace.json'), 'utf8')).not.toContain('Only in the copy.');
  });

  it('creates a new empty workspace where the dialog says, setting aside (never deleting) a file it replaces', async () => {
    const { call, userData } = await started();
    const target = join(userData, '..', 'new-workspace.json');
    await writeFile(target, 'old contents');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const created = value(await call<FileActionOutcome>(FILE, { action: 'new' }));
    expect(created).toMatchObject({ status: 'done', workspace: { open: true, title: '新工作区', file: { path: target } } });
    const snapshot = value(await call<WorkspaceSnapshot>(GET));
    expect(snapshot.doc!.library.sections).toEqual([]);
    const aside = (await readdir(join(userData, '..'))).filter((n) => n.startsWith('new-workspace.json.replaced-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(userData, '..', aside[0]!), 'utf8')).toBe('old contents');
  });

  it('reopens the last workspace at the next start', async () => {
    const first = await started();
    const outcome = value(await first.call<FileActionOutcome>(FILE, { action: 'openSample' }));
    const path = outcome.status === 'done' && outcome.workspace.open ? outcome.workspace.file.path : '';
    await running!.workspace.close();
    const recent = await readFile(join(first.userData, 'recent-workspaces.json'), 'utf8');
    resetFakeElectron();
    const again = await started({ userDataFiles: { 'recent-workspaces.json': recent } });
    // A new temp folder: the recorded path still points at the first run's sample copy.
    expect(value(await again.call<WorkspaceSnapshot>(GET)).status).toMatchObject({ open: true, file: { path } });
  });

  it('never writes a workspace another process holds: it says why, and the file stays as it was', async () => {
    const { userData } = await started();
    await running!.workspace.close();
    const file = join(userData, 'workspace.json');
    const { store: other } = await WorkspaceStore.open(file, { author: 'someone else' });
    const before = await readFile(file);
    try {
      resetFakeElectron();
      const second = await startTestApp({ sampleWorkspace: sample, userData });
      running = second.running;
      const contents = second.window!.webContents;
      const snapshot = value((await invokeFrom(contents, contents.mainFrame, GET, undefined)) as Result<WorkspaceSnapshot>);
      expect(snapshot.status).toMatchObject({ open: false, problem: { code: 'locked' } });
      expect(snapshot.doc).toBeNull();
      expect(value((await invokeFrom(contents, contents.mainFrame, APPLY, setTranslation('Should not land.'))) as Result<CommandOutcome>)).toMatchObject({
        status: 'rejected',
        error: { code: 'no-workspace' },
      });
      expect(value((await invokeFrom(contents, contents.mainFrame, FILE, { action: 'saveAs' })) as Result<FileActionOutcome>)).toMatchObject({ status: 'failed' });
    } finally {
      await other.close();
    }
    expect(await readFile(file)).toEqual(before);
  });

  it('a second instance quits at once and opens no workspace', async () => {
    const test = await startTestApp({ sampleWorkspace: sample, hasSingleInstanceLock: false });
    expect(test.running).toBeUndefined();
    expect(app.quit).toHaveBeenCalled();
    expect(existsSync(join(test.userData, 'workspace.json'))).toBe(false);
  });

  it('File menu items run the same actions, and quitting writes everything and releases the file', async () => {
    const { userData, call } = await started({ storedSettings: { uiLanguage: 'en' } });
    const file = (Menu.applicationMenu!.template as Item[])[0]!.submenu!;
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual([
      'New Workspace…',
      'Open…',
      'Open Recent',
      'Open Sample Workspace',
      'Save As…',
      'Close Window',
      'Quit',
    ]);
    file.find((i) => i.label === 'Open Sample Workspace')!.click!();
    await vi.waitFor(async () => expect(value(await call<WorkspaceSnapshot>(GET)).status).toMatchObject({ file: { isSample: true } }));
    value(await call<CommandOutcome>(APPLY, setTranslation('Written at quit.')));
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const samples = await readdir(join(userData, 'samples'));
    expect(samples.filter((n) => n.endsWith('.lock'))).toEqual([]);
    const copy = samples.find((n) => /^sample-workspace-.*\.json$/.test(n))!;
    expect(await readFile(join(userData, 'samples', copy), 'utf8')).toContain('Written at quit.');
  });
});
