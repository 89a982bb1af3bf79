// Runs in Node (tests): a write failure of the open workspace reaches the page at once, as
// the contract's storageProblem event, and the all-clear follows when writes work again; a
// page that opens meanwhile reads it from the workspace's status.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostEvents } from '../../../core/ipc/contract';
import type { StorageStatus } from '../../../core/ipc/storage-schemas';
import { WorkspaceStatusSchema } from '../../../core/ipc/workspace-schemas';
import { WorkspaceSession } from '../../../electron/workspace/workspace-session';
import { faultyFileSystem, type FaultMode } from '../files/faulty-file-system';
import { tempFolder } from '../store/store-test-helpers';

const edit = (text: string) => ({ type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text, status: 'translated' });

describe('the storage status of the open workspace', () => {
  it('tells the page when a change cannot be saved (refused, never acknowledged), and when saving works again', async () => {
    let diskFull: FaultMode | null = null;
    const faulty = faultyFileSystem({ when: (call) => (call.path.endsWith('.journal') ? diskFull : null) });
    const events: StorageStatus[] = [];
    const session = await WorkspaceSession.start({
      userData: tempFolder(),
      samplePath: join(__dirname, '..', '..', '..', 'assets', 'sample-workspace', 'sample-workspace.json'),
      author: 'li.na',
      dialogs: { chooseFileToOpen: async () => undefined, chooseNewFile: async () => undefined, chooseSaveAsFile: async () => undefined },
      newTitle: () => 'New',
      storeOptions: { fs: faulty.fs, idleCompactionMs: 1e9 },
      onStorageStatus: (status) => events.push(hostEvents.storageProblem.payload.parse(status)),
    });
    try {
      expect(await session.apply(edit('saved'))).toMatchObject({ status: 'applied' });
      diskFull = 'ENOSPC';
      const refused = await session.apply(edit('not saved'));
      expect(refused).toMatchObject({ status: 'rejected', error: { code: 'write-failed', message: expect.stringContaining('the disk is full') } });
      expect(events).toEqual([{ state: 'failing', operation: 'change', reason: 'disk-full', file: 'workspace.json', detail: expect.stringContaining('no space left') }]);
      expect(session.current!.doc.revision).toBe(1); // the refused change is not in the document either
      // A page that opens now (a reload, a new window) learns it from the workspace's status.
      const status = WorkspaceStatusSchema.parse(session.status());
      expect(status.open && status.storage).toEqual(events[0]);
      diskFull = null;
      expect(await session.apply(edit('saved again'))).toMatchObject({ status: 'applied', revision: 2 });
      expect(events.at(-1)).toEqual({ state: 'ok' });
      expect(session.status()).not.toHaveProperty('storage');
    } finally {
      await session.close();
    }
  });
});
