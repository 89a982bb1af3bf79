import { beforeEach, describe, expect, it, vi } from 'vitest';
import { developmentContentSecurityPolicy } from '../../../electron/security/content-security-policy';
import { resetFakeElectron, session } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

describe('the dev server page policy', () => {
  beforeEach(() => resetFakeElectron());

  it('is added to dev server responses only, and only in development', async () => {
    await startTestApp({ env: { BRIEFING_DEV_SERVER_URL: 'http://localhost:5173' } });
    const [hook] = session.defaultSession.headerListeners;
    expect(hook!.filter.urls).toEqual(['http://localhost:5173/*']);
    const callback = vi.fn();
    hook!.listener({ url: 'http://localhost:5173/', responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [developmentContentSecurityPolicy('http://localhost:5173')],
      },
    });

    await startTestApp({ isPackaged: true, env: { BRIEFING_DEV_SERVER_URL: 'http://localhost:5173' } });
    expect(session.defaultSession.headerListeners).toEqual([]);
  });
});
