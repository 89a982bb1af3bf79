// Runs in the main process: what each contract action does in the desktop app.
// Payloads arrive already validated by dispatch().
import { app } from 'electron';
import type { Handlers } from '../../core/ipc/contract';
import type { Settings } from '../../core/settings/settings';
import { createSettingsHandlers, type SettingsStorage } from '../../core/settings/settings-handlers';
import { openExternalIfSafe } from '../security/external-links';
import type { WorkspaceSession } from '../workspace/workspace-session';

export interface MainHandlerOptions {
  storage: SettingsStorage;
  /** Called after settings were saved, with the settings before and after. */
  onSettingsChanged?: (next: Settings, previous: Settings) => void;
  /** The open workspace: main's store is the only writer of its file. */
  workspace: WorkspaceSession;
}

export function createMainHandlers({ storage, onSettingsChanged, workspace }: MainHandlerOptions): Handlers {
  const settings = createSettingsHandlers(storage);
  // Updates are read-modify-write: run them one at a time so none is lost.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
    }),
    getSettings: () => settings.getSettings(),
    updateSettings: (patch) => {
      const run = queue.then(async () => {
        const previous = await settings.getSettings();
        const next = await settings.updateSettings(patch);
        onSettingsChanged?.(next, previous);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    openExternal: async ({ url }) => ({ opened: await openExternalIfSafe(url) }),
    getWorkspace: () => workspace.snapshot(),
    // Validated again by the store with the same core code; a refusal leaves the file untouched.
    applyCommand: (command) => workspace.apply(command),
    workspaceFile: (action) => workspace.fileAction(action),
  };
}
