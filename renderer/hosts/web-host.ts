// Runs in the browser host: without Electron's preload there is no
// `window.briefing`; this installs an in-page one that goes through the same contract and
// dispatch() as main, so the web build differs from the desktop only in storage and dialogs.
/// <reference path="../briefing-window.d.ts" />
import './zod-without-eval'; // first: before core's schemas are built
import { version } from '../../package.json';
import { hostEvents, METHOD_NAMES, type BriefingApi, type Handlers, type HostEventName } from '../../core/ipc/contract';
import { dispatch } from '../../core/ipc/dispatch';
import { settingsFromStored } from '../../core/settings/settings';
import { createSettingsHandlers } from '../../core/settings/settings-handlers';
import type { PackTypesetter } from '../../core/ipc/pack-typesetter';
import { downloadCalendar, downloadJson, downloadPdf, pickJsonFile, type PickedFile } from './browser-files';
import { calendarFile } from '../../core/itinerary/calendar-file';
import { engineAssetUrls } from './engine-asset-urls';
import { indexedDbWorkspaceStorage, memoryWorkspaceStorage, type BrowserWorkspaceStorage } from './browser-workspace-storage';
import { hostText } from './host-text';
import { localStorageSettings } from './local-storage-settings';
import { loadSampleWorkspace } from './sample-workspace-source';
import { createWebPackHandlers } from './web-pack-host';
import { webPackTypesetter } from './web-pack-typesetter';
import { createWebWorkspaceHandlers } from './web-workspace-host';
import { createWebPresentHandlers, type AudienceWindowHandle } from './web-present-host';

export interface WebHostEnvironment {
  storage: Storage;
  platform: string;
  openWindow: (url: string, target: string, features: string) => unknown;
  /** Where workspaces are kept; memory when absent (nothing survives a reload). */
  workspaces?: BrowserWorkspaceStorage;
  loadSample?: () => Promise<unknown | null>;
  pickFile?: () => Promise<PickedFile | null>;
  download?: (name: string, text: string) => void;
  /** Typesets exported packs (a web worker); without it, exporting fails with a reason. */
  packTypesetter?: PackTypesetter;
  /** Hands an exported PDF to the user. */
  downloadPdf?: (name: string, bytes: Uint8Array) => void;
  /** Hands an exported calendar (.ics text) to the user. */
  downloadCalendar?: (name: string, text: string) => void;
  now?: () => Date;
  /** Opens the audience view (a same-origin window at this hash); null when the browser blocked it. */
  openAudience?: (hash: string) => AudienceWindowHandle | null;
  /** How long the page must be quiet before the workspace journal is folded into its text. */
  compactAfterMs?: number;
}

/** Stands in when no typesetter was given: every export fails, saying why. */
const noTypesetter: PackTypesetter = {
  start: () => ({ results: Promise.reject(new Error('This page cannot typeset PDFs')), cancel: () => undefined }),
  dispose: async () => undefined,
};

type Emit = (event: HostEventName, payload: unknown) => void;

export function createWebHandlers(env: WebHostEnvironment, emit: Emit = () => undefined): Handlers {
  const settingsStorage = localStorageSettings(env.storage);
  const workspace = createWebWorkspaceHandlers({
    storage: env.workspaces ?? memoryWorkspaceStorage(),
    loadSample: env.loadSample ?? loadSampleWorkspace,
    pickFile: env.pickFile ?? (async () => null),
    download: env.download ?? (() => undefined),
    newTitle: () => hostText(settingsFromStored(settingsStorage.read()).uiLanguage, 'menu:dialogs.newTitle'),
    author: 'browser',
    ...(env.now ? { now: env.now } : {}),
    ...(env.compactAfterMs !== undefined ? { compactAfterMs: env.compactAfterMs } : {}),
    onChange: (status) => emit('workspaceChanged', status),
    onStorageStatus: (status) => emit('storageProblem', status),
  });
  return {
    getAppInfo: () => ({ name: 'Briefing Desk', version, host: 'web', platform: env.platform }),
    ...createSettingsHandlers(settingsStorage),
    openExternal: ({ url }) => {
      // With noopener the browser returns no handle, so a blocked pop-up cannot be detected.
      env.openWindow(url, '_blank', 'noopener,noreferrer');
      return { opened: true };
    },
    ...workspace,
    ...createWebPackHandlers({
      workspace: async () => (await workspace.getWorkspace(undefined)).doc,
      typesetter: env.packTypesetter ?? noTypesetter,
      download: env.downloadPdf ?? (() => undefined),
      emit: (progress) => emit('packExportProgress', progress),
      ...(env.now ? { now: env.now } : {}),
    }),
    ...createWebPresentHandlers(env.openAudience ?? (() => null), (status) => emit('presentAudience', status)),
    exportCalendar: async ({ visitId, language }) => {
      const file = calendarFile((await workspace.getWorkspace(undefined)).doc, visitId, language);
      if (!file.ok) return { status: 'failed', message: file.message };
      (env.downloadCalendar ?? (() => undefined))(file.fileName, file.text);
      return { status: 'saved', fileName: file.fileName, events: file.events };
    },
  };
}

/** An API object with one method per contract entry; values cross a structured clone both ways, as over IPC. */
export function createWebHost(env: WebHostEnvironment): BriefingApi {
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  const emit: Emit = (event, payload) => {
    // Validated and copied as the preload's listeners would receive it from main.
    const checked = hostEvents[event].payload.parse(payload);
    for (const listener of listeners.get(event) ?? []) listener(structuredClone(checked));
  };
  const handlers = createWebHandlers(env, emit);
  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (payload?: unknown) => structuredClone(await dispatch(handlers, method, structuredClone(payload)));
  }
  api.onHostEvent = (event: HostEventName, listener: (payload: unknown) => void) => {
    if (!Object.prototype.hasOwnProperty.call(hostEvents, event)) throw new TypeError(`No host event named "${String(event)}"`);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => void set.delete(listener);
  };
  return Object.freeze(api) as unknown as BriefingApi;
}

/** Installs the browser host unless a host (Electron's preload) is already there. */
export function installWebHost(win: Window): BriefingApi {
  if (win.briefing) return win.briefing;
  const api = createWebHost({
    storage: win.localStorage,
    platform: win.navigator.platform,
    openWindow: (url, target, features) => win.open(url, target, features),
    workspaces: win.indexedDB ? indexedDbWorkspaceStorage(win.indexedDB) : memoryWorkspaceStorage(),
    pickFile: () => pickJsonFile(win.document),
    download: (name, text) => downloadJson(win.document, name, text),
    downloadPdf: (name, bytes) => downloadPdf(win.document, name, bytes),
    downloadCalendar: (name, text) => downloadCalendar(win.document, name, text),
    // The engine runs in a web worker, fetching its fonts and wasm from this build.
    packTypesetter: webPackTypesetter(() => engineAssetUrls(win.document.baseURI)),
    openAudience: (hash) => win.open(new URL(hash, win.location.href).href, 'briefing-desk-audience', 'popup,width=1024,height=640'),
  });
  Object.defineProperty(win, 'briefing', { value: api, enumerable: true, configurable: false, writable: false });
  return api;
}
