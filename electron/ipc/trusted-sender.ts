// Runs in the main process: an IPC call is answered only when it comes from the app
// window's top frame showing an app page. A subframe, another window, or a page that
// somehow navigated elsewhere gets "forbidden-sender" instead.
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../protocol/app-origin';

export interface TrustedSenderPolicy {
  /** The app window, if it is open. */
  window(): BrowserWindow | undefined;
  /** The origin of the allowed dev server (development only). */
  devServerOrigin?: string | undefined;
}

function hasTrustedOrigin(frameUrl: string, devServerOrigin: string | undefined): boolean {
  if (isAppUrl(frameUrl)) return true;
  if (!devServerOrigin) return false;
  try {
    return new URL(frameUrl).origin === devServerOrigin;
  } catch {
    return false;
  }
}

export function isTrustedSender(event: IpcMainInvokeEvent, policy: TrustedSenderPolicy): boolean {
  const window = policy.window();
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  const mainFrame = contents.mainFrame;
  if (!frame || frame.detached || frame.parent !== null) return false;
  if (frame !== mainFrame && frame.frameTreeNodeId !== mainFrame.frameTreeNodeId) return false;
  return hasTrustedOrigin(frame.url, policy.devServerOrigin);
}
