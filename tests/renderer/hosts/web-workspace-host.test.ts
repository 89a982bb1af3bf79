// Runs in the renderer (jsdom): the browser host's workspace through the real contract and
// dispatch(): the sample on first use, commands applied by core and stored before the
// answer, refusals that store nothing, a reload that finds what was stored, file actions
// that never overwrite a stored workspace, and damaged storage recovered without loss.
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceStatus } from '../../../core/ipc/workspace-schemas';
import { CURRENT_SCHEMA_VERSION } from '../../../core/model/schema-version';
import type { Workspace } from '../../../core/model/workspace';
import { memoryWorkspaceStorage } from '../../../renderer/hosts/browser-workspace-storage';
import { createWebHost } from '../../../renderer/hosts/web-host';
import { testWorkspace } from '../support/test-workspace';
import { storedDocument } from '../support/stored-document';

const sample = testWorkspace();
const SEGMENT = 'seg-overview-intro';

function host(workspaces = memoryWorkspaceStorage(), extra: Partial<Parameters<typeof createWebHost>[0]> = {}) {
  const api = createWebHost({
    storage: window.localStorage,
    platform: 'TestOS',
    openWindow: () => null,
    workspaces,
    loadSample: async () => structuredClone(sample),
    now: () => new Date('2026-05-01T09:00:00.000Z'),
    ...extra,
  });
  return { api, workspaces };
}

function stored(workspaces: ReturnType<typeof memoryWorkspaceStorage>): Workspace {
  return storedDocument(workspaces, workspaces.index.current!);
}

const english = (doc: Workspace) => (doc.library.sections[0]!.blocks[1] as { text: { translations: Record<string, { text: string; status: string }> } }).text.translations.en;

