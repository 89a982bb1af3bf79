// Runs in the main process: puts the pieces together in the order Electron requires
// (scheme privileges and locks before ready; protocol, IPC, menu and window after).
import { isAbsolute } from 'node:path';
import { app, session, shell, type BrowserWindow } from 'electron';
import type { Handlers } from '../../core/ipc/contract';
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

  const refreshMenu = () =>
    installApplicationMenu({
      language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.getName(),
      actions: {
        showAbout: () => void showAboutDialog(language, currentWindow()).catch(() => undefined),
        showDataFolder: () => void shell.openPath(userData),
      },
    });
  refreshMenu();

  const handlers = createMainHandlers({
    storage,
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

  return { window: currentWindow, handlers, language: () => language };
}
