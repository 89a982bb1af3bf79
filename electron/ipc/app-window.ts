// Runs in the main process: the app window, for handlers that need it after the call that
// started them (a pack export sends its progress to the window, and attaches its dialogs
// to it). registerIpcHandlers sets it from the same policy that checks every sender, so
// events go to the one window whose calls are answered.
import type { BrowserWindow } from 'electron';

let current: () => BrowserWindow | undefined = () => undefined;

export function setAppWindow(getter: () => BrowserWindow | undefined): void {
  current = getter;
}

export function appWindow(): BrowserWindow | undefined {
  const window = current();
  return window && !window.isDestroyed() ? window : undefined;
}
