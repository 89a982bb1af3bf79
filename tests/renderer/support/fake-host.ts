// Runs in the renderer (jsdom tests): a host whose calls are recorded and whose answers a
// test decides, standing in for Electron's preload.
import { vi } from 'vitest';
import type { AppInfo, BriefingApi } from '../../../core/ipc/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import { ok, type IpcResult } from '../../../core/ipc/ipc-result';

export interface FakeHost extends BriefingApi {
  stored: Settings;
}

export function fakeHost(overrides: Partial<BriefingApi> = {}, initial: Settings = DEFAULT_SETTINGS): FakeHost {
  const host: FakeHost = {
    stored: { ...initial },
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
    ...overrides,
  };
  return host;
}
