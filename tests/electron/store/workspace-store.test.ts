import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import { CURRENT_SCHEMA_VERSION } from '../../../core/model/schema-version';
import { WorkspaceSchema, type Workspace } from '../../../core/model/workspace';
import { journalPathOf } from '../../../electron/store/journal-file';
import { loadWorkspaceForReading } from '../../../electron/store/load-workspace';
import { WorkspaceNotFoundError, WorkspaceTooNewError } from '../../../electron/store/store-errors';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace, V1_FIXTURE } from '../../fixtures/workspace/fixture-workspace';
import { folderPicture, setTranslation, tempFolder, writeWorkspace } from './store-test-helpers';

const translationOf = (doc: Workspace, id: string, language: string) => locateSegment(doc, id)!.segment.translations[language]?.text;

async function openFixture(options: Partial<Parameters<typeof WorkspaceStore.open>[1]> = {}) {
  const folder = tempFolder();
  const file = join(folder, 'workspace.json');
  writeWorkspace(file, fixtureWorkspace());
  const { store, report } = await WorkspaceStore.open(file, { author: 'li.na', ...options });
  return { folder, file, store, report };
}

describe('WorkspaceStore', () => {
  it('creates a workspace, and what was applied is there after reopening', async () => {
    const file = join(tempFolder(), 'nested', 'new.json');
    await expect(WorkspaceStore.open(file, { author: 'li.na' })).rejects.toBeInstanceOf(WorkspaceNotFoundError);
    const created = await WorkspaceStore.open(file, { author: 'li.na', create: { title: 'New one' } });
    expect(created.report.outcome).toBe('created');
    const result = await created.store.apply({ type: 'renameWorkspace', title: 'Renamed' });
    expect(result).toMatchObject({ ok: true, revision: 1 });
    await created.store.close();
    const reopened = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(reopened.report).toMatchObject({ outcome: 'opened', notices: [] });
    expect(reopened.store.doc.meta.title).toBe('Renamed');
    expect(reopened.store.revision).toBe(1);
    await reopened.store.close();
  });

  it('has a command on disk (in the journal) when apply resolves, before any snapshot', async () => {
    const { file, store } = await openFixture({ idleCompactionMs: 60_000 });
    const result = await store.apply(setTranslation('seg-overview-intro', 'ru', 'Новый текст'), 'wang.fang');
    expect(result.ok).toBe(true);
    const journal = readFileSync(journalPathOf(file), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(journal).toEqual([{ v: CURRENT_SCHEMA_VERSION, rev: 1, at: expect.any(String), by: 'wang.fang', command: setTranslation('seg-overview-intro', 'ru', 'Новый текст') }]);
    expect(JSON.parse(readFileSync(file, 'utf8')).revision).toBe(0); // the snapshot is not rewritten per command
    const seen = await loadWorkspaceForReading(file);
    expect(seen.ok && translationOf(seen.doc, 'seg-overview-intro', 'ru')).toBe('Новый текст');
    await store.close();
  });

  it('rewrites the snapshot in the background and keeps commands that arrive meanwhile', async () => {
    const { file, store } = await openFixture({ compactAfterEntries: 5, idleCompactionMs: 60_000 });
    const results = await Promise.all(Array.from({ length: 23 }, (_, i) => store.apply(setTranslation('seg-overview-intro', 'en', `Version ${i}`))));
    expect(results.map((r) => r.ok && r.revision)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    await store.compact();
    expect(JSON.parse(readFileSync(file, 'utf8')).revision).toBe(23);
    expect(readFileSync(journalPathOf(file), 'utf8')).toBe('');
    await store.close();
    const again = await WorkspaceStore.open(file, { author: 'x' });
    expect(translationOf(again.store.doc, 'seg-overview-intro', 'en')).toBe('Version 22');
    await again.store.close();
  });

  it('writes a snapshot after a pause, and on close', async () => {
    const { file, store } = await openFixture({ idleCompactionMs: 30 });
    await store.apply({ type: 'renameWorkspace', title: 'After a pause' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(JSON.parse(readFileSync(file, 'utf8')).meta.title).toBe('After a pause');
    await store.apply({ type: 'renameWorkspace', title: 'On close' });
    await store.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).meta.title).toBe('On close');
    expect(existsSync(journalPathOf(file)) ? readFileSync(journalPathOf(file), 'utf8') : '').toBe('');
  });

  it('tells listeners about each change, and refuses commands once closed', async () => {
    const { store } = await openFixture();
    const seen: number[] = [];
    const stop = store.onChange((doc) => seen.push(doc.revision));
    await store.apply({ type: 'renameWorkspace', title: 'One' });
    stop();
    await store.apply({ type: 'renameWorkspace', title: 'Two' });
    expect(seen).toEqual([1]);
    await store.close();
    expect(await store.apply({ type: 'renameWorkspace', title: 'Three' })).toMatchObject({ ok: false, error: { code: 'closed' } });
  });

  it('saves as another file and carries on there, leaving the first file intact', async () => {
    const { folder, file, store } = await openFixture();
    await store.apply({ type: 'renameWorkspace', title: 'Before save as' });
    const target = join(folder, 'copy', 'other.json');
    const { store: other } = await store.saveAs(target);
    expect(other.path).toBe(target);
    expect(other.doc.meta.title).toBe('Before save as');
    await other.apply({ type: 'renameWorkspace', title: 'Only in the copy' });
    await other.close();
    expect(JSON.parse(readFileSync(target, 'utf8')).meta.title).toBe('Only in the copy');
    expect(JSON.parse(readFileSync(file, 'utf8')).meta.title).toBe('Before save as');
    const first = await WorkspaceStore.open(file, { author: 'x' }); // the first file's lock was released
    await first.store.close();
  });

  it('never acknowledges a command that Save As would leave behind in the old file', async () => {
    const { folder, store } = await openFixture();
    const saving = store.saveAs(join(folder, 'elsewhere.json'));
    const during = store.apply({ type: 'renameWorkspace', title: 'During save as' });
    const [{ store: other }, result] = await Promise.all([saving, during]);
    if (result.ok) expect(other.doc.meta.title).toBe('During save as');
    else expect(result.error.code).toBe('closed');
    const after = await store.apply({ type: 'renameWorkspace', title: 'After save as' });
    expect(after).toMatchObject({ ok: false, error: { code: 'closed' } });
    await other.close();
  });

  it('keeps rolling backups beside the file', async () => {
    const { file, store } = await openFixture();
    await store.apply({ type: 'renameWorkspace', title: 'Changed' });
    await store.close();
    const backups = readdirSync(`${file}.backups`).sort();
    expect(backups).toHaveLength(2); // as opened (revision 0) and as closed (revision 1)
    expect(backups.map((name) => /\.r(\d+)\.json$/.exec(name)![1])).toEqual(['0', '1']);
    const last = JSON.parse(readFileSync(join(`${file}.backups`, backups[1]!), 'utf8'));
    expect(WorkspaceSchema.parse(last).meta.title).toBe('Changed');
  });

  it('migrates a version 1 file on open and keeps the original untouched beside it', async () => {
    const folder = tempFolder();
    const file = join(folder, 'old.json');
    copyFileSync(V1_FIXTURE, file);
    const { store, report } = await WorkspaceStore.open(file, { author: 'x' });
    expect(report.migratedFrom).toBe(1);
    expect(report.notices[0]).toContain('format version 1');
    expect(readFileSync(report.preMigrationCopy!)).toEqual(readFileSync(V1_FIXTURE));
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(2);
    expect(store.doc.visits[0]!.stops[0]!.interpreterId).toBe('kyrgyz-study-interpreter-1');
    await store.close();
  });

  it('refuses a file from a newer version and does not touch it', async () => {
    const folder = tempFolder();
    const file = join(folder, 'future.json');
    writeWorkspace(file, { ...fixtureWorkspace(), schemaVersion: 3 } as never);
    const before = folderPicture(folder);
    const error = await WorkspaceStore.open(file, { author: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceTooNewError);
    expect((error as Error).message).toMatch(/newer Briefing Desk \(workspace schema version 3\); this version reads up to 2/);
    expect(folderPicture(folder)).toEqual(before);
  });
});
