// Runs in the main process: the one app window. Its renderer is sandboxed and
// isolated and gets no Node; the preload's window.briefing is its only way out.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSetup {
  title: string;
  preloadPath: string;
  /** PNG for the taskbar/dock on Linux (Windows and macOS take it from the package). */
  iconPath?: string | undefined;
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

export function mainWindowOptions(setup: MainWindowSetup): BrowserWindowConstructorOptions {
  return {
    title: setup.title,
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false, // shown on ready-to-show, so the user never sees an empty frame
    backgroundColor: '#f7f6f3',
    ...(setup.iconPath ? { icon: setup.iconPath } : {}),
    webPreferences: {
      preload: setup.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: setup.devTools,
    },
  };
}

export function createMainWindow(setup: MainWindowSetup, url: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(setup));
  const reveal = () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  };
  window.once('ready-to-show', reveal);
  // A page that fails to load never becomes "ready": show the window anyway, rather
  // than leave an invisible app running.
  window.webContents.once('did-fail-load', reveal);
  window.loadURL(url).catch((error: unknown) => {
    console.error(`Briefing Desk could not load ${url}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}