describe('the browser host’s workspace', () => {
  it('starts from the sample, then applies a command and stores it before answering', async () => {
    const { api, workspaces } = host();
    const first = await api.getWorkspace();
    expect(first).toMatchObject({ ok: true, value: { status: { open: true, file: { location: 'browser', name: 'workspace.json' }, report: { outcome: 'created' } } } });
    expect(first.ok && first.value.doc!.library).toEqual(sample.library);

    const applied = await api.applyCommand({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: 'Edited in the browser.', status: 'translated' });
    expect(applied).toEqual({ ok: true, value: { status: 'applied', revision: 1, at: '2026-05-01T09:00:00.000Z', by: 'browser' } });
    // What was stored before answering is the change alone: one journal entry, not a new copy of the document.
    expect(workspaces.journal).toEqual([
      {
        workspace: workspaces.index.current,
        seq: 1,
        v: CURRENT_SCHEMA_VERSION,
        command: { type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: 'Edited in the browser.', status: 'translated' },
        at: '2026-05-01T09:00:00.000Z',
        by: 'browser',
      },
    ]);
    expect(english(JSON.parse(workspaces.entries.get(workspaces.index.current!)!.text) as Workspace)).toMatchObject(english(sample)!);
    expect(english(stored(workspaces))).toMatchObject({ text: 'Edited in the browser.', status: 'translated' });

    // A reload: a new host over the same storage finds the change.
    const again = host(workspaces).api;
    const reread = await again.getWorkspace();
    expect(reread.ok && english(reread.value.doc!)).toMatchObject({ text: 'Edited in the browser.' });
    expect(reread.ok && reread.value.status).toMatchObject({ open: true, revision: 1, report: null });
  });

  it('folds the journal into the stored text once the page is quiet, and replays what was not folded yet', async () => {
    const workspaces = memoryWorkspaceStorage();
    const { api } = host(workspaces, { compactAfterMs: 20 });
    await api.getWorkspace();
    await api.applyCommand({ type: 'renameWorkspace', title: '第一次' });
    await api.applyCommand({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: 'Folded.', status: 'draft' });
    expect(workspaces.journal).toHaveLength(2);
    await vi.waitFor(() => expect(workspaces.journal).toHaveLength(0));
    const folded = workspaces.entries.get(workspaces.index.current!)!;
    expect(folded.journalSeq).toBe(2);
    expect(stored(workspaces).meta.title).toBe('第一次');
    expect(english(stored(workspaces))).toMatchObject({ text: 'Folded.', status: 'draft' });

    // A change after the fold is journalled as entry 3; a reload before the next fold replays it on the text.
    const slow = host(workspaces, { compactAfterMs: 60_000 }).api;
    await slow.applyCommand({ type: 'renameWorkspace', title: '第二次' });
    expect(workspaces.journal.map((e) => e.seq)).toEqual([3]);
    const reread = await host(workspaces, { compactAfterMs: 60_000 }).api.getWorkspace();
    expect(reread.ok && reread.value.doc!.meta.title).toBe('第二次');
    expect(reread.ok && reread.value.status).toMatchObject({ open: true, revision: 3 });
  });

  it('a failed fold keeps every change in the journal', async () => {
    const workspaces = memoryWorkspaceStorage();
    const compact = vi.spyOn(workspaces, 'compact').mockRejectedValue(new Error('QuotaExceededError'));
    const { api } = host(workspaces, { compactAfterMs: 10 });
    await api.getWorkspace();
    await api.applyCommand({ type: 'renameWorkspace', title: '仍在日志里' });
    await vi.waitFor(() => expect(compact).toHaveBeenCalled());
    expect(workspaces.journal).toHaveLength(1);
    const reread = await host(workspaces, { compactAfterMs: 60_000 }).api.getWorkspace();
    expect(reread.ok && reread.value.doc!.meta.title).toBe('仍在日志里');
  });

  it('replays journal entries by the schema version they carry, and sets aside, never drops, what it cannot replay', async () => {
    const workspaces = memoryWorkspaceStorage();
    const slow = { compactAfterMs: 60_000 };
    await host(workspaces, slow).api.getWorkspace();
    const id = workspaces.index.current!;
    const entry = (seq: number, v: number | undefined, title: string) => ({
      workspace: id,
      seq,
      ...(v === undefined ? {} : { v }),
      command: { type: 'renameWorkspace' as const, title },
      at: '2026-05-01T09:00:00.000Z',
      by: 'browser',
    });
    // An entry of a build before entries carried a version (schema 3), one of this build,
    // then one written by a newer build, and one after it.
    workspaces.journal.push(entry(1, undefined, '旧条目'), entry(2, CURRENT_SCHEMA_VERSION, '本版条目'), entry(3, 99, '新版本条目'), entry(4, CURRENT_SCHEMA_VERSION, '其后条目'));

    const opened = await host(workspaces, slow).api.getWorkspace();
    expect(opened.ok && opened.value.doc!.meta.title).toBe('本版条目');
    const report = opened.ok && opened.value.status.open ? opened.value.status.report : null;
    expect(report?.journal).toMatchObject({ replayed: 2, problem: expect.stringContaining('newer Briefing Desk') });
    expect(report?.setAside).toHaveLength(1);
    expect(report?.notices.join(' ')).toMatch(/2 unsaved change\(s\) from change 3 on were set aside/);
    // Kept whole, with the reason; the journal itself is folded, so the next open is clean.
    const kept = await workspaces.readSetAside(id);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.entries.map((e) => [e.seq, e.v, (e.command as { title: string }).title])).toEqual([
      [3, 99, '新版本条目'],
      [4, CURRENT_SCHEMA_VERSION, '其后条目'],
    ]);
    expect(kept[0]!.reason).toMatch(/change 3 \(renameWorkspace\) could not be replayed: it was written by a newer Briefing Desk/);
    expect(workspaces.journal).toEqual([]);
    expect(stored(workspaces).meta.title).toBe('本版条目');
    const again = await host(workspaces, slow).api.getWorkspace();
    expect(again.ok && again.value.status.open && again.value.status.report).toBeNull();
    expect(await workspaces.readSetAside(id)).toHaveLength(1);
  });

  it('sets aside an entry the model refuses, and what follows it', async () => {
    const workspaces = memoryWorkspaceStorage();
    const slow = { compactAfterMs: 60_000 };
    await host(workspaces, slow).api.getWorkspace();
    const id = workspaces.index.current!;
    const at = '2026-05-01T09:00:00.000Z';
    workspaces.journal.push(
      { workspace: id, seq: 1, v: CURRENT_SCHEMA_VERSION, command: { type: 'setTranslation', segmentId: 'seg-nowhere', language: 'en', text: 'x' }, at, by: 'browser' },
      { workspace: id, seq: 2, v: CURRENT_SCHEMA_VERSION, command: { type: 'renameWorkspace', title: '之后' }, at, by: 'browser' },
    );
    const opened = await host(workspaces, slow).api.getWorkspace();
    expect(opened.ok && opened.value.doc!.meta.title).toBe(sample.meta.title);
    expect(opened.ok && opened.value.status.open && opened.value.status.report?.journal.problem).toMatch(/change 1 \(setTranslation\) could not be replayed/);
    expect((await workspaces.readSetAside(id))[0]!.entries.map((e) => e.seq)).toEqual([1, 2]);
    // New changes go on after the set-aside ones, never over them.
    await host(workspaces, slow).api.applyCommand({ type: 'renameWorkspace', title: '新的' });
    expect(workspaces.journal.map((e) => e.seq)).toEqual([3]);
  });

  it('refuses invalid commands, as main does, and stores nothing', async () => {
    const { api, workspaces } = host();
    await api.getWorkspace();
    const before = workspaces.entries.get(workspaces.index.current!)!.text;
    expect(await api.applyCommand({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: 7 } as never)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await api.applyCommand({ type: 'setTranslation', segmentId: 'seg-nowhere', language: 'en', text: 'x' })).toMatchObject({
      ok: true,
      value: { status: 'rejected', error: { code: 'not-found' } },
    });
    expect(await api.applyCommand({ type: 'delete', collection: 'delegations', id: 'del-test-envoys' })).toMatchObject({
      ok: true,
      value: { status: 'rejected', error: { code: 'conflict' } },
    });
    expect(workspaces.entries.get(workspaces.index.current!)!.text).toBe(before);
    expect(workspaces.journal).toEqual([]);
  });

  it('reports a storage failure as a refusal and keeps the document as it was', async () => {
    const workspaces = memoryWorkspaceStorage();
    const { api } = host(workspaces);
    await api.getWorkspace();
    vi.spyOn(workspaces, 'append').mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await api.applyCommand({ type: 'renameWorkspace', title: '不会保存' })).toMatchObject({ ok: true, value: { status: 'rejected', error: { code: 'write-failed' } } });
    const after = await api.getWorkspace();
    expect(after.ok && after.value.doc!.meta.title).toBe(sample.meta.title);
    expect(after.ok && after.value.doc!.revision).toBe(0);
  });

  it('file actions add workspaces and tell the page; none overwrites another', async () => {
    const picked = { name: 'imported.json', text: JSON.stringify({ ...sample, meta: { ...sample.meta, title: '导入的工作区' } }) };
    const download = vi.fn();
    const { api, workspaces } = host(memoryWorkspaceStorage(), { pickFile: async () => picked, download });
    const events: WorkspaceStatus[] = [];
    api.onHostEvent('workspaceChanged', (status) => events.push(status));
    await api.getWorkspace();
    const firstId = workspaces.index.current!;

    const imported = await api.workspaceFile({ action: 'open' });
    expect(imported).toMatchObject({ ok: true, value: { status: 'done', workspace: { title: '导入的工作区', file: { name: 'imported.json' } } } });
    const fresh = await api.workspaceFile({ action: 'new' });
    expect(fresh).toMatchObject({ ok: true, value: { status: 'done', workspace: { open: true } } });
    const snapshot = await api.getWorkspace();
    expect(snapshot.ok && snapshot.value.doc!.library.sections).toEqual([]);
    const sampleCopy = await api.workspaceFile({ action: 'openSample' });
    expect(sampleCopy).toMatchObject({ ok: true, value: { workspace: { file: { isSample: true } } } });

    expect(events.map((e) => (e.open ? e.title : null))).toEqual(['导入的工作区', '新工作区', sample.meta.title]);
    expect(workspaces.entries.size).toBe(4);
    expect(JSON.parse(workspaces.entries.get(firstId)!.text).meta.title).toBe(sample.meta.title);

    // Back to the first through the recent list; a path it did not list is refused.
    const recent = events.at(-1)!.recent;
    expect(recent).toHaveLength(4);
    expect(await api.workspaceFile({ action: 'openRecent', path: 'browser:ws-invented' })).toMatchObject({ ok: true, value: { status: 'failed', error: { code: 'not-found' } } });
    const back = await api.workspaceFile({ action: 'openRecent', path: recent.at(-1)!.path });
    expect(back).toMatchObject({ ok: true, value: { status: 'done', workspace: { title: sample.meta.title } } });

    // Save as downloads the workspace as it is now.
    expect(await api.workspaceFile({ action: 'saveAs' })).toMatchObject({ ok: true, value: { status: 'done', saved: 'workspace.json' } });
    expect(download).toHaveBeenCalledTimes(1);
    expect(JSON.parse(download.mock.calls[0]![1] as string).meta.title).toBe(sample.meta.title);
  });

  it('refuses to import a file that is not a workspace, or one from a newer version', async () => {
    let next = { name: 'notes.json', text: '{"hello":"world"}' };
    const { api, workspaces } = host(memoryWorkspaceStorage(), { pickFile: async () => next });
    await api.getWorkspace();
    expect(await api.workspaceFile({ action: 'open' })).toMatchObject({ ok: true, value: { status: 'failed', error: { code: 'not-a-workspace' } } });
    next = { name: 'future.json', text: JSON.stringify({ ...sample, schemaVersion: 99 }) };
    expect(await api.workspaceFile({ action: 'open' })).toMatchObject({ ok: true, value: { status: 'failed', error: { code: 'too-new' } } });
    expect(workspaces.entries.size).toBe(1);
  });

  it('opens a fresh workspace when the stored one is damaged, keeps the damaged one, and says so', async () => {
    const workspaces = memoryWorkspaceStorage();
    workspaces.entries.set('ws-broken', { id: 'ws-broken', name: 'mine.json', isSample: false, text: '{"format":"briefing-desk-workspace","schemaVersion":2,"revis' });
    workspaces.index = { current: 'ws-broken', recent: ['ws-broken'] };
    const { api } = host(workspaces);
    const snapshot = await api.getWorkspace();
    expect(snapshot).toMatchObject({ ok: true, value: { status: { open: true, report: { outcome: 'created', fallback: { wanted: 'mine.json' } } } } });
    expect(workspaces.entries.get('ws-broken')!.text).toContain('"revis');
    expect(snapshot.ok && snapshot.value.status.recent.map((r) => r.name)).toEqual(['workspace.json', 'mine.json']);
  });
});
