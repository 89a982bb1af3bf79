// Runs in the preload: exposes window.briefing, one method per contract entry and
// nothing else. The page never sees ipcRenderer, so it can only ask for what the
// contract lists, and main validates every request again.
import { contextBridge, ipcRenderer } from 'electron';
import { contract, METHOD_NAMES, type BriefingApi } from '../core/ipc/contract';

export function createBriefingApi(): BriefingApi {
  const api: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    const { channel } = contract[method];
    // Only the first argument crosses over; extra arguments are dropped, not smuggled.
    api[method] = (payload?: unknown) => ipcRenderer.invoke(channel, payload);
  }
  return Object.freeze(api) as unknown as BriefingApi;
}

contextBridge.exposeInMainWorld('briefing', createBriefingApi());
