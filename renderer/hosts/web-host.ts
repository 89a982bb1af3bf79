// Runs in the browser host: without Electron's preload there is no
// `window.briefing`; this installs an in-page one that goes through the same contract and
// dispatch() as main, so the web build differs from the desktop only in storage and dialogs.
/// <reference path="../briefing-window.d.ts" />
import './zod-without-eval'; // first: before core's schemas are built
import { version } from '../../package.json';
import { METHOD_NAMES, type BriefingApi, type Handlers } from '../../core/ipc/contract';
import { dispatch } from '../../core/ipc/dispatch';
import { createSettingsHandlers } from '../../core/settings/settings-handlers';
import { localStorageSettings } from './local-storage-settings';

export interface WebHostEnvironment {
  storage: Storage;
  platform: string;
  openWindow: (url: string, target: string, features: string) => unknown;
}

export function createWebHandlers(env: WebHostEnvironment): Handlers {
  return {
    getAppInfo: () => ({ name: 'Briefing Desk', version, host: 'web', platform: env.platform }),
    ...createSettingsHandlers(localStorageSettings(env.storage)),
    openExternal: ({ url }) => {
      // With noopener the browser returns no handle, so a blocked pop-up cannot be detected.
      env.openWindow(url, '_blank', 'noopener,noreferrer');
      return { opened: true };
    },
  };
}

/** An API object with one method per contract entry; values cross a structured clone both ways, as over IPC. */
export function createWebHost(env: WebHostEnvironment): BriefingApi {
  const handlers = createWebHandlers(env);
  const api: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (payload?: unknown) => structuredClone(await dispatch(handlers, method, structuredClone(payload)));
  }
  return Object.freeze(api) as unknown as BriefingApi;
}

/** Installs the browser host unless a host (Electron's preload) is already there. */
export function installWebHost(win: Window): BriefingApi {
  if (win.briefing) return win.briefing;
  const api = createWebHost({
    storage: win.localStorage,
    platform: win.navigator.platform,
    openWindow: (url, target, features) => win.open(url, target, features),
  });
  Object.defineProperty(win, 'briefing', { value: api, enumerable: true, configurable: false, writable: false });
  return api;
}
