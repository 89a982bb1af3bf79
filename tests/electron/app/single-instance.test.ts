import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, fakeEvent, ipcMain, protocol, resetFakeElectron } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

describe('single instance', () => {
  beforeEach(() => resetFakeElectron());

  it('a second instance quits at once, without a window or handlers', async () => {
    const { running } = await startTestApp({ hasSingleInstanceLock: false });
    expect(running).toBeUndefined();
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handlers.size).toBe(0);
  });

  it('the first instance brings its window forward when another launch is attempted', async () => {
    const { window } = await startTestApp();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    window!.minimize();
    app.emit('second-instance', fakeEvent(), ['briefing-desk'], '/home/user');
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.isMinimized()).toBe(false);
    expect(window!.visible).toBe(true);
    expect(window!.focused).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
  });
});
