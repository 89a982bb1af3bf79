// A refused command leaves every file exactly as it was, byte for byte.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';
import { folderPicture, setTranslation, tempFolder } from './store-test-helpers';

const INVALID: [string, unknown][] = [
  ['not an object', 'delete everything'],
  ['unknown type', { type: 'dropTable' }],
  ['wrong field type', { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text: 5 }],
  ['extra field', { ...setTranslation('seg-overview-intro', 'en', 'x'), sneaky: true }],
  ['unknown segment', setTranslation('seg-none', 'en', 'x')],
  ['unknown language', setTranslation('seg-overview-intro', 'xx', 'x')],
  ['status that lies', { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text: '', status: 'reviewed' }],
  ['duplicate id', { type: 'add', collection: 'venues', value: { id: 'ven-data-bureau', name: { zh: '重复' }, address: {}, kind: 'other' } }],
  ['venue still used', { type: 'delete', collection: 'venues', id: 'ven-district-congress' }],
  ['stop of no length', { type: 'update', collection: 'stops', id: 'stop-test-envoys-visit-1', patch: { end: '09:00' } }],
  ['move past the end', { type: 'move', collection: 'sections', id: 'sec-overview', toIndex: 7 }],
  ['empty patch', { type: 'update', collection: 'venues', id: 'ven-data-bureau', patch: {} }],
];

describe('invalid commands', () => {
  it('are refused with a reason, and no file changes by a single byte', async () => {
    const folder = tempFolder();
    const file = join(folder, 'workspace.json');
    const { store } = await WorkspaceStore.open(file, { author: 'li.na', create: { title: 'x', initial: fixtureWorkspace() } });
    await store.apply({ type: 'renameWorkspace', title: 'One good change first' });
    await store.compact();
    const before = folderPicture(folder);
    for (const [what, command] of INVALID) {
      const result = await store.apply(command);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.error.message.length, what).toBeGreaterThan(10);
    }
    expect(store.revision).toBe(1);
    expect(folderPicture(folder)).toEqual(before);
    expect((await store.apply(setTranslation('seg-overview-intro', 'en', 'still works'))).ok).toBe(true);
    await store.close();
  });
});
