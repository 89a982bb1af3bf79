import { describe, expect, it, vi } from 'vitest';
import { contract, METHOD_NAMES } from '../../core/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('the preload', () => {
  it('exposes window.briefing with exactly one method per contract entry, and nothing else', async () => {
    await import('../../electron/preload');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('briefing');
    const api = contextBridge.exposed.briefing as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof api[method], method).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its contract channel with the first argument only', async () => {
    await import('../../electron/preload');
    const api = contextBridge.exposed.briefing as Record<string, (...args: unknown[]) => Promise<unknown>>;
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { uiLanguage: 'en' } });
    await expect(api.updateSettings!({ uiLanguage: 'en' }, 'smuggled', 42)).resolves.toEqual({ ok: true, value: { uiLanguage: 'en' } });
    await api.getAppInfo!();
    await api.openExternal!({ url: 'https://example.org/' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [contract.updateSettings.channel, { uiLanguage: 'en' }],
      [contract.getAppInfo.channel, undefined],
      [contract.openExternal.channel, { url: 'https://example.org/' }],
    ]);
  });
});
