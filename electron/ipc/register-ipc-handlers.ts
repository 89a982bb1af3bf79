// Runs in the main process: one ipcMain.handle per contract entry. Each call is
// checked for its sender, then validated and answered by the shared dispatch().
// Nothing here throws back into Electron: every outcome is an IpcResult.
import { ipcMain } from 'electron';
import { contract, METHOD_NAMES, type Handlers } from '../../core/ipc/contract';
import { dispatch } from '../../core/ipc/dispatch';
import { fail } from '../../core/ipc/ipc-result';
import { setAppWindow } from './app-window';
import { isTrustedSender, type TrustedSenderPolicy } from './trusted-sender';

export function registerIpcHandlers(handlers: Handlers, senderPolicy: TrustedSenderPolicy): void {
  // Events that follow a call (an export's progress) go to this same window.
  setAppWindow(senderPolicy.window);
  for (const method of METHOD_NAMES) {
    const { channel } = contract[method];
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event, senderPolicy)) {
        return fail('forbidden-sender', `${channel} is only answered for the app window's own page`);
      }
      try {
        return await dispatch(handlers, method, payload);
      } catch (error) {
        return fail('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
}
