import { describe, expect, it } from 'vitest';
import { encodeJournalEntry, parseJournal, replayJournal, type JournalEntry } from '../../../core/workspace/command-journal';
import { locateSegment } from '../../../core/model/lookups';
import { CURRENT_SCHEMA_VERSION } from '../../../core/model/schema-version';
import { migrateJournalCommand } from '../../../core/workspace/journal-migrations';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const entry = (rev: number, text: string): JournalEntry => ({ v: CURRENT_SCHEMA_VERSION, rev, at: '2026-04-16T09:00:00.000Z', by: 'li.na', command: { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text, status: 'draft' } });

describe('the command journal', () => {
  it('reads whole entries and drops a final one cut off by a crash', () => {
    const text = [entry(1, 'a'), entry(2, 'b')].map(encodeJournalEntry).join('');
    expect(parseJournal(text)).toEqual({ entries: [entry(1, 'a'), entry(2, 'b')], tornTail: false });
    expect(parseJournal(text + encodeJournalEntry(entry(3, 'c')).slice(0, 40))).toMatchObject({ entries: [entry(1, 'a'), entry(2, 'b')], tornTail: true });
    expect(parseJournal(text + encodeJournalEntry(entry(3, 'c')).trimEnd())).toMatchObject({ tornTail: true, entries: { length: 2 } }); // no newline: not finished
    expect(parseJournal(text + '\u0000'.repeat(30))).toMatchObject({ tornTail: true, entries: { length: 2 } });
    expect(parseJournal('')).toEqual({ entries: [], tornTail: false });
  });

  it('calls a bad line followed by good ones damage', () => {
    const text = encodeJournalEntry(entry(1, 'a')) + '{"rev":2,\n' + encodeJournalEntry(entry(3, 'c'));
    expect(parseJournal(text)).toMatchObject({ entries: [entry(1, 'a')], tornTail: false, damage: { line: 2 } });
  });

  it('replays entries newer than the snapshot, in order, with their author and time', () => {
    const doc = fixtureWorkspace();
    const result = replayJournal(doc, [entry(1, 'one'), entry(2, 'two')]);
    expect(result).toMatchObject({ applied: 2, skipped: 0 });
    expect(result.doc.revision).toBe(2);
    expect(locateSegment(result.doc, 'seg-overview-intro')!.segment.translations.en).toEqual({ text: 'two', status: 'draft', changedBy: 'li.na', changedAt: '2026-04-16T09:00:00.000Z' });
    // Entries already in the snapshot are skipped; a gap stops the replay.
    expect(replayJournal(result.doc, [entry(1, 'x'), entry(2, 'y'), entry(3, 'three')])).toMatchObject({ applied: 1, skipped: 2 });
    expect(replayJournal(doc, [entry(2, 'b')])).toMatchObject({ applied: 0, stopped: { rev: 2, reason: expect.stringContaining('revision 1 is missing') } });
    expect(replayJournal(doc, [{ ...entry(1, 'x'), command: { type: 'setTranslation', segmentId: 'gone', language: 'en', text: 'x' } }])).toMatchObject({ applied: 0, stopped: { rev: 1 } });
  });

  it('writes the schema version on every line, and reads a line without one as version 2', () => {
    const { v: _v, ...unversioned } = entry(1, 'a');
    expect(JSON.parse(encodeJournalEntry(unversioned))).toMatchObject({ v: CURRENT_SCHEMA_VERSION, rev: 1 });
    expect(parseJournal(`${JSON.stringify(unversioned)}\n`).entries[0]!.v).toBe(2);
  });

  it('refuses to replay a line of an older version it has no migration for, and a newer one, saying why', () => {
    const doc = fixtureWorkspace();
    const old = { ...entry(1, 'a'), v: 1 };
    expect(replayJournal(doc, [old])).toMatchObject({ applied: 0, stopped: { rev: 1, reason: expect.stringContaining('schema version 1') } });
    expect(migrateJournalCommand({ type: 'x' }, CURRENT_SCHEMA_VERSION + 1).ok).toBe(false);
    // With a registered step a line is brought up to date, then replayed.
    const steps = { [CURRENT_SCHEMA_VERSION - 1]: (command: unknown) => ({ ...(command as object), text: 'migrated' }) };
    expect(migrateJournalCommand({ type: 'setTranslation', text: 'old' }, CURRENT_SCHEMA_VERSION - 1, steps)).toEqual({ ok: true, command: { type: 'setTranslation', text: 'migrated' } });
  });
});
