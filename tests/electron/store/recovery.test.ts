// Damaged workspace files: set aside (renamed, never deleted), the newest good backup
// loaded, the journal replayed on top when it fits, and the user told what happened.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../../core/model/apply-command';
import { locateSegment } from '../../../core/model/lookups';
import { encodeJournalEntry } from '../../../core/workspace/command-journal';
import { journalPathOf } from '../../../electron/store/journal-file';
import { WorkspaceUnrecoverableError } from '../../../electron/store/store-errors';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';
import { folderPicture, setTranslation, tempFolder } from './store-test-helpers';

/** A workspace edited three times and closed: the file and a backup hold revision 3. */
async function editedWorkspace() {
  const folder = tempFolder();
  const file = join(folder, 'workspace.json');
  const created = await WorkspaceStore.open(file, { author: 'li.na', create: { title: 'x', initial: fixtureWorkspace() } });
  for (const text of ['one', 'two', 'three']) await created.store.apply(setTranslation('seg-overview-intro', 'en', text));
  const doc = created.store.doc;
  await created.store.close();
  return { folder, file, doc };
}

const DAMAGE: Record<string, (good: string) => string | Buffer> = {
  empty: () => '',
  truncated: (good) => good.slice(0, Math.floor(good.length * 0.6)),
  'nul-filled': (good) => Buffer.alloc(good.length),
  'invalid-json': (good) => good.replace('"revision":3', '"revision":3,,'),
  'schema-invalid': (good) => good.replace('"status":"reviewed"', '"status":"approved"'),
};

describe('opening a damaged workspace', () => {
  for (const [kind, damage] of Object.entries(DAMAGE)) {
    it(`recovers from a ${kind} file: the backup is loaded, the file set aside, nothing deleted`, async () => {
      const { folder, file, doc } = await editedWorkspace();
      const damaged = damage(readFileSync(file, 'utf8'));
      writeFileSync(file, damaged);
      const before = folderPicture(folder);

      const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
      expect(store.doc).toEqual(doc);
      expect(report.outcome).toBe('recovered');
      expect(report.recoveredFrom!.revision).toBe(3);
      expect(report.setAside).toHaveLength(1);
      const movedTo = report.setAside[0]!.movedTo;
      expect(basename(movedTo)).toMatch(new RegExp(`^workspace\\.json\\.damaged-${kind}-`));
      expect(readFileSync(movedTo)).toEqual(Buffer.from(damaged)); // the damaged bytes, kept as they were
      expect(report.notices.join(' ')).toContain('was loaded in its place');
      await store.close();

      const after = folderPicture(folder);
      for (const [name, bytes] of Object.entries(before)) {
        if (name === 'workspace.json') expect(after[basename(movedTo)]).toBe(bytes);
        else expect(after[name], `${name} is still there, unchanged`).toBe(bytes);
      }
      expect(JSON.parse(readFileSync(file, 'utf8')).revision).toBe(3); // a good file is back in place
    });
  }

  it('replays journal entries made after the backup onto it', async () => {
    const { file, doc } = await editedWorkspace();
    const newer = [4, 5].map((rev) => ({ rev, at: '2026-04-16T10:00:00.000Z', by: 'wang.fang', command: setTranslation('seg-overview-intro', 'fr', `révision ${rev}`) }));
    writeFileSync(journalPathOf(file), newer.map(encodeJournalEntry).join(''));
    writeFileSync(file, '');
    const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(report.journal).toEqual({ replayed: 2, droppedUnfinishedEntry: false });
    let expected = doc;
    for (const entry of newer) {
      const result = executeCommand(expected, entry.command, { at: entry.at, by: entry.by });
      if (!result.ok) throw new Error(result.error.message);
      expected = result.doc;
    }
    expect(store.doc).toEqual(expected);
    expect(locateSegment(store.doc, 'seg-overview-intro')!.segment.translations.fr!.text).toBe('révision 5');
    await store.close();
  });

  it('skips a damaged backup for an older good one', async () => {
    const { folder, file } = await editedWorkspace();
    const backups = readdirSync(`${file}.backups`).sort();
    writeFileSync(join(`${file}.backups`, backups.at(-1)!), '{"format": "briefing-desk-workspace", "schema');
    writeFileSync(file, '');
    const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(report.recoveredFrom!.backup).toBe(join(folder, 'workspace.json.backups', backups.at(-2)!));
    expect(store.revision).toBe(0);
    await store.close();
  });

  it('leaves a damaged file alone when no backup can stand in for it', async () => {
    const folder = tempFolder();
    const file = join(folder, 'workspace.json');
    writeFileSync(file, JSON.stringify(fixtureWorkspace()).slice(0, 500));
    const before = folderPicture(folder);
    const error = await WorkspaceStore.open(file, { author: 'li.na' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceUnrecoverableError);
    expect((error as Error).message).toMatch(/workspace\.json is cut short.*no backup to recover from; the file has been left as it is/);
    expect(folderPicture(folder)).toEqual(before);
  });

  it('sets aside a journal damaged in the middle and keeps what it could read', async () => {
    const { file } = await editedWorkspace();
    const good = { rev: 4, at: '2026-04-16T10:00:00.000Z', by: 'x', command: setTranslation('seg-overview-intro', 'es', 'cuatro') };
    const after = { rev: 6, at: '2026-04-16T10:00:00.000Z', by: 'x', command: setTranslation('seg-overview-intro', 'es', 'seis') };
    const text = encodeJournalEntry(good) + 'garbage\n' + encodeJournalEntry(after);
    writeFileSync(journalPathOf(file), text);
    const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(report.journal.problem).toContain('line 2 of the journal is damaged');
    expect(store.revision).toBe(4);
    expect(report.setAside).toHaveLength(1);
    expect(readFileSync(report.setAside[0]!.movedTo, 'utf8')).toBe(text);
    await store.close();
  });

  it('drops an unfinished last journal line (never acknowledged) and says so', async () => {
    const { file } = await editedWorkspace();
    const entry = { rev: 4, at: '2026-04-16T10:00:00.000Z', by: 'x', command: setTranslation('seg-overview-intro', 'es', 'cuatro') };
    writeFileSync(journalPathOf(file), encodeJournalEntry(entry) + encodeJournalEntry({ ...entry, rev: 5 }).slice(0, 30));
    const { store, report } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(report.journal).toEqual({ replayed: 1, droppedUnfinishedEntry: true });
    expect(store.revision).toBe(4);
    expect(readFileSync(journalPathOf(file), 'utf8')).toBe(''); // now in the snapshot
    expect(existsSync(file)).toBe(true);
    await store.close();
  });
});

describe('a workspace file that has gone missing', () => {
  it('comes back from its newest backup', async () => {
    const { file, doc } = await editedWorkspace();
    rmSync(file);
    const { store, report } = await WorkspaceStore.open(file, { author: 'x' });
    expect(report.outcome).toBe('recovered');
    expect(store.doc).toEqual(doc);
    await store.close();
  });
});
