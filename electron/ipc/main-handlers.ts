// Runs in the main process: what each contract action does in the desktop app.
// Payloads arrive already validated by dispatch().
import { dirname } from 'node:path';
import { app } from 'electron';
import { hostEvents, type Handlers } from '../../core/ipc/contract';
import { createSerialQueue } from '../../core/serial-queue';
import type { Settings } from '../../core/settings/settings';
import { createSettingsHandlers, type SettingsStorage } from '../../core/settings/settings-handlers';
import { openExternalIfSafe } from '../security/external-links';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { createPackExportDialogs } from '../packs/export-job-dialogs';
import { createDesktopPackExport } from '../packs/export-job';
import { createPackTypesetter } from '../packs/export-job-runtime';
import type { PackTypesetter } from '../../core/ipc/pack-typesetter';
import { appWindow } from './app-window';
import { createPackHandlers } from './pack-handlers';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { createAudienceWindows } from '../present/audience-window';
import { createPresentHandlers } from './present-handlers';
import { createCalendarExport } from '../itinerary/export-calendar';

export interface MainHandlerOptions {
  storage: SettingsStorage;
  /** Called after settings were saved, with the settings before and after. */
  onSettingsChanged?: (next: Settings, previous: Settings) => void;
  /** The open workspace: main's store is the only writer of its file. */
  workspace: WorkspaceSession;
  /** Who typesets exported packs; a worker thread when the app is built (see export-job-runtime.ts). */
  packTypesetter?: PackTypesetter;
  /** Where the audience window loads the app from (the dev server in development). */
  entryUrl?: string;
}

export function createMainHandlers({ storage, onSettingsChanged, workspace, packTypesetter, entryUrl }: MainHandlerOptions): Handlers {
  const settings = createSettingsHandlers(storage);
  const packExport = createDesktopPackExport({
    workspace: () => {
      const status = workspace.status();
      return { doc: workspace.current?.doc ?? null, ...(status.open ? { folder: dirname(status.file.path) } : {}) };
    },
    dialogs: createPackExportDialogs(async () => (await settings.getSettings()).uiLanguage, appWindow),
    typesetter: packTypesetter ?? createPackTypesetter(app.getAppPath()),
    send: (progress) => appWindow()?.webContents.send(hostEvents.packExportProgress.channel, progress),
  });
  // Updates are read-modify-write: run them one at a time so none is lost.
  const updates = createSerialQueue();

  return {
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
    }),
    getSettings: () => settings.getSettings(),
    updateSettings: (patch) =>
      updates.run(async () => {
        const previous = await settings.getSettings();
        const next = await settings.updateSettings(patch);
        onSettingsChanged?.(next, previous);
        return next;
      }),
    openExternal: async ({ url }) => ({ opened: await openExternalIfSafe(url) }),
    getWorkspace: () => workspace.snapshot(),
    // Validated again by the store with the same core code; a refusal leaves the file untouched.
    applyCommand: (command) => workspace.apply(command),
    workspaceFile: (action) => workspace.fileAction(action),
    ...createPackHandlers(packExport),
    ...createPresentHandlers(
      createAudienceWindows({
        presenter: appWindow,
        entryUrl: entryUrl ?? APP_ENTRY_URL,
        title: app.getName(),
        devTools: !app.isPackaged,
        send: (status) => appWindow()?.webContents.send(hostEvents.presentAudience.channel, status),
      }),
    ),
    exportCalendar: createCalendarExport({
      workspace: () => workspace.current?.doc ?? null,
      language: async () => (await settings.getSettings()).uiLanguage,
      window: appWindow,
    }),
  };
}
