// Journal lines carry the schema version they were written under. A journal from a newer
// Briefing Desk makes the store refuse to open (nothing touched); lines of an older version
// with no migration are not replayed blindly: the journal is set aside, with the reason.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../core/model/schema-version';
import { locateSegment } from '../../../core/model/lookups';
import { encodeJournalEntry } from '../../../core/workspace/command-journal';
import { journalPathOf } from '../../../electron/store/journal-file';
import { loadWorkspaceForReading } from '../../../electron/store/load-workspace';
import { WorkspaceTooNewError } from '../../../electron/store/store-errors';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';
import { folderPicture, setTranslation, tempFolder, writeWorkspace } from './store-test-helpers';

const line = (v: number, rev: number, text: string) => encodeJournalEntry({ v, rev, at: '2026-12-03T09:00:00.000Z', by: 'li.na', command: setTranslation('seg-overview-intro', 'en', text) });

function workspaceWithJournal(journal: string) {
  const folder = tempFolder();
  const file = join(folder, 'workspace.json');
  writeWorkspace(file, fixtureWorkspace());
  writeFileSync(journalPathOf(file), journal);
  return { folder, file };
}

describe('journal versions', () => {
  it('writes the current schema version on every line', async () => {
    const { file } = workspaceWithJournal('');
    const { store } = await WorkspaceStore.open(file, { author: 'li.na', idleCompactionMs: 1e9 });
    await store.apply(setTranslation('seg-overview-intro', 'en', 'now'));
    expect(JSON.parse(readFileSync(journalPathOf(file), 'utf8'))).toMatchObject({ v: CURRENT_SCHEMA_VERSION, rev: 1 });
    await store.close();
  });

  it('refuses a journal written by a newer version, touching nothing, and says to update', async () => {
    const { folder, file } = workspaceWithJournal(line(CURRENT_SCHEMA_VERSION, 1, 'a') + line(CURRENT_SCHEMA_VERSION + 1, 2, 'b'));
    const before = folderPicture(folder);
    const error = await WorkspaceStore.open(file, { author: 'li.na' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceTooNewError);
    expect((error as Error).message).toMatch(/newer Briefing Desk .*Update Briefing Desk/);
    expect(folderPicture(folder)).toEqual(before);
    const read = await loadWorkspaceForReading(file); // briefing check says the same
    expect(read).toMatchObject({ ok: false, problem: { kind: 'newer-version' } });
  });

  it('replays lines without a version (early version-2 builds) as version 2', async () => {
    const unversioned = JSON.stringify({ rev: 1, at: '2026-12-03T09:00:00.000Z', by: 'li.na', command: setTranslation('seg-overview-intro', 'en', 'old line') });
    const { file } = workspaceWithJournal(`${unversioned}\n`);
    const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(report.journal.replayed).toBe(1);
    expect(locateSegment(store.doc, 'seg-overview-intro')!.segment.translations.en!.text).toBe('old line');
    await store.close();
  });

  it('sets aside, never replays, lines of an older version it cannot migrate, and says why', async () => {
    const { folder, file } = workspaceWithJournal(line(1, 1, 'from the prototype'));
    const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(report.journal.problem).toMatch(/schema version 1/);
    expect(report.setAside).toHaveLength(1);
    expect(readdirSync(folder).some((name) => name.startsWith('workspace.json.journal.unusable-journal-'))).toBe(true);
    expect(locateSegment(store.doc, 'seg-overview-intro')!.segment.translations.en!.text).not.toBe('from the prototype');
    await store.close();
  });
});
