import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, resetFakeElectron } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

describe('the main window', () => {
  beforeEach(() => resetFakeElectron());

  it('is one window with an isolated, sandboxed renderer that has no Node', async () => {
    const { appPath, window } = await startTestApp();
    expect(BrowserWindow.instances).toHaveLength(1);
    const prefs = window!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.allowRunningInsecureContent).toBeFalsy();
    expect(prefs.experimentalFeatures).toBeFalsy();
    expect(prefs.preload).toBe(join(appPath, 'dist', 'electron', 'preload.cjs'));
    expect(app.enableSandbox).toHaveBeenCalled(); // every renderer, not only this one
  });

  it('loads the app protocol in production, never a remote page', async () => {
    const { window } = await startTestApp({ isPackaged: true, env: { BRIEFING_DEV_SERVER_URL: 'http://localhost:5173' } });
    expect(window!.webContents.loadedUrl).toBe('app://briefing/index.html');
    const prefs = window!.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(false);
  });

  it('uses a dev server only when unpackaged and on this machine', async () => {
    const local = await startTestApp({ env: { BRIEFING_DEV_SERVER_URL: 'http://127.0.0.1:5173/' } });
    expect(local.window!.webContents.loadedUrl).toBe('http://127.0.0.1:5173/');
    for (const remote of ['http://example.org:5173', 'https://localhost:5173', 'http://localhost.evil.org', 'file:///tmp/x.html']) {
      const { window } = await startTestApp({ env: { BRIEFING_DEV_SERVER_URL: remote } });
      expect(window!.webContents.loadedUrl, remote).toBe('app://briefing/index.html');
    }
  });

  it('stays hidden until its first paint is ready', async () => {
    const { window } = await startTestApp();
    expect(window!.options.show).toBe(false);
    expect(window!.visible).toBe(false);
    window!.emit('ready-to-show');
    expect(window!.visible).toBe(true);
  });

  it('still appears when its page fails to load, instead of running invisibly', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { window } = await startTestApp({ failLoadsWith: 'ERR_FILE_NOT_FOUND (-6) loading app://briefing/index.html' });
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringContaining('could not load app://briefing/index.html')));
    expect(window!.visible).toBe(false);
    window!.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://briefing/index.html', true);
    expect(window!.visible).toBe(true);
  });
});

describe('the userData override', () => {
  beforeEach(() => resetFakeElectron());

  it('is honoured before ready in development, and ignored in a packaged app', async () => {
    const dev = await startTestApp({ env: { BRIEFING_USER_DATA_DIR: '/tmp/briefing-profile' } });
    expect(app.setPath).toHaveBeenCalledWith('userData', '/tmp/briefing-profile');
    expect(dev.running).toBeDefined();
    await startTestApp({ isPackaged: true, env: { BRIEFING_USER_DATA_DIR: '/tmp/briefing-profile' } });
    expect(app.setPath).not.toHaveBeenCalled();
  });
});
