// Runs in the main process: one Briefing Desk at a time, so two windows never write
// the same settings and workspace files. A second launch brings the first forward.
import { app, type BrowserWindow } from 'electron';

/** False when another instance holds the lock: this one must quit without a window. */
export function claimSingleInstance(currentWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
