// Runs in the renderer (jsdom tests): a host whose calls are recorded and whose answers a
// test decides, standing in for Electron's preload. Its workspace actions are the browser
// host's real in-page store (core's command logic, memory storage) behind the real
// dispatch(), seeded with a given workspace (an empty one by default).
import { vi } from 'vitest';
import type { AppInfo, BriefingApi, Handlers, HostEventName } from '../../../core/ipc/contract';
import { dispatch } from '../../../core/ipc/dispatch';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import { ok, type IpcResult } from '../../../core/ipc/ipc-result';
import { createEmptyWorkspace, type Workspace } from '../../../core/model/workspace';
import { memoryWorkspaceStorage } from '../../../renderer/hosts/browser-workspace-storage';
import { createWebWorkspaceHandlers } from '../../../renderer/hosts/web-workspace-host';

export const FAKE_WORKSPACE_ID = 'ws-test';
/** Chinese on purpose: the tests that look for untranslated UI text see the file name too. */
export const FAKE_WORKSPACE_NAME = '外事工作区';

export interface FakeHost extends BriefingApi {
  stored: Settings;
  workspaces: ReturnType<typeof memoryWorkspaceStorage>;
  /** Plays the host: sends an event to the page. */
  emit(event: HostEventName, payload: unknown): void;
}

export interface FakeHostOptions {
  /** The workspace the host has open; an empty one titled in Chinese when absent. */
  workspace?: Workspace;
  /** What "open sample" loads. */
  sample?: unknown;
}

export function emptyTestWorkspace(): Workspace {
  return createEmptyWorkspace({ title: '测试工作区', at: '2026-04-01T08:00:00.000Z' });
}

export function fakeHost(overrides: Partial<BriefingApi> = {}, initial: Settings = DEFAULT_SETTINGS, options: FakeHostOptions = {}): FakeHost {
  const workspaces = memoryWorkspaceStorage();
  const doc = options.workspace ?? emptyTestWorkspace();
  workspaces.entries.set(FAKE_WORKSPACE_ID, { id: FAKE_WORKSPACE_ID, name: FAKE_WORKSPACE_NAME, isSample: false, text: JSON.stringify(doc) });
  workspaces.index = { current: FAKE_WORKSPACE_ID, recent: [FAKE_WORKSPACE_ID] };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = (event: HostEventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(structuredClone(payload));
  };
  const store = createWebWorkspaceHandlers({
    storage: workspaces,
    loadSample: async () => options.sample ?? null,
    pickFile: async () => null,
    download: () => undefined,
    newTitle: () => '新工作区',
    author: 'tester',
    now: () => new Date('2026-05-01T09:00:00.000Z'),
    onChange: (status) => emit('workspaceChanged', status),
  });
  const through = <M extends 'getWorkspace' | 'applyCommand' | 'workspaceFile'>(method: M) =>
    vi.fn(async (payload?: unknown) => structuredClone(await dispatch(store as unknown as Handlers, method, structuredClone(payload))));

  const host: FakeHost = {
    stored: { ...initial },
    workspaces,
    emit,
    getAppInfo: vi.fn(
      async (): Promise<IpcResult<AppInfo>> =>
        ok({ name: 'Briefing Desk', version: '9.8.7', host: 'electron', platform: 'linux' }),
    ),
    getSettings: vi.fn(async () => ok({ ...host.stored })),
    updateSettings: vi.fn(async (patch: Partial<Settings>) => {
      host.stored = { ...host.stored, ...patch };
      return ok({ ...host.stored });
    }),
    openExternal: vi.fn(async () => ok({ opened: true })),
    getWorkspace: through('getWorkspace') as unknown as BriefingApi['getWorkspace'],
    applyCommand: through('applyCommand') as unknown as BriefingApi['applyCommand'],
    workspaceFile: through('workspaceFile') as unknown as BriefingApi['workspaceFile'],
    // Pack export: tests that export pass their own (tests/renderer/packs).
    exportPacks: vi.fn(async () => ok({ status: 'failed' as const, message: 'fake host: no export' })),
    cancelPackExport: vi.fn(async () => ok({ cancelled: false })),
    openPackFile: vi.fn(async () => ok({ opened: false })),
    showPackInFolder: vi.fn(async () => ok({ shown: false })),
    presentOpenAudience: vi.fn(async () => ok({ display: 'window' as const })),
    presentCloseAudience: vi.fn(async () => ok({ display: 'closed' as const })),
    exportCalendar: vi.fn(async () => ok({ status: 'cancelled' as const })),
    onHostEvent: ((event: HostEventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    }) as BriefingApi['onHostEvent'],
    ...(overrides as object),
  } as FakeHost;
  return host;
}
