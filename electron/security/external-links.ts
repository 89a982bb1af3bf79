// Runs in the main process: the only way a link leaves the app. Only https URLs that
// pass the contract's ExternalUrlSchema reach the system browser; the rest are dropped.
import { shell } from 'electron';
import { ExternalUrlSchema } from '../../core/ipc/contract';

export async function openExternalIfSafe(url: string): Promise<boolean> {
  if (!ExternalUrlSchema.safeParse(url).success) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch {
    return false; // no browser configured, or the OS refused: nothing to recover
  }
}
