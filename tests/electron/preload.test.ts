import { describe, expect, it, vi } from 'vitest';
import { API_KEYS, contract, hostEvents, METHOD_NAMES } from '../../core/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('the preload', () => {
  it('exposes window.briefing with exactly one method per contract entry, onHostEvent, and nothing else', async () => {
    await import('../../electron/preload');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('briefing');
    const api = contextBridge.exposed.briefing as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_KEYS].sort());
    for (const key of API_KEYS) expect(typeof api[key], key).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
    expect(Object.values(api)).not.toContain(ipcRenderer.on);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its contract channel with the first argument only', async () => {
    await import('../../electron/preload');
    const api = contextBridge.exposed.briefing as Record<string, (...args: unknown[]) => Promise<unknown>>;
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { uiLanguage: 'en' } });
    await expect(api.updateSettings!({ uiLanguage: 'en' }, 'smuggled', 42)).resolves.toEqual({ ok: true, value: { uiLanguage: 'en' } });
    await api.getAppInfo!();
    await api.openExternal!({ url: 'https://example.org/' });
    await api.applyCommand!({ type: 'renameWorkspace', title: '新标题' }, 'extra');
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [contract.updateSettings.channel, { uiLanguage: 'en' }],
      [contract.getAppInfo.channel, undefined],
      [contract.openExternal.channel, { url: 'https://example.org/' }],
      [contract.applyCommand.channel, { type: 'renameWorkspace', title: '新标题' }],
    ]);
    expect(METHOD_NAMES).toContain('applyCommand');
  });

  it('passes the page only the payload of the events the contract names, until it unsubscribes', async () => {
    await import('../../electron/preload');
    const api = contextBridge.exposed.briefing as { onHostEvent(event: string, listener: (payload: unknown) => void): () => void };
    const listener = vi.fn();
    const stop = api.onHostEvent('workspaceChanged', listener);
    const [channel, forward] = ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(hostEvents.workspaceChanged.channel);
    const sender = { sender: { send: vi.fn() }, ports: [] };
    forward(sender, { open: false });
    expect(listener).toHaveBeenCalledWith({ open: false });
    expect(listener.mock.calls[0]).toHaveLength(1); // never the IPC event with its sender
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(channel, forward);
    expect(() => api.onHostEvent('store:apply-command', listener)).toThrow(/No host event/);
    expect(() => api.onHostEvent('__proto__', listener)).toThrow(/No host event/);
  });
});
