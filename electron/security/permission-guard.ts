// Runs in the main process: the app needs no browser permission (camera, location,
// notifications, clipboard reads, HID, serial...), so every request and check is
// answered "no" for the session the app's pages run in.
import type { Session } from 'electron';

const guardedSessions = new WeakSet<Session>();

export function denyAllPermissions(session: Session): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
