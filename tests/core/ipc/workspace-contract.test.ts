// Runs in Node: the workspace entries of the contract through dispatch(): the request of
// applyCommand is the model's command schema (explained by the command type's own schema),
// file actions are a closed list, and a host's answer is checked before the page sees it.
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../core/ipc/contract';
import { dispatch } from '../../../core/ipc/dispatch';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => Promise.reject(new Error('not used here'));
  return {
    getAppInfo: unused,
    getSettings: unused,
    updateSettings: unused,
    openExternal: unused,
    getWorkspace: unused,
    applyCommand: async () => ({ status: 'applied', revision: 1, at: '2026-05-01T09:00:00.000Z', by: 'tester' }),
    workspaceFile: async () => ({ status: 'cancelled' }),
    ...overrides,
  } as Handlers;
}

describe('the workspace contract', () => {
  it('passes a valid command to the handler unchanged', async () => {
    const seen: unknown[] = [];
    const command = { type: 'setTranslation', segmentId: 'seg-1', language: 'ar', text: 'نص', status: 'draft' };
    const result = await dispatch(handlers({ applyCommand: async (c) => (seen.push(c), { status: 'applied', revision: 3, at: '2026-05-01T09:00:00.000Z', by: 'x' }) }), 'applyCommand', command);
    expect(result).toEqual({ ok: true, value: { status: 'applied', revision: 3, at: '2026-05-01T09:00:00.000Z', by: 'x' } });
    expect(seen).toEqual([command]);
  });

  it('refuses a malformed command with the command type’s own explanation, before any handler runs', async () => {
    let ran = false;
    const spy = handlers({ applyCommand: async () => ((ran = true), { status: 'applied', revision: 1, at: '2026-05-01T09:00:00.000Z', by: 'x' }) });
    const wrongField = await dispatch(spy, 'applyCommand', { type: 'setTranslation', segmentId: 'seg-1', language: 'en', text: 'x', status: 'perfect' });
    expect(wrongField.ok).toBe(false);
    expect(JSON.stringify(wrongField)).toContain('$.status');
    const unknown = await dispatch(spy, 'applyCommand', { type: 'dropTables' });
    expect(JSON.stringify(unknown)).toContain('unknown command type');
    expect(await dispatch(spy, 'applyCommand', 'setTranslation')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(ran).toBe(false);
  });

  it('accepts only the listed file actions, and an openRecent path only with the action', async () => {
    const spy = handlers();
    expect(await dispatch(spy, 'workspaceFile', { action: 'openSample' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    for (const payload of [{ action: 'delete' }, { action: 'open', path: '/etc/passwd' }, { action: 'openRecent' }, { action: 'openRecent', path: '' }]) {
      expect(await dispatch(spy, 'workspaceFile', payload), JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
  });

  it('does not let a host answer with something the page cannot trust', async () => {
    const bad = handlers({ applyCommand: async () => ({ status: 'applied', revision: 0 }) as never });
    expect(await dispatch(bad, 'applyCommand', { type: 'renameWorkspace', title: '新标题' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    const noDoc = handlers({ getWorkspace: async () => ({ status: { open: false, problem: { code: 'locked', message: 'held' }, recent: [] }, doc: { not: 'a workspace' } }) as never });
    expect(await dispatch(noDoc, 'getWorkspace', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
