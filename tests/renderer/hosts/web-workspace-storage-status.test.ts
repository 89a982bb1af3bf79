// Runs in the renderer (jsdom): when browser storage refuses a write, the browser host
// refuses the change (never acknowledged), tells the page through the storageProblem event
// (a full quota is a full disk), and sends the all-clear once a save works again.
import { describe, expect, it } from 'vitest';
import type { StorageStatus } from '../../../core/ipc/storage-schemas';
import { memoryWorkspaceStorage } from '../../../renderer/hosts/browser-workspace-storage';
import { createWebHost } from '../../../renderer/hosts/web-host';
import { testWorkspace } from '../support/test-workspace';

const edit = (text: string) => ({ type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text, status: 'translated' }) as const;

describe('the browser host when storage fails', () => {
  it('refuses the change, says why at once, and says when saving works again', async () => {
    const workspaces = memoryWorkspaceStorage();
    let full = false;
    // Every way the host stores a change (the whole text, a journal entry) refuses alike.
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const write = workspaces.write.bind(workspaces);
    workspaces.write = async (entry) => {
      if (full) throw quota();
      return write(entry);
    };
    const append = workspaces.append.bind(workspaces);
    workspaces.append = async (entry) => {
      if (full) throw quota();
      return append(entry);
    };
    const api = createWebHost({ storage: window.localStorage, platform: 'TestOS', openWindow: () => null, workspaces, loadSample: async () => testWorkspace() });
    const events: StorageStatus[] = [];
    api.onHostEvent('storageProblem', (status) => events.push(status));
    await api.getWorkspace();

    full = true;
    const refused = await api.applyCommand(edit('while full'));
    expect(refused).toMatchObject({ ok: true, value: { status: 'rejected', error: { code: 'write-failed' } } });
    expect(events).toEqual([{ state: 'failing', operation: 'change', reason: 'disk-full', file: 'workspace.json', detail: expect.stringContaining('QuotaExceededError') }]);
    const snapshot = await api.getWorkspace();
    expect(snapshot.ok && snapshot.value.status.open && snapshot.value.status.revision).toBe(0);

    full = false;
    expect(await api.applyCommand(edit('with room'))).toMatchObject({ ok: true, value: { status: 'applied', revision: 1 } });
    expect(events.at(-1)).toEqual({ state: 'ok' });
  });
});
