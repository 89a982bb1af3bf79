// Runs in Node (tests): the items of Electron's security checklist
// (https://www.electronjs.org/docs/latest/tutorial/security) that the other security tests
// do not already hold the app to. Covered elsewhere: context isolation, sandbox (every
// renderer), no Node and webSecurity (tests/electron/window); permission request, check,
// device and display-media handlers (permission-guard); navigation, new windows, webviews
// (navigation-guard); shell.openExternal only for validated https (navigation-guard,
// contract); the CSP (content-security-policy); IPC senders (tests/electron/ipc); fuses
// (tests/packaging, read back from the packaged binary).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExternalUrlSchema } from '../../../core/ipc/contract';
import { protocol, resetFakeElectron } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

/** Every web preference the window may set, with the only value allowed. Anything else (enableBlinkFeatures, experimentalFeatures, allowRunningInsecureContent, plugins...) fails. */
const ALLOWED_PREFERENCES: Record<string, unknown> = {
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
};

describe('the Electron security checklist', () => {
  beforeEach(() => resetFakeElectron());

  it('sets no web preference beyond the safe ones: no Blink or experimental features, no insecure content, no plugins', async () => {
    const { window } = await startTestApp();
    const prefs = window!.options.webPreferences as Record<string, unknown>;
    for (const [key, value] of Object.entries(prefs)) {
      if (key === 'preload' || key === 'devTools') continue; // a path; off when packaged (tested with the window)
      expect(ALLOWED_PREFERENCES, `webPreferences.${key}`).toHaveProperty(key);
      expect(value, `webPreferences.${key}`).toBe(ALLOWED_PREFERENCES[key]);
    }
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(prefs.allowRunningInsecureContent).toBeUndefined();
  });

  it('serves the app from its own scheme with no privilege that weakens the page: no CSP bypass, no service workers, no file://', async () => {
    await startTestApp();
    expect(protocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    const privileges = protocol.privilegedSchemes[0]!.privileges ?? {};
    expect(privileges.bypassCSP).toBeFalsy();
    expect(privileges.allowServiceWorkers).toBeFalsy();
    expect(privileges.corsEnabled).toBeFalsy();
  });

  it('hands only plain https URLs to the system browser', () => {
    for (const url of ['https://www.npc.gov.cn/', 'https://example.org/a?b=c#d']) expect(ExternalUrlSchema.safeParse(url).success, url).toBe(true);
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org/', 'app://briefing/index.html', 'data:text/html,x']) {
      expect(ExternalUrlSchema.safeParse(url).success, url).toBe(false);
    }
  });
});
