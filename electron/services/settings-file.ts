// Runs in the main process: the user's settings as a JSON file in the userData folder,
// behind the SettingsStorage interface core/settings expects, written through the one
// durable write (electron/files/).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SettingsStorage } from '../../core/settings/settings-handlers';
import type { Settings } from '../../core/settings/settings';
import { verifyJson, writeFileDurably } from '../files/write-file-durably';

export const SETTINGS_FILE_NAME = 'settings.json';

export function settingsFilePath(userDataDirectory: string): string {
  return join(userDataDirectory, SETTINGS_FILE_NAME);
}

export function createSettingsFile(path: string): SettingsStorage {
  // Writes go one after another, so the last update always ends on disk.
  let pending: Promise<void> = Promise.resolve();
  return {
    async read(): Promise<unknown> {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined; // damaged file: core falls back to defaults, the next save repairs it
      }
    },
    write(settings: Settings): Promise<void> {
      const next = pending.then(() => writeFileDurably(path, `${JSON.stringify(settings, null, 2)}\n`, { verify: verifyJson() }).then(() => undefined));
      pending = next.catch(() => undefined);
      return next;
    },
  };
}
