// The journal's error paths, which a single injected fault never reaches: a line half
// written when the disk fills, and then even cutting it off fails. The change is refused,
// the next one first cuts the journal back, and a reopen finds exactly the acknowledged ones.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import { loadWorkspaceForReading } from '../../../electron/store/load-workspace';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';
import { faultyFileSystem, type FaultMode, type WriteCall } from '../files/faulty-file-system';
import { setTranslation, tempFolder, writeWorkspace } from './store-test-helpers';

describe('the journal when an append and its repair both fail', () => {
  it('refuses the change, repairs the journal before the next one, and never brings the refused one back', async () => {
    const file = join(tempFolder(), 'workspace.json');
    writeWorkspace(file, fixtureWorkspace());
    // Armed: the next journal write is short, the write of its rest finds the disk full, and cutting it off fails.
    let plan: FaultMode[] = [];
    const faulty = faultyFileSystem({
      when: (call: WriteCall) => (call.path.endsWith('.journal') && ['write', 'ftruncate'].includes(call.op) && plan.length ? plan.shift()! : null),
    });
    const { store } = await WorkspaceStore.open(file, { author: 'li.na', fs: faulty.fs, idleCompactionMs: 1e9 });
    expect(await store.apply(setTranslation('seg-overview-intro', 'en', 'first'))).toMatchObject({ ok: true });
    plan = ['short', 'ENOSPC', 'EIO'];
    expect(await store.apply(setTranslation('seg-overview-intro', 'ru', 'refused'))).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(plan).toEqual([]); // all three faults struck
    expect(store.storageProblem).toMatchObject({ operation: 'change', reason: 'disk-full' });
    expect(await store.apply(setTranslation('seg-overview-intro', 'fr', 'second'))).toMatchObject({ ok: true, revision: 2 });
    expect(store.storageProblem).toBeNull();
    // A crash now (no close): the files alone must give exactly the acknowledged changes.
    const read = await loadWorkspaceForReading(file);
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.journal).toMatchObject({ applied: 2, tornTail: false });
    expect(read.journal.unusable).toBeUndefined();
    const texts = (doc: typeof read.doc) => locateSegment(doc, 'seg-overview-intro')!.segment.translations;
    expect([texts(read.doc).en!.text, texts(read.doc).fr!.text]).toEqual(['first', 'second']);
    expect(texts(read.doc).ru!.text).not.toBe('refused');
    await store.close();
    const { store: again } = await WorkspaceStore.open(file, { author: 'li.na' });
    expect(texts(again.doc).ru!.text).not.toBe('refused');
    expect(texts(again.doc).fr!.text).toBe('second');
    await again.close();
  });
});
