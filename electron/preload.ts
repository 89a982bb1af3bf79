// Runs in the preload: exposes window.briefing, one method per contract entry plus
// onHostEvent, and nothing else. The page never sees ipcRenderer, so it can only ask for
// what the contract lists (main validates every request again) and only hear the events
// the contract names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { contract, hostEvents, METHOD_NAMES, type BriefingApi } from '../core/ipc/contract';

export function createBriefingApi(): BriefingApi {
  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    const { channel } = contract[method];
    // Only the first argument crosses over; extra arguments are dropped, not smuggled.
    api[method] = (payload?: unknown) => ipcRenderer.invoke(channel, payload);
  }
  api.onHostEvent = (event: string, listener: (payload: unknown) => void) => {
    if (!Object.prototype.hasOwnProperty.call(hostEvents, event) || typeof listener !== 'function') {
      throw new TypeError(`No host event named "${String(event)}"`);
    }
    const { channel } = hostEvents[event as keyof typeof hostEvents];
    // The page gets the payload only, never the IPC event (which carries the sender).
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.removeListener(channel, forward);
  };
  return Object.freeze(api) as unknown as BriefingApi;
}

contextBridge.exposeInMainWorld('briefing', createBriefingApi());
