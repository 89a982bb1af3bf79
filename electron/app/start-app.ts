// Runs in the main process: puts the pieces together in the order Electron requires
// (scheme privileges and locks before ready; protocol, workspace, IPC, menu and window after).
import { userInfo } from 'node:os';
import { isAbsolute } from 'node:path';
import { app, session, shell, type BrowserWindow } from 'electron';
import { hostEvents, type Handlers } from '../../core/ipc/contract';
import type { FileAction } from '../../core/ipc/workspace-schemas';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { settingsFromStored } from '../../core/settings/settings';
import { registerIpcHandlers } from '../ipc/register-ipc-handlers';
import { createMainHandlers } from '../ipc/main-handlers';
import { showAboutDialog } from '../menu/about-dialog';
import { installApplicationMenu } from '../menu/application-menu';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { handleAppProtocol, registerAppScheme } from '../protocol/app-protocol';
import { applyDevelopmentCsp } from '../security/development-csp';
import { denyAllPermissions } from '../security/permission-guard';
import { guardEveryWebContents } from '../security/web-contents-guards';
import { createSettingsFile, settingsFilePath } from '../services/settings-file';
import { createMainWindow } from '../window/create-main-window';
import { createWorkspaceDialogs, showWorkspaceProblem } from '../workspace/workspace-dialogs';
import { WorkspaceSession } from '../workspace/workspace-session';
import { menuText } from '../menu/menu-text';
import { appLayout } from './app-layout';
import { allowedDevServerOrigin } from './dev-server-url';
import { claimSingleInstance } from './single-instance';

export const DEV_SERVER_ENV = 'BRIEFING_DEV_SERVER_URL';
/** Development and tests only: keep settings and Chromium data in a folder of one's own. */
export const USER_DATA_ENV = 'BRIEFING_USER_DATA_DIR';

export interface RunningApp {
  window(): BrowserWindow | undefined;
  handlers: Handlers;
  language(): UiLanguage;
  workspace: WorkspaceSession;
}

/** Who is recorded as the author of changes: the operating-system account. */
function authorName(): string {
  try {
    const name = userInfo().username.trim().slice(0, 80);
    return name || 'staff';
  } catch {
    return 'staff';
  }
}

/** Resolves to undefined when another instance is already running (this one quits). */
export async function startApp(env: NodeJS.ProcessEnv = process.env): Promise<RunningApp | undefined> {
  registerAppScheme();
  app.enableSandbox();
  const userDataOverride = env[USER_DATA_ENV];
  if (!app.isPackaged && userDataOverride && isAbsolute(userDataOverride)) app.setPath('userData', userDataOverride);

  let mainWindow: BrowserWindow | undefined;
  const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  if (!claimSingleInstance(currentWindow)) {
    app.quit();
    return undefined;
  }
  if (process.platform === 'win32') app.setAppUserModelId('org.briefingdesk.app');
  guardEveryWebContents();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();

  const layout = appLayout(app.getAppPath());
  const devServerOrigin = allowedDevServerOrigin(env[DEV_SERVER_ENV], app.isPackaged);
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(layout.rendererRoot);
  if (devServerOrigin) applyDevelopmentCsp(session.defaultSession, devServerOrigin);

  const userData = app.getPath('userData');
  const storage = createSettingsFile(settingsFilePath(userData));
  let language: UiLanguage = settingsFromStored(await Promise.resolve(storage.read()).catch(() => undefined)).uiLanguage;

  let refreshMenu = () => undefined as void;
  // One store, one writer: the session holds the workspace file's lock until quit, and the
  // single-instance lock above keeps a second app from even trying.
  const workspace = await WorkspaceSession.start({
    userData,
    samplePath: layout.sampleWorkspace,
    author: authorName(),
    dialogs: createWorkspaceDialogs(() => language, currentWindow),
    newTitle: () => menuText(language)('menu:dialogs.newTitle'),
    onChange: (status) => {
      refreshMenu();
      const window = currentWindow();
      if (window && !window.webContents.isDestroyed()) window.webContents.send(hostEvents.workspaceChanged.channel, status);
    },
    onStorageStatus: (status) => {
      const window = currentWindow();
      if (window && !window.webContents.isDestroyed()) window.webContents.send(hostEvents.storageProblem.channel, status);
    },
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Finish pending writes and release the lock before the process ends.
    event.preventDefault();
    void workspace.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

  const runFileAction = (action: FileAction) =>
    void workspace.fileAction(action).then(async (outcome) => {
      if (outcome.status === 'failed') await showWorkspaceProblem(language, currentWindow(), outcome.error.code, outcome.error.message);
    });
  refreshMenu = () => {
    const status = workspace.status();
    installApplicationMenu({
      language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.getName(),
      recent: status.recent,
      hasWorkspace: status.open,
      actions: {
        showAbout: () => void showAboutDialog(language, currentWindow()).catch(() => undefined),
        showDataFolder: () => void shell.openPath(userData),
        workspaceFile: runFileAction,
      },
    });
  };
  refreshMenu();

  const handlers = createMainHandlers({
    storage,
    workspace,
    onSettingsChanged: (next) => {
      if (next.uiLanguage === language) return;
      language = next.uiLanguage;
      refreshMenu();
    },
  });
  registerIpcHandlers(handlers, { window: currentWindow, devServerOrigin });

  const openWindow = () => {
    mainWindow = createMainWindow(
      { title: app.getName(), preloadPath: layout.preload, iconPath: layout.icon, devTools: !app.isPackaged },
      devServerOrigin ? `${devServerOrigin}/` : APP_ENTRY_URL,
    );
  };
  openWindow();
  app.on('activate', () => {
    if (!currentWindow()) openWindow();
  });

  return { window: currentWindow, handlers, language: () => language, workspace };
}
