import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeSession, FakeWebContents, fakeEvent, resetFakeElectron, session } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb'];

function expectDenies(target: FakeSession) {
  for (const permission of PERMISSIONS) {
    const callback = vi.fn();
    target.permissionRequestHandler!(null, permission, callback, {});
    expect(callback, permission).toHaveBeenCalledWith(false);
    expect(target.permissionCheckHandler!(null, permission, 'app://briefing', {}), permission).toBe(false);
  }
  expect(target.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://briefing' })).toBe(false);
  const media = vi.fn();
  target.displayMediaRequestHandler!({}, media);
  expect(media).toHaveBeenCalledWith(null);
}

describe('permissions', () => {
  beforeEach(() => resetFakeElectron());

  it('are all refused in the default session', async () => {
    await startTestApp();
    expectDenies(session.defaultSession);
  });

  it('are refused in any other session a web contents brings', async () => {
    await startTestApp();
    const isolated = new FakeSession();
    app.emit('web-contents-created', fakeEvent(), new FakeWebContents(isolated));
    expectDenies(isolated);
  });
});
